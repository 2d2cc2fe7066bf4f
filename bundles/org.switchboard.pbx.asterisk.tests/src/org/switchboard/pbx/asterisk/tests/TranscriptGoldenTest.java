package org.switchboard.pbx.asterisk.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.asteriskjava.manager.event.OriginateResponseEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.switchboard.model.Call;
import org.switchboard.model.CallState;
import org.switchboard.model.Channel;
import org.switchboard.model.DeviceState;
import org.switchboard.model.DialPermission;
import org.switchboard.model.Extension;
import org.switchboard.model.Queue;
import org.switchboard.model.WakeUpOutcome;
import org.switchboard.pbx.asterisk.internal.AmiEventMapper;
import org.switchboard.pbx.asterisk.tests.AmiReplay.Item;
import org.switchboard.pbx.event.PbxEvent;
import org.switchboard.pbx.transcripts.Transcript;

/**
 * Golden tests: every reference transcript's server bytes, through Asterisk-Java's event builder and the mapper,
 * into a live model that first saw the lab at rest (transcript 01); the model must show what really happened.
 */
class TranscriptGoldenTest {

	private final AmiReplay replay = new AmiReplay();

	@AfterEach
	void close() {
		replay.close();
	}

	private List<Item> items(String name) {
		return AmiReplay.items(Transcript.load(name).serverBytes());
	}

	private static Predicate<Item> event(String name) {
		return item -> name.equalsIgnoreCase(item.name());
	}

	private static Predicate<Item> nth(String name, int n) {
		int[] count = { 0 };
		return item -> name.equalsIgnoreCase(item.name()) && ++count[0] == n;
	}

	/** The numbers of the extensions whose channels share one bridge with two or more channels. */
	private Set<String> bridgedWith(String number) {
		return replay.read(site -> {
			Extension x = replay.model.extension(number);
			Set<String> out = new java.util.TreeSet<>();
			for (Channel c : x.getChannels()) {
				if (c.getBridgeId() == null) {
					continue;
				}
				for (Channel other : site.getChannels()) {
					if (c.getBridgeId().equals(other.getBridgeId()) && other.getExtension() != null) {
						out.add(other.getExtension().getNumber());
					}
				}
			}
			return out;
		});
	}

	private int channelsOf(String number) {
		return replay.read(site -> replay.model.extension(number).getChannels().size());
	}

	private Call callOf(String number) {
		return replay.read(site -> {
			for (Channel c : replay.model.extension(number).getChannels()) {
				if (c.getCall() != null) {
					return c.getCall();
				}
			}
			return null;
		});
	}

	private <T> T onCall(String number, java.util.function.Function<Call, T> f) {
		return replay.read(site -> {
			for (Channel c : replay.model.extension(number).getChannels()) {
				if (c.getCall() != null) {
					return f.apply(c.getCall());
				}
			}
			return null;
		});
	}

	private void assertQuiet() {
		assertEquals(0, (int) replay.read(site -> site.getChannels().size()), "channels left");
		assertEquals(0, (int) replay.read(site -> site.getCalls().size()), "calls left");
	}

	@Test
	@DisplayName("01 at rest: ten extensions with their devices, idle and registered; queue 8000 with its operator")
	void atRest() {
		replay.syncAtRest();
		List<String> numbers = replay.read(site -> site.getExtensions().stream().map(Extension::getNumber).sorted().toList());
		assertEquals(List.of("1001", "1002", "1003", "1004", "1005", "1006", "1007", "1008", "1009", "1010"), numbers);
		replay.read(site -> {
			for (Extension x : site.getExtensions()) {
				assertEquals(DeviceState.IDLE, x.getDeviceState(), x.getNumber());
				assertEquals("PJSIP/" + x.getNumber(), x.getDevice());
				assertTrue(x.isRegistered(), x.getNumber() + " registered");
				assertTrue(x.getContact().startsWith("sip:" + x.getNumber()), x.getContact());
				assertFalse(x.isDnd());
				assertEquals(DialPermission.INTERNATIONAL, x.getDialPermission());
			}
			Queue q = replay.model.queue("8000");
			assertNotNull(q);
			assertEquals("ringall", q.getStrategy());
			assertEquals(List.of("PJSIP/1001"), List.copyOf(q.getMembers()));
			assertTrue(q.getPausedMembers().isEmpty());
			assertTrue(q.getEntries().isEmpty());
			return null;
		});
		assertQuiet();
	}

	@Test
	@DisplayName("02 originate: 1001 and 1002 in one connected call, caller 1001, callee 1002, both in use")
	void originate() {
		replay.syncAtRest().replay(Transcript.load("02-originate-1001-to-1002"));
		Call call = callOf("1001");
		assertNotNull(call);
		assertEquals(call, callOf("1002"));
		assertEquals(Set.of("1001", "1002"), bridgedWith("1001"));
		assertEquals(CallState.CONNECTED, onCall("1001", Call::getState));
		assertEquals("1001", onCall("1001", Call::getCallerNumber));
		assertEquals("1002", onCall("1001", Call::getCalleeNumber));
		assertNotNull(onCall("1001", Call::getAnsweredAt));
		assertNotNull(onCall("1001", Call::getStartedAt));
		assertEquals(1, (int) replay.read(site -> site.getCalls().size()));
		assertEquals(DeviceState.IN_USE, replay.read(site -> replay.model.extension("1002").getDeviceState()));
	}

