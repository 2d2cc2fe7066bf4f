package org.switchboard.pbx.asterisk.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.Field;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.asteriskjava.manager.DefaultManagerConnection;
import org.asteriskjava.manager.event.NewChannelEvent;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.switchboard.model.Site;
import org.switchboard.pbx.asterisk.AsteriskGatewayFactory;
import org.switchboard.pbx.asterisk.internal.AsteriskGateway;
import org.switchboard.pbx.simulator.AmiSimulator;
import org.switchboard.pbx.simulator.SimulatorOptions;

/**
 * The login dialog prepares Asterisk-Java while the operator types (its logging and the scan of its event classes,
 * which it does once per process). That runs on a worker thread whose context class loader sees no Asterisk-Java
 * class: the scan must still find them, or every later connection in the process would build no events at all.
 */
class PrepareTest {

	@Test
	@DisplayName("contract preparing Asterisk-Java on a thread that cannot see it leaves the first connection whole: events known, calls shown")
	void prepareFromAForeignThreadKeepsEventsKnown() throws Exception {
		ClassLoader bare = new ClassLoader(null) {
		};
		AtomicReference<ClassLoader> after = new AtomicReference<>();
		CompletableFuture<Void> done = new CompletableFuture<>();
		Thread worker = new Thread(() -> {
			try {
				new AsteriskGatewayFactory().prepare();
				new AsteriskGatewayFactory().prepare(); // twice: harmless
				after.set(Thread.currentThread().getContextClassLoader());
				done.complete(null);
			} catch (Throwable t) {
				done.completeExceptionally(t);
			}
		}, "prepare-on-a-foreign-thread");
		worker.setContextClassLoader(bare);
		worker.start();
		done.get(30, TimeUnit.SECONDS);
		assertSame(bare, after.get(), "prepare() must give the thread its own context class loader back");

		Set<?> known = knownEventClasses();
		assertTrue(known.contains(NewChannelEvent.class),
				"Asterisk-Java's scan of its event classes found " + known.size() + " classes, not NewChannelEvent");

		try (AmiSimulator simulator = AmiSimulator.start(SimulatorOptions.defaults().withPort(0).withExtensions(4));
				AsteriskGateway gateway = new AsteriskGateway()) {
			gateway.connect(SimulatorEndpoints.of(simulator)).get(30, TimeUnit.SECONDS);
			assertEquals(4, (int) gateway.model().read(s -> s.getExtensions().size()).get(5, TimeUnit.SECONDS));
			assertNull(gateway.model().read(PrepareTest::channelOf1002).get(5, TimeUnit.SECONDS), "1002 busy at first");
			simulator.callFrom("1002").to("1003");
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
			while (gateway.model().read(PrepareTest::channelOf1002).get(5, TimeUnit.SECONDS) == null) {
				if (System.nanoTime() > deadline) {
					fail("the call from 1002 never reached the live model: its events were not built");
				}
				Thread.sleep(20);
			}
		}
	}

	private static String channelOf1002(Site s) {
		return s.getExtensions().stream().filter(x -> x.getNumber().equals("1002"))
				.flatMap(x -> x.getChannels().stream()).map(c -> c.getUniqueId()).findFirst().orElse(null);
	}

	/** Asterisk-Java's process-wide set of the event classes its scan found (a private static of its event builder). */
	private static Set<?> knownEventClasses() throws ReflectiveOperationException {
		Class<?> builder = DefaultManagerConnection.class.getClassLoader()
				.loadClass("org.asteriskjava.manager.internal.EventBuilderImpl");
		Field f = builder.getDeclaredField("knownManagerEventClasses");
		f.setAccessible(true);
		return (Set<?>) f.get(null);
	}
}
