package org.switchboard.pbx.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.switchboard.pbx.tests.LiveSite.bridge;
import static org.switchboard.pbx.tests.LiveSite.connectedLine;
import static org.switchboard.pbx.tests.LiveSite.hangup;
import static org.switchboard.pbx.tests.LiveSite.hold;
import static org.switchboard.pbx.tests.LiveSite.state;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.switchboard.pbx.live.ExtensionStatus;
import org.switchboard.pbx.live.ExtensionView;
import org.switchboard.model.ChannelState;
import org.switchboard.model.DeviceState;
import org.switchboard.model.DialPermission;
import org.switchboard.pbx.event.PbxEvent;

/** What an extension's tile shows, derived from PBX events applied to the live model. */
class ExtensionViewsTest {

	private final LiveSite site = new LiveSite();

	@AfterEach
	void close() {
		site.close();
	}

	@ParameterizedTest(name = "device {0}, DND {1} -> {2}")
	@CsvSource({ "IDLE, false, IDLE", "IDLE, true, DND", "UNKNOWN, false, UNKNOWN", "UNKNOWN, true, DND",
			"BUSY, false, BUSY", "BUSY, true, BUSY", "RINGING, false, RINGING", "IN_USE, false, IN_CALL",
			"ON_HOLD, false, ON_HOLD", "UNAVAILABLE, false, UNAVAILABLE", "UNAVAILABLE, true, UNAVAILABLE" })
	void withoutAChannelTheDeviceStateAndDndDecide(DeviceState device, boolean dnd, ExtensionStatus expected) {
		site.apply(new PbxEvent.ExtensionStateChanged("1002", device), new PbxEvent.DndChanged("1002", dnd));
		ExtensionView v = site.view("1002");
		assertEquals(expected, v.status());
		assertEquals(dnd, v.dnd());
		assertEquals(device, v.deviceState());
		assertEquals("", v.channelId());
		assertEquals("", v.peerLabel());
	}

	@Test
	void theCalledPhoneRingsWhileTheCallerHearingTheRingBackIsInACall() {
		site.apply(site.newChannel("1", "1", "1002", ChannelState.RING),
				site.newChannel("2", "1", "1003", ChannelState.RINGING));
		// the channel states decide even while the device states still say idle
		ExtensionView caller = site.view("1002");
		ExtensionView called = site.view("1003");
		assertEquals(ExtensionStatus.IN_CALL, caller.status());
		assertEquals(ExtensionStatus.RINGING, called.status());
		assertEquals("1003 Kitchen", caller.peerLabel());
		assertEquals("1002 Reception", called.peerLabel());
		assertEquals("1", caller.channelId());
		assertEquals("2", called.channelId());
	}

	@Test
	void twoPhonesTalkingInOneBridgeAreBothInACallWithEachOther() {
		site.apply(site.newChannel("1", "1", "1002", ChannelState.RING),
				site.newChannel("2", "1", "1003", ChannelState.RINGING));
		site.apply(state("1", ChannelState.UP), state("2", ChannelState.UP), bridge("1", "B"), bridge("2", "B"),
				new PbxEvent.ExtensionStateChanged("1002", DeviceState.IN_USE),
				new PbxEvent.ExtensionStateChanged("1003", DeviceState.IN_USE));
		assertEquals(ExtensionStatus.IN_CALL, site.view("1002").status());
		assertEquals(ExtensionStatus.IN_CALL, site.view("1003").status());
		assertEquals("1003", site.view("1002").peerNumber());
		assertEquals("Kitchen", site.view("1002").peerName());
		assertEquals("1002", site.view("1003").peerNumber());
	}

	@Test
	void dndDoesNotHideACall() {
		site.apply(new PbxEvent.DndChanged("1002", true), site.newChannel("1", "1", "1002", ChannelState.UP),
				site.newChannel("2", "1", "1003", ChannelState.UP), bridge("1", "B"), bridge("2", "B"));
		assertEquals(ExtensionStatus.IN_CALL, site.view("1002").status());
	}

	@Test
	void aPhoneHoldFlagsBothLegsAndBothTilesShowOnHold() {
		site.apply(site.newChannel("1", "1", "1002", ChannelState.UP),
				site.newChannel("2", "1", "1003", ChannelState.UP), bridge("1", "B"), bridge("2", "B"));
		site.apply(hold("1", true), hold("2", true));
		assertEquals(ExtensionStatus.ON_HOLD, site.view("1002").status());
		assertEquals(ExtensionStatus.ON_HOLD, site.view("1003").status());
		site.apply(hold("1", false), hold("2", false));
		assertEquals(ExtensionStatus.IN_CALL, site.view("1002").status());
		assertEquals(ExtensionStatus.IN_CALL, site.view("1003").status());
	}

	@Test
	void aPartyParkedOnHoldAfterTheOtherLegEndedIsOnHold() {
		site.apply(site.newChannel("1", "1", "1001", ChannelState.UP),
				site.newChannel("2", "1", "1002", ChannelState.UP), bridge("1", "B"), bridge("2", "B"));
		site.apply(bridge("2", null), hangup("1"), hold("2", true));
		assertEquals(ExtensionStatus.ON_HOLD, site.view("1002").status());
		assertEquals(ExtensionStatus.IDLE, site.view("1001").status());
		assertEquals("", site.view("1001").channelId());
	}

