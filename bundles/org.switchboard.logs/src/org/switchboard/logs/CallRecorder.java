package org.switchboard.logs;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.switchboard.core.NameDirectory;
import org.switchboard.model.CallRecord;
import org.switchboard.model.ConnectionStatus;
import org.switchboard.model.SwitchboardFactory;
import org.switchboard.pbx.PbxGateway;
import org.switchboard.pbx.PbxListener;
import org.switchboard.pbx.event.PbxEvent;
import org.switchboard.store.CallRecordRepository;
import org.switchboard.store.StoreException;

/**
 * Stores every call the PBX reports (its {@code Cdr} events) as a call record, as it arrives (SPEC S6). A record heard
 * twice (by two consoles, or again after a reconnect) is stored once: the store refuses a second row with the same
 * unique id, start and destination channel. While the connection is down, the PBX's CDRs are lost: the recorder stores that time as a gap,
 * so the call records show it rather than pretending nothing happened; the time the console was not recording
 * (logged out, not running) is a gap too, from {@link #close()} to the next {@link #start}.
 * <p>
 * PBX events arrive on the live model's owner thread, which must not block: records are written by a thread of the
 * recorder's own, in arrival order.
 */
public final class CallRecorder implements AutoCloseable {

	private static final Logger LOG = Logger.getLogger(CallRecorder.class.getName());

	private final PbxGateway gateway;
	private final CallRecordRepository records;
	private final Supplier<NameDirectory> names;
	private final Clock clock;
	private final ExecutorService writer;
	private final PbxListener listener = this::onEvent;
	private final List<Consumer<CallRecord>> stored = new CopyOnWriteArrayList<>();
	/** When the connection went down; touched on the writer thread only. */
	private Instant downSince;

	private CallRecorder(PbxGateway gateway, CallRecordRepository records, Supplier<NameDirectory> names,
			Clock clock) {
		this.gateway = gateway;
		this.records = records;
		this.names = names;
		this.clock = clock;
		this.writer = Executors.newSingleThreadExecutor(r -> {
			Thread t = new Thread(r, "switchboard-call-recorder");
			t.setDaemon(true);
			return t;
		});
	}

	/**
	 * Starts recording the calls of a connected gateway; ends the gap left by the previous recorder.
	 *
	 * @param names who numbers belong to, or {@code null} when no phonebook is installed
	 */
	public static CallRecorder start(PbxGateway gateway, CallRecordRepository records, NameDirectory names,
			Clock clock) {
		return start(gateway, records, () -> names, clock);
	}

	/**
	 * As {@link #start(PbxGateway, CallRecordRepository, NameDirectory, Clock)}, asking for the name directory at
	 * each record (the phonebook may be installed, or stopped, while the console runs).
	 */
	public static CallRecorder start(PbxGateway gateway, CallRecordRepository records, Supplier<NameDirectory> names,
			Clock clock) {
		CallRecorder recorder = new CallRecorder(gateway, records, names, clock);
		recorder.writer.execute(() -> recorder.safely(() -> records.closeGaps(clock.instant())));
		gateway.addListener(recorder.listener);
		return recorder;
	}

	/** Told (on the recorder's thread) of each record once it is stored. */
	public AutoCloseable onStored(Consumer<CallRecord> consumer) {
		stored.add(consumer);
		return () -> stored.remove(consumer);
	}

	private void onEvent(PbxEvent event) {
		switch (event) {
		case PbxEvent.CdrRecorded cdr -> submit(() -> store(cdr));
		case PbxEvent.ConnectionChanged c -> {
			Instant at = clock.instant();
			submit(() -> connection(c.status(), at));
		}
		default -> {
			// only CDRs and the connection matter here
		}
		}
	}

	private void submit(Runnable work) {
		try {
			writer.execute(() -> safely(work));
		} catch (java.util.concurrent.RejectedExecutionException e) {
			LOG.fine("call recorder closed; event dropped");
		}
	}

	private void connection(ConnectionStatus status, Instant at) {
		boolean up = status == ConnectionStatus.CONNECTED;
		if (!up && downSince == null && status != ConnectionStatus.SYNCHRONIZING) {
			downSince = at;
		} else if (up && downSince != null) {
			records.addGap(downSince, at);
			downSince = null;
		}
	}

	private void store(PbxEvent.CdrRecorded cdr) {
		CallRecord r = toRecord(cdr);
		if (records.insertIfNew(r)) {
			for (Consumer<CallRecord> c : stored) {
				c.accept(r);
			}
		}
	}

	/** The record of a CDR; the caller's name from the phonebook when it knows the number, else the PBX's. */
	public CallRecord toRecord(PbxEvent.CdrRecorded cdr) {
		CallRecord r = SwitchboardFactory.eINSTANCE.createCallRecord();
		r.setUniqueId(cdr.uniqueId());
		r.setLinkedId(cdr.linkedId() != null ? cdr.linkedId() : cdr.uniqueId());
		Instant started = cdr.startedAt() != null ? cdr.startedAt() : clock.instant();
		r.setStartedAt(started);
		r.setAnsweredAt(cdr.answeredAt());
		r.setEndedAt(cdr.endedAt());
		r.setCallerNumber(cdr.callerNumber());
		r.setCallerName(name(cdr.callerNumber()).orElse(cdr.callerName()));
		r.setCalleeNumber(cdr.calleeNumber());
		r.setDurationSeconds(cdr.durationSeconds());
		r.setBillableSeconds(cdr.billableSeconds());
		r.setDisposition(cdr.disposition());
		r.setChannel(cdr.channel());
		// part of the record's identity (a channel moving on within a second gets a second record): never null,
		// because the store's uniqueness ignores rows with a null in it
		r.setDestinationChannel(cdr.destinationChannel() == null ? "" : cdr.destinationChannel());
		return r;
	}

	private Optional<String> name(String number) {
		NameDirectory directory = names.get();
		if (directory == null || number == null) {
			return Optional.empty();
		}
		try {
			// a call record is seen by every operator: never a name from this operator's personal phonebook
			return directory.lookupShared(number).map(NameDirectory.Party::name);
		} catch (RuntimeException e) {
			return Optional.empty();
		}
	}

	private void safely(Runnable work) {
		try {
			work.run();
		} catch (StoreException e) {
			LOG.log(Level.WARNING, "A call record could not be saved: " + e.getMessage(), e);
		} catch (RuntimeException e) {
			LOG.log(Level.WARNING, "The call recorder failed", e);
		}
	}

	/** Waits (up to the timeout) until everything heard so far is stored; for tests and an orderly stop. */
	public boolean flush(long timeout, TimeUnit unit) throws InterruptedException {
		java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
		try {
			writer.execute(done::countDown);
		} catch (java.util.concurrent.RejectedExecutionException e) {
			return true;
		}
		return done.await(timeout, unit);
	}

	/** Stops recording; the time until the next recorder starts is a gap. */
	@Override
	public void close() {
		gateway.removeListener(listener);
		Instant at = clock.instant();
		submit(() -> {
			try {
				records.addGap(downSince != null ? downSince : at, null);
			} catch (StoreException e) {
				// at exit the store may close first: the gap is then not shown, records are not affected
				LOG.log(Level.FINE, "The start of a gap in the call records was not saved", e);
			}
		});
		writer.shutdown();
		try {
			writer.awaitTermination(5, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
