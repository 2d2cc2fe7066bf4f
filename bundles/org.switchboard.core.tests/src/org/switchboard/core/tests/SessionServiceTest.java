package org.switchboard.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.core.LoginException;
import org.switchboard.core.OperatorSession;
import org.switchboard.core.SessionService;
import org.switchboard.model.Role;
import org.switchboard.pbx.PbxException;

/** Login at an extension, handover and logout, with a gateway double (no PBX behaviour is involved). */
class SessionServiceTest extends CoreTestBase {

	FakeGateway gateway;
	SessionService sessions;
	final List<Optional<OperatorSession>> told = new ArrayList<>();

	@BeforeEach
	void services() {
		accounts.create("alice", "Alice", Role.OPERATOR, "1001", "wonderland".toCharArray());
		accounts.create("bob", "Bob", Role.ADMINISTRATOR, "1002", "builder".toCharArray());
		gateway = new FakeGateway(List.of("1001", "1002", "1003"), null);
		sessions = new SessionService(accounts, log, store, () -> {
			gateway.connect(null).join();
			return gateway;
		}, clock);
		sessions.addListener(told::add);
	}

	@Test
	void aRightLoginOpensASessionAtTheExtensionAndIsLogged() throws Exception {
		currentOperator = null;
		OperatorSession s = sessions.login("alice", "wonderland".toCharArray(), "1003");
		assertEquals("alice", s.account());
		assertEquals("Alice", s.displayName());
		assertEquals(Role.OPERATOR, s.role());
		assertEquals("1003", s.extension());
		assertEquals(clock.now, s.startedAt());
		assertSame(gateway, sessions.gateway());
		assertEquals(Optional.of(s), sessions.current());
		assertEquals(List.of(Optional.of(s)), told);
		assertEquals(List.of("alice login 1003"), actions(logged()));
	}

	@Test
	void malformedAndUnknownExtensionsAreRefusedWithTheirOwnReason() throws Exception {
		for (String bad : new String[] { "", " ", "10a1", "1001\r\nAction: Originate", "+1001", "12345678901234567" }) {
			LoginException e = assertThrows(LoginException.class,
					() -> sessions.login("alice", "wonderland".toCharArray(), bad));
			assertEquals(LoginException.Reason.MALFORMED_EXTENSION, e.reason(), bad);
		}
		assertEquals(0, gateway.connects, "a malformed extension does not even reach the PBX");
		LoginException unknown = assertThrows(LoginException.class,
				() -> sessions.login("alice", "wonderland".toCharArray(), "4711"));
		assertEquals(LoginException.Reason.UNKNOWN_EXTENSION, unknown.reason());
		assertTrue(unknown.getMessage().contains("4711"));
		assertTrue(sessions.current().isEmpty());
		assertEquals("alice login.failed 4711", actions(logged()).get(6));
	}

	@Test
	void wrongCredentialsDoNotConnectThePbx() {
		assertEquals(LoginException.Reason.WRONG_CREDENTIALS, assertThrows(LoginException.class,
				() -> sessions.login("alice", "nope".toCharArray(), "1001")).reason());
		assertEquals(0, gateway.connects);
		assertNull(sessions.gateway());
	}

	@Test
	void anUnreachablePbxIsALoginFailureWithItsMessage() throws Exception {
		SessionService offline = new SessionService(accounts, log, store, () -> {
			throw new LoginException(LoginException.Reason.PBX_UNAVAILABLE,
					"Cannot connect to the PBX at console@10.0.0.9:5038: connection refused");
		}, clock);
		LoginException e = assertThrows(LoginException.class,
				() -> offline.login("alice", "wonderland".toCharArray(), "1001"));
		assertEquals(LoginException.Reason.PBX_UNAVAILABLE, e.reason());
		assertTrue(e.getMessage().contains("connection refused"));
		assertEquals(List.of("alice login.failed 1001"), actions(logged()));
		// the double's failure path is a real PbxException for other tests to reuse
		assertEquals(PbxException.Reason.UNREACHABLE, new FakeGateway(List.of(),
				new PbxException(PbxException.Reason.UNREACHABLE, "refused")).connectFailure.reason());
	}

