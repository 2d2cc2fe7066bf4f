package org.switchboard.logs.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.core.NameDirectory;
import org.switchboard.logs.CallRecorder;
import org.switchboard.model.CallDisposition;
import org.switchboard.model.CallRecord;
import org.switchboard.model.ConnectionStatus;
import org.switchboard.pbx.PbxEndpoint;
import org.switchboard.pbx.PbxGateway;
import org.switchboard.pbx.asterisk.AsteriskGatewayFactory;
import org.switchboard.pbx.event.PbxEvent;
import org.switchboard.pbx.simulator.AmiSimulator;
import org.switchboard.pbx.simulator.SimulatorOptions;
import org.switchboard.store.CallRecordQuery;
import org.switchboard.store.RecordingGap;
import org.switchboard.store.Store;
import org.switchboard.store.StoreLocation;

/**
 * The call recorder against the PBX simulator over a real AMI socket and a real Derby store: CDRs become call
 * records once each, and a dropped connection becomes a gap.
 */
class CallRecorderTest {

	@TempDir
	Path dir;
	private AmiSimulator simulator;
	private Store store;
	private final List<AutoCloseable> open = new CopyOnWriteArrayList<>();

	@BeforeEach
	void start() throws Exception {
		simulator = AmiSimulator.start(SimulatorOptions.defaults().withPort(0).withExtensions(6)
				.withAnswerDelayMillis(100));
		store = Store.open(StoreLocation.embedded(dir.resolve("db")));
	}

	@AfterEach
	void stop() throws Exception {
		for (int i = open.size() - 1; i >= 0; i--) {
			open.get(i).close();
		}
		store.close();
		simulator.close();
	}

	private PbxGateway connect(List<PbxEvent.CdrRecorded> heard) throws Exception {
		PbxGateway gateway = new AsteriskGatewayFactory().create();
		open.add(gateway);
		if (heard != null) {
			gateway.addListener(PbxEvent.CdrRecorded.class, e -> heard.add((PbxEvent.CdrRecorded) e));
		}
		gateway.connect(new PbxEndpoint(simulator.host(), simulator.port(), simulator.options().user(),
				simulator.options().secret(), "internal", "8000", Duration.ofSeconds(5))).get(30, TimeUnit.SECONDS);
		return gateway;
	}

	private CallRecorder record(PbxGateway gateway, NameDirectory names) {
		CallRecorder recorder = CallRecorder.start(gateway, store.callRecords(), names, Clock.systemUTC());
		open.add(recorder);
		return recorder;
	}

	private List<CallRecord> stored(Instant from) {
		return store.callRecords().find(CallRecordQuery.between(from, Instant.now().plusSeconds(60)), null, 100)
				.items();
	}

	@Test
	void aFinishedCallIsStoredOnceWithItsDurationThoughTwoConsolesHearItsCdr() throws Exception {
		Instant t0 = Instant.now().minusSeconds(2);
		List<PbxEvent.CdrRecorded> heard = new CopyOnWriteArrayList<>();
		NameDirectory names = new NameDirectory() {
			@Override
			public Optional<Party> lookup(String number) {
				return "1002".equals(number) ? Optional.of(new Party("Zhang Wei", "Sales")) : Optional.empty();
			}

			@Override
			public AutoCloseable addListener(Listener listener) {
				return () -> {
				};
			}
		};
		CallRecorder first = record(connect(heard), names);
		CallRecorder second = record(connect(null), names);
		List<CallRecord> told = new CopyOnWriteArrayList<>();
		first.onStored(told::add);
		second.onStored(told::add);

		simulator.callFrom("1002").to("1003");
		await("the call to be up", () -> simulator.bridges().size() == 1);
		Thread.sleep(2100);
		simulator.hangup("1002");
		await("the CDR", () -> !heard.isEmpty());
		Thread.sleep(300); // any further CDRs of the call
		assertTrue(first.flush(10, TimeUnit.SECONDS) && second.flush(10, TimeUnit.SECONDS));

		List<CallRecord> rows = stored(t0);
		assertEquals(heard.size(), rows.size(), "one record per CDR, though two consoles heard each");
		assertEquals(heard.size(), told.size(), "each stored record told once");
		CallRecord call = rows.stream().filter(r -> "1002".equals(r.getCallerNumber())).findFirst().orElseThrow();
		assertEquals("1003", call.getCalleeNumber());
		assertEquals(CallDisposition.ANSWERED, call.getDisposition());
		assertTrue(call.getDurationSeconds() >= 2, "duration " + call.getDurationSeconds());
		assertTrue(call.getBillableSeconds() >= 1 && call.getBillableSeconds() <= call.getDurationSeconds());
		assertEquals("Zhang Wei", call.getCallerName(), "the phonebook's name for the caller");
		assertNotNull(call.getEndedAt());
	}

