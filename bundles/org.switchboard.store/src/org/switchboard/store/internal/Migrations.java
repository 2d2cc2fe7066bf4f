package org.switchboard.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.switchboard.store.StoreException;

/**
 * The schema's versions, oldest first. A database records the versions applied to it in {@code schema_version};
 * opening the store applies the missing ones in order, each in its own transaction, under a table lock so that two
 * consoles starting at once against a shared database do not both migrate it. Released versions are never edited:
 * a change is a new version.
 */
public final class Migrations {

	/** One step of the schema. */
	public record Migration(int version, String description, List<String> statements) {
	}

	public static final List<Migration> ALL = List.of(
			new Migration(1, "tables", List.of(
					"""
					CREATE TABLE operator (
					  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
					  account VARCHAR(64) NOT NULL CONSTRAINT operator_account UNIQUE,
					  display_name VARCHAR(128) NOT NULL,
					  role VARCHAR(16) NOT NULL,
					  extension VARCHAR(32),
					  password_hash VARCHAR(256) NOT NULL,
					  enabled BOOLEAN NOT NULL DEFAULT TRUE,
					  failed_logins INT NOT NULL DEFAULT 0,
					  locked_until BIGINT,
					  created_at BIGINT NOT NULL,
					  last_login_at BIGINT)""",
					"""
					CREATE TABLE server_profile (
					  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
					  name VARCHAR(128) NOT NULL CONSTRAINT server_profile_name UNIQUE,
					  ami_host VARCHAR(255),
					  ami_port INT NOT NULL DEFAULT 5038,
					  ami_user VARCHAR(128),
					  dialplan_context VARCHAR(64),
					  operator_queue VARCHAR(32),
					  database_url VARCHAR(512))""",
					"""
					CREATE TABLE department (
					  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
					  name VARCHAR(128) NOT NULL,
					  kind VARCHAR(16) NOT NULL,
					  owner VARCHAR(64),
					  parent_id BIGINT NOT NULL DEFAULT 0)""",
					"""
					CREATE TABLE contact (
					  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
					  name VARCHAR(128) NOT NULL,
					  kind VARCHAR(16) NOT NULL,
					  owner VARCHAR(64),
					  department_id BIGINT NOT NULL DEFAULT 0,
					  company VARCHAR(128),
					  title VARCHAR(128),
					  email VARCHAR(256),
					  note VARCHAR(2000))""",
					"""
					CREATE TABLE contact_number (
					  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
					  contact_id BIGINT NOT NULL CONSTRAINT contact_number_contact REFERENCES contact (id) ON DELETE CASCADE,
					  position INT NOT NULL,
					  kind VARCHAR(16) NOT NULL,
					  number VARCHAR(40) NOT NULL)""",
					"""
					CREATE TABLE wakeup_task (
					  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
					  extension VARCHAR(32) NOT NULL,
					  time_of_day CHAR(5) NOT NULL,
					  run_date VARCHAR(10),
					  repeat_kind VARCHAR(16) NOT NULL,
					  retries INT NOT NULL,
					  retry_interval_minutes INT NOT NULL,
					  enabled BOOLEAN NOT NULL,
					  next_run BIGINT,
					  created_by VARCHAR(64),
					  created_at BIGINT NOT NULL)""",
					"""
					CREATE TABLE wakeup_attempt (
					  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
					  task_id BIGINT NOT NULL CONSTRAINT wakeup_attempt_task REFERENCES wakeup_task (id) ON DELETE CASCADE,
					  extension VARCHAR(32) NOT NULL,
					  scheduled_at BIGINT NOT NULL,
					  attempted_at BIGINT,
					  attempt INT NOT NULL,
					  outcome VARCHAR(16) NOT NULL,
					  detail VARCHAR(512),
					  console VARCHAR(128))""",
					"""
					CREATE TABLE night_service (
					  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
					  queue VARCHAR(32) NOT NULL CONSTRAINT night_service_queue UNIQUE,
					  night_number VARCHAR(40),
					  prompt VARCHAR(128),
					  active BOOLEAN NOT NULL,
					  changed_by VARCHAR(64),
					  changed_at BIGINT)""",
					"""
					CREATE TABLE call_record (
					  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
					  unique_id VARCHAR(64),
					  linked_id VARCHAR(64),
					  started_at BIGINT NOT NULL,
					  answered_at BIGINT,
					  ended_at BIGINT,
					  caller_number VARCHAR(40),
					  caller_name VARCHAR(128),
					  callee_number VARCHAR(40),
					  duration_seconds INT NOT NULL DEFAULT 0,
					  billable_seconds INT NOT NULL DEFAULT 0,
					  disposition VARCHAR(16) NOT NULL,
					  channel VARCHAR(128),
					  destination_channel VARCHAR(128))""",
					"""
					CREATE TABLE handover_record (
					  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
					  from_operator VARCHAR(64) NOT NULL,
					  to_operator VARCHAR(64) NOT NULL,
					  handed_over_at BIGINT NOT NULL,
					  extension VARCHAR(32))""",
					"""
					CREATE TABLE operation_log (
					  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
					  logged_at BIGINT NOT NULL,
					  operator VARCHAR(64),
					  action VARCHAR(64) NOT NULL,
					  target VARCHAR(256),
					  outcome VARCHAR(16) NOT NULL,
					  detail VARCHAR(1000))""")),
			new Migration(2, "indexes for the logs and the phonebook; case-insensitive contact names", List.of(
					"ALTER TABLE contact ADD COLUMN name_key VARCHAR(128)",
					"UPDATE contact SET name_key = LOWER(name)",
					"CREATE INDEX contact_book_name ON contact (kind, owner, name_key)",
					"CREATE INDEX contact_department ON contact (department_id)",
					"CREATE INDEX contact_number_number ON contact_number (number)",
					"CREATE INDEX department_book ON department (kind, owner, parent_id)",
					"CREATE INDEX call_record_started ON call_record (started_at DESC, id DESC)",
					"CREATE INDEX call_record_caller ON call_record (caller_number, started_at DESC, id DESC)",
					"CREATE INDEX call_record_callee ON call_record (callee_number, started_at DESC, id DESC)",
					"CREATE INDEX call_record_disposition ON call_record (disposition, started_at DESC, id DESC)",
					"CREATE INDEX operation_log_at ON operation_log (logged_at DESC, id DESC)",
					"CREATE INDEX operation_log_operator ON operation_log (operator, logged_at DESC, id DESC)",
					"CREATE INDEX operation_log_action ON operation_log (action, logged_at DESC, id DESC)",
					"CREATE INDEX handover_at ON handover_record (handed_over_at DESC, id DESC)")),
			new Migration(3, "a wake-up attempt is claimed exactly once across consoles", List.of(
					"ALTER TABLE wakeup_attempt ADD CONSTRAINT wakeup_attempt_once UNIQUE (task_id, scheduled_at, attempt)",
					"CREATE INDEX wakeup_task_due ON wakeup_task (enabled, next_run)",
					"CREATE INDEX wakeup_attempt_scheduled ON wakeup_attempt (scheduled_at DESC, id DESC)")),
			new Migration(4, "wake-ups on chosen weekdays, with a prompt of their own", List.of(
					"ALTER TABLE wakeup_task ADD COLUMN weekdays VARCHAR(32)",
					"ALTER TABLE wakeup_task ADD COLUMN prompt VARCHAR(128)")),
			new Migration(5, "a CDR is stored once across consoles and reconnects; gaps in the call records", List.of(
					"ALTER TABLE call_record ADD CONSTRAINT call_record_once UNIQUE (unique_id, started_at, destination_channel)",
					"""
					CREATE TABLE call_record_gap (
					  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
					  gap_from BIGINT NOT NULL,
					  gap_to BIGINT)""",
					"CREATE INDEX call_record_gap_from ON call_record_gap (gap_from DESC)")),
			new Migration(6, "the rights an administrator grants to or takes from a role", List.of(
					"""
					CREATE TABLE role_right (
					  role VARCHAR(16) NOT NULL,
					  right_name VARCHAR(32) NOT NULL,
					  granted BOOLEAN NOT NULL,
					  PRIMARY KEY (role, right_name))""")),
			// every console learns of another's phonebook change by this counter, whoever wrote it and however
			new Migration(7, "a counter of phonebook changes, kept by the database itself", List.of(
					"CREATE TABLE phonebook_version (id INT NOT NULL PRIMARY KEY, seq BIGINT NOT NULL)",
					"INSERT INTO phonebook_version (id, seq) VALUES (1, 0)",
					"CREATE TRIGGER contact_changed_i AFTER INSERT ON contact FOR EACH STATEMENT "
							+ "UPDATE phonebook_version SET seq = seq + 1",
					"CREATE TRIGGER contact_changed_u AFTER UPDATE ON contact FOR EACH STATEMENT "
							+ "UPDATE phonebook_version SET seq = seq + 1",
					"CREATE TRIGGER contact_changed_d AFTER DELETE ON contact FOR EACH STATEMENT "
							+ "UPDATE phonebook_version SET seq = seq + 1",
					"CREATE TRIGGER contact_number_changed_i AFTER INSERT ON contact_number FOR EACH STATEMENT "
							+ "UPDATE phonebook_version SET seq = seq + 1",
					"CREATE TRIGGER contact_number_changed_u AFTER UPDATE ON contact_number FOR EACH STATEMENT "
							+ "UPDATE phonebook_version SET seq = seq + 1",
					"CREATE TRIGGER contact_number_changed_d AFTER DELETE ON contact_number FOR EACH STATEMENT "
							+ "UPDATE phonebook_version SET seq = seq + 1",
					"CREATE TRIGGER department_changed_i AFTER INSERT ON department FOR EACH STATEMENT "
							+ "UPDATE phonebook_version SET seq = seq + 1",
					"CREATE TRIGGER department_changed_u AFTER UPDATE ON department FOR EACH STATEMENT "
							+ "UPDATE phonebook_version SET seq = seq + 1",
					"CREATE TRIGGER department_changed_d AFTER DELETE ON department FOR EACH STATEMENT "
							+ "UPDATE phonebook_version SET seq = seq + 1")),
			new Migration(8, "when a wake-up attempt ended: its retry is found in the database, not in a console's memory",
					List.of("ALTER TABLE wakeup_attempt ADD COLUMN ended_at BIGINT",
							"CREATE INDEX wakeup_attempt_ended ON wakeup_attempt (outcome, ended_at)")),
			// two consoles editing one row: an update names the version it read, so the later writer is told
			new Migration(9, "row versions: an edit made from a stale view is refused, not silently lost", List.of(
					"ALTER TABLE contact ADD COLUMN row_version BIGINT NOT NULL DEFAULT 1",
					"ALTER TABLE wakeup_task ADD COLUMN row_version BIGINT NOT NULL DEFAULT 1",
					"ALTER TABLE night_service ADD COLUMN row_version BIGINT NOT NULL DEFAULT 1",
					// one wake-up per extension, time and repeat: two consoles setting the same one make one row.
					// Twins stored before keep their rows (the younger ones keyed apart by their id).
					"ALTER TABLE wakeup_task ADD COLUMN same_key VARCHAR(200)",
					"UPDATE wakeup_task SET same_key = " + SqlWakeUpRepository.SAME_KEY_SQL,
					"UPDATE wakeup_task t SET same_key = same_key || '#' || TRIM(CHAR(id)) WHERE EXISTS "
							+ "(SELECT 1 FROM wakeup_task o WHERE o.same_key = t.same_key AND o.id < t.id)",
					"ALTER TABLE wakeup_task ALTER COLUMN same_key NOT NULL",
					"ALTER TABLE wakeup_task ADD CONSTRAINT wakeup_task_once_per_time UNIQUE (same_key)")));

