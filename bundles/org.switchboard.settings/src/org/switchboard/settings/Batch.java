package org.switchboard.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.BiFunction;

import org.switchboard.pbx.PbxException;

/**
 * A change applied to many extensions (hundreds at a hotel or a hospital): on a thread of its own, at most
 * {@code concurrency} operations in flight so the PBX is not flooded, cancellable between items, and ending with a
 * {@link Report} of what was done, what failed and why, and what was not started because the operator cancelled.
 * Each item is its own operation (and its own operation-log entry): a failure stops nothing else.
 */
public final class Batch {

	/** The default number of operations in flight at once. */
	public static final int DEFAULT_CONCURRENCY = 8;

	/** One extension the change could not be applied to. */
	public record Failure(String extension, PbxException.Reason reason, String message) {
	}

	/** How a batch ended. */
	public record Report(int total, List<String> done, List<Failure> failed, List<String> notStarted,
			boolean cancelled) {
	}

	/** Told after each item, on the batch's threads. */
	@FunctionalInterface
	public interface Progress {
		void itemDone(int finished, int total, String extension);
	}

	private static final Object DONE = new Object();
	private final List<String> extensions;
	private final BiFunction<String, Integer, CompletableFuture<Void>> operation;
	private final int concurrency;
	private final AtomicBoolean cancelled = new AtomicBoolean();

	/**
	 * @param operation applies the change to one extension (the second argument is its position); must not block
	 */
	public Batch(List<String> extensions, int concurrency,
			BiFunction<String, Integer, CompletableFuture<Void>> operation) {
		this.extensions = List.copyOf(extensions);
		this.operation = Objects.requireNonNull(operation);
		if (concurrency < 1) {
			throw new IllegalArgumentException("concurrency " + concurrency);
		}
		this.concurrency = concurrency;
	}

	/** A batch of one change over the settings service. */
	public static Batch of(SettingsService service, Change change, List<String> extensions) {
		return new Batch(extensions, DEFAULT_CONCURRENCY, (x, i) -> service.apply(change, x));
	}

	/** Stops starting new items; those in flight finish and are reported. */
	public void cancel() {
		cancelled.set(true);
	}

	public boolean isCancelled() {
		return cancelled.get();
	}

	public int size() {
		return extensions.size();
	}

	/**
	 * Runs the batch on the calling thread (never the UI thread: it waits for the PBX) and returns its report once every
	 * started item has finished.
	 */
	public Report run(Progress progress) throws InterruptedException {
		Semaphore slots = new Semaphore(concurrency);
		// each item's outcome at its position: null not finished, DONE, or its Failure
		AtomicReferenceArray<Object> outcomes = new AtomicReferenceArray<>(extensions.size());
		List<String> notStarted = new ArrayList<>();
		AtomicInteger finished = new AtomicInteger();
		for (int i = 0; i < extensions.size(); i++) {
			String x = extensions.get(i);
			slots.acquire();
			if (cancelled.get()) {
				slots.release();
				notStarted.addAll(extensions.subList(i, extensions.size()));
				break;
			}
			CompletableFuture<Void> f;
			try {
				f = operation.apply(x, i);
			} catch (RuntimeException e) {
				f = CompletableFuture.failedFuture(e);
			}
			int position = i;
			f.whenComplete((v, error) -> {
				outcomes.set(position, error == null ? DONE : failure(x, error));
				try {
					if (progress != null) {
						progress.itemDone(finished.incrementAndGet(), extensions.size(), x);
					}
				} finally {
					slots.release(); // after the progress: the report comes after the last one
				}
			});
		}
		slots.acquire(concurrency); // every started item has finished
		slots.release(concurrency);
		List<String> doneInOrder = new ArrayList<>();
		List<Failure> failedInOrder = new ArrayList<>();
		for (int i = 0; i < extensions.size(); i++) {
			Object o = outcomes.get(i);
			if (o == DONE) {
				doneInOrder.add(extensions.get(i));
			} else if (o instanceof Failure f) {
				failedInOrder.add(f);
			}
		}
		return new Report(extensions.size(), List.copyOf(doneInOrder), List.copyOf(failedInOrder),
				List.copyOf(notStarted), !notStarted.isEmpty());
	}

	/** Runs the batch on a thread of its own. */
	public CompletableFuture<Report> start(Progress progress) {
		CompletableFuture<Report> result = new CompletableFuture<>();
		Thread t = new Thread(() -> {
			try {
				result.complete(run(progress));
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				result.completeExceptionally(e);
			} catch (RuntimeException e) {
				result.completeExceptionally(e);
			}
		}, "switchboard-settings-batch");
		t.setDaemon(true);
		t.start();
		return result;
	}

	private static Failure failure(String extension, Throwable error) {
		Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
		PbxException.Reason reason = cause instanceof PbxException p ? p.reason() : PbxException.Reason.PBX_ERROR;
		return new Failure(extension, reason, String.valueOf(cause.getMessage()));
	}
}
