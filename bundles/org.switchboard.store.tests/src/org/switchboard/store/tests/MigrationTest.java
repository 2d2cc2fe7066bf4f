package org.switchboard.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.model.Contact;
import org.switchboard.store.Store;
import org.switchboard.store.StoreException;
import org.switchboard.store.StoreLocation;
import org.switchboard.store.internal.Db;
import org.switchboard.store.internal.Migrations;

class MigrationTest {

	@TempDir
	Path dir;

	@Test
	void aNewDatabaseGetsTheLatestSchemaAndEveryVersionIsRecorded() throws Exception {
		try (Store store = Store.open(StoreLocation.embedded(dir.resolve("db")))) {
			assertEquals(Migrations.LATEST, store.schemaVersion());
		}
		try (Db db = new Db(StoreLocation.embedded(dir.resolve("db"))); Connection c = db.open("test")) {
			assertEquals(versions(), appliedVersions(c));
		}
	}

	@Test
	void upgradesAVersionOneDatabaseToTheLatestKeepingItsData() throws Exception {
		StoreLocation location = StoreLocation.embedded(dir.resolve("db"));
		try (Db db = new Db(location)) {
			assertEquals(1, Migrations.migrate(db, 1));
			try (Connection c = db.open("test"); Statement s = c.createStatement()) {
				s.executeUpdate("INSERT INTO contact (name, kind, owner, department_id) "
						+ "VALUES ('Zhang Wei', 'ENTERPRISE', NULL, 0)");
				s.executeUpdate("INSERT INTO contact_number (contact_id, position, kind, number) "
						+ "VALUES ((SELECT id FROM contact WHERE name = 'Zhang Wei'), 0, 'OFFICE', '2001')");
				s.executeUpdate("INSERT INTO wakeup_task (extension, time_of_day, repeat_kind, retries, "
						+ "retry_interval_minutes, enabled, created_at) VALUES ('1002', '06:30', 'DAILY', 2, 5, TRUE, 0)");
				assertEquals(List.of(1), appliedVersions(c));
			}
		}
		try (Store store = Store.open(location)) {
			assertEquals(Migrations.LATEST, store.schemaVersion());
			// version 2 filled the new case-insensitive name column of rows written before it
			List<Contact> found = store.phonebook().search("alice", "zhang", 0, 10);
			assertEquals(1, found.size());
			assertEquals("2001", found.get(0).getNumbers().get(0).getNumber());
			// version 3's claim constraint works on the task written by version 1
			var task = store.wakeUps().all().get(0);
			var at = java.time.Instant.parse("2026-01-01T06:30:00Z");
			assertTrue(store.wakeUps().claim(task, at, 1, "console-a").isPresent());
			assertTrue(store.wakeUps().claim(task, at, 1, "console-b").isEmpty());
		}
		try (Db db = new Db(location); Connection c = db.open("test")) {
			assertEquals(versions(), appliedVersions(c));
		}
	}

	@Test
	void twinWakeUpsStoredBeforeRowVersionsKeepTheirRowsAndANewTwinIsRefused() throws Exception {
		StoreLocation location = StoreLocation.embedded(dir.resolve("db"));
		try (Db db = new Db(location)) {
			assertEquals(8, Migrations.migrate(db, 8));
			try (Connection c = db.open("test"); Statement s = c.createStatement()) {
				for (int i = 0; i < 2; i++) {
					s.executeUpdate("INSERT INTO wakeup_task (extension, time_of_day, repeat_kind, retries, "
							+ "retry_interval_minutes, enabled, created_at) VALUES ('1002', '06:30', 'DAILY', 2, 5, TRUE, 0)");
				}
				s.executeUpdate("INSERT INTO wakeup_task (extension, time_of_day, run_date, repeat_kind, retries, "
						+ "retry_interval_minutes, enabled, created_at) "
						+ "VALUES ('1002', '06:30', '2026-12-01', 'ONCE', 2, 5, TRUE, 0)");
			}
		}
		try (Store store = Store.open(location)) {
			var all = store.wakeUps().allVersioned();
			assertEquals(3, all.size(), "no wake-up of before is lost");
			assertTrue(all.stream().allMatch(v -> v.version() == 1), "every row starts at version 1");
			// the older twin is edited as any other
			var older = all.stream().filter(v -> v.value().getDate() == null).findFirst().orElseThrow();
			older.value().setRetries(3);
			assertEquals(2, store.wakeUps().update(older.value(), older.version()));
			// a third one the same is refused; the same time on another repeat is another wake-up
			StoreException e = assertThrows(StoreException.class,
					() -> store.wakeUps().save(Records.wakeUp("1002", java.time.Instant.parse("2026-12-01T06:30:00Z"))));
			assertEquals(StoreException.Reason.DUPLICATE, e.reason());
			var weekdays = Records.wakeUp("1002", java.time.Instant.parse("2026-12-01T06:30:00Z"));
			weekdays.setRepeat(org.switchboard.model.WakeUpRepeat.WEEKDAYS);
			weekdays.setWeekdays("MON,TUE");
			store.wakeUps().save(weekdays);
			assertEquals(4, store.wakeUps().forExtension("1002").size());
		}
	}

	@Test
	void reopeningDoesNotMigrateAgain() {
		StoreLocation location = StoreLocation.embedded(dir.resolve("db"));
		try (Store store = Store.open(location)) {
			store.operators().insert(Records.operator("alice"));
		}
		try (Store store = Store.open(location)) {
			assertEquals(Migrations.LATEST, store.schemaVersion());
			assertEquals(1, store.operators().count());
		}
	}

	@Test
	void aDatabaseFromANewerSwitchboardIsRefusedWithAClearMessage() throws Exception {
		StoreLocation location = StoreLocation.embedded(dir.resolve("db"));
		Store.open(location).close();
		try (Db db = new Db(location); Connection c = db.open("test"); Statement s = c.createStatement()) {
			s.executeUpdate("INSERT INTO schema_version VALUES (" + (Migrations.LATEST + 1) + ", 'future', 0)");
		}
		StoreException e = assertThrows(StoreException.class, () -> Store.open(location));
		assertEquals(StoreException.Reason.SCHEMA_TOO_NEW, e.reason());
		assertTrue(e.getMessage().contains("update Switchboard"), e.getMessage());
	}

	@Test
	void versionsFollowOneAnotherWithoutGaps() {
		// the store applies what is above the highest version recorded: a gap would be skipped for ever
		List<Integer> expected = new ArrayList<>();
		for (int v = 1; v <= Migrations.LATEST; v++) {
			expected.add(v);
		}
		assertEquals(expected, versions());
	}

	private static List<Integer> versions() {
		List<Integer> all = new ArrayList<>();
		for (var m : Migrations.ALL) {
			all.add(m.version());
		}
		return all;
	}

	private static List<Integer> appliedVersions(Connection c) throws Exception {
		List<Integer> applied = new ArrayList<>();
		try (Statement s = c.createStatement();
				ResultSet r = s.executeQuery("SELECT version FROM schema_version ORDER BY version")) {
			while (r.next()) {
				applied.add(r.getInt(1));
			}
		}
		return applied;
	}
}