	@Test
	void duringAnAttendedTransferTheHolderTalksToTheTargetAndOnlyTheWaitingPartyIsOnHold() {
		site.attendedTransferInProgress();
		// Asterisk reports the holder's device as on hold: the bridge shows it talks
		site.apply(new PbxEvent.ExtensionStateChanged("1001", DeviceState.ON_HOLD),
				new PbxEvent.ExtensionStateChanged("1002", DeviceState.ON_HOLD),
				new PbxEvent.ExtensionStateChanged("1003", DeviceState.IN_USE));
		ExtensionView operator = site.view("1001");
		ExtensionView waiting = site.view("1002");
		ExtensionView target = site.view("1003");
		assertEquals(ExtensionStatus.IN_CALL, operator.status());
		assertEquals("1003 Ext 1003", operator.peerLabel(), "the operator talks to the target through the Local channel");
		assertEquals(ExtensionStatus.ON_HOLD, waiting.status());
		assertEquals("1001", waiting.peerNumber());
		assertEquals(ExtensionStatus.IN_CALL, target.status());
		assertEquals("1001 Operator", target.peerLabel());
	}

	@Test
	void aCallerWaitingInAQueueHearsMusicAndIsShownOnHold() {
		site.apply(site.newChannel("22", "22", "1004", ChannelState.UP),
				new PbxEvent.QueueEntryJoined("8000", "22", "PJSIP/1004-22", "1004", "Lobby", 1, null), hold("22", true));
		assertEquals(ExtensionStatus.ON_HOLD, site.view("1004").status());
	}

	@Test
	void aQueueMembersPhoneRingingForAWaitingCallerIsRinging() {
		// transcript 14-queue-8000: the caller hears music on hold while the queue rings the member's phone
		site.apply(site.newChannel("22", "22", "1004", ChannelState.UP),
				new PbxEvent.QueueEntryJoined("8000", "22", "PJSIP/1004-22", "1004", "Lobby", 1, null), hold("22", true));
		site.apply(site.newChannel("23", "22", "1002", ChannelState.RINGING));
		ExtensionView member = site.view("1002");
		assertEquals(ExtensionStatus.RINGING, member.status());
		assertEquals("1004 Lobby", member.peerLabel());
	}

	@Test
	void withoutAPeerChannelTheConnectedLineIsThePeer() {
		site.apply(site.newChannel("1", "1", "1002", ChannelState.UP), connectedLine("1", "0211234567", "Bob"));
		assertEquals("0211234567 Bob", site.view("1002").peerLabel());
		assertEquals(ExtensionStatus.IN_CALL, site.view("1002").status());
	}

	@Test
	void anExtensionIsNeverItsOwnPeer() {
		site.apply(site.newChannel("1", "1", "1002", ChannelState.UP), connectedLine("1", "1002", "Reception"));
		ExtensionView v = site.view("1002");
		assertEquals("", v.peerNumber());
		assertEquals("", v.peerName());
	}

	@Test
	void aTalkingChannelMattersMoreThanASecondRingingOne() {
		site.apply(site.newChannel("1", "1", "1002", ChannelState.UP),
				site.newChannel("2", "1", "1003", ChannelState.UP), bridge("1", "B"), bridge("2", "B"));
		site.apply(site.newChannel("3", "3", "1004", ChannelState.RING),
				site.newChannel("4", "3", "1002", ChannelState.RINGING));
		ExtensionView v = site.view("1002");
		assertEquals(ExtensionStatus.IN_CALL, v.status());
		assertEquals("1", v.channelId());
		assertEquals("1003", v.peerNumber());
	}

	@Test
	void sinceIsWhenTheDeviceStateChangedOrWhenTheCurrentChannelAppeared() {
		Instant busy = site.later(Duration.ofMinutes(3));
		site.apply(new PbxEvent.ExtensionStateChanged("1002", DeviceState.BUSY));
		assertEquals(busy, site.view("1002").since());
		site.later(Duration.ofMinutes(1));
		site.apply(new PbxEvent.ExtensionStateChanged("1002", DeviceState.BUSY));
		assertEquals(busy, site.view("1002").since(), "the same state again does not restart the clock");
		Instant call = site.later(Duration.ofMinutes(2));
		site.apply(site.newChannel("1", "1", "1002", ChannelState.UP));
		assertEquals(call, site.view("1002").since());
	}

	@Test
	void theSnapshotCarriesTheExtensionsSettings() {
		site.apply(new PbxEvent.DialPermissionChanged("1004", DialPermission.LOCAL), new PbxEvent.DndChanged("1004", true));
		ExtensionView v = site.view("1004");
		assertEquals("1004", v.number());
		assertEquals("Lobby", v.name());
		assertEquals(DialPermission.LOCAL, v.permission());
		assertEquals(true, v.dnd());
	}
}
