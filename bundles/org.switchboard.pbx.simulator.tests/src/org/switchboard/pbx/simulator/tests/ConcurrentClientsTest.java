package org.switchboard.pbx.simulator.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.switchboard.pbx.simulator.SitePhones;
import org.switchboard.pbx.simulator.AmiSimulator;

/** Many clients at once: each is answered on its own, and all see the same events in the same order. */
class ConcurrentClientsTest {

	private static final int CLIENTS = 20;

	@Test
	void twentyClientsWorkInParallelAndSeeTheSameEventStream() throws Exception {
		try (AmiSimulator simulator = AmiSimulator.start(TranscriptConformanceTest.fastLab())) {
			List<SitePhones> clients = new ArrayList<>();
			ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
			try {
				List<Future<SitePhones>> logins = new ArrayList<>();
				for (int i = 0; i < CLIENTS; i++) {
					int n = i;
					logins.add(pool.submit(() -> {
						SitePhones c = SitePhones.open("127.0.0.1", simulator.port(), SitePhones.History.KEEP);
						assertEquals("Success", c.login("console", "console").get("Response"));
						c.awaitResponse(c.send("Action", "DBPut", "Family", "TEST", "Key", "k" + n, "Val", "v" + n));
						Map<String, String> got = c.awaitList(c.send("Action", "DBGet", "Family", "TEST", "Key", "k" + n))
								.get(1);
						assertEquals("v" + n, got.get("Val"));
						c.awaitList(c.send("Action", "CoreShowChannels"));
						return c;
					}));
				}
				for (Future<SitePhones> f : logins) {
					clients.add(f.get());
				}
				String caller = simulator.callFrom("1005").to("1006");
				for (SitePhones c : clients) {
					c.awaitEvent("BridgeEnter", m -> caller.equals(m.get("Channel")));
				}
				simulator.hangup(caller);
				for (SitePhones c : clients) {
					// the call's last event: the caller's phone idle again (after its Hangup and CDR)
					c.awaitEvent("Hangup", m -> caller.equals(m.get("Channel")));
					c.awaitEvent("DeviceStateChange",
							m -> "PJSIP/1005".equals(m.get("Device")) && "NOT_INUSE".equals(m.get("State")));
				}
				List<String> reference = callEvents(clients.get(0));
				for (SitePhones c : clients) {
					assertEquals(reference, callEvents(c));
				}
				assertEquals(CLIENTS, simulator.astdb().size());
			} finally {
				for (SitePhones c : clients) {
					c.close();
				}
				pool.shutdownNow();
			}
		}
	}

	/** The call's events (everything after the logins, which each client sees a different number of). */
	private static List<String> callEvents(SitePhones client) {
		return client.messages().stream().filter(m -> m.containsKey("Event") && !m.containsKey("ActionID"))
				.filter(m -> !"SuccessfulAuth".equals(m.get("Event")) && !"FullyBooted".equals(m.get("Event")))
				.map(m -> m.get("Event") + " " + m.getOrDefault("Channel", m.getOrDefault("Device", "")))
				.toList();
	}
}
