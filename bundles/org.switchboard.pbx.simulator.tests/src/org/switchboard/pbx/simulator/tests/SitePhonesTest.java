package org.switchboard.pbx.simulator.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.pbx.simulator.AmiSimulator;
import org.switchboard.pbx.simulator.SitePhones;

/** The one AMI client of tests and tools, against the simulator over a real socket. */
class SitePhonesTest {

	private AmiSimulator simulator;
	private SitePhones phones;

	@BeforeEach
	void start() throws IOException {
		simulator = AmiSimulator.start(TranscriptConformanceTest.fastLab().withUnregistered(Set.of("1010")));
		phones = SitePhones.connect(simulator.host(), simulator.port(), "console", "console", "on");
	}

	@AfterEach
	void stop() {
		phones.close();
		simulator.close();
	}

	private static void eventually(BooleanSupplier condition, String what) {
		long deadline = System.nanoTime() + SitePhones.TIMEOUT.toNanos();
		while (!condition.getAsBoolean()) {
			assertTrue(System.nanoTime() < deadline, what);
			try {
				Thread.sleep(10);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new AssertionError(e);
			}
		}
	}

	private boolean bridged(String a, String b) {
		try {
			return phones.bridged(a, b);
		} catch (IOException e) {
			throw new AssertionError(e);
		}
	}

	private int channelCount() {
		try {
			return phones.channels().size();
		} catch (IOException e) {
			throw new AssertionError(e);
		}
	}

	@Test
	void connectReadsTheBannerAndLogsIn() throws IOException {
		assertEquals("Asterisk Call Manager/11.0.0", phones.banner());
		assertEquals(1, simulator.connectionCount());
		assertEquals("Success", phones.action("Ping", Map.of()).get("Response"), "logged in: no permission error");
	}

	@Test
	void aRefusedLoginIsAnIOException() {
		assertThrows(IOException.class,
				() -> SitePhones.connect(simulator.host(), simulator.port(), "console", "wrong", "on"));
	}

	@Test
	void aPhoneDialsAnotherAndTheyTalkUntilHungUp() throws IOException {
		int mark = phones.mark();
		phones.dialNow("1002", "1003");
		eventually(() -> bridged("1002", "1003"), "1002 and 1003 bridged");
		assertFalse(phones.bridged("1002", "1004"));
		assertTrue(phones.rangSince(mark, "1003"));
		assertFalse(phones.rangSince(mark, "1004"));
		SitePhones.Running caller = phones.channelsOf("1002").get(0);
		assertEquals("1003", caller.connectedNumber());
		assertEquals("1002", caller.callerNumber());
		assertEquals(2, phones.hangupAll());
		eventually(() -> channelCount() == 0, "every channel hung up");
		assertFalse(phones.hangup(caller.channel()), "a channel that is gone cannot be hung up");
	}

	@Test
	void aPhoneThatDoesNotAnswerGivesItsOriginateReason() throws IOException {
		simulator.setRegistered("1004", false);
		assertEquals(0, phones.dialAndWait("PJSIP/1004", "1004", "1002", Duration.ofSeconds(2)),
				"an unreachable phone cannot go off-hook");
	}

	@Test
	void anOutsideCallerWaitsInTheQueue() throws IOException {
		phones.callQueue("8000", "13800138000", "Zhang Wei");
		eventually(() -> {
			try {
				return phones.channels().stream()
						.anyMatch(r -> r.callerNumber().equals("13800138000") && r.application().equals("Queue"));
			} catch (IOException e) {
				throw new AssertionError(e);
			}
		}, "the caller in queue 8000");
	}

	@Test
	void actionsListsAndTheAstDbAnswer() throws IOException {
		assertEquals("Pong", phones.action("Ping", Map.of()).get("Ping"));
		assertEquals("Success", phones.action("DBPut", Map.of("Family", "DND", "Key", "1005", "Val", "YES"))
				.get("Response"));
		assertEquals("YES", phones.dbGet("DND", "1005"));
		assertNull(phones.dbGet("DND", "1006"));
		List<Map<String, String>> hints = phones.list("ExtensionStateList", Map.of());
		assertTrue(hints.stream().anyMatch(h -> "1002".equals(h.get("Exten"))));
		assertTrue(hints.stream().allMatch(h -> "ExtensionStatus".equals(h.get("Event"))), "without Complete");
	}

	@Test
	void registeredEndpointsLeaveOutPhonesWithoutAContact() throws IOException {
		List<String> registered = phones.registeredEndpoints();
		assertTrue(registered.contains("1002"));
		assertFalse(registered.contains("1010"));
	}

	@Test
	void crOrLfInAValueIsRefusedAndNothingReachesThePbx() throws IOException {
		assertThrows(IllegalArgumentException.class, () -> phones.dial("1002", "1003\r\nAction: Logoff"));
		assertThrows(IllegalArgumentException.class, () -> phones.hangup("PJSIP/1002\nAction: Logoff"));
		assertThrows(IllegalArgumentException.class, () -> phones.useContext("internal\r\n"));
		assertThrows(IllegalArgumentException.class, () -> phones.send("Action", "Ping", "X", "a\rb"));
		assertEquals("Pong", phones.action("Ping", Map.of()).get("Ping"), "the session is still in step");
		assertEquals(0, channelCount());
	}

	@Test
	void aConnectionWithHistoryAwaitsWhatItReceivedAndTapsSeeEveryMessage() throws IOException {
		List<String> tapped = new CopyOnWriteArrayList<>();
		try (SitePhones watcher = SitePhones.open(simulator.host(), simulator.port(), SitePhones.History.KEEP)) {
			watcher.tap(m -> tapped.add(m.getOrDefault("Event", m.get("Response"))));
			assertEquals("Success", watcher.login("console", "console").get("Response"));
			phones.dialNow("1002", "1003");
			Map<String, String> enter = watcher.awaitEvent("BridgeEnter", m -> m.get("Channel").startsWith("PJSIP/1003-"));
			assertEquals("1003", enter.get("CallerIDNum"));
			assertTrue(watcher.messages().contains(enter));
			assertTrue(tapped.contains("BridgeEnter"));
			String id = watcher.send("Action", "CoreShowChannels");
			List<Map<String, String>> answer = watcher.awaitList(id);
			assertEquals("Success", answer.get(0).get("Response"));
			assertEquals("Complete", answer.get(answer.size() - 1).get("EventList"));
		}
		assertThrows(IllegalStateException.class, phones::messages, "a connection without history has none");
	}

	@Test
	void theEndpointClosingTheConnectionIsSeen() throws IOException {
		try (SitePhones watcher = SitePhones.open(simulator.host(), simulator.port(), SitePhones.History.KEEP)) {
			watcher.login("console", "console");
			simulator.dropConnections();
			assertTrue(watcher.awaitClosed(SitePhones.TIMEOUT));
			assertTrue(watcher.isClosed());
		}
		assertThrows(IOException.class, () -> phones.action("Ping", Map.of()));
	}
}
