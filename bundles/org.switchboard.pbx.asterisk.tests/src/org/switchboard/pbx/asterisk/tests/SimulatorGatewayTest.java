package org.switchboard.pbx.asterisk.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.switchboard.model.Call;
import org.switchboard.model.Channel;
import org.switchboard.model.ConnectionStatus;
import org.switchboard.model.DialPermission;
import org.switchboard.model.Extension;
import org.switchboard.model.Queue;
import org.switchboard.model.QueueEntry;
import org.switchboard.pbx.event.PbxEvent;
import org.switchboard.pbx.simulator.ChannelView;
import org.switchboard.pbx.simulator.PhoneBehaviour;

/**
 * The gateway over a real AMI socket against the PBX simulator: what the live model shows after the initial
 * synchronisation and after a reconnect must equal what the simulated PBX holds (its channels, bridges, queue callers,
 * registrations and AstDB), with nothing stale left over.
 */
class SimulatorGatewayTest extends SimulatorSiteTest {

	@Test
	@DisplayName("the initial synchronisation shows the simulator's extensions, registrations, calls, queue and AstDB")
	void initialSyncEqualsTheSimulatorsState() throws Exception {
		simulator.setBehaviour("1001", PhoneBehaviour.NO_ANSWER);
		simulator.callFrom("1005").to("1006");
		simulator.callQueue("0301234567", "8000");
		simulator.dbPut("DND", "1004", "YES");
		simulator.dbPut("CALLPERM", "1003", "internal");
		simulator.dbPut("NIGHT", "8000", "1007");
		await("the simulated call to be up and the caller queued", () -> bridged(simulator.channels()) == 2
				&& simulator.channels().stream().anyMatch(c -> "Queue".equals(c.application())));

		gateway.connect(endpoint()).get(30, TimeUnit.SECONDS);

		assertLiveModelEqualsSimulator();
		Map<String, Boolean> registered = read(s -> {
			Map<String, Boolean> out = new TreeMap<>();
			s.getExtensions().forEach(x -> out.put(x.getNumber(), x.isRegistered()));
			return out;
		});
		assertEquals(new TreeSet<>(simulator.extensions()), registered.keySet());
		registered.forEach((number, on) -> assertEquals(!number.equals("1011"), on, "registration of " + number));
		assertTrue(read(s -> gateway.model().extension("1004").isDnd()), "DND of 1004");
		assertFalse(read(s -> gateway.model().extension("1005").isDnd()), "DND of 1005");
		assertEquals(DialPermission.INTERNAL, read(s -> gateway.model().extension("1003").getDialPermission()));
		assertEquals(DialPermission.INTERNATIONAL, read(s -> gateway.model().extension("1002").getDialPermission()));
		assertEquals("1007", read(s -> gateway.model().queue("8000").getNightNumber()));
		assertEquals(List.of("PJSIP/1001"), read(s -> List.copyOf(gateway.model().queue("8000").getMembers())));
		String callOf1005 = read(s -> {
			Extension x = gateway.model().extension("1005");
			Call call = x.getChannels().isEmpty() ? null : x.getChannels().get(0).getCall();
			return call == null ? null : call.getState() + " " + call.getCallerNumber() + "->" + call.getCalleeNumber();
		});
		assertEquals("CONNECTED 1005->1006", callOf1005);
	}

	@Test
	@DisplayName("after the PBX drops the connection mid-call, the live model equals the PBX again: ended call and queue caller gone, new call there")
	void reconnectLeavesNothingStale() throws Exception {
		AtomicInteger syncs = new AtomicInteger();
		AtomicInteger lost = new AtomicInteger();
		gateway.addListener(e -> {
			if (e instanceof PbxEvent.SyncCompleted) {
				syncs.incrementAndGet();
			} else if (e instanceof PbxEvent.ConnectionChanged c && c.status() == ConnectionStatus.RECONNECTING) {
				lost.incrementAndGet();
			}
		});
		simulator.setBehaviour("1001", PhoneBehaviour.NO_ANSWER);
		gateway.connect(endpoint()).get(30, TimeUnit.SECONDS);
		simulator.callFrom("1002").to("1003");
		String queued = simulator.callQueue("0301234567", "8000");
		awaitModel("the call 1002-1003 connected and the caller queued", s -> connected("1002", "1003")
				&& gateway.model().queue("8000").getEntries().size() == 1);
		List<String> before = read(s -> s.getChannels().stream().map(Channel::getUniqueId).toList());

		simulator.dropConnections();
		// while the console is away: the call and the queue caller end, a new call starts
		simulator.hangup("1002");
		simulator.hangup(queued);
		simulator.callFrom("1004").to("1005");

		await("the gateway to notice the drop", () -> lost.get() >= 1);
		await("a resynchronisation after the reconnect", () -> syncs.get() >= 2);
		awaitModel("the new call 1004-1005 connected", s -> connected("1004", "1005"));
		assertLiveModelEqualsSimulator();
		List<String> stale = read(s -> s.getChannels().stream().map(Channel::getUniqueId).filter(before::contains)
				.toList());
		assertEquals(List.of(), stale, "channels that ended while disconnected");
		assertEquals(0, (int) read(s -> gateway.model().queue("8000").getEntries().size()), "queue entries");
		assertTrue(read(s -> gateway.model().extension("1002").getChannels().isEmpty()
				&& gateway.model().extension("1003").getChannels().isEmpty()), "1002 and 1003 idle");
		assertEquals(ConnectionStatus.CONNECTED, read(s -> s.getConnection().getStatus()));
	}

	// ------------------------------------------------------------------ helpers

	/** Channels, their bridges, calls (by linked id) and queue callers: the live model against the simulator. */
	private void assertLiveModelEqualsSimulator() throws Exception {
		List<ChannelView> truth = simulator.channels();
		Map<String, String> expectedChannels = new TreeMap<>();
		Set<String> expectedCalls = new TreeSet<>();
		Set<String> expectedQueue = new TreeSet<>();
		for (ChannelView c : truth) {
			expectedChannels.put(c.uniqueid(), c.name() + " " + (c.bridgeId().isEmpty() ? "-" : c.bridgeId()));
			expectedCalls.add(c.linkedid());
			if ("Queue".equals(c.application())) {
				expectedQueue.add(c.uniqueid());
			}
		}
		Map<String, String> channels = read(s -> {
			Map<String, String> out = new TreeMap<>();
			for (Channel c : s.getChannels()) {
				out.put(c.getUniqueId(), c.getName() + " " + (c.getBridgeId() == null ? "-" : c.getBridgeId()));
			}
			return out;
		});
		assertEquals(expectedChannels, channels, "channels and their bridges");
		assertEquals(expectedCalls, read(s -> {
			Set<String> out = new TreeSet<>();
			s.getCalls().forEach(c -> out.add(c.getId()));
			return out;
		}), "calls");
		assertEquals(expectedQueue, read(s -> {
			Set<String> out = new TreeSet<>();
			Queue q = gateway.model().queue("8000");
			if (q != null) {
				q.getEntries().stream().map(QueueEntry::getUniqueId).forEach(out::add);
			}
			return out;
		}), "queue 8000 callers");
	}

	private static long bridged(List<ChannelView> channels) {
		return channels.stream().filter(c -> !c.bridgeId().isEmpty()).count();
	}
}
