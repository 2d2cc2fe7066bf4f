package org.switchboard.pbx.simulator.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.switchboard.pbx.simulator.SitePhones;
import org.switchboard.pbx.simulator.AmiSimulator;
import org.switchboard.pbx.simulator.SimulatorOptions;
import org.switchboard.pbx.simulator.TrafficDriver;

/** Random traffic (an AMI client originating calls) and the benchmark load mode; big sites. */
class TrafficAndLoadTest {

	@Test
	void trafficDriverOriginatesCallsFromPhonesThatAnswer() throws IOException {
		try (AmiSimulator simulator = AmiSimulator.start(TranscriptConformanceTest.fastLab());
				SitePhones observer = SitePhones.open("127.0.0.1", simulator.port(), SitePhones.History.KEEP);
				TrafficDriver traffic = new TrafficDriver("127.0.0.1", simulator.port(), "console", "console", 1200)) {
			observer.login("console", "console");
			traffic.start();
			Map<String, String> answered = observer.awaitEvent("OriginateResponse",
					m -> m.get("ActionID").startsWith("traffic-") && "4".equals(m.get("Reason")));
			assertTrue(answered.get("Channel").startsWith("PJSIP/10"));
			assertTrue(traffic.callsStarted() >= 1);
		}
	}

	@Test
	void loadModeKeepsAStreamOfCallEventsOverManyExtensions() throws IOException {
		SimulatorOptions options = TranscriptConformanceTest.fastLab().withExtensions(2000).withLoad(3000);
		try (AmiSimulator simulator = AmiSimulator.start(options);
				SitePhones observer = SitePhones.open("127.0.0.1", simulator.port(), SitePhones.History.KEEP)) {
			observer.login("console", "console");
			long start = System.nanoTime();
			assertTrue(observer.await(() -> observer.messages().size() >= 3000, Duration.ofSeconds(20)),
					"3000 events arrive");
			double seconds = (System.nanoTime() - start) / 1e9;
			assertTrue(seconds < 10, "3000 events took " + seconds + " s at 3000/s");
			Set<String> devices = new HashSet<>();
			for (Map<String, String> m : observer.messages()) {
				if ("DeviceStateChange".equals(m.get("Event"))) {
					devices.add(m.get("Device"));
				}
			}
			assertTrue(devices.size() > 50, "state changes spread over many extensions: " + devices.size());
		}
	}

	@Test
	void twentyThousandExtensionsSkipTheServiceNumbersAndAllHaveHints() throws IOException {
		SimulatorOptions options = TranscriptConformanceTest.fastLab().withExtensions(SimulatorOptions.MAX_EXTENSIONS);
		List<String> numbers = options.extensionNumbers();
		assertEquals(20_000, new HashSet<>(numbers).size());
		assertEquals("1001", numbers.get(0));
		assertTrue(numbers.stream().mapToInt(Integer::parseInt).noneMatch(n -> n >= 8000 && n <= 8999));
		try (AmiSimulator simulator = AmiSimulator.start(options);
				SitePhones client = SitePhones.open("127.0.0.1", simulator.port(), SitePhones.History.KEEP)) {
			client.login("console", "console");
			List<Map<String, String>> hints = client.awaitList(client.send("Action", "ExtensionStateList"));
			assertEquals(String.valueOf(20_000 + 20), hints.get(hints.size() - 1).get("ListItems"));
		}
	}

	@Test
	void optionsParseTheCommandLine() {
		SimulatorOptions o = SimulatorOptions.parse("--port", "0", "--bind", "127.0.0.1", "--user", "u", "--secret", "s",
				"--extensions", "50", "--unregistered", "1007,1010", "--traffic", "6", "--load", "100");
		assertEquals(0, o.port());
		assertEquals("u", o.user());
		assertEquals("s", o.secret());
		assertEquals(50, o.extensionNumbers().size());
		assertEquals(Set.of("1007", "1010"), o.unregistered());
		assertEquals(6.0, o.trafficPerMinute());
		assertEquals(100, o.loadEventsPerSecond());
		assertEquals(5038, SimulatorOptions.parse().port());
	}
}
