package org.switchboard.pbx.asterisk.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.switchboard.pbx.PbxGateway;
import org.switchboard.pbx.asterisk.internal.AsteriskGateway;
import org.switchboard.pbx.simulator.AmiSimulator;
import org.switchboard.pbx.simulator.SimulatorOptions;

class ConversationLogTest {

	@Test
	@DisplayName("the PBX conversation reaches its logger on a thread of its own, never on the pump or the live model's thread")
	void eventsAreLoggedOffThePbxAndModelThreads() throws Exception {
		List<LogCapture.Line> events;
		try (LogCapture log = LogCapture.of(PbxGateway.CONVERSATION_LOG, Level.FINE);
				AmiSimulator simulator = AmiSimulator.start(SimulatorOptions.defaults().withPort(0).withExtensions(5));
				AsteriskGateway gateway = new AsteriskGateway()) {
			gateway.connect(SimulatorEndpoints.of(simulator)).get(30, TimeUnit.SECONDS);
			waitFor(log, l -> l.startsWith("<- "));
			events = log.lines().stream().filter(l -> l.text().startsWith("<- ")).toList();
		}
		assertFalse(events.isEmpty(), "no event of the synchronisation was logged");
		assertTrue(events.stream().allMatch(l -> l.thread().equals("switchboard-ami-log")), events.toString());
	}

	@Test
	@DisplayName("a logged event names its kind and its fields, and not the connection it came on")
	void eventLinesCarryTheEventsFields() throws Exception {
		String channel;
		List<String> lines;
		try (LogCapture log = LogCapture.of(PbxGateway.CONVERSATION_LOG, Level.FINE);
				AmiSimulator simulator = AmiSimulator.start(SimulatorOptions.defaults().withPort(0).withExtensions(5));
				AsteriskGateway gateway = new AsteriskGateway()) {
			gateway.connect(SimulatorEndpoints.of(simulator)).get(30, TimeUnit.SECONDS);
			channel = simulator.callFrom("1002").to("1003");
			waitFor(log, l -> l.startsWith("<- NewStateEvent{") && l.contains(channel));
			lines = log.texts();
		}
		String line = lines.stream().filter(l -> l.startsWith("<- NewStateEvent{") && l.contains(channel)).findFirst()
				.orElseThrow(() -> new AssertionError("no Newstate of " + channel + " logged: " + lines));
		assertTrue(line.contains("channel=" + channel), line);
		assertTrue(line.contains("channelstatedesc="), line);
		assertTrue(line.endsWith("}"), line);
		assertFalse(line.contains("source="), line);
	}

	@Test
	@DisplayName("a list answering one action is logged by its first events, its completion and a count of the rest")
	void longListsAreLoggedByTheirHeadAndACount() throws Exception {
		List<String> lines;
		try (LogCapture log = LogCapture.of(PbxGateway.CONVERSATION_LOG, Level.FINE)
				.and("org.switchboard.pbx.asterisk", null);
				AmiSimulator simulator = AmiSimulator.start(SimulatorOptions.defaults().withPort(0).withExtensions(60));
				AsteriskGateway gateway = new AsteriskGateway()) {
			gateway.connect(SimulatorEndpoints.of(simulator)).get(30, TimeUnit.SECONDS);
			waitFor(log, l -> l.startsWith("<- ContactListComplete"));
			lines = log.texts();
		}
		Matcher items = Pattern.compile("PJSIPShowContacts (\\d+) items")
				.matcher(lines.stream().filter(l -> l.contains("synchronised in")).findFirst()
						.orElseThrow(() -> new AssertionError("no synchronisation line: " + lines)));
		assertTrue(items.find());
		int contacts = Integer.parseInt(items.group(1));
		assertTrue(contacts > 50, "the simulator has 60 extensions: " + contacts);
		long inFull = lines.stream().filter(l -> l.startsWith("<- ContactList{")).count();
		assertEquals(10, inFull, "the head of the list is written in full");
		Matcher rest = Pattern.compile("<- \\((\\d+) more ContactList answering .+, not written one by one\\)")
				.matcher(String.join("\n", lines));
		assertTrue(rest.find(), "the rest is counted: " + lines);
		assertEquals(contacts - 1 - 10, Integer.parseInt(rest.group(1)), "the items counted at the synchronisation are "
				+ "the contacts and the list's completion");
		assertFalse(rest.find(), "counted once");
		assertTrue(lines.stream().anyMatch(l -> l.startsWith("<- ContactListComplete{")), "the completion is written");
	}

	/** Waits (10 s at most) until a captured line matches. */
	private static void waitFor(LogCapture log, Predicate<String> line) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (log.texts().stream().noneMatch(line) && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
	}
}
