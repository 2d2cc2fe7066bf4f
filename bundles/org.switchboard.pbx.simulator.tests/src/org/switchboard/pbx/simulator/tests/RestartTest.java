package org.switchboard.pbx.simulator.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.switchboard.pbx.simulator.AmiSimulator;
import org.switchboard.pbx.simulator.ChannelView;
import org.switchboard.pbx.simulator.SimulatorOptions;
import org.switchboard.pbx.simulator.SitePhones;

/**
 * The PBX going away under its clients (R1): the simulator restarts as Asterisk does, on the same port, with its calls
 * gone, the AstDB kept, and whatever happened while it was down; and it can drop every connection while the calls go
 * on. Both directly and through its own AMI actions (for tests that only have an AMI connection to it).
 */
class RestartTest {

	private static final SimulatorOptions LAB = SimulatorOptions.defaults().withPort(0).withAnswerDelayMillis(20);

	@Test
	void aRestartClosesThePortDropsTheCallsKeepsTheAstDbAndComesBackOnTheSamePort() throws Exception {
		try (AmiSimulator pbx = AmiSimulator.start(LAB)) {
			int port = pbx.port();
			SitePhones before = connect(pbx);
			pbx.callFrom("1002").to("1003");
			pbx.dbPut("DND", "1008", "YES");
			before.await(() -> channelsOf(pbx).containsAll(Set.of("1002", "1003")), SitePhones.TIMEOUT);
			pbx.restart(Duration.ofMillis(500), () -> {
				assertThrows(IOException.class, () -> SitePhones.connect("127.0.0.1", port, "console", "console", "on"),
						"the port is closed while the PBX is down");
				pbx.dbPut("DND", "1004", "1");
				pbx.callFrom("1005").to("1006");
			});
			assertTrue(before.awaitClosed(SitePhones.TIMEOUT), "the old connection was dropped");
			assertEquals(port, pbx.port());
			try (SitePhones after = connect(pbx)) {
				after.await(() -> channelsOf(pbx).equals(Set.of("1005", "1006")), SitePhones.TIMEOUT);
				Set<String> seen = after.channels().stream().map(r -> r.channel().substring(6, 10))
						.collect(Collectors.toSet());
				assertEquals(Set.of("1005", "1006"), seen, "the calls from before are gone, the new ones are up");
				assertEquals("1", after.dbGet("DND", "1004"));
				assertEquals("YES", after.dbGet("DND", "1008"), "the AstDB survives a restart");
			}
		}
	}

	@Test
	void theRestartAndDropActionsWorkOverAmi() throws Exception {
		try (AmiSimulator pbx = AmiSimulator.start(LAB)) {
			SitePhones client = connect(pbx);
			pbx.callFrom("1002").to("1003");
			client.await(() -> channelsOf(pbx).size() == 2, SitePhones.TIMEOUT);
			Map<String, String> answer = client.action(AmiSimulator.DROP_ACTION, Map.of());
			assertEquals("Success", answer.get("Response"));
			assertTrue(client.awaitClosed(SitePhones.TIMEOUT), "dropped");
			assertEquals(Set.of("1002", "1003"), channelsOf(pbx), "the calls go on after a drop");
			SitePhones again = connect(pbx);
			again.action(AmiSimulator.RESTART_ACTION, Map.of("DownMillis", "300", "DND", "1004=1", "Calls", "1007>1008"));
			assertTrue(again.awaitClosed(SitePhones.TIMEOUT), "dropped by the restart");
			long end = System.nanoTime() + SitePhones.TIMEOUT.toNanos();
			SitePhones back = null;
			while (back == null && System.nanoTime() < end) {
				try {
					back = connect(pbx);
				} catch (IOException e) {
					Thread.sleep(50);
				}
			}
			try (SitePhones b = back) {
				assertTrue(b != null, "the PBX came back");
				b.await(() -> channelsOf(pbx).equals(Set.of("1007", "1008")), SitePhones.TIMEOUT);
				assertEquals(Set.of("1007", "1008"), channelsOf(pbx));
				assertEquals("1", b.dbGet("DND", "1004"));
			}
		}
	}

	private static SitePhones connect(AmiSimulator pbx) throws IOException {
		return SitePhones.connect("127.0.0.1", pbx.port(), "console", "console", "on");
	}

	private static Set<String> channelsOf(AmiSimulator pbx) {
		List<ChannelView> channels = pbx.channels();
		return channels.stream().filter(c -> !c.bridgeId().isEmpty()).map(c -> c.name().substring(6, 10))
				.collect(Collectors.toSet());
	}
}
