package org.switchboard.core;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.switchboard.model.Outcome;

/**
 * The operation log every area writes to: who did what, to what, when, and how it went (SPEC S8). Available in the
 * application's context once an operator is logged in (inject {@code OperationLog}). Recording never blocks the
 * caller: entries are written to the store in the background, in order.
 */
public interface OperationLog {

	/**
	 * Records an action by the current operator.
	 *
	 * @param action a stable code, e.g. {@code call.blindTransfer}, {@code dnd.on}, {@code login}
	 * @param target what it was done to, e.g. an extension or number
	 * @param detail free text, e.g. the PBX's reason for a failure; may be empty
	 */
	void record(String action, String target, Outcome outcome, String detail);

	/**
	 * Records an action of a given operator (e.g. a failed login, before anyone is logged in). A log that does not
	 * keep operators of its own records it as the current operator's.
	 */
	default void record(String operator, String action, String target, Outcome outcome, String detail) {
		record(action, target, outcome, detail);
	}

	/**
	 * An action recorded before its outcome is known. A log that stores intents writes it as
	 * {@link Outcome#IN_PROGRESS} at once; {@link #complete} turns that same entry into the outcome.
	 */
	interface Intent {

		/** Completes when the in-progress entry is committed; at once for a log that does not store intents. */
		CompletableFuture<Void> stored();

		/** The outcome of the action: {@link Outcome#SUCCESS} or {@link Outcome#FAILURE}, with a detail. */
		void complete(Outcome outcome, String detail);
	}

	/**
	 * Starts an entry whose outcome comes later. This default stores nothing until {@link Intent#complete}, which
	 * records one entry; the store's log overrides it to write the intent first (so a crash cannot lose it).
	 */
	default Intent begin(String action, String target) {
		return new Intent() {
			@Override
			public CompletableFuture<Void> stored() {
				return CompletableFuture.completedFuture(null);
			}

			@Override
			public void complete(Outcome outcome, String detail) {
				record(action, target, outcome, detail);
			}
		};
	}

	/**
	 * Records an action whose asynchronous result is already on its way: the intent is recorded now (in progress)
	 * and completed with success, or failure with the error's message. Returns the same result so calls can be
	 * chained.
	 */
	default <T> CompletableFuture<T> recordWhenDone(String action, String target, CompletableFuture<T> result) {
		Intent intent = begin(action, target);
		result.whenComplete((value, error) -> completeWith(intent, error));
		return result;
	}

	/**
	 * Records the intent, waits (up to {@link #INTENT_WAIT}) until it is committed, then starts the operation and
	 * completes the entry with its result. The wait is bounded so that a failing database delays an action but never
	 * stops it: the intent then stays queued and is written, in order, before its outcome.
	 */
	default <T> CompletableFuture<T> recordWhenDone(String action, String target,
			Supplier<CompletableFuture<T>> operation) {
		Intent intent = begin(action, target);
		CompletableFuture<T> result = new CompletableFuture<>();
		Runnable start = () -> {
			CompletableFuture<T> started;
			try {
				started = operation.get();
			} catch (RuntimeException e) {
				started = CompletableFuture.failedFuture(e);
			}
			// the outcome is queued before the caller hears of it, so the log is never behind the caller
			started.whenComplete((value, error) -> {
				completeWith(intent, error);
				if (error == null) {
					result.complete(value);
				} else {
					result.completeExceptionally(error);
				}
			});
		};
		CompletableFuture<Void> stored = intent.stored();
		if (stored.isDone()) {
			start.run();
		} else {
			// not on the log's writer thread, which completes stored(): the operation may be slow to start
			stored.copy().completeOnTimeout(null, INTENT_WAIT.toMillis(), TimeUnit.MILLISECONDS)
					.whenCompleteAsync((ignored, storeError) -> start.run());
		}
		return result;
	}

	/** How long {@link #recordWhenDone(String, String, Supplier)} waits for the intent to be committed. */
	Duration INTENT_WAIT = Duration.ofSeconds(2);

	private static void completeWith(Intent intent, Throwable error) {
		if (error == null) {
			intent.complete(Outcome.SUCCESS, "");
		} else {
			Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause()
					: error;
			intent.complete(Outcome.FAILURE, String.valueOf(cause.getMessage()));
		}
	}
}
