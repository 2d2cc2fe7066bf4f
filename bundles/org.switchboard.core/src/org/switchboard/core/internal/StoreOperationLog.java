package org.switchboard.core.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.switchboard.core.OperationLog;
import org.switchboard.model.OperationLogEntry;
import org.switchboard.model.Outcome;
import org.switchboard.model.SwitchboardFactory;
import org.switchboard.store.OperationLogRepository;
import org.switchboard.store.StoreException;

/**
 * The {@link OperationLog} on the store. {@link #record} only queues the entry; one background thread writes
 * queued entries in batches, in order. When the database fails, the entries stay queued and the writer retries
 * with back-off; {@link #lastError()} tells why. {@link #close()} writes what is left; whatever still cannot be
 * written then goes to a file in the data folder ({@code unsaved-operation-log-*.tsv}) and is reported on
 * standard error, so nothing is lost silently.
 * <p>
 * {@link #begin} queues an entry {@link Outcome#IN_PROGRESS in progress}; its completion updates that same row. When
 * both are still queued together they are written as one finished row.
 */
public final class StoreOperationLog implements OperationLog, AutoCloseable {

	private static final int BATCH = 500;
	private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

	private final OperationLogRepository repository;
	private final Supplier<String> currentOperator;
	private final Path fallbackFolder;
	private final Clock clock;
	private final LinkedBlockingQueue<Item> queue = new LinkedBlockingQueue<>();
	private final Object lock = new Object();
	private final Thread writer;
	private List<Item> inFlight = List.of();
	private volatile boolean closing;
	private volatile String lastError;
	private long written;

	/**
	 * @param currentOperator the account of the operator logged in now ({@code null} before login)
	 * @param fallbackFolder  where entries go that cannot be written at shutdown
	 */
	public StoreOperationLog(OperationLogRepository repository, Supplier<String> currentOperator, Path fallbackFolder,
			Clock clock) {
		this.repository = repository;
		this.currentOperator = currentOperator;
		this.fallbackFolder = fallbackFolder;
		this.clock = clock;
		writer = new Thread(this::run, "switchboard-operation-log");
		writer.setDaemon(true);
		writer.start();
	}

	@Override
	public void record(String action, String target, Outcome outcome, String detail) {
		record(currentOperator.get(), action, target, outcome, detail);
	}

	@Override
	public void record(String operator, String action, String target, Outcome outcome, String detail) {
		enqueue(new Item(entry(operator, action, target, outcome, detail), null, null, null));
	}

	@Override
	public Intent begin(String action, String target) {
		OperationLogEntry e = entry(currentOperator.get(), action, target, Outcome.IN_PROGRESS, "");
		CompletableFuture<Void> stored = new CompletableFuture<>();
		enqueue(new Item(e, null, null, stored));
		return new Intent() {
			@Override
			public CompletableFuture<Void> stored() {
				return stored;
			}

			@Override
			public void complete(Outcome outcome, String detail) {
				enqueue(new Item(e, outcome, detail == null ? "" : detail, null));
			}
		};
	}

	private OperationLogEntry entry(String operator, String action, String target, Outcome outcome, String detail) {
		OperationLogEntry e = SwitchboardFactory.eINSTANCE.createOperationLogEntry();
		e.setAt(clock.instant());
		e.setOperator(operator == null ? "" : operator);
		e.setAction(action);
		e.setTarget(target == null ? "" : target);
		e.setOutcome(outcome);
		e.setDetail(detail == null ? "" : detail);
		return e;
	}

	private void enqueue(Item item) {
		if (closing && !writer.isAlive()) {
			saveToFile(List.of(item), "the operation log was closed");
			return;
		}
		synchronized (lock) {
			queue.add(item);
			lock.notifyAll();
		}
	}

	/**
	 * A queued write: a new entry ({@code outcome == null}; {@code stored} completes once it is committed, for an
	 * intent), or the outcome of an intent queued earlier.
	 */
	private record Item(OperationLogEntry entry, Outcome outcome, String detail, CompletableFuture<Void> stored) {

		boolean completion() {
			return outcome != null;
		}

		/** The entry as it ends up: for a completion, the intent with its outcome. */
		OperationLogEntry finished() {
			if (!completion()) {
				return entry;
			}
			OperationLogEntry e = SwitchboardFactory.eINSTANCE.createOperationLogEntry();
			e.setId(entry.getId());
			e.setAt(entry.getAt());
			e.setOperator(entry.getOperator());
			e.setAction(entry.getAction());
			e.setTarget(entry.getTarget());
			e.setOutcome(outcome);
			e.setDetail(detail);
			return e;
		}
	}

	/** Why the last write failed, or {@code null} if it worked. */
	public String lastError() {
		return lastError;
	}