	@Test
	void aConnectionStartedWhileTheOperatorTypesIsTakenByTheLogin() throws Exception {
		sessions.connectEarly(Runnable::run);
		assertEquals(1, gateway.connects, "connected while the dialog is up");
		assertNull(sessions.gateway(), "not given out before a login");
		assertEquals(LoginException.Reason.WRONG_CREDENTIALS, assertThrows(LoginException.class,
				() -> sessions.login("alice", "nope".toCharArray(), "1001")).reason());
		assertNull(sessions.gateway(), "a wrong password does not get it either");
		OperatorSession s = sessions.login("alice", "wonderland".toCharArray(), "1001");
		assertEquals("alice", s.account());
		assertEquals(1, gateway.connects, "the login took the early connection: no second one");
		assertSame(gateway, sessions.gateway());
		sessions.connectEarly(Runnable::run);
		assertEquals(1, gateway.connects, "connected already: nothing more to start");
	}

	@Test
	void aFailedEarlyConnectionRefusesThatLoginWithItsFailureAndTheNextLoginConnectsAgain() throws Exception {
		int[] attempts = { 0 };
		SessionService s = new SessionService(accounts, log, store, () -> {
			if (attempts[0]++ == 0) {
				throw new LoginException(LoginException.Reason.PBX_UNAVAILABLE,
						"Cannot connect to the PBX at console@10.0.0.9:5038: connection refused");
			}
			gateway.connect(null).join();
			return gateway;
		}, clock);
		s.connectEarly(Runnable::run);
		LoginException e = assertThrows(LoginException.class,
				() -> s.login("alice", "wonderland".toCharArray(), "1001"));
		assertEquals(LoginException.Reason.PBX_UNAVAILABLE, e.reason());
		assertEquals(1, attempts[0], "the early failure is told, not a second wait for the PBX");
		assertEquals("alice", s.login("alice", "wonderland".toCharArray(), "1001").account());
		assertEquals(2, attempts[0], "the next login connects again");
		assertSame(gateway, s.gateway());
	}

	@Test
	void anEarlyConnectionNoLoginTookIsClosedWithTheService() {
		sessions.connectEarly(Runnable::run);
		assertEquals(1, gateway.connects);
		sessions.close();
		assertTrue(gateway.closed, "the operator quit at the login: the PBX connection is closed");
	}

	@Test
	void aHandoverSwitchesTheOperatorAtTheSameExtensionAndWritesARecord() throws Exception {
		sessions.login("alice", "wonderland".toCharArray(), "1001");
		clock.advance(java.time.Duration.ofHours(8));
		assertEquals(LoginException.Reason.WRONG_CREDENTIALS, assertThrows(LoginException.class,
				() -> sessions.handover("bob", "wrong".toCharArray())).reason());
		assertEquals("alice", sessions.current().orElseThrow().account());
		OperatorSession bob = sessions.handover("bob", "builder".toCharArray());
		assertEquals("1001", bob.extension());
		assertEquals(Role.ADMINISTRATOR, bob.role());
		var records = store.handovers().find(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"), null, 10).items();
		assertEquals(1, records.size());
		assertEquals("alice", records.get(0).getFromOperator());
		assertEquals("bob", records.get(0).getToOperator());
		assertEquals(clock.now, records.get(0).getAt());
		assertEquals(1, gateway.connects, "the PBX connection stays");
		sessions.logout();
		assertTrue(sessions.current().isEmpty());
		assertEquals(List.of("alice login 1001", "bob login.failed 1001", "alice handover bob", "bob login 1001",
				"bob logout 1001"), actions(logged()));
		assertEquals(3, told.size());
	}
}
