package org.switchboard.pbx.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.switchboard.model.CallState;
import org.switchboard.model.ChannelState;
import org.switchboard.model.ConnectionStatus;
import org.switchboard.model.DeviceState;
import org.switchboard.model.DialPermission;
import org.switchboard.model.Site;
import org.switchboard.model.live.LiveModel;
import org.switchboard.pbx.event.PbxEvent;
import org.switchboard.pbx.event.PbxEvent.ChannelInfo;
import org.switchboard.pbx.live.LiveModelUpdater;

/** The vendor-neutral updater on its own: calls from channels, hold, spying, queues, mark-and-sweep resync. */
class LiveModelUpdaterTest {

	private final LiveModel model = new LiveModel("updater-test");
	private final LiveModelUpdater updater = new LiveModelUpdater(model);

	@AfterEach
	void close() {
		model.close();
	}

	private void apply(PbxEvent... events) {
		updater.post(List.of(events)).join();
	}

	private <T> T read(java.util.function.Function<Site, T> q) {
		return model.read(q).join();
	}

	private static PbxEvent channel(String id, String linked, String name, ChannelState state, String number) {
		return new PbxEvent.ChannelUpdated(new ChannelInfo(id, linked, name, state, number, "Ext " + number, null,
				null, "internal", null, null, Instant.parse("2026-01-01T10:00:00Z")));
	}

	private void extensions() {
		for (String n : List.of("1001", "1002", "1003")) {
			apply(new PbxEvent.ExtensionSeen(n, null, "PJSIP/" + n));
		}
	}

	@Test
	@DisplayName("channels with one linked id form one call: dialling, ringing, connected, on hold, ended and removed")
	void callLifecycle() {
		extensions();
		apply(channel("1.0", "1.0", "PJSIP/1001-01", ChannelState.UP, "1001"));
		assertEquals(CallState.DIALING, read(s -> model.call("1.0").getState()));
		apply(channel("1.1", "1.0", "PJSIP/1002-02", ChannelState.RINGING, "1002"));
		assertEquals(CallState.RINGING, read(s -> model.call("1.0").getState()));
		assertEquals("1002", read(s -> model.call("1.0").getCalleeNumber()));
		apply(channel("1.1", null, null, ChannelState.UP, null), new PbxEvent.ChannelBridged("1.0", "b"),
				new PbxEvent.ChannelBridged("1.1", "b"));
		assertEquals(CallState.CONNECTED, read(s -> model.call("1.0").getState()));
		assertTrue(read(s -> model.call("1.0").getAnsweredAt() != null));
		assertEquals(2, (int) read(s -> model.extension("1002").getChannels().size() + model.extension("1001").getChannels().size()));
		apply(new PbxEvent.ChannelHeld("1.1", true));
		assertEquals(CallState.ON_HOLD, read(s -> model.call("1.0").getState()));
		apply(new PbxEvent.ChannelSpied("9.0", "1.1", true, true));
		assertTrue(read(s -> model.call("1.0").isBarged()));
		apply(new PbxEvent.ChannelHungup("1.0", 16, "Normal Clearing"), new PbxEvent.ChannelHungup("1.1", 16, "x"));
		assertNull(read(s -> model.call("1.0")));
		assertEquals(0, (int) read(s -> s.getChannels().size()));
	}

	@Test
	@DisplayName("a call is connected while two of its channels share a bridge: a leg leaving, coming back, hanging up; a resync of 1,000 bridged calls")
	void bridgesDecideConnected() {
		extensions();
		apply(channel("1.0", "1.0", "PJSIP/1001-01", ChannelState.UP, "1001"),
				channel("1.1", "1.0", "PJSIP/1002-02", ChannelState.UP, "1002"), new PbxEvent.ChannelBridged("1.0", "a"),
				new PbxEvent.ChannelBridged("1.1", "a"), channel("2.0", "2.0", "PJSIP/1003-03", ChannelState.UP, "1003"),
				channel("2.1", "2.0", "PJSIP/1004-04", ChannelState.UP, "1004"), new PbxEvent.ChannelBridged("2.0", "b"),
				new PbxEvent.ChannelBridged("2.1", "b"));
		assertEquals(CallState.CONNECTED, read(s -> model.call("1.0").getState()));
		assertEquals(CallState.CONNECTED, read(s -> model.call("2.0").getState()));

		apply(new PbxEvent.ChannelBridged("2.1", "x"));
		assertNotEquals(CallState.CONNECTED, read(s -> model.call("2.0").getState()), "each leg alone in a bridge");
		assertNull(read(s -> model.call("2.0").getBridgeId()));
		apply(new PbxEvent.ChannelBridged("2.1", "b"));
		assertEquals(CallState.CONNECTED, read(s -> model.call("2.0").getState()));
		assertEquals("b", read(s -> model.call("2.0").getBridgeId()));

		apply(new PbxEvent.ChannelHungup("1.1", 16, "Normal Clearing"));
		assertNotEquals(CallState.CONNECTED, read(s -> model.call("1.0").getState()), "the other leg hung up");
		assertEquals(CallState.CONNECTED, read(s -> model.call("2.0").getState()), "another bridge is untouched");

		List<PbxEvent> resync = new ArrayList<>();
		resync.add(new PbxEvent.SyncStarted());
		for (int i = 0; i < 1_000; i++) {
			String caller = "7" + i + ".0";
			String callee = "7" + i + ".1";
			resync.add(channel(caller, caller, "PJSIP/trunk-" + i, ChannelState.UP, "020" + i));
			resync.add(channel(callee, caller, "PJSIP/trunk-" + i + "b", ChannelState.UP, "030" + i));
			resync.add(new PbxEvent.ChannelBridged(caller, "r" + i));
			resync.add(new PbxEvent.ChannelBridged(callee, "r" + i));
		}
		resync.add(new PbxEvent.SyncCompleted());
		updater.post(resync).join();
		assertEquals(1_000, (int) read(s -> s.getCalls().size()), "the calls before the resync are gone");
		assertEquals(1_000, (int) read(s -> (int) s.getCalls().stream()
				.filter(c -> c.getState() == CallState.CONNECTED && c.getBridgeId().startsWith("r")).count()));
		assertNull(read(s -> model.call("2.0")));
	}

