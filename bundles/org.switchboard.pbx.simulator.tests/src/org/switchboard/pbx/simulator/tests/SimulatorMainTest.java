package org.switchboard.pbx.simulator.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.switchboard.pbx.simulator.SimulatorMain;

/** {@code ./switchboard simulator} as a person starts it (issue 13 B11). */
class SimulatorMainTest {

	@Test
	void busyPortIsOneLineNamingThePortAndTheOption() throws Exception {
		try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ByteArrayOutputStream err = new ByteArrayOutputStream();
			assertNull(SimulatorMain.start(new String[] { "--port", String.valueOf(taken.getLocalPort()) },
					new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)));
			String text = err.toString(StandardCharsets.UTF_8).strip();
			assertEquals(1, text.lines().count(), text);
			assertTrue(text.contains(String.valueOf(taken.getLocalPort())) && text.contains("--port"), text);
			assertTrue(!text.contains("Exception") && !text.contains("\tat "), text);
			assertEquals("", out.toString(StandardCharsets.UTF_8));
		}
	}
}
