package org.switchboard.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.switchboard.model.WakeUpAttempt;
import org.switchboard.model.WakeUpOutcome;
import org.switchboard.model.WakeUpTask;

/**
 * Wake-up tasks and their attempts. Several consoles may run against one site: before calling an extension, a
 * console {@link #claim claims} the attempt; the database lets exactly one claim of an attempt succeed (a unique
 * constraint on task, scheduled time and attempt number), so a wake-up fires once.
 */
public interface WakeUpRepository {

	/**
	 * Inserts a task without id (and sets it), or updates the one with its id. There is one wake-up per extension,
	 * time and repeat (with its date or days): another one the same fails with {@link StoreException.Reason#DUPLICATE},
	 * also when two consoles save it at once.
	 */
	WakeUpTask save(WakeUpTask task);

	Optional<WakeUpTask> find(long id);

	/** The task with the version it has now, to edit it (see {@link #update}). */
	Optional<Versioned<WakeUpTask>> findVersioned(long id);

	/** Every task with its version, by extension and time (the list an operator picks one to edit from). */
	List<Versioned<WakeUpTask>> allVersioned();

	/**
	 * Saves an edit of a stored task only if it still has {@code expectedVersion} (the version the edit started
	 * from); returns its new version. If another console saved or deleted it in between, nothing is changed and this
	 * fails with {@link StoreException.Reason#CHANGED_ELSEWHERE}. (The scheduler's {@link #reschedule} does not count
	 * as a change: an operator's edit sets the next run itself.)
	 */
	long update(WakeUpTask task, long expectedVersion);

	/** The settings query: every task, by extension and time. */
	List<WakeUpTask> all();

	List<WakeUpTask> forExtension(String extension);

	/** Enabled tasks whose next run is at or before {@code now}, oldest first. */
	List<WakeUpTask> due(Instant now);

	/** Sets when a task runs next ({@code null}: never again) and whether it is enabled. */
	void reschedule(long taskId, Instant nextRun, boolean enabled);

	boolean delete(long taskId);

	/**
	 * Claims attempt {@code attempt} of the task's run scheduled at {@code scheduledAt} for this console. Returns
	 * the new attempt (outcome {@code PENDING}) if this console won, or empty if another console claimed it first:
	 * then this console must not call.
	 */
	default Optional<WakeUpAttempt> claim(WakeUpTask task, Instant scheduledAt, int attempt, String console) {
		return claim(task, scheduledAt, attempt, console, Instant.now());
	}

	/** As {@link #claim(WakeUpTask, Instant, int, String)}, the call made at {@code attemptedAt}. */
	Optional<WakeUpAttempt> claim(WakeUpTask task, Instant scheduledAt, int attempt, String console,
			Instant attemptedAt);

	/**
	 * Ends as failed, at {@code endedAt}, every attempt still pending that was made before {@code madeBefore}: its
	 * console stopped before the PBX told the outcome (a crash), so nobody will record it. Its retries then follow.
	 * Returns how many.
	 */
	int failAbandoned(Instant madeBefore, Instant endedAt, String detail);

	/** Records how a claimed attempt went, ending now. */
	default void recordOutcome(long attemptId, WakeUpOutcome outcome, String detail) {
		recordOutcome(attemptId, outcome, detail, Instant.now());
	}

	/** Records how a claimed attempt went and when it ended (the retry interval counts from then). */
	void recordOutcome(long attemptId, WakeUpOutcome outcome, String detail, Instant endedAt);

	/** An attempt to make now: the next after one that was not answered, its retry interval over. */
	record DueRetry(WakeUpTask task, Instant scheduledAt, int attempt) {
	}

	/**
	 * The retries due at {@code now}, found from the attempts themselves: an attempt that ended busy, unanswered,
	 * congested or failed, with retries left, its interval over, and no next attempt claimed yet. Kept in the
	 * database, so a console that restarts (or another console) makes the retries the first one could not.
	 */
	List<DueRetry> retriesDue(Instant now);

	/** The result query: attempts scheduled in [from, to), optionally of one extension, newest first. */
	default Page<WakeUpAttempt> attempts(Instant from, Instant to, String extension, PageCursor after, int limit) {
		return attempts(from, to, extension, null, after, limit);
	}

	/** As {@link #attempts(Instant, Instant, String, PageCursor, int)}, only attempts with that outcome ({@code null}: any). */
	Page<WakeUpAttempt> attempts(Instant from, Instant to, String extension, WakeUpOutcome outcome, PageCursor after,
			int limit);
}
