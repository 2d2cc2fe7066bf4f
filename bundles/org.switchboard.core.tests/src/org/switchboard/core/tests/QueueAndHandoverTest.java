package org.switchboard.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.core.AccessDeniedException;
import org.switchboard.core.ConsoleServices;
import org.switchboard.core.LoginException;
import org.switchboard.core.OperatorSession;
import org.switchboard.core.QueueState;
import org.switchboard.core.Right;
import org.switchboard.core.ServerSettings;
import org.switchboard.core.SessionService;
import org.switchboard.model.HandoverRecord;
import org.switchboard.model.Role;
import org.switchboard.store.OperationLogQuery;

/**
 * The operator queue (Q1), exit and handover (Q3) against the bundled simulator over a real AMI socket (demo mode):
 * 1001 is a static member of queue 8000 there, so it goes offline by pausing; other extensions are added and
 * removed as dynamic members.
 */
class QueueAndHandoverTest {

	@TempDir
	Path dir;
	ConsoleServices services;
	SessionService sessions;

	@BeforeEach
	void start() throws Exception {
		services = ConsoleServices.start(ServerSettings.demo().withDatabase(dir.resolve("db").toString(), "", ""));
		services.accounts().create("olga", "Olga", Role.OPERATOR, "1002", "operator".toCharArray());
		sessions = services.sessions();
		sessions.login("demo", "demo".toCharArray(), "1001");
	}

	@AfterEach
	void stop() {
		services.close();
	}

	private QueueState state(String extension) throws Exception {
		var model = sessions.gateway().model();
		return model.read(site -> SessionService.queueState(model, "8000", extension)).get(5, TimeUnit.SECONDS);
	}

	private static void await(Supplier<Boolean> condition, String what) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (!condition.get()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("not within 10 s: " + what);
			}
			Thread.sleep(20);
		}
	}

	private QueueState quietly(String extension) {
		try {
			return state(extension);
		} catch (Exception e) {
			throw new AssertionError(e);
		}
	}

	private List<String> logged() throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		List<String> all;
		do {
			all = services.store().operationLog()
					.find(OperationLogQuery.between(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z")), null, 500)
					.items().stream().map(e -> e.getOperator() + " " + e.getAction() + " " + e.getOutcome()).toList();
			Thread.sleep(50);
		} while (System.nanoTime() < deadline
				&& all.stream().noneMatch(s -> s.contains("exit") || s.contains("handover")));
		return all;
	}

	@Test
	void theStaticOperatorGoesOfflineByPausingAndOnlineAgain() throws Exception {
		assertEquals("8000", sessions.operatorQueue());
		await(() -> quietly("1001") == QueueState.ONLINE, "1001 online at start");
		assertEquals(QueueState.ONLINE, sessions.queueState().get(5, TimeUnit.SECONDS));
		sessions.setOnline(false).get(10, TimeUnit.SECONDS);
		await(() -> quietly("1001") == QueueState.PAUSED, "1001 paused");
		sessions.setOnline(true).get(10, TimeUnit.SECONDS);
		await(() -> quietly("1001") == QueueState.ONLINE, "1001 online again");
		assertEquals(QueueState.OFFLINE, state("1005"), "1005 is no member");
	}

	@Test
	void directExitTakesTheOperatorOutOfTheQueueAndIsLogged() throws Exception {
		await(() -> quietly("1001") == QueueState.ONLINE, "1001 online at start");
		sessions.leaveQueueForExit(null);
		await(() -> quietly("1001") == QueueState.PAUSED, "1001 out of the queue (paused: a static member)");
		assertTrue(logged().contains("demo exit SUCCESS"));
	}

	@Test
	void aDynamicMemberIsRemovedAtExit() throws Exception {
		sessions.handover("olga", "operator".toCharArray(), "1002");
		await(() -> quietly("1002") == QueueState.ONLINE, "the membership moved to 1002");
		sessions.leaveQueueForExit("test.exit");
		await(() -> quietly("1002") == QueueState.OFFLINE, "1002 removed from the queue");
	}

	@Test
	void handoverToAnotherExtensionMovesTheQueueMembershipAndWritesARecord() throws Exception {
		await(() -> quietly("1001") == QueueState.ONLINE, "1001 online at start");
		OperatorSession olga = sessions.handover("olga", "operator".toCharArray(), "1002");
		assertEquals("olga", olga.account());
		assertEquals("1002", olga.extension());
		assertEquals(olga, sessions.current().orElseThrow());
		await(() -> quietly("1002") == QueueState.ONLINE, "1002 in the queue");
		assertEquals(QueueState.PAUSED, state("1001"), "1001 left the queue (paused: static)");
		HandoverRecord record = services.store().handovers()
				.find(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"), null, 10).items().get(0);
		assertEquals("demo", record.getFromOperator());
		assertEquals("olga", record.getToOperator());
		assertEquals("1002", record.getExtension());
		assertTrue(logged().contains("demo handover SUCCESS"));
	}

	@Test
	void wrongCredentialsOrAnUnknownExtensionKeepTheCurrentOperator() throws Exception {
		OperatorSession before = sessions.current().orElseThrow();
		assertEquals(LoginException.Reason.WRONG_CREDENTIALS, assertThrows(LoginException.class,
				() -> sessions.handover("olga", "wrong".toCharArray(), "1002")).reason());
		assertEquals(LoginException.Reason.UNKNOWN_EXTENSION, assertThrows(LoginException.class,
				() -> sessions.handover("olga", "operator".toCharArray(), "4711")).reason());
		assertEquals(LoginException.Reason.MALFORMED_EXTENSION, assertThrows(LoginException.class,
				() -> sessions.handover("olga", "operator".toCharArray(), "10\r\n02")).reason());
		assertEquals(before, sessions.current().orElseThrow());
		assertEquals(QueueState.OFFLINE, state("1002"));
		assertTrue(services.store().handovers().find(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"), null, 10)
				.items().isEmpty());
	}

	@Test
	void rightsFollowTheRoleOfWhoeverIsLoggedIn() throws Exception {
		sessions.require(Right.ADMINISTRATION);
		assertTrue(sessions.rights().containsAll(Right.PRIVILEGED));
		sessions.handover("olga", "operator".toCharArray());
		for (Right r : Right.values()) {
			AccessDeniedException e = assertThrows(AccessDeniedException.class, () -> sessions.require(r));
			assertEquals("olga", e.account());
		}
	}
}
