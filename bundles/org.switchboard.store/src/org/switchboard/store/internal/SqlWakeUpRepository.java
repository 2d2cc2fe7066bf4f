package org.switchboard.store.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.switchboard.model.SwitchboardFactory;
import org.switchboard.model.WakeUpAttempt;
import org.switchboard.model.WakeUpOutcome;
import org.switchboard.model.WakeUpRepeat;
import org.switchboard.model.WakeUpTask;
import org.switchboard.store.Page;
import org.switchboard.store.PageCursor;
import org.switchboard.store.StoreException;
import org.switchboard.store.Versioned;
import org.switchboard.store.WakeUpRepository;

/** The SQL (Derby) implementation of {@link WakeUpRepository}. */
public final class SqlWakeUpRepository implements WakeUpRepository {

	private static final String TASK_COLUMNS = "id, extension, time_of_day, run_date, repeat_kind, retries, "
			+ "retry_interval_minutes, enabled, next_run, created_by, created_at, weekdays, prompt";
	private static final String ATTEMPT_COLUMNS = "id, task_id, extension, scheduled_at, attempted_at, attempt, "
			+ "outcome, detail, console";
	/**
	 * What makes two wake-ups the same one: extension, time, repeat and its date (once) or days (weekdays). Kept in
	 * {@code same_key} under a unique constraint, written by {@link #sameKey} and, for the rows of before, by this.
	 */
	static final String SAME_KEY_SQL = "extension || '|' || time_of_day || '|' || repeat_kind || '|' || "
			+ "CASE repeat_kind WHEN 'ONCE' THEN COALESCE(run_date, '') "
			+ "WHEN 'WEEKDAYS' THEN COALESCE(weekdays, '') ELSE '' END";
	private final Db db;

	public SqlWakeUpRepository(Db db) {
		this.db = db;
	}

	@Override
	public WakeUpTask save(WakeUpTask task) {
		write(task, null);
		return task;
	}

	@Override
	public long update(WakeUpTask task, long expectedVersion) {
		if (task.getId() == 0) {
			throw new IllegalArgumentException("only a stored wake-up task can be updated");
		}
		write(task, expectedVersion);
		return expectedVersion + 1;
	}

	@Override
	public Optional<Versioned<WakeUpTask>> findVersioned(long id) {
		List<Versioned<WakeUpTask>> found = versionedTasks("WHERE id = ?", id);
		return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
	}

	@Override
	public List<Versioned<WakeUpTask>> allVersioned() {
		return versionedTasks("ORDER BY extension, time_of_day, id");
	}

	/** The task's {@link #SAME_KEY_SQL}, as Java. */
	static String sameKey(WakeUpTask t) {
		String which = switch (t.getRepeat()) {
		case ONCE -> t.getDate() == null ? "" : t.getDate();
		case WEEKDAYS -> t.getWeekdays() == null ? "" : t.getWeekdays();
		default -> "";
		};
		return t.getExtension() + "|" + t.getTimeOfDay() + "|" + t.getRepeat().getLiteral() + "|" + which;
	}

