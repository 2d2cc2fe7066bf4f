package org.switchboard.callcontrol.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.switchboard.pbx.tests.LiveSite.bridge;
import static org.switchboard.pbx.tests.LiveSite.hangup;
import static org.switchboard.pbx.tests.LiveSite.hold;
import static org.switchboard.pbx.tests.LiveSite.state;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.pbx.tests.LiveSite;
import org.switchboard.callcontrol.CallFeed;
import org.switchboard.callcontrol.OperatorCallView;
import org.switchboard.callcontrol.OperatorCallView.CallPhase;
import org.switchboard.callcontrol.QueueCallerView;
import org.switchboard.model.ChannelState;
import org.switchboard.model.DeviceState;
import org.switchboard.pbx.event.PbxEvent;
import org.switchboard.pbx.live.Spying;

/** The operator's calls and the waiting callers, from PBX events applied to a real live model. */
class CallFeedTest {

	private final LiveSite site = new LiveSite();
	private final List<List<OperatorCallView>> calls = new CopyOnWriteArrayList<>();
	private final List<List<QueueCallerView>> queues = new CopyOnWriteArrayList<>();
	private CallFeed feed;

	@BeforeEach
	void start() {
		feed = CallFeed.start(site.model, "1001", new CallFeed.Sink() {
			@Override
			public void calls(List<OperatorCallView> list) {
				calls.add(list);
			}

			@Override
			public void queue(List<QueueCallerView> waiting) {
				queues.add(waiting);
			}
		});
		site.model.sync();
	}

	@AfterEach
	void close() {
		feed.close();
		site.close();
	}

	private List<OperatorCallView> lastCalls() {
		site.model.sync();
		return calls.get(calls.size() - 1);
	}

	private static OperatorCallView row(String mine, String peer, String number, String name, CallPhase phase,
			Instant since) {
		return new OperatorCallView(mine, peer, number, name, phase, since);
	}

	/** The operator 1001 talks to 1002: channels 12 and 13 in bridge B1. */
	private Instant talkingTo1002() {
		Instant start = site.now();
		site.apply(site.newChannel("12", "12", "1001", ChannelState.UP),
				site.newChannel("13", "12", "1002", ChannelState.UP), bridge("12", "B1"), bridge("13", "B1"));
		return start;
	}

	@Test
	void atFirstTheSinkHearsEmptyLists() {
		assertEquals(List.of(List.of()), calls);
		assertEquals(List.of(List.of()), queues);
	}

	@Test
	void anOutgoingCallRingsTheOperatorThenThePeerThenConnects() {
		Instant placed = site.now();
		site.apply(site.newOutgoing("12", "1001", "1002"));
		assertEquals(List.of(row("12", "", "1002", "", CallPhase.RINGING, placed)), lastCalls(),
				"the operator's phone rings; the number it will call is known");
		site.later(Duration.ofSeconds(2));
		site.apply(state("12", ChannelState.UP), site.newChannel("13", "12", "1002", ChannelState.RINGING));
		assertEquals(List.of(row("12", "13", "1002", "Reception", CallPhase.RINGING, placed)), lastCalls());
		Instant answered = site.later(Duration.ofSeconds(5));
		site.apply(state("13", ChannelState.UP), bridge("13", "B1"), bridge("12", "B1"));
		assertEquals(List.of(row("12", "13", "1002", "Reception", CallPhase.CONNECTED, answered)), lastCalls(),
				"a connected call counts from the answer");
		site.apply(hangup("13"), hangup("12"));
		assertEquals(List.of(), lastCalls());
	}

	@Test
	void anIncomingCallFromOutsideShowsTheCallersNumberAndName() {
		Instant rang = site.now();
		site.apply(site.otherChannel("30", "30", "PJSIP/trunk-00000030", ChannelState.RING, "0211234567", "Alice"),
				site.newChannel("31", "30", "1001", ChannelState.RINGING));
		assertEquals(List.of(row("31", "30", "0211234567", "Alice", CallPhase.RINGING, rang)), lastCalls());
	}

