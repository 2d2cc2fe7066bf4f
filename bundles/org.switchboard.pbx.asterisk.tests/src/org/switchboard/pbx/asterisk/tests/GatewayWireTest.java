package org.switchboard.pbx.asterisk.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.switchboard.model.ConnectionStatus;
import org.switchboard.model.DialPermission;
import org.switchboard.model.Site;
import org.switchboard.pbx.PbxEndpoint;
import org.switchboard.pbx.PbxException;
import org.switchboard.pbx.PbxGateway;
import org.switchboard.pbx.asterisk.internal.AsteriskGateway;

/**
 * The gateway over a real AMI socket (a minimal fake endpoint): synchronisation, resynchronisation after the socket
 * drops while the PBX's state changes, hostile input to every operation, hostile bytes from the server.
 */
class GatewayWireTest {

	private static final String CHANNEL_1002 = "Event: CoreShowChannel\r\nChannel: PJSIP/1002-00000001\r\nUniqueid: 100.1\r\n"
			+ "Linkedid: 100.0\r\nChannelState: 6\r\nCallerIDNum: 1002\r\nCallerIDName: Ext 1002\r\n"
			+ "ConnectedLineNum: 1001\r\nConnectedLineName: Operator\r\nContext: internal\r\nExten: \r\n"
			+ "BridgeId: b1\r\nApplication: AppDial\r\nDuration: 00:00:05\r\n\r\n"
			+ "Event: CoreShowChannel\r\nChannel: PJSIP/1001-00000000\r\nUniqueid: 100.0\r\nLinkedid: 100.0\r\n"
			+ "ChannelState: 6\r\nCallerIDNum: 1001\r\nCallerIDName: Operator\r\nConnectedLineNum: 1002\r\n"
			+ "ConnectedLineName: Ext 1002\r\nContext: dial-ext\r\nExten: 1002\r\nBridgeId: b1\r\nApplication: Dial\r\n"
			+ "Duration: 00:00:05\r\n";
	private static final String CHANNEL_1005 = "Event: CoreShowChannel\r\nChannel: PJSIP/1005-00000009\r\nUniqueid: 200.0\r\n"
			+ "Linkedid: 200.0\r\nChannelState: 6\r\nCallerIDNum: 1005\r\nCallerIDName: Ext 1005\r\n"
			+ "Context: internal\r\nExten: 8000\r\nApplication: Queue\r\nDuration: 00:00:02\r\n";
	private static final String HINTS = "Event: ExtensionStatus\r\nExten: 1001\r\nContext: internal\r\nHint: PJSIP/1001\r\nStatus: 0\r\n\r\n"
			+ "Event: ExtensionStatus\r\nExten: 1002\r\nContext: internal\r\nHint: PJSIP/1002\r\nStatus: 0\r\n\r\n"
			+ "Event: ExtensionStatus\r\nExten: 1005\r\nContext: internal\r\nHint: PJSIP/1005\r\nStatus: 0\r\n";

	private FakeAmi ami;
	private AsteriskGateway gateway;

	@BeforeEach
	void start() throws Exception {
		ami = new FakeAmi();
		ami.listItems.put("extensionstatelist", HINTS);
		ami.listItems.put("coreshowchannels", CHANNEL_1002);
		ami.listItems.put("queuestatus", "Event: QueueParams\r\nQueue: 8000\r\nStrategy: ringall\r\n\r\n"
				+ "Event: QueueEntry\r\nQueue: 8000\r\nPosition: 1\r\nChannel: PJSIP/1009-00000003\r\nUniqueid: 300.0\r\n"
				+ "CallerIDNum: 1009\r\nCallerIDName: Ext 1009\r\nWait: 12\r\n");
		ami.listItems.put("dbgettree", "Event: DBGetTreeResponse\r\nKey: /DND/1002\r\nVal: YES\r\n");
		gateway = new AsteriskGateway();
		gateway.connect(new PbxEndpoint("127.0.0.1", ami.port(), "console", "console")).get(20, TimeUnit.SECONDS);
	}

	@AfterEach
	void stop() throws Exception {
		gateway.close();
		ami.close();
	}

	private <T> T read(Function<Site, T> q) {
		return gateway.model().read(q).join();
	}

