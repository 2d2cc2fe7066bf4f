package org.switchboard.wakeup.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.derby.drda.NetworkServerControl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.model.WakeUpAttempt;
import org.switchboard.pbx.PbxGateway;
import org.switchboard.pbx.simulator.AmiSimulator;
import org.switchboard.store.Store;
import org.switchboard.store.StoreLocation;
import org.switchboard.wakeup.WakeUpService;

/** Two consoles, each with its own scheduler, database connection and PBX connection, on one site. */
class TwoConsolesTest {

	@TempDir
	Path dir;

	@Test
	void hundredWakeUpsDueInTheSameMinuteFireHundredTimesNoneTwice() throws Exception {
		int port;
		try (ServerSocket s = new ServerSocket(0)) {
			port = s.getLocalPort();
		}
		NetworkServerControl server = new NetworkServerControl(InetAddress.getLoopbackAddress(), port);
		server.start(new PrintWriter(new StringWriter()));
		waitForServer(server);
		StoreLocation shared = StoreLocation.network("jdbc:derby://127.0.0.1:" + port + "/" + dir.resolve("site"), "",
				"");
		DrivenClock clock = new DrivenClock(SiteFixture.START);
		RecordingLog log = new RecordingLog();
		try (AmiSimulator simulator = SiteFixture.simulator(120);
				OriginateCounter counter = new OriginateCounter(simulator);
				PbxGateway pbxA = SiteFixture.gateway(simulator);
				PbxGateway pbxB = SiteFixture.gateway(simulator);
				Store storeA = Store.open(shared);
				Store storeB = Store.open(shared);
				WakeUpService a = console(storeA, pbxA, clock, log, "console-a");
				WakeUpService b = console(storeB, pbxB, clock, log, "console-b")) {
			List<String> rooms = simulator.extensions().subList(0, 100);
			// a hotel sets 100 rooms for 06:30 at once
			a.create(SiteFixture.daily(rooms, "06:30", 0, 5), "demo");
			assertEquals(100, storeB.wakeUps().all().size(), "the other console sees them");

			for (int second = 0; second < 3; second++) { // both consoles check every second during the minute
				clock.set(SiteFixture.SIX_THIRTY.plusSeconds(second));
				CompletableFuture.allOf(a.scheduler().tick(), b.scheduler().tick()).get(60, TimeUnit.SECONDS);
			}
			SiteFixture.waitUntil(() -> SiteFixture.allDone(storeA, 100), Duration.ofSeconds(60), "100 outcomes");
			SiteFixture.waitUntil(() -> counter.wakeUps() >= 100, Duration.ofSeconds(20), "100 calls");
			Thread.sleep(500);

			assertEquals(100, counter.wakeUps(), "the PBX was asked for 100 wake-up calls");
			List<WakeUpAttempt> attempts = SiteFixture.attempts(storeB);
			assertEquals(100, attempts.size());
			assertEquals(100, attempts.stream().map(WakeUpAttempt::getTaskId).distinct().count(), "one per room");
			Map<String, Long> byConsole = attempts.stream()
					.collect(Collectors.groupingBy(WakeUpAttempt::getConsole, Collectors.counting()));
			System.out.println("wake-ups fired per console: " + byConsole);
			assertEquals(100, log.of("wakeup.fire").size());
		} finally {
			server.shutdown();
		}
	}

	private static WakeUpService console(Store store, PbxGateway pbx, DrivenClock clock, RecordingLog log,
			String name) {
		return new WakeUpService(store, log, () -> pbx, clock, SiteFixture.zone(),
				new WakeUpService.Config(name, Duration.ofMinutes(10), Duration.ofSeconds(30), Duration.ofSeconds(1)));
	}

	private static void waitForServer(NetworkServerControl server) throws Exception {
		long deadline = System.nanoTime() + 20_000_000_000L;
		while (true) {
			try {
				server.ping();
				return;
			} catch (Exception notYet) {
				if (System.nanoTime() > deadline) {
					throw notYet;
				}
				Thread.sleep(50);
			}
		}
	}
}
