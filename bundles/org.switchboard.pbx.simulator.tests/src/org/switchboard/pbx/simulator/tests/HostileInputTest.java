package org.switchboard.pbx.simulator.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.pbx.simulator.SitePhones;
import org.switchboard.pbx.simulator.AmiSimulator;

/** Malformed and hostile input: the offender is dropped, the server keeps serving everyone else. */
class HostileInputTest {

	private AmiSimulator simulator;
	private SitePhones bystander;

	@BeforeEach
	void start() throws IOException {
		simulator = AmiSimulator.start(TranscriptConformanceTest.fastLab());
		bystander = SitePhones.open("127.0.0.1", simulator.port(), SitePhones.History.KEEP);
		bystander.login("console", "console");
	}

	@AfterEach
	void stop() throws IOException {
		bystander.close();
		simulator.close();
	}

	private void bystanderIsStillServed() throws IOException {
		assertEquals("Pong", bystander.awaitResponse(bystander.send("Action", "Ping")).get("Ping"));
	}

	@Test
	void aHugeLineDropsTheConnection() throws IOException {
		try (SitePhones attacker = SitePhones.open("127.0.0.1", simulator.port(), SitePhones.History.KEEP)) {
			byte[] line = new byte[1_000_000];
			java.util.Arrays.fill(line, (byte) 'A');
			sendQuietly(attacker, line);
			assertTrue(attacker.awaitClosed(SitePhones.TIMEOUT));
		}
		bystanderIsStillServed();
	}

	@Test
	void thousandsOfHeadersDropTheConnection() throws IOException {
		try (SitePhones attacker = SitePhones.open("127.0.0.1", simulator.port(), SitePhones.History.KEEP)) {
			StringBuilder message = new StringBuilder("Action: Ping\r\n");
			for (int i = 0; i < 5000; i++) {
				message.append("X-Header-").append(i).append(": value\r\n");
			}
			sendQuietly(attacker, message.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
			assertTrue(attacker.awaitClosed(SitePhones.TIMEOUT));
		}
		bystanderIsStillServed();
	}

	@Test
	void randomBinaryGarbageFromManyClientsLeavesTheServerServing() throws IOException {
		Random random = new Random(42);
		for (int client = 0; client < 30; client++) {
			try (Socket socket = new Socket("127.0.0.1", simulator.port())) {
				OutputStream out = socket.getOutputStream();
				for (int chunk = 0; chunk < 20; chunk++) {
					byte[] bytes = new byte[random.nextInt(4096) + 1];
					random.nextBytes(bytes);
					try {
						out.write(bytes);
					} catch (IOException e) {
						break;
					}
				}
			}
		}
		bystanderIsStillServed();
		try (SitePhones fresh = SitePhones.open("127.0.0.1", simulator.port(), SitePhones.History.KEEP)) {
			assertEquals("Success", fresh.login("console", "console").get("Response"));
		}
	}

	@Test
	void bareLineFeedsAndBinaryInHeadersAreStillParsed() throws IOException {
		try (SitePhones client = SitePhones.open("127.0.0.1", simulator.port(), SitePhones.History.KEEP)) {
			client.sendRaw("Action: Login\nUsername: console\nSecret: console\nActionID: lf\n\n"
					.getBytes(StandardCharsets.US_ASCII));
			assertEquals("Success", client.awaitResponse("lf").get("Response"));
			client.sendRaw(new byte[] { 'X', 0, (byte) 0xff, ':', ' ', 1, 2, '\r', '\n', '\r', '\n' });
			assertEquals("Pong", client.awaitResponse(client.send("Action", "Ping")).get("Ping"));
		}
	}

	private static void sendQuietly(SitePhones client, byte[] bytes) {
		try {
			client.sendRaw(bytes);
		} catch (IOException e) {
			// the server may close while we are still writing: that is the point
		}
	}
}
