package org.switchboard.pbx.asterisk.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.switchboard.pbx.PbxGateway;
import org.switchboard.pbx.asterisk.internal.AsteriskGateway;
import org.switchboard.pbx.simulator.AmiSimulator;
import org.switchboard.pbx.simulator.SimulatorOptions;

class ConversationLogTest {

	private record Line(String text, String thread) {
	}

	@Test
	@DisplayName("the PBX conversation reaches its logger on a thread of its own, never on the pump or the live model's thread")
	void eventsAreLoggedOffThePbxAndModelThreads() throws Exception {
		Logger conversation = Logger.getLogger(PbxGateway.CONVERSATION_LOG);
		List<Line> lines = new CopyOnWriteArrayList<>();
		Handler capture = new Handler() {
			@Override
			public void publish(LogRecord r) {
				lines.add(new Line(r.getMessage(), Thread.currentThread().getName()));
			}

			@Override
			public void flush() {
			}

			@Override
			public void close() {
			}
		};
		Level before = conversation.getLevel();
		conversation.setLevel(Level.FINE);
		conversation.addHandler(capture);
		try (AmiSimulator simulator = AmiSimulator.start(SimulatorOptions.defaults().withPort(0).withExtensions(5));
				AsteriskGateway gateway = new AsteriskGateway()) {
			gateway.connect(SimulatorEndpoints.of(simulator)).get(30, TimeUnit.SECONDS);
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
			while (lines.stream().noneMatch(l -> l.text().startsWith("<- ")) && System.nanoTime() < deadline) {
				Thread.sleep(20);
			}
		} finally {
			conversation.removeHandler(capture);
			conversation.setLevel(before);
		}
		List<Line> events = lines.stream().filter(l -> l.text().startsWith("<- ")).toList();
		assertFalse(events.isEmpty(), "no event of the synchronisation was logged");
		assertTrue(events.stream().allMatch(l -> l.thread().equals("switchboard-ami-log")), events.toString());
	}

	@Test
	@DisplayName("a logged event names its kind and its fields, and not the connection it came on")
	void eventLinesCarryTheEventsFields() throws Exception {
		Logger conversation = Logger.getLogger(PbxGateway.CONVERSATION_LOG);
		List<String> lines = new CopyOnWriteArrayList<>();
		Handler capture = new Handler() {
			@Override
			public void publish(LogRecord r) {
				lines.add(r.getMessage());
			}

			@Override
			public void flush() {
			}

			@Override
			public void close() {
			}
		};
		Level before = conversation.getLevel();
		conversation.setLevel(Level.FINE);
		conversation.addHandler(capture);
		String channel;
		try (AmiSimulator simulator = AmiSimulator.start(SimulatorOptions.defaults().withPort(0).withExtensions(5));
				AsteriskGateway gateway = new AsteriskGateway()) {
			gateway.connect(SimulatorEndpoints.of(simulator)).get(30, TimeUnit.SECONDS);
			channel = simulator.callFrom("1002").to("1003");
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
			while (lines.stream().noneMatch(l -> l.startsWith("<- NewStateEvent{") && l.contains(channel))
					&& System.nanoTime() < deadline) {
				Thread.sleep(20);
			}
		} finally {
			conversation.removeHandler(capture);
			conversation.setLevel(before);
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
		Logger conversation = Logger.getLogger(PbxGateway.CONVERSATION_LOG);
		Logger backEnd = Logger.getLogger("org.switchboard.pbx.asterisk");
		List<String> lines = new CopyOnWriteArrayList<>();
		Handler capture = new Handler() {
			@Override
			public void publish(LogRecord r) {
				lines.add(r.getMessage());
			}

			@Override
			public void flush() {
			}

			@Override
			public void close() {
			}
		};
		Level before = conversation.getLevel();
		conversation.setLevel(Level.FINE);
		conversation.addHandler(capture);
		backEnd.addHandler(capture);
		try (AmiSimulator simulator = AmiSimulator.start(SimulatorOptions.defaults().withPort(0).withExtensions(60));
				AsteriskGateway gateway = new AsteriskGateway()) {
			gateway.connect(SimulatorEndpoints.of(simulator)).get(30, TimeUnit.SECONDS);
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
			while (lines.stream().noneMatch(l -> l.startsWith("<- ContactListComplete")) && System.nanoTime() < deadline) {
				Thread.sleep(20);
			}
		} finally {
			conversation.removeHandler(capture);
			backEnd.removeHandler(capture);
			conversation.setLevel(before);
		}
		java.util.regex.Matcher items = java.util.regex.Pattern.compile("PJSIPShowContacts (\\d+) items")
				.matcher(lines.stream().filter(l -> l.contains("synchronised in")).findFirst()
						.orElseThrow(() -> new AssertionError("no synchronisation line: " + lines)));
		assertTrue(items.find());
		int contacts = Integer.parseInt(items.group(1));
		assertTrue(contacts > 50, "the simulator has 60 extensions: " + contacts);
		long inFull = lines.stream().filter(l -> l.startsWith("<- ContactList{")).count();
		assertEquals(10, inFull, "the head of the list is written in full");
		java.util.regex.Matcher rest = java.util.regex.Pattern
				.compile("<- \\((\\d+) more ContactList answering .+, not written one by one\\)")
				.matcher(String.join("\n", lines));
		assertTrue(rest.find(), "the rest is counted: " + lines);
		assertEquals(contacts - 1 - 10, Integer.parseInt(rest.group(1)), "the items counted at the synchronisation are "
				+ "the contacts and the list's completion");
		assertFalse(rest.find(), "counted once");
		assertTrue(lines.stream().anyMatch(l -> l.startsWith("<- ContactListComplete{")), "the completion is written");
	}
}
