package org.switchboard.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.switchboard.core.LoginException;
import org.switchboard.core.LoginPolicy;
import org.switchboard.core.internal.Passwords;
import org.switchboard.model.Operator;
import org.switchboard.model.Role;

class AccountServiceTest extends CoreTestBase {

	@Test
	void aCreatedAccountStoresOnlyAHashAndLogsInWithItsPassword() throws Exception {
		accounts.create("alice", "Alice", Role.OPERATOR, "1001", "wonderland".toCharArray());
		Operator stored = store.operators().find("alice").orElseThrow();
		assertTrue(stored.getPasswordHash().startsWith("pbkdf2-sha256$"));
		assertFalse(stored.getPasswordHash().contains("wonderland"));
		assertTrue(Passwords.verify("wonderland".toCharArray(), stored.getPasswordHash()));
		Operator in = accounts.authenticate("alice", "wonderland".toCharArray(), "1001");
		assertEquals(clock.now, in.getLastLoginAt());
	}

	@Test
	void wrongPasswordAndUnknownAccountGiveTheSameAnswerAndAreLogged() throws Exception {
		accounts.create("alice", "Alice", Role.OPERATOR, "1001", "wonderland".toCharArray());
		LoginException wrong = assertThrows(LoginException.class,
				() -> accounts.authenticate("alice", "guess".toCharArray(), "1001"));
		LoginException unknown = assertThrows(LoginException.class,
				() -> accounts.authenticate("mallory", "guess".toCharArray(), "1001"));
		assertEquals(LoginException.Reason.WRONG_CREDENTIALS, wrong.reason());
		assertEquals(wrong.reason(), unknown.reason());
		assertEquals(wrong.getMessage(), unknown.getMessage());
		assertEquals(List.of("alice login.failed 1001", "mallory login.failed 1001"), actions(logged()));
	}

	@Test
	void theConfiguredNumberOfFailuresLocksTheAccountForTheConfiguredTime() throws Exception {
		accounts.create("alice", "Alice", Role.OPERATOR, "1001", "wonderland".toCharArray());
		for (int i = 0; i < 2; i++) {
			assertEquals(LoginException.Reason.WRONG_CREDENTIALS, assertThrows(LoginException.class,
					() -> accounts.authenticate("alice", "guess".toCharArray(), "1001")).reason());
		}
		LoginException third = assertThrows(LoginException.class,
				() -> accounts.authenticate("alice", "guess".toCharArray(), "1001"));
		assertEquals(LoginException.Reason.LOCKED, third.reason());
		assertEquals(clock.now.plus(Duration.ofMinutes(5)), third.lockedUntil());

		// while locked, even the right password is refused
		clock.advance(Duration.ofMinutes(4));
		assertEquals(LoginException.Reason.LOCKED, assertThrows(LoginException.class,
				() -> accounts.authenticate("alice", "wonderland".toCharArray(), "1001")).reason());

		// after the lock time the right password works and clears the count
		clock.advance(Duration.ofMinutes(2));
		accounts.authenticate("alice", "wonderland".toCharArray(), "1001");
		Operator after = store.operators().find("alice").orElseThrow();
		assertEquals(0, after.getFailedLogins());
		assertEquals(null, after.getLockedUntil());
		assertEquals(LoginException.Reason.WRONG_CREDENTIALS, assertThrows(LoginException.class,
				() -> accounts.authenticate("alice", "guess".toCharArray(), "1001")).reason());
	}

	@Test
	void aDisabledAccountCannotLogIn() {
		Operator o = accounts.create("bob", "Bob", Role.OPERATOR, "1002", "builder".toCharArray());
		o.setEnabled(false);
		store.operators().update(o);
		assertEquals(LoginException.Reason.DISABLED, assertThrows(LoginException.class,
				() -> accounts.authenticate("bob", "builder".toCharArray(), "1002")).reason());
	}

	@Test
	void theFirstAdministratorCanOnlyBeCreatedWhileThereIsNoAccount() throws Exception {
		assertFalse(accounts.hasOperators());
		Operator admin = accounts.createFirstAdministrator("root", "correct horse".toCharArray());
		assertEquals(Role.ADMINISTRATOR, admin.getRole());
		assertTrue(accounts.hasOperators());
		assertThrows(LoginException.class, () -> accounts.createFirstAdministrator("eve", "password".toCharArray()));
		assertThrows(IllegalArgumentException.class,
				() -> accounts.create("x y", "", Role.OPERATOR, null, "password".toCharArray()));
		assertThrows(IllegalArgumentException.class,
				() -> accounts.create("carol", "", Role.OPERATOR, null, "abc".toCharArray()));
	}

	@Test
	void lockoutSettingsComeFromSystemProperties() {
		assertEquals(LoginPolicy.defaults(), LoginPolicy.fromSystemProperties());
		assertEquals(5, LoginPolicy.defaults().maxFailures());
		assertEquals(Duration.ofMinutes(5), LoginPolicy.defaults().lockDuration());
		System.setProperty("switchboard.login.maxFailures", "7");
		System.setProperty("switchboard.login.lockMinutes", "15");
		try {
			assertEquals(new LoginPolicy(7, Duration.ofMinutes(15)), LoginPolicy.fromSystemProperties());
		} finally {
			System.clearProperty("switchboard.login.maxFailures");
			System.clearProperty("switchboard.login.lockMinutes");
		}
	}
}
