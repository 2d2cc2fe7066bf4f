package org.switchboard.wakeup;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.switchboard.core.OperationLog;
import org.switchboard.model.Outcome;
import org.switchboard.model.WakeUpAttempt;
import org.switchboard.model.WakeUpOutcome;
import org.switchboard.model.WakeUpTask;
import org.switchboard.pbx.PbxGateway;
import org.switchboard.store.StoreException;
import org.switchboard.store.StoreExecutors;
import org.switchboard.store.WakeUpRepository;

/**
 * Fires due wake-ups. Every console runs one, whoever is logged in; the tasks live in the database, so a restart
 * loses none. A run is fired by the console whose insert of the attempt row wins (the store's unique claim), so with
 * several consoles on one database each attempt is made once. A run missed by more than the grace window (the
 * console was not running) is recorded as missed, not called late. Retries after no answer, busy or failure are
 * found in the database (the attempt that ended, its interval over, no next attempt yet) and claimed the same way, so
 * a console that restarts, or another console, makes the retries the first one could not.
 * <p>
 * All work happens on one thread of its own: ticks, claims, and the outcomes the PBX reports (handed over from the
 * gateway's thread, which must not block on the database).
 */
public final class WakeUpScheduler implements AutoCloseable {

	private static final Logger LOG = Logger.getLogger(WakeUpScheduler.class.getName());
	/** Beyond its ring time, how long a call may wait for its outcome before it counts as abandoned. */
	private static final Duration ABANDONED_AFTER = Duration.ofMinutes(5);
	private static final String THREAD = "switchboard-wakeup-scheduler";

	private final WakeUpRepository repository;
	private final OperationLog log;
	private final Supplier<PbxGateway> gateway;
	private final Clock clock;
	private final ZoneId zone;
	private final String console;
	private final Duration grace;
	private final Duration ringFor;
	private final ScheduledExecutorService executor;
	private final AtomicInteger inFlight = new AtomicInteger();
	private volatile String lastError;
	private volatile boolean started;

	public WakeUpScheduler(WakeUpRepository repository, OperationLog log, Supplier<PbxGateway> gateway, Clock clock,
			ZoneId zone, String console, Duration grace, Duration ringFor) {
		this.repository = repository;
		this.log = log;
		this.gateway = gateway;
		this.clock = clock;
		this.zone = zone;
		this.console = console;
		this.grace = grace;
		this.ringFor = ringFor;
		this.executor = StoreExecutors.singleThreadScheduled(THREAD);
	}

	/** Checks for due wake-ups every {@code period} from now on. */
	public synchronized void start(Duration period) {
		if (!started) {
			started = true;
			executor.scheduleWithFixedDelay(this::tickQuietly, 0, period.toMillis(), TimeUnit.MILLISECONDS);
		}
	}

	public boolean isStarted() {
		return started && !executor.isShutdown();
	}

	/** Runs one check now (on the scheduler's thread); completes when the due runs were claimed and sent. */
	public CompletableFuture<Void> tick() {
		return CompletableFuture.runAsync(this::tickQuietly, executor);
	}

	/** Wake-up calls sent to the PBX whose outcome is not known yet. */
	public int inFlight() {
		return inFlight.get();
	}

	/** Why the last check failed (e.g. the database is down), or {@code null}. */
	public String lastError() {
		return lastError;
	}

	public String console() {
		return console;
	}

	private void tickQuietly() {
		try {
			runDue(clock.instant());
			lastError = null;
		} catch (RuntimeException e) {
			String why = String.valueOf(e.getMessage());
			if (!why.equals(lastError)) { // once per kind of failure, not every second while the database is down
				LOG.log(Level.WARNING, "Wake-up check failed: " + why, e instanceof StoreException ? null : e);
			}
			lastError = why;
		}
	}

	private void runDue(Instant now) {
		// a call whose console stopped before the PBX told its outcome: failed, so that its retries follow
		repository.failAbandoned(now.minus(ringFor).minus(ABANDONED_AFTER), now,
				"the console that made the call stopped before its outcome was known");
		for (WakeUpRepository.DueRetry r : repository.retriesDue(now)) {
			if (executor.isShutdown()) {
				return; // closing: the rest waits for the next start (this or another console)
			}
			repository.claim(r.task(), r.scheduledAt(), r.attempt(), console, now)
					.ifPresent(a -> fire(r.task(), r.scheduledAt(), a));
		}
		for (WakeUpTask task : repository.due(now)) {
			if (executor.isShutdown()) {
				return;
			}
			Instant run = task.getNextRun();
			boolean missed = Duration.between(run, now).compareTo(grace) > 0;
			Optional<WakeUpAttempt> claimed = repository.claim(task, run, 1, console, now);
			// every console that saw the run moves the task on, to the same next run: harmless when repeated
			Instant next = WakeUpTimes.nextRun(task, run.isAfter(now) ? run : now, zone);
			repository.reschedule(task.getId(), next, next != null);
			if (claimed.isEmpty()) {
				continue;
			}
			if (missed) {
				finish(task, run, claimed.get(), WakeUpOutcome.MISSED,
						"missed by " + Duration.between(run, now).toMinutes() + " min (grace " + grace.toMinutes()
								+ " min)");
			} else {
				fire(task, run, claimed.get());
			}
		}
	}

	private void fire(WakeUpTask task, Instant run, WakeUpAttempt attempt) {
		PbxGateway pbx = gateway.get();
		if (pbx == null) {
			finish(task, run, attempt, WakeUpOutcome.FAILED, "the PBX is not connected");
			return;
		}
		CompletableFuture<WakeUpOutcome> call;
		try {
			String prompt = task.getPrompt() == null || task.getPrompt().isBlank() ? null : task.getPrompt();
			call = pbx.wakeUp(task.getExtension(), prompt, ringFor);
		} catch (RuntimeException e) {
			call = CompletableFuture.failedFuture(e);
		}
		inFlight.incrementAndGet();
		call.whenCompleteAsync((outcome, error) -> {
			inFlight.decrementAndGet();
			if (error == null) {
				finish(task, run, attempt, outcome, "");
			} else {
				Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause()
						: error;
				finish(task, run, attempt, WakeUpOutcome.FAILED, String.valueOf(cause.getMessage()));
			}
		}, executor);
	}

	private void finish(WakeUpTask task, Instant run, WakeUpAttempt attempt, WakeUpOutcome outcome, String detail) {
		int n = attempt.getAttempt();
		Instant ended = clock.instant(); // the retry interval counts from when this attempt ended (kept with it)
		try {
			repository.recordOutcome(attempt.getId(), outcome, detail, ended);
		} catch (StoreException e) {
			lastError = e.getMessage();
			LOG.log(Level.WARNING, "Could not record a wake-up result: " + e.getMessage());
		}
		log.record("", "wakeup.fire", task.getExtension(),
				outcome == WakeUpOutcome.ANSWERED ? Outcome.SUCCESS : Outcome.FAILURE,
				outcome.getLiteral() + ", attempt " + n + " of " + (task.getRetries() + 1) + ", due " + run
						+ ", by console " + console + (detail.isEmpty() ? "" : ": " + detail));
	}

	/**
	 * Stops checking; calls already sent still ring, their outcome is not recorded. A check running now is not
	 * interrupted (it may be inside the database): it stops before its next claim, and is waited for a few seconds
	 * (see {@link StoreExecutors}), so that the store can close after it.
	 */
	@Override
	public void close() {
		StoreExecutors.stop(executor, THREAD);
	}
}
