package org.switchboard.pbx.asterisk.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.switchboard.model.Channel;
import org.switchboard.model.Site;
import org.switchboard.pbx.PbxEndpoint;
import org.switchboard.pbx.asterisk.internal.AsteriskGateway;
import org.switchboard.pbx.simulator.AmiSimulator;
import org.switchboard.pbx.simulator.SimulatorOptions;

/**
 * A gateway (not connected yet) and a fresh PBX simulator of 11 extensions (1011 not registered, phones answering
 * after 100 ms) for each test over a real AMI socket, and the waits and reads of its live model.
 */
abstract class SimulatorSiteTest {

	static final Duration WAIT = Duration.ofSeconds(10);

	AmiSimulator simulator;
	AsteriskGateway gateway;

	@BeforeEach
	void startSite() throws Exception {
		simulator = AmiSimulator.start(SimulatorOptions.defaults().withPort(0).withExtensions(11)
				.withUnregistered(Set.of("1011")).withAnswerDelayMillis(100));
		gateway = new AsteriskGateway();
	}

	@AfterEach
	void stopSite() {
		gateway.close();
		simulator.close();
	}

	PbxEndpoint endpoint() {
		return SimulatorEndpoints.of(simulator);
	}

	/** On the model's owner thread: whether x and y have channels in one bridge. */
	boolean connected(String x, String y) {
		for (Channel cx : gateway.model().extension(x).getChannels()) {
			for (Channel cy : gateway.model().extension(y).getChannels()) {
				if (cx.getBridgeId() != null && cx.getBridgeId().equals(cy.getBridgeId())) {
					return true;
				}
			}
		}
		return false;
	}

	<T> T read(Function<Site, T> query) throws Exception {
		return gateway.model().read(query).get(5, TimeUnit.SECONDS);
	}

	void awaitModel(String what, Function<Site, Boolean> condition) throws Exception {
		await(what, () -> {
			try {
				return read(condition);
			} catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
	}

	static void await(String what, Supplier<Boolean> condition) throws InterruptedException {
		long deadline = System.nanoTime() + WAIT.toNanos();
		while (!Boolean.TRUE.equals(condition.get())) {
			if (System.nanoTime() > deadline) {
				fail("timed out waiting for " + what);
			}
			Thread.sleep(20);
		}
	}
}