	@Test
	@DisplayName("03 hangup: the call found by CoreShowChannels is connected, then gone with both legs")
	void hangup() {
		replay.syncAtRest();
		List<Item> items = items("03-hangup");
		replay.replay(items, event("CoreShowChannelsComplete"));
		assertEquals(Set.of("1001", "1002"), bridgedWith("1002"));
		assertEquals(CallState.CONNECTED, onCall("1002", Call::getState));
		replay.replay(items, item -> false);
		assertQuiet();
		assertEquals(DeviceState.IDLE, replay.read(site -> replay.model.extension("1002").getDeviceState()));
		assertTrue(replay.seen.stream().anyMatch(e -> e instanceof PbxEvent.ChannelHungup h && h.cause() == 16));
	}

	@Test
	@DisplayName("04 hold by parking: the parked party's call is on hold, the operator's leg is gone")
	void holdPark() {
		replay.syncAtRest();
		List<Item> items = items("04-hold-park-resume");
		replay.replay(items, event("MusicOnHoldStart"));
		assertEquals(CallState.ON_HOLD, onCall("1002", Call::getState));
		assertTrue(onCall("1002", Call::isHeld));
		replay.replay(items, event("MusicOnHoldStop"));
		assertFalse(replay.read(site -> replay.model.extension("1002").getChannels().get(0).isOnHold()));
		replay.replay(items, item -> false);
		assertQuiet();
	}

	@Test
	@DisplayName("05 hold by redirect: on hold alone in the hold context; resume bridges 1001 back to 1002")
	void holdRedirect() {
		replay.syncAtRest();
		List<Item> items = items("05-hold-redirect-moh-resume");
		int n = replay.replay(items, event("MusicOnHoldStart"));
		assertEquals(CallState.ON_HOLD, onCall("1002", Call::getState));
		List<Item> rest = items.subList(n, items.size());
		int m = replay.replay(rest, event("MusicOnHoldStop"));
		replay.replay(rest.subList(m, rest.size()), event("BridgeEnter"));
		replay.replay(rest.subList(m, rest.size()), nth("BridgeEnter", 2));
		assertEquals(Set.of("1001", "1002"), bridgedWith("1002"));
		assertEquals(CallState.CONNECTED, onCall("1002", Call::getState));
		assertFalse(onCall("1002", Call::isHeld));
	}

	@Test
	@DisplayName("06 blind transfer: 1002 is bridged with 1003 and the operator's phone is idle")
	void blindTransfer() {
		replay.syncAtRest();
		List<Item> items = items("06-blindtransfer-to-1003");
		int n = replay.replay(items, event("BlindTransfer"));
		replay.replay(items.subList(n, items.size()), event("CoreShowChannelsComplete"));
		assertEquals(Set.of("1002", "1003"), bridgedWith("1002"));
		assertEquals(0, channelsOf("1001"));
		assertEquals(DeviceState.IDLE, replay.read(site -> replay.model.extension("1001").getDeviceState()));
		assertEquals(CallState.CONNECTED, onCall("1003", Call::getState));
		replay.replay(items.subList(n, items.size()), item -> false);
		assertQuiet();
	}

	@Test
	@DisplayName("07 attended transfer: after the operator hangs up, 1002 and 1003 are bridged, no Local leg is left")
	void attendedTransfer() {
		replay.syncAtRest();
		List<Item> items = items("07-atxfer-to-1003");
		int n = replay.replay(items, event("AttendedTransfer"));
		replay.replay(items.subList(n, items.size()), nth("CoreShowChannelsComplete", 2));
		assertEquals(Set.of("1002", "1003"), bridgedWith("1002"));
		assertEquals(0, channelsOf("1001"));
		assertEquals(0L, (long) replay.read(site -> site.getChannels().stream()
				.filter(c -> c.getName().startsWith("Local/")).count()));
	}

	@Test
	@DisplayName("08 quiet ChanSpy: the spied call is monitored, not barged, until the spy stops")
	void chanSpyQuiet() {
		spy("08-chanspy-listen-quiet", false);
	}

	@Test
	@DisplayName("09 whisper ChanSpy: monitored, not barged")
	void chanSpyWhisper() {
		spy("09-chanspy-whisper", false);
	}

	@Test
	@DisplayName("10 barge ChanSpy: the spied call is barged (three-way) until the spy stops")
	void chanSpyBarge() {
		spy("10-chanspy-barge", true);
	}

	private void spy(String name, boolean barge) {
		replay.syncAtRest();
		List<Item> items = items(name);
		int n = replay.replay(items, event("ChanSpyStart"));
		assertEquals(Set.of("1002", "1003"), bridgedWith("1002"));
		assertEquals(!barge, onCall("1002", Call::isMonitored));
		assertEquals(barge, onCall("1002", Call::isBarged));
		replay.replay(items.subList(n, items.size()), event("ChanSpyStop"));
		if (callOf("1002") != null) {
			assertFalse(onCall("1002", Call::isMonitored));
			assertFalse(onCall("1002", Call::isBarged));
		}
		replay.replay(items.subList(n, items.size()), item -> false);
		assertQuiet();
	}

