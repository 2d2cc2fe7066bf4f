package org.switchboard.pbx.asterisk.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.model.ConnectionStatus;
import org.switchboard.model.Extension;
import org.switchboard.model.Site;
import org.switchboard.pbx.asterisk.internal.AsteriskGateway;
import org.switchboard.pbx.simulator.AmiSimulator;
import org.switchboard.pbx.simulator.SimulatorOptions;

/**
 * R1 at the gateway: the PBX drops the AMI connection, or restarts with another state (its calls gone, new calls up,
 * DND changed while it was down). The gateway reports the loss at once, is connected again within 5 s of the PBX
 * being back (Asterisk-Java alone retries only every 5 s after its first half second), and its live model shows the
 * PBX's state after the restart.
 */
class PbxRestartTest {

	private AmiSimulator simulator;
	private AsteriskGateway gateway;

	@BeforeEach
	void start() throws Exception {
		simulator = AmiSimulator.start(SimulatorOptions.defaults().withPort(0).withAnswerDelayMillis(20));
		gateway = SimulatorEndpoints.connectedTo(simulator);
	}

	@AfterEach
	void stop() {
		gateway.close();
		simulator.close();
	}

	@Test
	void aRestartWithAnotherStateIsToldAtOnceAndTheTrueStateIsBackWithinFiveSeconds() throws Exception {
		simulator.callFrom("1002").to("1003");
		await(site -> inCall(site, "1002") && inCall(site, "1003"), Duration.ofSeconds(10), "the call 1002-1003");
		long down = System.nanoTime();
		CompletableFuture<Long> back = CompletableFuture.supplyAsync(() -> {
			simulator.restart(Duration.ofSeconds(7), () -> {
				simulator.dbPut("DND", "1004", "1");
				simulator.callFrom("1005").to("1006");
			});
			return System.nanoTime();
		});
		await(site -> site.getConnection().getStatus() == ConnectionStatus.RECONNECTING, Duration.ofSeconds(2),
				"the loss to be told");
		assertTrue(System.nanoTime() - down < TimeUnit.SECONDS.toNanos(2));
		long up = back.get(20, TimeUnit.SECONDS);
		await(site -> site.getConnection().getStatus() == ConnectionStatus.CONNECTED, Duration.ofSeconds(5),
				"connected again within 5 s of the PBX being back");
		assertTrue(System.nanoTime() - up < TimeUnit.SECONDS.toNanos(5), "connected again too late");
		await(site -> !inCall(site, "1002") && !inCall(site, "1003") && inCall(site, "1005") && inCall(site, "1006")
				&& site.getExtensions().stream().anyMatch(x -> x.getNumber().equals("1004") && x.isDnd()),
				Duration.ofSeconds(2), "the state after the restart: old call gone, new call up, 1004 in DND");
	}

	@Test
	void aDroppedConnectionIsToldAndTheCallsThatWentOnAreShownAfterTheReconnect() throws Exception {
		simulator.callFrom("1002").to("1003");
		await(site -> inCall(site, "1002"), Duration.ofSeconds(10), "the call 1002-1003");
		simulator.dropConnections();
		simulator.callFrom("1007").to("1008");
		await(site -> site.getConnection().getStatus() == ConnectionStatus.CONNECTED && inCall(site, "1002")
				&& inCall(site, "1007"), Duration.ofSeconds(5), "the calls that went on, after the reconnect");
		assertEquals(ConnectionStatus.CONNECTED, read(site -> site.getConnection().getStatus()));
	}

	private static boolean inCall(Site site, String number) {
		for (Extension x : site.getExtensions()) {
			if (x.getNumber().equals(number)) {
				return x.getChannels().stream().anyMatch(c -> c.getBridgeId() != null && !c.getBridgeId().isEmpty());
			}
		}
		return false;
	}

	private <T> T read(Function<Site, T> query) throws Exception {
		return gateway.model().read(query).get(5, TimeUnit.SECONDS);
	}

	private void await(Function<Site, Boolean> condition, Duration within, String what) throws Exception {
		long end = System.nanoTime() + within.toNanos();
		while (System.nanoTime() < end) {
			if (Boolean.TRUE.equals(read(condition))) {
				return;
			}
			Thread.sleep(20);
		}
		throw new AssertionError("timed out waiting for " + what);
	}
}
