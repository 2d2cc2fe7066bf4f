package org.switchboard.pbx.simulator.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.pbx.simulator.SitePhones;
import org.switchboard.pbx.simulator.AmiSimulator;
import org.switchboard.pbx.simulator.BridgeView;
import org.switchboard.pbx.simulator.ChannelView;
import org.switchboard.pbx.simulator.PhoneBehaviour;

/** The control API (phones, outside callers, registrations, state) and the phone behaviours behind Originate. */
class ControlApiTest {

	private AmiSimulator simulator;
	private SitePhones client;

	@BeforeEach
	void start() throws IOException {
		simulator = AmiSimulator.start(TranscriptConformanceTest.fastLab());
		client = SitePhones.open("127.0.0.1", simulator.port(), SitePhones.History.KEEP);
		client.login("console", "console");
	}

	@AfterEach
	void stop() throws IOException {
		client.close();
		simulator.close();
	}

	@Test
	void aPhoneCallingAnotherIsBridgedAndVisibleInTheState() {
		String caller = simulator.callFrom("1005").to("1006");
		Map<String, String> ring = client.awaitEvent("Newchannel", m -> caller.equals(m.get("Channel")));
		assertEquals("Ring", ring.get("ChannelStateDesc"));
		assertEquals("1006", ring.get("Exten"));
		client.awaitEvent("BridgeEnter", m -> caller.equals(m.get("Channel")));

		List<ChannelView> channels = simulator.channels();
		assertEquals(2, channels.size());
		assertEquals(channels.get(0).bridgeId(), channels.get(1).bridgeId());
		assertEquals("Up", channels.get(0).state());
		List<BridgeView> bridges = simulator.bridges();
		assertEquals(1, bridges.size());
		assertTrue(bridges.get(0).channels().contains(caller));
		assertEquals("INUSE", simulator.deviceState("PJSIP/1006"));

		assertEquals(1, simulator.hangup("1006"), "the callee hangs up; the caller's dialplan ends by itself");
		client.awaitEvent("Hangup", m -> caller.equals(m.get("Channel")));
		assertTrue(simulator.channels().isEmpty());
		assertEquals("NOT_INUSE", simulator.deviceState("PJSIP/1005"));
	}

	@Test
	void anOutsideCallerWaitsInTheQueueUntilTheOperatorAnswers() {
		String caller = simulator.callQueue("0301234567", "8000");
		Map<String, String> join = client.awaitEvent("QueueCallerJoin", m -> caller.equals(m.get("Channel")));
		assertEquals("0301234567", join.get("CallerIDNum"));
		assertEquals("8000", join.get("Queue"));
		client.awaitEvent("AgentCalled", m -> "PJSIP/1001".equals(m.get("Interface")));
		Map<String, String> connect = client.awaitEvent("AgentConnect", m -> caller.equals(m.get("Channel")));
		assertTrue(connect.get("DestChannel").startsWith("PJSIP/1001-"));
		client.awaitEvent("BridgeEnter", m -> caller.equals(m.get("Channel")));
	}

	@Test
	void originateReportsTheReasonThePhoneGives() throws IOException {
		simulator.setBehaviour("1004", PhoneBehaviour.BUSY);
		simulator.setBehaviour("1005", PhoneBehaviour.CONGESTION);
		simulator.setBehaviour("1006", PhoneBehaviour.REJECT);
		simulator.setRegistered("1010", false);
		client.awaitEvent("PeerStatus", m -> "Unreachable".equals(m.get("PeerStatus")));
		assertEquals("4", originate("1002"));
		assertEquals("5", originate("1004"));
		assertEquals("8", originate("1005"));
		assertEquals("1", originate("1006"));
		assertEquals("3", originate("1009"));
		assertEquals("0", originate("1010"));
		assertEquals("0", originate("4711"));
	}

	private String originate(String extension) throws IOException {
		String id = client.send("Action", "Originate", "Channel", "PJSIP/" + extension, "Context", "wakeup", "Exten",
				"s", "Priority", "1", "Timeout", "3000", "Async", "true");
		return client.awaitEvent("OriginateResponse", m -> id.equals(m.get("ActionID"))).get("Reason");
	}

	@Test
	void synchronousOriginateAnswersOnlyOnceThePhoneHasAnsweredOrFailed() throws IOException {
		String ok = client.send("Action", "Originate", "Channel", "PJSIP/1003", "Application", "Echo");
		assertEquals("Originate successfully queued", client.awaitResponse(ok).get("Message"));
		assertTrue(simulator.channels().stream().anyMatch(c -> c.name().startsWith("PJSIP/1003-") && "Up".equals(c.state())));
		String failed = client.send("Action", "Originate", "Channel", "PJSIP/1009", "Application", "Echo", "Timeout", "2000");
		assertEquals("Originate failed", client.awaitResponse(failed).get("Message"));
	}