	@Test
	void aQueueCallerRingingTheOperatorsPhoneIsARingingCallNotAHeldOne() {
		// transcript 14-queue-8000: the caller hears music on hold while the queue rings the operator's phone
		Instant rang = site.now();
		site.apply(site.newChannel("22", "22", "1004", ChannelState.UP),
				new PbxEvent.QueueEntryJoined("8000", "22", "PJSIP/1004-22", "1004", "Lobby", 1, null), hold("22", true));
		site.apply(site.newChannel("23", "22", "1001", ChannelState.RINGING));
		assertEquals(List.of(row("23", "22", "1004", "Lobby", CallPhase.RINGING, rang)), lastCalls());
		// the operator answers: music stops, both legs meet in a bridge
		site.apply(state("23", ChannelState.UP), hold("22", false), new PbxEvent.QueueEntryLeft("8000", "22", false),
				bridge("23", "B"), bridge("22", "B"));
		assertEquals(CallPhase.CONNECTED, lastCalls().get(0).state());
	}

	@Test
	void aPeerExtensionWithoutANameShowsItsCallerIdName() {
		site.apply(new PbxEvent.ExtensionSeen("1005", "", "PJSIP/1005"));
		site.apply(site.otherChannel("40", "40", "PJSIP/1005-40", ChannelState.RING, "1005", "Ext 1005"),
				site.newChannel("41", "40", "1001", ChannelState.RINGING));
		OperatorCallView row = lastCalls().get(0);
		assertEquals("1005", row.peerNumber());
		assertEquals("Ext 1005", row.peerName());
	}

	@Test
	void aPhoneHoldPutsTheCallOnHoldAndUnholdConnectsItAgain() {
		Instant start = talkingTo1002();
		site.apply(hold("12", true), hold("13", true));
		assertEquals(List.of(row("12", "13", "1002", "Reception", CallPhase.ON_HOLD, start)), lastCalls());
		site.apply(hold("12", false), hold("13", false));
		assertEquals(List.of(row("12", "13", "1002", "Reception", CallPhase.CONNECTED, start)), lastCalls());
	}

	@Test
	void duringAnAttendedTransferTheOperatorTalksToTheTargetAndTheWaitingPartyStaysListedOnHold() {
		Instant start = site.now();
		site.attendedTransferInProgress();
		List<OperatorCallView> list = lastCalls();
		assertEquals(2, list.size(), list.toString());
		assertEquals(row("12", "14", "1003", "Ext 1003", CallPhase.CONNECTED, start), list.get(0));
		assertEquals(row("", "13", "1002", "Reception", CallPhase.ON_HOLD, start), list.get(1));
		// the operator hangs up: the PBX joins the waiting party and the target; nothing is left for the operator
		site.apply(hold("13", false), bridge("12", null), bridge("14", "B1"), hangup("12"));
		assertEquals(List.of(), lastCalls());
	}

	@Test
	void aPartyThisConsolePutOnHoldStaysListedAfterTheOperatorsLegEnded() {
		Instant start = talkingTo1002();
		feed.heldHere("13", true);
		// the PBX parks the party: the operator's leg ends, the party hears music on hold
		site.apply(bridge("13", null), hangup("12"), hold("13", true));
		assertEquals(List.of(row("", "13", "1002", "Reception", CallPhase.ON_HOLD, start)), lastCalls());
		feed.heldHere("13", false);
		assertEquals(List.of(), lastCalls(), "not held here any more: the channel is not the operator's");
	}

	@Test
	void withoutTheConsolesHoldTheOtherPartyIsNotTheOperatorsCall() {
		talkingTo1002();
		site.apply(bridge("13", null), hangup("12"), hold("13", true));
		assertEquals(List.of(), lastCalls());
	}

	@Test
	void aHeldPartyThatHangsUpLeavesTheList() {
		talkingTo1002();
		feed.heldHere("13", true);
		site.apply(bridge("13", null), hangup("12"), hold("13", true));
		assertEquals(1, lastCalls().size());
		site.apply(hangup("13"));
		assertEquals(List.of(), lastCalls());
		// a channel id reused later is not taken for the old held party
		site.apply(site.newChannel("13", "13", "1004", ChannelState.UP));
		assertEquals(List.of(), lastCalls());
	}