	@Test
	@DisplayName("a queue caller hearing music is no longer on hold once bridged to the operator, and on hold again when held there")
	void queueMusicEndsInTheBridge() {
		extensions();
		apply(channel("5.0", "5.0", "PJSIP/1005-05", ChannelState.UP, "1005"), new PbxEvent.ChannelHeld("5.0", true));
		assertTrue(read(s -> model.channel("5.0").isOnHold()));
		apply(channel("5.1", "5.0", "PJSIP/1001-06", ChannelState.UP, "1001"), new PbxEvent.ChannelBridged("5.1", "q"),
				new PbxEvent.ChannelBridged("5.0", "q"));
		assertFalse(read(s -> model.channel("5.0").isOnHold()), "the queue's music ended in the bridge");
		apply(new PbxEvent.ChannelHeld("5.0", true));
		assertTrue(read(s -> model.channel("5.0").isOnHold()), "held by the operator's phone inside the bridge");
	}

	@Test
	@DisplayName("a resync removes every channel, call, queue entry and setting it did not report (no ghosts)")
	void markAndSweep() {
		extensions();
		apply(channel("1.0", "1.0", "PJSIP/1001-01", ChannelState.UP, "1001"),
				channel("2.0", "2.0", "PJSIP/1002-02", ChannelState.UP, "1002"),
				new PbxEvent.QueueSeen("8000", "ringall"),
				new PbxEvent.QueueMemberChanged("8000", "PJSIP/1001", true, false),
				new PbxEvent.QueueEntryJoined("8000", "5.0", "PJSIP/1005-05", "1005", null, 1, null),
				new PbxEvent.QueueEntryJoined("8000", "6.0", "PJSIP/1006-06", "1006", null, 2, null),
				new PbxEvent.DndChanged("1002", true), new PbxEvent.DialPermissionChanged("1003", DialPermission.LOCAL),
				new PbxEvent.NightServiceChanged("8000", "1003", "night"));
		apply(new PbxEvent.SyncStarted(), new PbxEvent.ExtensionSeen("1001", null, "PJSIP/1001"),
				new PbxEvent.ExtensionSeen("1002", null, "PJSIP/1002"),
				channel("2.0", "2.0", "PJSIP/1002-02", ChannelState.UP, "1002"), new PbxEvent.QueueSeen("8000", null),
				new PbxEvent.QueueEntryJoined("8000", "6.0", "PJSIP/1006-06", "1006", null, 1, null));
		// an incremental event during the sync counts as reported
		apply(channel("3.0", "3.0", "PJSIP/1001-03", ChannelState.RINGING, "1001"), new PbxEvent.SyncCompleted());
		assertEquals(List.of("2.0", "3.0"), read(s -> s.getChannels().stream().map(c -> c.getUniqueId()).sorted().toList()));
		assertEquals(List.of("2.0", "3.0"), read(s -> s.getCalls().stream().map(c -> c.getId()).sorted().toList()));
		assertEquals(List.of("6.0@1"), read(s -> model.queue("8000").getEntries().stream()
				.map(e -> e.getUniqueId() + "@" + e.getPosition()).toList()));
		assertTrue(read(s -> model.queue("8000").getMembers().isEmpty()));
		assertNull(read(s -> model.queue("8000").getNightNumber()));
		assertFalse(read(s -> model.extension("1002").isDnd()));
		assertNull(read(s -> model.extension("1003")), "extension not reported any more");
		assertEquals(1, (int) read(s -> model.extension("1001").getChannels().size()));
	}