	/** Inserts (id 0) or updates a task; an update with an expected version changes only that version of it. */
	private void write(WakeUpTask task, Long expectedVersion) {
		db.call("saving a wake-up task", c -> {
			boolean insert = task.getId() == 0;
			if (task.getCreatedAt() == null) {
				task.setCreatedAt(Instant.now());
			}
			String sql = insert
					? "INSERT INTO wakeup_task (extension, time_of_day, run_date, repeat_kind, retries, "
							+ "retry_interval_minutes, enabled, next_run, created_by, created_at, weekdays, prompt, "
							+ "same_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
					: "UPDATE wakeup_task SET extension = ?, time_of_day = ?, run_date = ?, repeat_kind = ?, "
							+ "retries = ?, retry_interval_minutes = ?, enabled = ?, next_run = ?, created_by = ?, "
							+ "created_at = ?, weekdays = ?, prompt = ?, same_key = ?, row_version = row_version + 1 "
							+ "WHERE id = ?"
							+ (expectedVersion == null ? "" : " AND row_version = ?");
			try (PreparedStatement p = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
				p.setString(1, task.getExtension());
				p.setString(2, task.getTimeOfDay());
				p.setString(3, task.getDate());
				p.setString(4, task.getRepeat().getLiteral());
				p.setInt(5, task.getRetries());
				p.setInt(6, task.getRetryIntervalMinutes());
				p.setBoolean(7, task.isEnabled());
				Sql.setInstant(p, 8, task.getNextRun());
				p.setString(9, task.getCreatedBy());
				Sql.setInstant(p, 10, task.getCreatedAt());
				p.setString(11, task.getWeekdays());
				p.setString(12, task.getPrompt());
				p.setString(13, Sql.fit(sameKey(task), 200));
				if (!insert) {
					p.setLong(14, task.getId());
					if (expectedVersion != null) {
						p.setLong(15, expectedVersion);
					}
				}
				if (p.executeUpdate() != 1) {
					if (expectedVersion != null) {
						throw new StoreException(StoreException.Reason.CHANGED_ELSEWHERE, "Wake-up task " + task.getId()
								+ " was changed or deleted by another console after it was read (version "
								+ expectedVersion + "); nothing was saved.");
					}
					throw new StoreException(StoreException.Reason.DATABASE_ERROR,
							"No wake-up task " + task.getId() + ".");
				}
				if (insert) {
					try (ResultSet keys = p.getGeneratedKeys()) {
						keys.next();
						task.setId(keys.getLong(1));
					}
				}
				return task;
			}
		});
	}

	@Override
	public Optional<WakeUpTask> find(long id) {
		List<WakeUpTask> found = tasks("WHERE id = ?", id);
		return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
	}

	@Override
	public List<WakeUpTask> all() {
		return tasks("ORDER BY extension, time_of_day, id");
	}

	@Override
	public List<WakeUpTask> forExtension(String extension) {
		return tasks("WHERE extension = ? ORDER BY time_of_day, id", extension);
	}

	@Override
	public List<WakeUpTask> due(Instant now) {
		return tasks("WHERE enabled = TRUE AND next_run <= ? ORDER BY next_run, id", now.toEpochMilli());
	}

	@Override
	public void reschedule(long taskId, Instant nextRun, boolean enabled) {
		db.call("rescheduling a wake-up task", c -> {
			try (PreparedStatement p = c.prepareStatement(
					"UPDATE wakeup_task SET next_run = ?, enabled = ? WHERE id = ?")) {
				Sql.setInstant(p, 1, nextRun);
				p.setBoolean(2, enabled);
				p.setLong(3, taskId);
				return p.executeUpdate();
			}
		});
	}

	@Override
	public boolean delete(long taskId) {
		return db.call("deleting a wake-up task", c -> {
			try (PreparedStatement p = c.prepareStatement("DELETE FROM wakeup_task WHERE id = ?")) {
				p.setLong(1, taskId);
				return p.executeUpdate() == 1;
			}
		});
	}

	@Override
	public Optional<WakeUpAttempt> claim(WakeUpTask task, Instant scheduledAt, int attempt, String console,
			Instant attemptedAt) {
		Instant now = attemptedAt;
		try {
			return db.call("claiming a wake-up call", c -> {
				try (PreparedStatement p = c.prepareStatement("INSERT INTO wakeup_attempt (task_id, extension, "
						+ "scheduled_at, attempted_at, attempt, outcome, detail, console) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
						Statement.RETURN_GENERATED_KEYS)) {
					p.setLong(1, task.getId());
					p.setString(2, task.getExtension());
					p.setLong(3, scheduledAt.toEpochMilli());
					p.setLong(4, now.toEpochMilli());
					p.setInt(5, attempt);
					p.setString(6, WakeUpOutcome.PENDING.getLiteral());
					p.setString(7, "");
					p.setString(8, Sql.fit(console, 128));
					p.executeUpdate();
					WakeUpAttempt a = SwitchboardFactory.eINSTANCE.createWakeUpAttempt();
					try (ResultSet keys = p.getGeneratedKeys()) {
						keys.next();
						a.setId(keys.getLong(1));
					}
					a.setTaskId(task.getId());
					a.setExtension(task.getExtension());
					a.setScheduledAt(Instant.ofEpochMilli(scheduledAt.toEpochMilli()));
					a.setAttemptedAt(Instant.ofEpochMilli(now.toEpochMilli()));
					a.setAttempt(attempt);
					a.setOutcome(WakeUpOutcome.PENDING);
					a.setDetail("");
					a.setConsole(console);
					return Optional.of(a);
				}
			});
		} catch (StoreException e) {
			if (e.reason() == StoreException.Reason.DUPLICATE) {
				return Optional.empty();
			}
			throw e;
		}
	}