	@Test
	@org.junit.jupiter.api.DisplayName("security: a call record, seen by every operator, takes no name from the operator's personal phonebook")
	void aCallRecordTakesNoNameFromAPersonalPhonebook() throws Exception {
		Instant t0 = Instant.now().minusSeconds(2);
		List<PbxEvent.CdrRecorded> heard = new CopyOnWriteArrayList<>();
		// the operator's own directory: her personal name for 1002 on her screens, none to share
		NameDirectory names = new NameDirectory() {
			@Override
			public Optional<Party> lookup(String number) {
				return "1002".equals(number) ? Optional.of(new Party("My golf friend", "")) : Optional.empty();
			}

			@Override
			public Optional<Party> lookupShared(String number) {
				return Optional.empty();
			}

			@Override
			public AutoCloseable addListener(Listener listener) {
				return () -> {
				};
			}
		};
		CallRecorder recorder = record(connect(heard), names);
		simulator.callFrom("1002").to("1003");
		await("the call to be up", () -> simulator.bridges().size() == 1);
		simulator.hangup("1002");
		await("the CDR", () -> !heard.isEmpty());
		assertTrue(recorder.flush(10, TimeUnit.SECONDS));
		CallRecord call = stored(t0).stream().filter(r -> "1002".equals(r.getCallerNumber())).findFirst().orElseThrow();
		PbxEvent.CdrRecorded cdr = heard.stream().filter(c -> "1002".equals(c.callerNumber())).findFirst().orElseThrow();
		assertEquals(cdr.callerName(), call.getCallerName(), "the PBX's name, not the personal one");
		assertTrue(call.getCallerName() == null || !call.getCallerName().contains("golf"), call.getCallerName());
	}

	@Test
	void aDroppedConnectionIsAGapAndOnlyTheCdrsHeardAreStoredOnce() throws Exception {
		Instant t0 = Instant.now().minusSeconds(2);
		List<PbxEvent.CdrRecorded> heard = new CopyOnWriteArrayList<>();
		List<ConnectionStatus> statuses = new CopyOnWriteArrayList<>();
		PbxGateway gateway = connect(heard);
		gateway.addListener(PbxEvent.ConnectionChanged.class,
				e -> statuses.add(((PbxEvent.ConnectionChanged) e).status()));
		CallRecorder recorder = record(gateway, null);

		simulator.callFrom("1002").to("1003");
		await("the first call up", () -> simulator.bridges().size() == 1);
		simulator.hangup("1002");
		await("the first CDR", () -> !heard.isEmpty());
		Thread.sleep(300);
		int before = heard.size();

		Instant dropped = Instant.now();
		simulator.dropConnections();
		simulator.callFrom("1004").to("1005");
		await("the call while away up", () -> simulator.bridges().size() == 1);
		simulator.hangup("1004"); // its CDR goes to no one
		await("the reconnect", () -> statuses.contains(ConnectionStatus.RECONNECTING)
				&& statuses.get(statuses.size() - 1) == ConnectionStatus.CONNECTED);
		Instant back = Instant.now();
		simulator.callFrom("1002").to("1006");
		await("the call after the reconnect up", () -> simulator.bridges().size() == 1);
		simulator.hangup("1002");
		await("the CDR after the reconnect", () -> heard.size() > before);
		Thread.sleep(300);
		assertTrue(recorder.flush(10, TimeUnit.SECONDS));

		List<CallRecord> rows = stored(t0);
		assertEquals(heard.size(), rows.size(), "the CDRs heard, each once");
		// whether the call made while away was heard depends on how fast the gateway reconnected; what is stored is
		// exactly what was heard, nothing invented
		assertEquals(new java.util.TreeSet<>(heard.stream().map(c -> c.uniqueId() + "@" + c.startedAt()).toList()),
				new java.util.TreeSet<>(rows.stream().map(r -> r.getUniqueId() + "@" + r.getStartedAt()).toList()));
		assertEquals(2, rows.stream().filter(r -> "1002".equals(r.getCallerNumber())).count());
		List<RecordingGap> gaps = store.callRecords().gaps(t0, Instant.now().plusSeconds(1));
		assertEquals(1, gaps.size(), gaps.toString());
		RecordingGap gap = gaps.get(0);
		assertNotNull(gap.to());
		assertTrue(!gap.from().isBefore(dropped.minusMillis(50)) && !gap.to().isAfter(back.plusMillis(50)),
				gap + " within the drop " + dropped + " and the reconnect " + back);
	}

	@Test
	void closingLeavesAnOpenGapThatTheNextRecorderCloses() throws Exception {
		Instant t0 = Instant.now().minusSeconds(1);
		PbxGateway gateway = connect(null);
		CallRecorder recorder = CallRecorder.start(gateway, store.callRecords(), (NameDirectory) null,
				Clock.systemUTC());
		recorder.close();
		List<RecordingGap> gaps = store.callRecords().gaps(t0, Instant.now().plusSeconds(1));
		assertEquals(1, gaps.size());
		assertEquals(null, gaps.get(0).to(), "open while nobody records");
		Thread.sleep(50);
		CallRecorder next = record(gateway, null);
		assertTrue(next.flush(10, TimeUnit.SECONDS));
		RecordingGap closed = store.callRecords().gaps(t0, Instant.now().plusSeconds(1)).get(0);
		assertNotNull(closed.to());
		assertTrue(closed.to().isAfter(closed.from()));
	}

	private static void await(String what, BooleanSupplier condition) throws InterruptedException {
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > end) {
				throw new AssertionError("timed out waiting for " + what);
			}
			Thread.sleep(20);
		}
	}
}