	@Test
	void waitingCallersAreSortedByTheirWaitingTimeAcrossQueues() {
		Instant t = LiveSite.T0;
		site.apply(new PbxEvent.QueueEntryJoined("8000", "q-3", "PJSIP/trunk-3", "0213333333", "Carol", 3,
				t.plusSeconds(60)),
				new PbxEvent.QueueEntryJoined("8001", "q-9", "PJSIP/trunk-9", "0219999999", "Dan", 1, t.plusSeconds(30)),
				new PbxEvent.QueueEntryJoined("8000", "q-1", "PJSIP/trunk-1", "0211111111", "Alice", 1, t),
				new PbxEvent.QueueEntryJoined("8000", "q-2", "PJSIP/trunk-2", "0212222222", "", 2, t.plusSeconds(45)));
		List<QueueCallerView> waiting = queues.get(queues.size() - 1);
		assertEquals(List.of("q-1", "q-9", "q-2", "q-3"), waiting.stream().map(QueueCallerView::uniqueId).toList());
		assertEquals(new QueueCallerView("8000", "q-1", "0211111111", "Alice", 1, t), waiting.get(0));
		assertEquals("8001", waiting.get(1).queue());
		site.apply(new PbxEvent.QueueEntryLeft("8000", "q-1", false));
		waiting = queues.get(queues.size() - 1);
		assertEquals(List.of("q-9", "q-2", "q-3"), waiting.stream().map(QueueCallerView::uniqueId).toList());
		assertEquals(1, waiting.get(1).position(), "positions move up");
	}

	@Test
	void theSinkHearsAListOnlyWhenItChanged() {
		talkingTo1002();
		int callLists = calls.size();
		int queueLists = queues.size();
		// others' calls, the operator's own settings and repeated states touch the model, not the lists
		site.apply(site.newChannel("20", "20", "1003", ChannelState.RING),
				site.newChannel("21", "20", "1004", ChannelState.RINGING));
		site.apply(state("21", ChannelState.UP), state("20", ChannelState.UP), bridge("20", "B9"), bridge("21", "B9"));
		site.apply(new PbxEvent.DndChanged("1001", true), new PbxEvent.ExtensionStateChanged("1001", DeviceState.IN_USE));
		site.apply(state("12", ChannelState.UP));
		site.model.sync();
		assertEquals(callLists, calls.size(), "no new call list: " + calls.subList(callLists, calls.size()));
		assertEquals(queueLists, queues.size(), "channel changes never republish the queue");
		site.apply(new PbxEvent.QueueEntryJoined("8000", "q-1", "PJSIP/trunk-1", "0211111111", "Alice", 1, null));
		assertEquals(queueLists + 1, queues.size());
		assertEquals(callLists, calls.size(), "queue changes never republish the calls");
	}

	@Test
	void aClosedFeedTellsNothingMore() {
		int callLists = calls.size();
		feed.close();
		talkingTo1002();
		site.model.sync();
		assertEquals(callLists, calls.size());
	}
	@Test
	void aMonitorLegIsShownByWhoseCallItListensToNotByItsOwnDialplanPosition() {
		// 1006 talks to 1007; the operator's phone (channel 30, its own call, dialplan position "s") listens
		site.apply(site.newChannel("20", "20", "1006", ChannelState.UP),
				site.newChannel("21", "20", "1007", ChannelState.UP), bridge("20", "B2"), bridge("21", "B2"),
				new PbxEvent.ChannelUpdated(new PbxEvent.ChannelInfo("30", "30", "PJSIP/1001-30", ChannelState.UP, "1001",
						"Operator", "1001", "Operator", "internal", "s", null, site.now())),
				new PbxEvent.ChannelSpied("30", "20", false, true));
		OperatorCallView spy = lastCalls().get(0);
		assertEquals("1006 \u2194 1007", spy.peerNumber());
		assertEquals(new Spying(false, "1006", "1007"), spy.spying());
		assertEquals("1006 \u2194 1007", site.view("1001").spying().label(), "the operator's tile says so too");
		site.apply(new PbxEvent.ChannelSpied("30", "20", true, false), new PbxEvent.ChannelSpied("30", "20", true, true));
		assertEquals(new Spying(true, "1006", "1007"), lastCalls().get(0).spying(), "barge-in told apart");
	}

	@Test
	void aCallToAServiceShowsTheServicesNumberNotTheOperatorsOwn() {
		// 8600 (echo) answers with no other party: the connected line is the operator's own number
		site.apply(new PbxEvent.ChannelUpdated(new PbxEvent.ChannelInfo("40", "40", "PJSIP/1001-40", ChannelState.UP,
				"1001", "Operator", "1001", "Operator", "internal", "8600", "Echo", site.now())));
		assertEquals("8600", lastCalls().get(0).peerNumber());
	}
}