	@Test
	@DisplayName("extension state, registration, DND, permission and connection state are applied; listeners hear each event")
	void extensionAndConnection() {
		List<PbxEvent> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
		updater.addListener(heard::add);
		extensions();
		apply(new PbxEvent.ExtensionStateChanged("1002", DeviceState.RINGING),
				new PbxEvent.RegistrationChanged("1002", true, "sip:1002@x"), new PbxEvent.DndChanged("1002", true),
				new PbxEvent.DialPermissionChanged("1002", DialPermission.NATIONAL),
				new PbxEvent.ConnectionChanged(ConnectionStatus.CONNECTED, "pbx", 5038, "22.10.1", null),
				new PbxEvent.ExtensionStateChanged("9999", DeviceState.BUSY));
		assertEquals(DeviceState.RINGING, read(s -> model.extension("1002").getDeviceState()));
		assertTrue(read(s -> model.extension("1002").isRegistered()));
		assertEquals("sip:1002@x", read(s -> model.extension("1002").getContact()));
		assertTrue(read(s -> model.extension("1002").isDnd()));
		assertEquals(DialPermission.NATIONAL, read(s -> model.extension("1002").getDialPermission()));
		assertEquals(ConnectionStatus.CONNECTED, read(s -> s.getConnection().getStatus()));
		assertEquals("22.10.1", read(s -> s.getConnection().getPbxVersion()));
		assertNull(read(s -> model.extension("9999")), "state of an unknown extension creates nothing");
		assertEquals(9, heard.size());
	}

	@Test
	@DisplayName("queue callers join in order, keep the earliest join time, and leave when answered, abandoned or hung up")
	void queueCallers() {
		Instant t = Instant.parse("2026-01-01T10:00:00Z");
		apply(new PbxEvent.QueueSeen("8000", "ringall"),
				new PbxEvent.QueueEntryJoined("8000", "5.0", "PJSIP/1005-05", "1005", "Ext 1005", 1, t),
				new PbxEvent.QueueEntryJoined("8000", "6.0", "PJSIP/1006-06", "0301234567", "", 2, t.plusSeconds(5)),
				new PbxEvent.QueueEntryJoined("8000", "7.0", "PJSIP/1007-07", "1007", null, 3, t.plusSeconds(9)));
		assertEquals(List.of("5.0", "6.0", "7.0"),
				read(s -> model.queue("8000").getEntries().stream().map(e -> e.getUniqueId()).toList()));
		assertEquals("ringall", read(s -> model.queue("8000").getStrategy()));
		// a resync reports the same caller with its wait: the earlier join time stays
		apply(new PbxEvent.QueueEntryJoined("8000", "6.0", null, null, null, 2, t.plusSeconds(7)));
		assertEquals(t.plusSeconds(5), read(s -> model.queue("8000").getEntries().get(1).getJoinedAt()));
		assertEquals("0301234567", read(s -> model.queue("8000").getEntries().get(1).getCallerNumber()));
		apply(new PbxEvent.QueueEntryLeft("8000", "5.0", false), new PbxEvent.QueueEntryLeft("8000", "7.0", true),
				new PbxEvent.ChannelHungup("6.0", 16, "Normal Clearing"));
		assertTrue(read(s -> model.queue("8000").getEntries().isEmpty()));
	}

	@Test
	@DisplayName("night service and queue members are applied; a member removed is gone")
	void nightServiceAndMembers() {
		apply(new PbxEvent.NightServiceChanged("8000", "1007", "night-prompt"),
				new PbxEvent.QueueMemberChanged("8000", "PJSIP/1001", true, false),
				new PbxEvent.QueueMemberChanged("8000", "PJSIP/1002", true, true));
		assertEquals("1007", read(s -> model.queue("8000").getNightNumber()));
		assertEquals("night-prompt", read(s -> model.queue("8000").getNightPrompt()));
		assertEquals(List.of("PJSIP/1001", "PJSIP/1002"), read(s -> List.copyOf(model.queue("8000").getMembers())));
		apply(new PbxEvent.NightServiceChanged("8000", null, "ignored"),
				new PbxEvent.QueueMemberChanged("8000", "PJSIP/1002", false, false));
		assertNull(read(s -> model.queue("8000").getNightNumber()));
		assertNull(read(s -> model.queue("8000").getNightPrompt()));
		assertEquals(List.of("PJSIP/1001"), read(s -> List.copyOf(model.queue("8000").getMembers())));
	}

	@Test
	@DisplayName("a channel seen before its extension belongs to the extension once the extension is known")
	void channelBeforeExtension() {
		apply(channel("2.0", "2.0", "PJSIP/1003-09", ChannelState.UP, "1003"));
		assertNull(read(s -> model.channel("2.0").getExtension()));
		extensions();
		assertEquals("1003", read(s -> model.channel("2.0").getExtension().getNumber()));
	}

	@Test
	@DisplayName("a listener that throws does not keep the others from hearing the event")
	void failingListener() {
		List<PbxEvent> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
		updater.addListener(e -> {
			throw new IllegalStateException("listener defect");
		});
		updater.addListener(heard::add);
		extensions();
		assertEquals(3, heard.size());
		assertEquals("PJSIP/1002", read(s -> model.extension("1002").getDevice()));
	}
}