	@Test
	void featureCodesSetDoNotDisturbInTheAstDb() {
		String channel = simulator.callFrom("1003").to("*78");
		client.awaitEvent("Hangup", m -> channel.equals(m.get("Channel")));
		assertEquals("1", simulator.astdb().get("/DND/1003"));
		String busy = simulator.callFrom("1002").to("1003");
		assertTrue(simulator.channels().stream().anyMatch(c -> busy.equals(c.name()) && "Busy".equals(c.application())),
				"the dialplan answers a call to a DND extension with Busy(5) at once");
		assertTrue(simulator.channels().stream().noneMatch(c -> c.name().startsWith("PJSIP/1003-")));
	}

	@Test
	void registrationChangesAreAnnouncedLikeChanPjsip() {
		simulator.setRegistered("1007", false);
		client.awaitEvent("ContactStatus", m -> "Removed".equals(m.get("ContactStatus")) && "1007".equals(m.get("AOR")));
		assertEquals("UNAVAILABLE", simulator.deviceState("PJSIP/1007"));
		simulator.setRegistered("1007", true);
		client.awaitEvent("ContactStatus", m -> "Reachable".equals(m.get("ContactStatus")) && "1007".equals(m.get("AOR")));
		client.awaitEvent("ExtensionStatus", m -> "1007".equals(m.get("Exten")) && "Idle".equals(m.get("StatusText")));
	}

	@Test
	void dualRedirectSendsBothLegsToHoldWithoutHangingUp() throws IOException {
		String caller = simulator.callFrom("1002").to("1003");
		client.awaitEvent("BridgeEnter", m -> caller.equals(m.get("Channel")));
		String callee = simulator.channels().stream().map(ChannelView::name).filter(n -> n.startsWith("PJSIP/1003-"))
				.findFirst().orElseThrow();
		Map<String, String> answer = client.awaitResponse(client.send("Action", "Redirect", "Channel", caller,
				"ExtraChannel", callee, "Context", "hold", "Exten", "s", "Priority", "1"));
		assertEquals("Dual Redirect successful", answer.get("Message"));
		client.awaitEvent("MusicOnHoldStart", m -> caller.equals(m.get("Channel")));
		client.awaitEvent("MusicOnHoldStart", m -> callee.equals(m.get("Channel")));
		client.awaitEvent("BridgeDestroy", m -> true);
		assertEquals(2, simulator.channels().size());
		assertTrue(simulator.channels().stream().allMatch(c -> "hold".equals(c.context()) && c.bridgeId().isEmpty()));
		List<Map<String, String>> status = client.awaitList(client.send("Action", "Status"));
		assertEquals("2", status.get(status.size() - 1).get("Items"));
	}

	@Test
	void anOperatorWhoDoesNotAnswerGetsAgentRingNoAnswerAndIsRungAgain() {
		simulator.setBehaviour("1001", PhoneBehaviour.NO_ANSWER);
		String caller = simulator.callQueue("0299999999", "8000");
		Map<String, String> noAnswer = client.awaitEvent("AgentRingNoAnswer", m -> caller.equals(m.get("Channel")));
		assertEquals("PJSIP/1001", noAnswer.get("Interface"));
		client.awaitMessage(m -> "AgentCalled".equals(m.get("Event")) && client.messages().stream()
				.filter(x -> "AgentCalled".equals(x.get("Event"))).count() >= 2);
		simulator.hangup(caller);
		client.awaitEvent("QueueCallerAbandon", m -> caller.equals(m.get("Channel")));
	}

	@Test
	void callPermissionLevelsGateLocalNationalAndInternationalNumbers() {
		simulator.dbPut("CALLPERM", "1004", "local");
		assertOutsideCall("1004", "02987654", true);
		assertOutsideCall("1004", "00301234567", false);
		simulator.dbPut("CALLPERM", "1004", "national");
		assertOutsideCall("1004", "00301234567", true);
		assertOutsideCall("1004", "000441234567", false);
		simulator.dbDelete("CALLPERM", "1004");
		assertOutsideCall("1004", "000441234567", true);
	}

	private void assertOutsideCall(String extension, String number, boolean allowed) {
		String caller = simulator.callFrom(extension).to(number);
		if (allowed) {
			client.awaitEvent("DialBegin", m -> caller.equals(m.get("Channel"))
					&& m.get("DestChannel").startsWith("Local/" + number.substring(1) + "@pstn-sim-"));
			simulator.hangup(caller);
		} else {
			assertEquals("21", client.awaitEvent("Hangup", m -> caller.equals(m.get("Channel"))).get("Cause"));
		}
		client.awaitEvent("Hangup", m -> caller.equals(m.get("Channel")));
	}
}
