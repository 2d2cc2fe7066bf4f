package org.switchboard.pbx.simulator.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.switchboard.pbx.simulator.SitePhones;
import org.switchboard.pbx.simulator.AmiSimulator;

/** dropConnections() cuts every client but keeps the site: a reconnecting client sees the true state. */
class ReconnectTest {

	@Test
	void afterDroppedConnectionsAReconnectingClientSeesTheCallsThatWentOnMeanwhile() throws IOException {
		try (AmiSimulator simulator = AmiSimulator.start(TranscriptConformanceTest.fastLab())) {
			SitePhones first = SitePhones.open("127.0.0.1", simulator.port(), SitePhones.History.KEEP);
			first.login("console", "console");
			String caller = simulator.callFrom("1002").to("1003");
			first.awaitEvent("BridgeEnter", m -> caller.equals(m.get("Channel")));

			simulator.dropConnections();
			assertTrue(first.awaitClosed(SitePhones.TIMEOUT));
			first.close();
			// the world goes on while nobody listens
			String second = simulator.callFrom("1004").to("1005");
			simulator.dbPut("DND", "1006", "YES");

			try (SitePhones again = SitePhones.open("127.0.0.1", simulator.port(), SitePhones.History.KEEP)) {
				again.login("console", "console");
				List<Map<String, String>> channels = again.awaitList(again.send("Action", "CoreShowChannels"));
				assertEquals("4", channels.get(channels.size() - 1).get("ListItems"));
				assertTrue(channels.stream().anyMatch(m -> caller.equals(m.get("Channel"))));
				assertTrue(channels.stream().anyMatch(m -> second.equals(m.get("Channel"))));
				assertEquals("YES", again.awaitList(again.send("Action", "DBGet", "Family", "DND", "Key", "1006")).get(1)
						.get("Val"));
				List<Map<String, String>> hints = again.awaitList(again.send("Action", "ExtensionStateList"));
				assertTrue(hints.stream().anyMatch(m -> "1003".equals(m.get("Exten")) && "InUse".equals(m.get("StatusText"))));
				// and events flow on the new connection
				simulator.hangup(caller);
				again.awaitEvent("Hangup", m -> caller.equals(m.get("Channel")));
			}
		}
	}
}
