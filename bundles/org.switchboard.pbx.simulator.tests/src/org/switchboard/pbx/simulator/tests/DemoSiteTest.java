package org.switchboard.pbx.simulator.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.switchboard.pbx.simulator.AmiSimulator;
import org.switchboard.pbx.simulator.DemoSite;
import org.switchboard.pbx.simulator.SitePhones;

/** The demo site's life (issue 13 B1), as an AMI client (the console) sees it. */
class DemoSiteTest {

	private static DemoSite.Pace fast() {
		return new DemoSite.Pace(Duration.ofMillis(50), Duration.ofMillis(200), Duration.ofMillis(300),
				Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(400), Duration.ofMillis(600),
				Duration.ofMillis(1500));
	}

	@Test
	void demoSiteBringsQueueCallersAndCallsBetweenExtensionsAndKeepsOneInDndAndOneUnregistered() throws IOException {
		try (AmiSimulator simulator = AmiSimulator.start(TranscriptConformanceTest.fastLab());
				SitePhones observer = SitePhones.open("127.0.0.1", simulator.port(), SitePhones.History.KEEP)) {
			observer.login("console", "console");
			try (DemoSite site = DemoSite.start(simulator, fast(), "1001")) {
				assertEquals("YES", simulator.astdb().get("/DND/" + DemoSite.DND_EXTENSION));
				Map<String, String> joined = observer.awaitEvent("QueueCallerJoin",
						m -> DemoSite.QUEUE.equals(m.get("Queue")));
				assertTrue(joined.get("Channel").startsWith("PJSIP/trunk"), joined.toString());
				Map<String, String> bridged = observer.awaitEvent("BridgeEnter",
						m -> m.get("Channel").startsWith("PJSIP/10") && !m.get("Channel").startsWith("PJSIP/1001-"));
				String ext = bridged.get("Channel").substring(6, 10);
				assertTrue(!ext.equals(DemoSite.DND_EXTENSION) && !ext.equals(DemoSite.UNAVAILABLE_EXTENSION), ext);
				// a caller nobody answers gives up: the queue does not grow without end
				Map<String, String> gaveUp = observer.awaitEvent("QueueCallerAbandon",
						m -> DemoSite.QUEUE.equals(m.get("Queue")));
				assertEquals(DemoSite.QUEUE, gaveUp.get("Queue"));
				assertTrue(site.queueCallers() >= 1 && site.extensionCalls() >= 1);
				Map<String, String> endpoint = observer.list("PJSIPShowEndpoint",
						Map.of("Endpoint", DemoSite.UNAVAILABLE_EXTENSION)).stream()
						.filter(m -> "EndpointDetail".equals(m.get("Event"))).findFirst().orElseThrow();
				assertEquals("Unavailable", endpoint.get("DeviceState"), endpoint.toString());
				assertTrue(simulator.channels().stream().noneMatch(c -> c.name().startsWith("PJSIP/1001-")),
						"callers wait for the operator's Answer; the operator's phone does not take them by itself");
			}
		}
	}

	@Test
	void closedDemoSiteMakesNoMoreCalls() throws Exception {
		try (AmiSimulator simulator = AmiSimulator.start(TranscriptConformanceTest.fastLab())) {
			DemoSite site = DemoSite.start(simulator, fast(), "1001");
			site.close();
			long callers = site.queueCallers();
			long calls = site.extensionCalls();
			Thread.sleep(800);
			assertEquals(callers, site.queueCallers());
			assertEquals(calls, site.extensionCalls());
		}
	}
}