	@Override
	public void recordOutcome(long attemptId, WakeUpOutcome outcome, String detail, Instant endedAt) {
		db.call("recording a wake-up result", c -> {
			try (PreparedStatement p = c.prepareStatement(
					"UPDATE wakeup_attempt SET outcome = ?, detail = ?, ended_at = ? WHERE id = ?")) {
				p.setString(1, outcome.getLiteral());
				p.setString(2, Sql.fit(detail == null ? "" : detail, 512));
				p.setLong(3, endedAt.toEpochMilli());
				p.setLong(4, attemptId);
				return p.executeUpdate();
			}
		});
	}

	@Override
	public int failAbandoned(Instant madeBefore, Instant endedAt, String detail) {
		return db.call("ending abandoned wake-up calls", c -> {
			try (PreparedStatement p = c.prepareStatement("UPDATE wakeup_attempt SET outcome = ?, detail = ?, "
					+ "ended_at = ? WHERE outcome = ? AND attempted_at < ?")) {
				p.setString(1, WakeUpOutcome.FAILED.getLiteral());
				p.setString(2, Sql.fit(detail == null ? "" : detail, 512));
				p.setLong(3, endedAt.toEpochMilli());
				p.setString(4, WakeUpOutcome.PENDING.getLiteral());
				p.setLong(5, madeBefore.toEpochMilli());
				return p.executeUpdate();
			}
		});
	}

	@Override
	public List<DueRetry> retriesDue(Instant now) {
		StringBuilder taskColumns = new StringBuilder();
		for (String column : TASK_COLUMNS.split(",\\s*")) {
			taskColumns.append(taskColumns.length() == 0 ? "" : ", ").append("t.").append(column);
		}
		String sql = "SELECT a.scheduled_at AS retry_run, a.attempt AS retry_after, " + taskColumns
				+ " FROM wakeup_attempt a JOIN wakeup_task t ON t.id = a.task_id"
				+ " WHERE a.outcome IN (?, ?, ?, ?) AND a.ended_at IS NOT NULL AND a.attempt <= t.retries"
				+ " AND a.ended_at + 60000 * CASE WHEN t.retry_interval_minutes < 1 THEN 1"
				+ " ELSE t.retry_interval_minutes END <= ?"
				+ " AND NOT EXISTS (SELECT 1 FROM wakeup_attempt b WHERE b.task_id = a.task_id"
				+ " AND b.scheduled_at = a.scheduled_at AND b.attempt = a.attempt + 1)"
				+ " ORDER BY a.ended_at, a.id";
		return db.call("reading the wake-up retries due", c -> {
			try (PreparedStatement p = c.prepareStatement(sql)) {
				p.setString(1, WakeUpOutcome.NO_ANSWER.getLiteral());
				p.setString(2, WakeUpOutcome.BUSY.getLiteral());
				p.setString(3, WakeUpOutcome.CONGESTION.getLiteral());
				p.setString(4, WakeUpOutcome.FAILED.getLiteral());
				p.setLong(5, now.toEpochMilli());
				List<DueRetry> due = new ArrayList<>();
				try (ResultSet r = p.executeQuery()) {
					while (r.next()) {
						due.add(new DueRetry(readTask(r), Sql.instant(r, "retry_run"), r.getInt("retry_after") + 1));
					}
				}
				return due;
			}
		});
	}