	private static void await(String what, BooleanSupplier condition) throws InterruptedException {
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > end) {
				fail("timed out waiting for: " + what);
			}
			Thread.sleep(20);
		}
	}

	@Test
	@DisplayName("connect synchronises the live model from the PBX's lists and shows CONNECTED")
	void initialSync() {
		assertEquals(ConnectionStatus.CONNECTED, read(s -> s.getConnection().getStatus()));
		assertEquals(List.of("1001", "1002", "1005"),
				read(s -> s.getExtensions().stream().map(x -> x.getNumber()).sorted().toList()));
		assertEquals(2, (int) read(s -> s.getChannels().size()));
		assertEquals("CONNECTED", read(s -> s.getCalls().get(0).getState().getName()));
		assertTrue(read(s -> gateway.model().extension("1002").isDnd()));
		assertEquals(1, (int) read(s -> gateway.model().queue("8000").getEntries().size()));
		List<String> names = ami.actionNames();
		for (String list : List.of("coreshowchannels", "extensionstatelist", "devicestatelist", "pjsipshowendpoints",
				"pjsipshowcontacts", "queuestatus", "dbgettree")) {
			assertTrue(names.contains(list), list + " in " + names);
		}
		assertEquals(3, names.stream().filter("dbgettree"::equals).count(), "DND, CALLPERM, NIGHT");
	}

	@Test
	@DisplayName("after the socket drops and the call ends and a new one starts meanwhile, the resync shows the truth")
	void reconnectResynchronises() throws Exception {
		int before = ami.actions.size();
		// the state changes while the console is disconnected: 1001-1002 ended, 1005 is now on a call, DND is off
		ami.listItems.put("coreshowchannels", CHANNEL_1005);
		ami.listItems.put("queuestatus", "Event: QueueParams\r\nQueue: 8000\r\nStrategy: ringall\r\n");
		ami.listItems.remove("dbgettree");
		ami.dropConnections();
		await("resynchronised", () -> ami.actions.size() > before + 8
				&& "CONNECTED".equals(read(s -> s.getConnection().getStatus().getName()))
				&& read(s -> s.getChannels().size()) == 1);
		assertEquals(List.of("PJSIP/1005-00000009"), read(s -> s.getChannels().stream().map(c -> c.getName()).toList()));
		assertEquals(1, (int) read(s -> s.getCalls().size()));
		assertEquals("200.0", read(s -> s.getCalls().get(0).getId()));
		assertFalse(read(s -> gateway.model().extension("1002").isDnd()), "DND swept");
		assertTrue(read(s -> gateway.model().queue("8000").getEntries().isEmpty()), "queue entry swept");
		assertTrue(read(s -> gateway.model().extension("1001").getChannels().isEmpty()));
	}

	@Test
	@DisplayName("hostile values to every operation fail with INVALID_INPUT and send nothing")
	void hostileInput() throws Exception {
		List<String> bad = List.of("1002\r\nAction: Originate", "10a2", "", "1".repeat(5000), "1002\n", "1002\u0000",
				"1002 ", "100.2\r\n");
		int before = ami.actions.size();
		List<CompletableFuture<?>> futures = new ArrayList<>();
		for (String v : bad) {
			futures.add(gateway.call(v, "1002"));
			futures.add(gateway.call("1001", v));
			futures.add(gateway.answer(v, "300.0", "1001"));
			if (!v.equals("10a2")) { // a channel id may contain letters
				futures.add(gateway.answer("8000", v, "1001"));
			}
			futures.add(gateway.answer("8000", "300.0", v));
			if (!v.equals("10a2")) { // a channel id may contain letters
				futures.add(gateway.hangup(v));
			}
			if (!v.equals("10a2")) { // a channel id may contain letters
				futures.add(gateway.hold(v));
			}
			if (!v.equals("10a2")) { // a channel id may contain letters
				futures.add(gateway.resume(v, "1001"));
			}
			futures.add(gateway.resume("100.1", v));
			if (!v.equals("10a2")) { // a channel id may contain letters
				futures.add(gateway.blindTransfer(v, "1003"));
			}
			futures.add(gateway.blindTransfer("100.0", v));
			if (!v.equals("10a2")) { // a channel id may contain letters
				futures.add(gateway.attendedTransfer(v, "1003"));
			}
			futures.add(gateway.attendedTransfer("100.0", v));
			futures.add(gateway.monitor(v, "1002"));
			futures.add(gateway.monitor("1001", v));
			futures.add(gateway.barge(v, "1002"));
			futures.add(gateway.barge("1001", v));
			futures.add(gateway.forceRelease(v));
			futures.add(gateway.setDnd(v, true));
			futures.add(gateway.setDialPermission(v, DialPermission.LOCAL));
			futures.add(gateway.wakeUp(v, "wakeup-call", Duration.ofSeconds(10)));
			futures.add(gateway.wakeUp("1002", v + "\r\nx", Duration.ofSeconds(10)));
			futures.add(gateway.setNightService(v, true, "1003", null));
			futures.add(gateway.setNightService("8000", true, v, null));
			futures.add(gateway.setNightService("8000", true, "1003", "night\r\nAction: Hangup"));
			futures.add(gateway.setOperatorOnline(v, "1001", true));
			futures.add(gateway.setOperatorOnline("8000", v, false));
		}
		for (CompletableFuture<?> f : futures) {
			try {
				f.get(5, TimeUnit.SECONDS);
				fail("accepted hostile input");
			} catch (ExecutionException e) {
				PbxException p = assertInstanceOf(PbxException.class, e.getCause());
				assertEquals(PbxException.Reason.INVALID_INPUT, p.reason(), p.getMessage());
			}
		}
		assertEquals(before, ami.actions.size(), "nothing was sent: " + ami.actions.subList(before, ami.actions.size()));
	}

	@Test
	@DisplayName("malformed and hostile AMI bytes do not break the gateway: later events still apply, actions still work")
	void hostileStream() throws Exception {
		ami.write("garbage without colon\r\n\r\n" + "Event: Newchannel\r\nUniqueid\r\n\r\n"
				+ "Event: Hangup\r\nUniqueid: 100.1\r\nCause: not-a-number\r\n\r\n"
				+ "Event: Newstate\r\nChannelState: 999999999999\r\nUniqueid: 100.0\r\n\r\n"
				+ "Event: QueueCallerJoin\r\nQueue: 8000\r\nPosition: -5\r\n\r\n"
				+ "Event: DBGetTreeResponse\r\nKey: ////\r\nVal: \r\n\r\n"
				+ "Event: ExtensionStatus\r\nExten: 1009\r\nHint: \u0000\u0001\r\nStatus: x\r\n\r\n"
				+ "Event: " + "X".repeat(100_000) + "\r\n\r\n"
				+ "Event: BridgeEnter\r\nUniqueid: nope\r\nBridgeUniqueid: b9\r\n\r\n");
		ami.write("Event: Hangup\r\nChannel: PJSIP/1002-00000001\r\nUniqueid: 100.1\r\nLinkedid: 100.0\r\nCause: 16\r\n\r\n");
		await("the hangup after the garbage applied", () -> read(s -> gateway.model().channel("100.1")) == null);
		gateway.setDnd("1001", true).get(10, TimeUnit.SECONDS);
		assertTrue(read(s -> gateway.model().extension("1001").isDnd()));
		assertEquals(ConnectionStatus.CONNECTED, read(s -> s.getConnection().getStatus()));
	}

	@Test
	@DisplayName("operations build the actions of the PBX contract")
	void actionsOfTheContract() throws Exception {
		PbxGateway g = gateway;
		g.setDnd("1002", true).get(10, TimeUnit.SECONDS);
		assertLast("DBPut", "family", "DND", "key", "1002", "val", "YES");
		g.setDnd("1002", false).get(10, TimeUnit.SECONDS);
		assertLast("DBDel", "family", "DND", "key", "1002");
		g.setDialPermission("1004", DialPermission.INTERNAL).get(10, TimeUnit.SECONDS);
		assertLast("DBPut", "family", "CALLPERM", "key", "1004", "val", "internal");
		g.setNightService("8000", true, "1003", "night-prompt").get(10, TimeUnit.SECONDS);
		// the prompt first, then the number: the dialplan diverts as soon as it sees the number
		assertLast("DBPut", "family", "NIGHT", "key", "8000", "val", "1003");
		List<String> puts = ami.actions.stream().filter(x -> "DBPut".equalsIgnoreCase(x.get("action")))
				.map(x -> x.get("key") + "=" + x.get("val")).toList();
		assertEquals("8000/prompt=night-prompt", puts.get(puts.size() - 2), puts.toString());
		assertEquals("1003", read(s -> gateway.model().queue("8000").getNightNumber()));
		g.hold("100.1").get(10, TimeUnit.SECONDS);
		assertLast("Redirect", "channel", "PJSIP/1002-00000001", "context", "hold", "exten", "s");
		g.blindTransfer("100.0", "1003").get(10, TimeUnit.SECONDS);
		assertLast("BlindTransfer", "channel", "PJSIP/1001-00000000", "exten", "1003", "context", "internal");
		// as in transcript 07: accepted, then the consultation call's Local channel to the target
		ami.reply = a -> "Atxfer".equalsIgnoreCase(a.get("action"))
				? "Response: Success\r\nActionID: ${id}\r\nMessage: Atxfer successfully queued\r\n\r\n"
						+ "Event: Newchannel\r\nChannel: Local/1003@internal-00000000;1\r\nUniqueid: 100.5\r\n"
						+ "Linkedid: 100.0\r\nChannelState: 0\r\nContext: internal\r\nExten: 1003\r\n\r\n"
				: null;
		g.attendedTransfer("100.0", "1003").get(10, TimeUnit.SECONDS);
		assertLast("Atxfer", "channel", "PJSIP/1001-00000000", "exten", "1003");
		ami.reply = a -> null;
		ami.write("Event: Hangup\r\nChannel: Local/1003@internal-00000000;1\r\nUniqueid: 100.5\r\nLinkedid: 100.0\r\n"
				+ "Cause: 16\r\n\r\n");
		await("the consultation leg gone", () -> read(s -> gateway.model().channel("100.5")) == null);
		g.hangup("100.1").get(10, TimeUnit.SECONDS);
		assertLast("Hangup", "channel", "PJSIP/1002-00000001");
		g.forceRelease("1002").get(10, TimeUnit.SECONDS);
		assertLast("Hangup", "channel", "/^(PJSIP\\/1002-00000001|PJSIP\\/1001-00000000)$/");
		ami.reply = a -> "Originate".equalsIgnoreCase(a.get("action"))
				? "Response: Success\r\nActionID: ${id}\r\nMessage: Originate successfully queued\r\n\r\n"
						+ "Event: OriginateResponse\r\nActionID: ${id}\r\nResponse: Failure\r\nChannel: PJSIP/1009\r\n"
						+ "Reason: 3\r\nUniqueid: <null>\r\n\r\n"
				: null;
		assertEquals("NO_ANSWER", g.wakeUp("1009", null, Duration.ofSeconds(5)).get(20, TimeUnit.SECONDS).getName());
		assertLast("Originate", "channel", "PJSIP/1009", "context", "wakeup", "exten", "s", "async", "true");
		try {
			g.call("1001", "1009").get(20, TimeUnit.SECONDS);
			fail("a call nobody answers must fail");
		} catch (ExecutionException e) {
			assertEquals(PbxException.Reason.NO_ANSWER, ((PbxException) e.getCause()).reason());
			assertTrue(e.getCause().getMessage().contains("did not answer"), e.getCause().getMessage());
		}
		g.monitor("1001", "1002").exceptionally(t -> null).get(20, TimeUnit.SECONDS);
		assertLast("Originate", "channel", "PJSIP/1001", "application", "ChanSpy", "data", "PJSIP/1002,qES");
		g.barge("1001", "1002").exceptionally(t -> null).get(20, TimeUnit.SECONDS);
		assertLast("Originate", "channel", "PJSIP/1001", "application", "ChanSpy", "data", "PJSIP/1002,qBES");
	}

	private void assertLast(String action, String... keyValues) {
		java.util.Map<String, String> last = null;
		for (java.util.Map<String, String> a : ami.actions) {
			if (action.equalsIgnoreCase(a.get("action"))) {
				last = a;
			}
		}
		assertTrue(last != null, action + " sent");
		for (int i = 0; i < keyValues.length; i += 2) {
			assertEquals(keyValues[i + 1], last.get(keyValues[i]), action + " " + keyValues[i] + " in " + last);
		}
	}
}