	public static final int LATEST = ALL.get(ALL.size() - 1).version();

	private Migrations() {
	}

	/** Brings the database up to {@code target} (tests stop early to test upgrades); returns the version now. */
	public static int migrate(Db db, int target) {
		try (Connection c = db.open("opening the database")) {
			// every start of a console: a database already at the target is only read (about 0.1 s of CPU less
			// than trying to create the schema and its table and locking the table once per migration)
			Integer already = versionIfPresent(c);
			if (already != null && already >= Math.min(target, LATEST) && already <= LATEST) {
				return already;
			}
			ensureVersionTable(c);
			c.setAutoCommit(false);
			try {
				for (Migration m : ALL) {
					if (m.version() > target) {
						break;
					}
					try (Statement lock = c.createStatement()) {
						lock.execute("LOCK TABLE " + Db.SCHEMA + ".schema_version IN EXCLUSIVE MODE");
					}
					int current = currentVersion(c);
					if (current > LATEST) {
						throw new StoreException(StoreException.Reason.SCHEMA_TOO_NEW, "The database "
								+ db.location().describe() + " has schema version " + current
								+ ", newer than this Switchboard knows (" + LATEST + "): update Switchboard.");
					}
					if (m.version() <= current) {
						c.commit();
						continue;
					}
					try (Statement s = c.createStatement()) {
						for (String sql : m.statements()) {
							s.execute(sql);
						}
					}
					try (PreparedStatement p = c.prepareStatement(
							"INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)")) {
						p.setInt(1, m.version());
						p.setString(2, m.description());
						p.setLong(3, System.currentTimeMillis());
						p.executeUpdate();
					}
					c.commit();
				}
				int now = currentVersion(c);
				c.commit();
				return now;
			} catch (SQLException | RuntimeException e) {
				c.rollback();
				throw e;
			}
		} catch (SQLException e) {
			throw StoreException.from(e, "updating the database schema", db.location().describe());
		}
	}

