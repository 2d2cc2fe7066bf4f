package org.switchboard.pbx.simulator.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.switchboard.pbx.simulator.AmiSimulator;
import org.switchboard.pbx.simulator.SimulatorOptions;
import org.switchboard.pbx.simulator.SitePhones;

/** The simulator as a hostile PBX (R4): raw bytes, repeated and padded, to every logged-in connection but the asker. */
class RawSendTest {

	private static final SimulatorOptions LAB = SimulatorOptions.defaults().withPort(0);

	@Test
	void rawBytesReachTheOtherConnectionsRepeatedAndPaddedButNotTheAsker() throws Exception {
		try (AmiSimulator pbx = AmiSimulator.start(LAB);
				SitePhones asker = SitePhones.connect("127.0.0.1", pbx.port(), "console", "console", "on");
				SitePhones other = SitePhones.connect("127.0.0.1", pbx.port(), "console", "console", "on")) {
			List<Map<String, String>> atAsker = new java.util.concurrent.CopyOnWriteArrayList<>();
			List<Map<String, String>> atOther = new java.util.concurrent.CopyOnWriteArrayList<>();
			asker.tap(atAsker::add);
			other.tap(atOther::add);
			byte[] event = "Event: Hostile\r\nPad: %PAD\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
			Map<String, String> answer = asker.action(AmiSimulator.SEND_RAW_ACTION,
					Map.of("Base64", Base64.getEncoder().encodeToString(event), "Repeat", "3", "PadBytes", "100"));
			assertEquals("Success", answer.get("Response"), answer.toString());
			long end = System.nanoTime() + SitePhones.TIMEOUT.toNanos();
			while (hostile(atOther).size() < 3 && System.nanoTime() < end) {
				Thread.sleep(20);
			}
			assertEquals(3, hostile(atOther).size(), "three events at the other connection");
			assertEquals("x".repeat(100), hostile(atOther).get(0).get("Pad"));
			asker.action("Ping", Map.of());
			assertEquals(List.of(), hostile(atAsker), "the asker got its own bytes");
		}
	}

	@Test
	void badHeadersAreAnErrorAndNothingIsSent() throws Exception {
		try (AmiSimulator pbx = AmiSimulator.start(LAB);
				SitePhones asker = SitePhones.connect("127.0.0.1", pbx.port(), "console", "console", "on")) {
			assertEquals("Error", asker.action(AmiSimulator.SEND_RAW_ACTION, Map.of("Base64", "!!!")).get("Response"));
			assertEquals("Error",
					asker.action(AmiSimulator.SEND_RAW_ACTION, Map.of("Base64", "eA==", "Repeat", "0")).get("Response"));
		}
	}

	private static List<Map<String, String>> hostile(List<Map<String, String>> messages) {
		return messages.stream().filter(m -> "Hostile".equals(m.get("Event"))).toList();
	}
}