	@Override
	public Page<WakeUpAttempt> attempts(Instant from, Instant to, String extension, WakeUpOutcome outcome,
			PageCursor after, int limit) {
		Sql.checkLimit(limit);
		Keyset q = new Keyset("SELECT " + ATTEMPT_COLUMNS + " FROM wakeup_attempt", "scheduled_at")
				.where("scheduled_at >= ?", from.toEpochMilli()).where("scheduled_at < ?", to.toEpochMilli());
		if (extension != null && !extension.isEmpty()) {
			q.where("extension = ?", extension);
		}
		if (outcome != null) {
			q.where("outcome = ?", outcome.getLiteral());
		}
		q.after(after);
		return db.call("reading wake-up results", c -> {
			List<WakeUpAttempt> rows = new ArrayList<>();
			try (PreparedStatement p = c.prepareStatement(q.sql(limit + 1))) {
				q.bind(p);
				try (ResultSet r = p.executeQuery()) {
					while (r.next()) {
						rows.add(readAttempt(r));
					}
				}
			}
			return Sql.page(rows, limit, a -> a.getScheduledAt().toEpochMilli(), WakeUpAttempt::getId);
		});
	}

	private List<Versioned<WakeUpTask>> versionedTasks(String where, Object... parameters) {
		return db.call("reading wake-up tasks", c -> {
			try (PreparedStatement p = c.prepareStatement(
					"SELECT row_version, " + TASK_COLUMNS + " FROM wakeup_task " + where)) {
				for (int i = 0; i < parameters.length; i++) {
					p.setObject(i + 1, parameters[i]);
				}
				List<Versioned<WakeUpTask>> result = new ArrayList<>();
				try (ResultSet r = p.executeQuery()) {
					while (r.next()) {
						result.add(new Versioned<>(readTask(r), r.getLong("row_version")));
					}
				}
				return result;
			}
		});
	}

	private List<WakeUpTask> tasks(String where, Object... parameters) {
		return db.call("reading wake-up tasks", c -> {
			try (PreparedStatement p = c.prepareStatement("SELECT " + TASK_COLUMNS + " FROM wakeup_task " + where)) {
				for (int i = 0; i < parameters.length; i++) {
					p.setObject(i + 1, parameters[i]);
				}
				List<WakeUpTask> result = new ArrayList<>();
				try (ResultSet r = p.executeQuery()) {
					while (r.next()) {
						result.add(readTask(r));
					}
				}
				return result;
			}
		});
	}

	private static WakeUpTask readTask(ResultSet r) throws SQLException {
		WakeUpTask t = SwitchboardFactory.eINSTANCE.createWakeUpTask();
		t.setId(r.getLong("id"));
		t.setExtension(r.getString("extension"));
		t.setTimeOfDay(r.getString("time_of_day"));
		t.setDate(r.getString("run_date"));
		t.setRepeat(WakeUpRepeat.get(r.getString("repeat_kind")));
		t.setRetries(r.getInt("retries"));
		t.setRetryIntervalMinutes(r.getInt("retry_interval_minutes"));
		t.setEnabled(r.getBoolean("enabled"));
		t.setNextRun(Sql.instant(r, "next_run"));
		t.setCreatedBy(r.getString("created_by"));
		t.setCreatedAt(Sql.instant(r, "created_at"));
		t.setWeekdays(r.getString("weekdays"));
		t.setPrompt(r.getString("prompt"));
		return t;
	}

	private static WakeUpAttempt readAttempt(ResultSet r) throws SQLException {
		WakeUpAttempt a = SwitchboardFactory.eINSTANCE.createWakeUpAttempt();
		a.setId(r.getLong("id"));
		a.setTaskId(r.getLong("task_id"));
		a.setExtension(r.getString("extension"));
		a.setScheduledAt(Sql.instant(r, "scheduled_at"));
		a.setAttemptedAt(Sql.instant(r, "attempted_at"));
		a.setAttempt(r.getInt("attempt"));
		a.setOutcome(WakeUpOutcome.get(r.getString("outcome")));
		a.setDetail(r.getString("detail"));
		a.setConsole(r.getString("console"));
		return a;
	}
}