	public static int currentVersion(Connection c) throws SQLException {
		try (Statement s = c.createStatement();
				ResultSet r = s.executeQuery("SELECT MAX(version) FROM " + Db.SCHEMA + ".schema_version")) {
			r.next();
			return r.getInt(1);
		}
	}

	/** The schema's version, or {@code null} when the database has no version table yet (a new database). */
	private static Integer versionIfPresent(Connection c) throws SQLException {
		try {
			return currentVersion(c);
		} catch (SQLException e) {
			if ("42Y07".equals(e.getSQLState()) || "42X05".equals(e.getSQLState())) { // no schema, no table
				return null;
			}
			throw e;
		}
	}

	private static void ensureVersionTable(Connection c) throws SQLException {
		try (Statement s = c.createStatement()) {
			try {
				s.execute("CREATE SCHEMA " + Db.SCHEMA);
			} catch (SQLException e) {
				if (!"X0Y68".equals(e.getSQLState())) { // schema exists
					throw e;
				}
			}
			s.execute("SET SCHEMA " + Db.SCHEMA);
			try {
				s.execute("CREATE TABLE schema_version (version INT NOT NULL PRIMARY KEY, "
						+ "description VARCHAR(200) NOT NULL, applied_at BIGINT NOT NULL)");
			} catch (SQLException e) {
				if (!"X0Y32".equals(e.getSQLState())) { // table exists
					throw e;
				}
			}
		}
	}
}