	@Test
	@DisplayName("11 force release: both legs hang up (the racing second Hangup and the regex Hangup)")
	void forceRelease() {
		replay.syncAtRest().replay(Transcript.load("11-force-release-both-legs"));
		assertQuiet();
		for (String x : List.of("1002", "1003")) {
			assertEquals(DeviceState.IDLE, replay.read(site -> replay.model.extension(x).getDeviceState()));
		}
	}

	@Test
	@DisplayName("12 AstDB: DND/1003 read back sets DND; CALLPERM/1004 from DBGetTree; the refused national call ends with cause 21")
	void astDb() {
		replay.syncAtRest();
		List<Item> items = items("12-db-dnd-callperm");
		int n = replay.replay(items, event("DBGetResponse"));
		assertTrue(replay.read(site -> replay.model.extension("1003").isDnd()));
		replay.replay(items.subList(n, items.size()), event("DBGetTreeResponse"));
		assertEquals(DialPermission.NATIONAL, replay.read(site -> replay.model.extension("1004").getDialPermission()));
		assertTrue(replay.seen.stream().anyMatch(e -> e instanceof PbxEvent.ChannelHungup h && h.cause() == 21),
				"a call refused by CALLPERM ends with cause 21");
		replay.replay(items.subList(n, items.size()), item -> false);
		assertQuiet();
	}

	@Test
	@DisplayName("13 night service: the diverted call never queues; the second call waits in 8000 until answered")
	void nightService() {
		replay.syncAtRest();
		List<Item> items = items("13-db-night-service");
		int n = replay.replay(items, event("QueueCallerJoin"));
		assertEquals(List.of("1005"), replay.read(site -> replay.model.queue("8000").getEntries().stream()
				.map(e -> e.getCallerNumber()).toList()));
		// before the join, the first (night) call reached 1003 directly
		assertTrue(replay.seen.stream().anyMatch(e -> e instanceof PbxEvent.ChannelUpdated u
				&& u.channel().name() != null && u.channel().name().startsWith("PJSIP/1003-")));
		replay.replay(items.subList(n, items.size()), item -> false);
		assertTrue(replay.read(site -> replay.model.queue("8000").getEntries().isEmpty()));
		assertQuiet();
	}

	@Test
	@DisplayName("14 queue: callers join with number and position, leave when answered or abandoned")
	void queue() {
		replay.syncAtRest();
		List<Item> items = items("14-queue-8000");
		int n = replay.replay(items, event("QueueCallerJoin"));
		assertEquals(List.of("1005@1"), entries());
		List<Item> rest = items.subList(n, items.size());
		replay.replay(rest, event("QueueCallerJoin"));
		assertTrue(entries().contains("1006@" + (entries().size())), entries().toString());
		replay.replay(rest, event("QueueCallerAbandon"));
		assertFalse(entries().stream().anyMatch(e -> e.startsWith("1006@")));
		replay.replay(rest, item -> false);
		assertEquals(List.of(), entries());
		assertQuiet();
	}

	private List<String> entries() {
		return replay.read(site -> replay.model.queue("8000").getEntries().stream()
				.map(e -> e.getCallerNumber() + "@" + e.getPosition()).collect(Collectors.toList()));
	}

	@Test
	@DisplayName("15 wake-up: OriginateResponse reasons 3, 4, 0 are no answer, answered, failed; 1010 unregisters and returns")
	void wakeUp() {
		replay.syncAtRest();
		List<Item> items = items("15-wakeup-originate-async");
		List<WakeUpOutcome> outcomes = items.stream().map(Item::event).filter(OriginateResponseEvent.class::isInstance)
				.map(e -> AmiEventMapper.wakeUpOutcome(((OriginateResponseEvent) e).getReason())).toList();
		assertEquals(List.of(WakeUpOutcome.NO_ANSWER, WakeUpOutcome.ANSWERED, WakeUpOutcome.FAILED), outcomes);
		int n = replay.replay(items, item -> "ContactStatus".equals(item.name())
				&& "Removed".equals(item.headers().get("contactstatus")));
		assertFalse(replay.read(site -> replay.model.extension("1010").isRegistered()));
		replay.replay(items.subList(n, items.size()), item -> false);
		assertTrue(replay.read(site -> replay.model.extension("1010").isRegistered()));
		assertQuiet();
	}

	@Test
	@DisplayName("every transcript replays without an exception and leaves no channel without a call")
	void everyTranscript() {
		for (String name : Transcript.NAMES) {
			try (AmiReplay r = new AmiReplay()) {
				r.syncAtRest().replay(Transcript.load(name));
				assertNull(r.read(site -> site.getChannels().stream().filter(c -> c.getCall() == null)
						.map(Channel::getName).filter(Objects::nonNull).findFirst().orElse(null)), name);
			}
		}
	}
}
