package org.switchboard.pbx.asterisk.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.switchboard.pbx.asterisk.internal.AsteriskGateway;
import org.switchboard.pbx.simulator.AmiSimulator;
import org.switchboard.pbx.simulator.SimulatorOptions;

/**
 * A 2,000-extension site over a real socket. Asterisk-Java's reader thread used to report "Slow processing of event"
 * during the resync: for every ExtensionStatus and DeviceStateChange list item (they carry the list's ActionID, which
 * the library's classes cannot take) it logged a warning and every header, and its JUL adapter walks the stack for
 * each log call before it looks at the level. Nothing may log per event on that thread.
 */
class LargeSiteTest {

	@Test
	@DisplayName("a 2,000-extension site synchronises without Asterisk-Java logging anything per list item")
	void largeSiteResyncLogsNothingPerEvent() throws Exception {
		List<String> perEvent = new CopyOnWriteArrayList<>();
		Handler capture = new Handler() {
			@Override
			public void publish(LogRecord r) {
				perEvent.add(r.getLevel() + " " + r.getMessage());
			}

			@Override
			public void flush() {
			}

			@Override
			public void close() {
			}
		};
		Logger helper = Logger.getLogger("org.asteriskjava.manager.util.EventAttributesHelper");
		// everything the library's event builder says, whatever level the console gives it
		Level quiet = helper.getLevel();
		helper.setLevel(Level.ALL);
		helper.addHandler(capture);
		try {
			synchroniseLargeSite(gateway -> {
			});
		} finally {
			helper.removeHandler(capture);
			helper.setLevel(quiet);
		}
		assertEquals(List.of(), perEvent.stream().limit(5).toList(), perEvent.size() + " log records while building events");
	}

	@Test
	@DisplayName("contract: a 2,000-extension synchronisation reaches the live model's listeners in a few changes, not one per list item")
	void largeSiteResyncIsAFewChanges() throws Exception {
		AtomicInteger changes = new AtomicInteger();
		synchroniseLargeSite(gateway -> gateway.model().addListener((model, changed) -> changes.incrementAndGet()));
		// 8,000 list items (hints, endpoints, device states, contacts); one change per item (or two: the listener's
		// and the list's) flooded the extension panel's feed with as many frames' worth of work
		assertTrue(changes.get() < 200, changes.get() + " changes told to the live model's listeners");
	}

	/** Connects a new gateway (prepared by {@code before}) to a 2,000-extension simulator: every extension is there. */
	private static void synchroniseLargeSite(Consumer<AsteriskGateway> before) throws Exception {
		try (AmiSimulator simulator = AmiSimulator.start(SimulatorOptions.defaults().withPort(0).withExtensions(2000))) {
			AsteriskGateway gateway = new AsteriskGateway();
			before.accept(gateway);
			try {
				gateway.connect(SimulatorEndpoints.of(simulator)).get(60, TimeUnit.SECONDS);
				assertEquals(2000, (int) gateway.model()
						.read(s -> (int) s.getExtensions().stream().filter(x -> x.getDevice() != null).count())
						.get(10, TimeUnit.SECONDS));
			} finally {
				gateway.close();
			}
		}
	}
}
