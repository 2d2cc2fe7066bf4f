package org.switchboard.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.switchboard.model.Operator;
import org.switchboard.model.Role;
import org.switchboard.store.StoreException;

class OperatorRepositoryTest extends StoreTestBase {

	@Test
	void insertsFindsUpdatesAndDeletesAccounts() {
		Operator alice = store.operators().insert(Records.operator("alice"));
		assertTrue(alice.getId() > 0);
		store.operators().insert(Records.operator("bob"));
		assertEquals(2, store.operators().count());
		assertEquals(List.of("alice", "bob"), store.operators().all().stream().map(Operator::getAccount).toList());

		alice.setRole(Role.ADMINISTRATOR);
		alice.setDisplayName("Alice Wang");
		alice.setEnabled(false);
		store.operators().update(alice);
		Operator read = store.operators().find("alice").orElseThrow();
		assertEquals(Role.ADMINISTRATOR, read.getRole());
		assertEquals("Alice Wang", read.getDisplayName());
		assertFalse(read.isEnabled());
		assertEquals(alice.getPasswordHash(), read.getPasswordHash());

		assertTrue(store.operators().delete("bob"));
		assertTrue(store.operators().find("bob").isEmpty());
	}

	@Test
	void aSecondAccountWithTheSameNameIsRefused() {
		store.operators().insert(Records.operator("alice"));
		StoreException e = assertThrows(StoreException.class,
				() -> store.operators().insert(Records.operator("alice")));
		assertEquals(StoreException.Reason.DUPLICATE, e.reason());
	}

	@Test
	void failedLoginsLockTheAccountAtTheLimitAndASuccessClearsThem() {
		store.operators().insert(Records.operator("alice"));
		Instant until = Instant.parse("2030-01-01T00:05:00Z");
		for (int i = 1; i <= 2; i++) {
			Operator o = store.operators().recordFailedLogin("alice", 3, until).orElseThrow();
			assertEquals(i, o.getFailedLogins());
			assertNull(o.getLockedUntil());
		}
		Operator locked = store.operators().recordFailedLogin("alice", 3, until).orElseThrow();
		assertEquals(until, locked.getLockedUntil());
		assertTrue(store.operators().recordFailedLogin("nobody", 3, until).isEmpty());

		Instant now = Instant.parse("2030-01-01T00:10:00Z");
		store.operators().recordSuccessfulLogin("alice", now);
		Operator after = store.operators().find("alice").orElseThrow();
		assertEquals(0, after.getFailedLogins());
		assertNull(after.getLockedUntil());
		assertEquals(now, after.getLastLoginAt());
	}

	@Test
	void serverProfilesAreSavedWithoutSecrets() {
		var profile = Records.F.createServerProfile();
		profile.setName("Main site");
		profile.setAmiHost("pbx.example.org");
		profile.setAmiPort(5038);
		profile.setAmiUser("switchboard");
		profile.setContext("internal");
		profile.setOperatorQueue("8000");
		store.serverProfiles().save(profile);
		assertTrue(profile.getId() > 0);
		profile.setAmiPort(5039);
		store.serverProfiles().save(profile);
		var read = store.serverProfiles().find("Main site").orElseThrow();
		assertEquals(5039, read.getAmiPort());
		assertEquals("internal", read.getContext());
		assertEquals(1, store.serverProfiles().all().size());
		assertTrue(store.serverProfiles().delete(profile.getId()));
	}

	@Test
	void nightServiceKeepsOneSettingPerQueue() {
		var s = Records.F.createNightServiceSetting();
		s.setQueue("8000");
		s.setNightNumber("1009");
		s.setPrompt("night-prompt");
		s.setActive(true);
		s.setChangedBy("alice");
		s.setChangedAt(Instant.parse("2026-01-01T22:00:00Z"));
		store.nightService().save(s);
		s.setActive(false);
		s.setNightNumber("1010");
		store.nightService().save(s);
		assertEquals(1, store.nightService().all().size());
		var read = store.nightService().find("8000").orElseThrow();
		assertFalse(read.isActive());
		assertEquals("1010", read.getNightNumber());
	}
}