	/** Entries recorded and not yet written. */
	public int pending() {
		synchronized (lock) {
			return queue.size() + inFlight.size();
		}
	}

	/** Waits until every entry recorded before the call is written; false if that took longer than the timeout. */
	public boolean flush(Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		synchronized (lock) {
			while (!queue.isEmpty() || !inFlight.isEmpty()) {
				long left = deadline - System.nanoTime();
				if (left <= 0) {
					return false;
				}
				TimeUnit.NANOSECONDS.timedWait(lock, left);
			}
			return true;
		}
	}

	private void run() {
		Duration backoff = Duration.ofMillis(200);
		while (true) {
			try {
				List<Item> batch = new ArrayList<>();
				synchronized (lock) {
					if (queue.isEmpty()) {
						if (closing) {
							return;
						}
						lock.wait(500);
						continue;
					}
					queue.drainTo(batch, BATCH);
					inFlight = batch;
				}
				List<OperationLogEntry> inserts = new ArrayList<>();
				List<OperationLogEntry> completions = new ArrayList<>();
				split(batch, inserts, completions);
				while (true) {
					try {
						repository.write(inserts, completions);
						lastError = null;
						backoff = Duration.ofMillis(200);
						break;
					} catch (StoreException | IllegalStateException e) {
						lastError = e.getMessage();
						if (closing) {
							return; // close() saves what is in flight
						}
						synchronized (lock) {
							lock.wait(backoff.toMillis());
						}
						backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF
								: backoff.multipliedBy(2);
					}
				}
				synchronized (lock) {
					written += inserts.size();
					inFlight = List.of();
					lock.notifyAll();
				}
				for (Item i : batch) {
					if (i.stored() != null) {
						i.stored().complete(null);
					}
				}
			} catch (InterruptedException e) {
				return;
			}
		}
	}

	/**
	 * Turns queued items into rows to insert and rows to complete. An intent completed in the same batch is inserted
	 * finished; the writer alone touches the entries from here on, so setting their outcome is safe.
	 */
	private static void split(List<Item> batch, List<OperationLogEntry> inserts,
			List<OperationLogEntry> completions) {
		Set<OperationLogEntry> fresh = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Item i : batch) {
			if (!i.completion()) {
				inserts.add(i.entry());
				fresh.add(i.entry());
			} else if (fresh.contains(i.entry())) {
				i.entry().setOutcome(i.outcome());
				i.entry().setDetail(i.detail());
			} else if (i.entry().getId() != 0) {
				completions.add(i.finished());
			} else {
				// its intent never reached the database (saved to a file at close): the outcome gets a row of its own
				inserts.add(i.finished());
			}
		}
	}

	/** Entries written so far. */
	public long written() {
		synchronized (lock) {
			return written;
		}
	}

	/**
	 * Writes what is queued (waiting up to 10 s, 2 s when the database is failing), stops the writer, and saves anything still unwritten to a file.
	 */
	@Override
	public void close() {
		try {
			flush(lastError == null ? Duration.ofSeconds(10) : Duration.ofSeconds(2));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		closing = true;
		synchronized (lock) {
			lock.notifyAll();
		}
		try {
			writer.join(5000);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		List<Item> left = new ArrayList<>();
		synchronized (lock) {
			left.addAll(inFlight);
			inFlight = List.of();
			queue.drainTo(left);
		}
		if (!left.isEmpty()) {
			saveToFile(left, lastError);
		}
	}

	private void saveToFile(List<Item> items, String why) {
		List<OperationLogEntry> entries = items.stream().map(Item::finished).toList();
		String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(clock.instant());
		Path file = fallbackFolder.resolve("unsaved-operation-log-" + stamp + ".tsv");
		try {
			Files.createDirectories(fallbackFolder);
			try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8,
					java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND)) {
				for (OperationLogEntry e : entries) {
					w.write(String.join("\t", e.getAt().toString(), clean(e.getOperator()), clean(e.getAction()),
							clean(e.getTarget()), e.getOutcome().getLiteral(), clean(e.getDetail())));
					w.write('\n');
				}
			}
			System.err.println("Switchboard: " + entries.size() + " operation log entries could not be written to "
					+ "the database (" + why + "); saved to " + file);
		} catch (IOException io) {
			System.err.println("Switchboard: " + entries.size() + " operation log entries are lost: the database "
					+ "failed (" + why + ") and " + file + " could not be written (" + io.getMessage() + ")");
			for (OperationLogEntry e : entries) {
				System.err.println("  " + e.getAt() + " " + e.getOperator() + " " + e.getAction() + " " + e.getTarget()
						+ " " + e.getOutcome() + " " + e.getDetail());
			}
		}
	}

	private static String clean(String value) {
		return value == null ? "" : value.replaceAll("[\\t\\r\\n]", " ");
	}
}
