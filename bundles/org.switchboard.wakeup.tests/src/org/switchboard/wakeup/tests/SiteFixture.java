package org.switchboard.wakeup.tests;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.switchboard.model.WakeUpAttempt;
import org.switchboard.model.WakeUpOutcome;
import org.switchboard.model.WakeUpRepeat;
import org.switchboard.pbx.PbxEndpoint;
import org.switchboard.pbx.PbxGateway;
import org.switchboard.pbx.asterisk.AsteriskGatewayFactory;
import org.switchboard.pbx.simulator.AmiSimulator;
import org.switchboard.pbx.simulator.SimulatorOptions;
import org.switchboard.store.Store;
import org.switchboard.wakeup.WakeUpRequest;

/** The pieces a scheduler test runs on: the simulator (PBX timings sped up 100 times) and gateways to it. */
final class SiteFixture {

	static final Instant START = Instant.parse("2026-12-01T05:00:00Z");
	static final Instant SIX_THIRTY = Instant.parse("2026-12-01T06:30:00Z");

	private SiteFixture() {
	}

	static AmiSimulator simulator(int extensions) throws Exception {
		return AmiSimulator.start(SimulatorOptions.defaults().withPort(0).withExtensions(extensions)
				.withTimeScale(0.01).withAnswerDelayMillis(50));
	}

	static PbxGateway gateway(AmiSimulator simulator) throws Exception {
		PbxGateway gateway = new AsteriskGatewayFactory().create();
		gateway.connect(new PbxEndpoint(simulator.host(), simulator.port(), simulator.options().user(),
				simulator.options().secret(), "internal", "8000", Duration.ofSeconds(5))).get(30, TimeUnit.SECONDS);
		return gateway;
	}

	static WakeUpRequest daily(List<String> extensions, String time, int retries, int interval) {
		return new WakeUpRequest(extensions, LocalTime.parse(time), WakeUpRepeat.DAILY, null, Set.of(), retries,
				interval, "");
	}

	static WakeUpRequest once(List<String> extensions, LocalDate date, String time) {
		return new WakeUpRequest(extensions, LocalTime.parse(time), WakeUpRepeat.ONCE, date, Set.of(), 0, 5, "");
	}

	static List<WakeUpAttempt> attempts(Store store) {
		return store.wakeUps().attempts(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"), null, null, 10_000)
				.items();
	}

	static boolean allDone(Store store, int count) {
		List<WakeUpAttempt> all = attempts(store);
		return all.size() == count && all.stream().noneMatch(a -> a.getOutcome() == WakeUpOutcome.PENDING);
	}

	static void waitUntil(BooleanSupplier condition, Duration timeout, String what) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("timed out waiting until " + what);
			}
			Thread.sleep(50);
		}
	}

	static ZoneOffset zone() {
		return ZoneOffset.UTC;
	}
}
