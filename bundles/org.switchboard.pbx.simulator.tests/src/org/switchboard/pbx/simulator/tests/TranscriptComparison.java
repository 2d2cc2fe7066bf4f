package org.switchboard.pbx.simulator.tests;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Compares what the simulator sent with what Asterisk sent in a transcript.
 * <ul>
 * <li>Unsolicited events are grouped into streams (event type + the channel, device, hint, member or bridge it is
 * about). Each stream must have the same events, and each pair the same field names in the same order and the same
 * values after normalization, except time stamps, durations, addresses and other volatile fields.</li>
 * <li>Order: Asterisk publishes from many threads, so events of one instant come in varying orders (the
 * transcripts themselves differ run to run). Two events may appear in the other order only if Asterisk sent them
 * within {@link #SAME_INSTANT_SECONDS} of each other; any other reordering is a difference.</li>
 * <li>Answers to actions are compared per ActionID: the response, and the list items as a multiset (Asterisk
 * lists hash containers, whose order means nothing), and the list's Complete event.</li>
 * </ul>
 */
final class TranscriptComparison {

	static final double SAME_INSTANT_SECONDS = 0.010;

	/** Values that differ from run to run by nature. */
	private static final Set<String> VOLATILE = Set.of("EventTV", "SessionTV", "SessionID", "LocalAddress",
			"RemoteAddress", "Uptime", "LastReload", "StartTime", "AnswerTime", "EndTime", "Duration", "BillableSeconds",
			"Timestamp", "ExpirationTime", "RoundtripUsec", "CallId", "ObjectName", "Uri", "URI", "Contacts", "Wait",
			"LoginTime", "LastCall", "LastPause", "Holdtime", "HoldTime", "TalkTime", "LongestHoldTime", "RingTime",
			"ServicelevelPerf", "ServicelevelPerf2", "ParkingTimeout", "ParkingDuration", "CoreStartupDate",
			"CoreStartupTime", "CoreReloadDate", "CoreReloadTime", "CoreProcessedCalls", "DurationMs", "RegExpire",
			"CallID", "ViaAddress", "ID");

	private final List<String> differences = new ArrayList<>();
	private final AmiNormalizer transcriptSide = new AmiNormalizer();
	private final AmiNormalizer simulatorSide = new AmiNormalizer();
	private final Predicate<Map<String, String>> compared;

	TranscriptComparison(Predicate<Map<String, String>> compared) {
		this.compared = compared;
	}

	List<String> compare(List<TranscriptMessages.Timed> transcript, List<Map<String, String>> simulator) {
		transcriptSide.learn(transcript.stream().map(TranscriptMessages.Timed::headers).toList());
		simulatorSide.learn(simulator);
		compareEvents(transcript, simulator);
		compareAnswers(transcript, simulator);
		return differences;
	}

	// ------------------------------------------------------------------ unsolicited events

	private record Indexed(int index, double time, Map<String, String> headers) {
	}

	private void compareEvents(List<TranscriptMessages.Timed> transcript, List<Map<String, String>> simulator) {
		Map<String, List<Indexed>> expected = new LinkedHashMap<>();
		int i = 0;
		for (TranscriptMessages.Timed t : transcript) {
			if (compared.test(t.headers())) {
				expected.computeIfAbsent(stream(transcriptSide, t.headers()), k -> new ArrayList<>())
						.add(new Indexed(i, t.time(), t.headers()));
			}
			i++;
		}
		Map<String, List<Map<String, String>>> actual = new LinkedHashMap<>();
		List<Map<String, String>> simEvents = new ArrayList<>();
		for (Map<String, String> m : simulator) {
			if (compared.test(m)) {
				actual.computeIfAbsent(stream(simulatorSide, m), k -> new ArrayList<>()).add(m);
				simEvents.add(m);
			}
		}
		Map<Map<String, String>, Indexed> matched = new java.util.IdentityHashMap<>();
		for (String key : union(expected.keySet(), actual.keySet())) {
			List<Indexed> want = expected.getOrDefault(key, List.of());
			List<Map<String, String>> got = actual.getOrDefault(key, List.of());
			if (key.startsWith("ExtensionStatus ") && got.size() > want.size()) {
				got = withoutCoalescedRinging(want, got);
			}
			if (want.size() != got.size()) {
				differences.add("stream " + key + ": Asterisk sent " + want.size() + ", simulator " + got.size());
			}
			for (int k = 0; k < Math.min(want.size(), got.size()); k++) {
				matched.put(got.get(k), want.get(k));
				compareFields(key + " #" + (k + 1), want.get(k).headers(), got.get(k));
			}
		}
		checkOrder(simEvents, matched);
	}

	/**
	 * Asterisk's hint engine coalesces device state changes: a Ringing that lasted a millisecond may never reach
	 * ExtensionStatus (transcript 11, second call). Such simulator Ringing events the transcript lacks are dropped.
	 */
	private static List<Map<String, String>> withoutCoalescedRinging(List<Indexed> want, List<Map<String, String>> got) {
		List<Map<String, String>> kept = new ArrayList<>();
		int w = 0;
		int surplus = got.size() - want.size();
		for (Map<String, String> g : got) {
			boolean ringing = "Ringing".equals(g.get("StatusText"));
			boolean wanted = w < want.size() && g.get("StatusText").equals(want.get(w).headers().get("StatusText"));
			if (ringing && !wanted && surplus > 0) {
				surplus--;
				continue;
			}
			kept.add(g);
			w++;
		}
		return kept;
	}

	/** Any two events the simulator sent in the other order than Asterisk must be from the same instant. */
	private void checkOrder(List<Map<String, String>> simEvents, Map<Map<String, String>, Indexed> matched) {
		List<Indexed> order = new ArrayList<>();
		List<Map<String, String>> which = new ArrayList<>();
		for (Map<String, String> m : simEvents) {
			if (matched.containsKey(m)) {
				order.add(matched.get(m));
				which.add(m);
			}
		}
		int reported = 0;
		for (int a = 0; a < order.size() && reported < 10; a++) {
			for (int b = a + 1; b < order.size() && reported < 10; b++) {
				Indexed first = order.get(a);
				Indexed second = order.get(b);
				if (first.index() > second.index() && first.time() - second.time() > SAME_INSTANT_SECONDS) {
					differences.add("order: simulator sent " + describe(simulatorSide, which.get(a)) + " before "
							+ describe(simulatorSide, which.get(b)) + ", Asterisk sent them " + first.time() + " s and "
							+ second.time() + " s");
					reported++;
				}
			}
		}
	}

	/** The stream of an event: its type and what it is about. */
	static String stream(AmiNormalizer n, Map<String, String> m) {
		String event = m.get("Event");
		for (String key : List.of("Channel", "DestChannel", "ParkeeChannel", "SpyerChannel", "TransfererChannel",
				"OrigTransfererChannel", "LocalOneChannel", "Device", "Interface", "Peer", "ToBridgeUniqueid",
				"BridgeUniqueid", "AccountID")) {
			String value = m.get(key);
			if (value != null && !value.isEmpty()) {
				if ("Cdr".equals(event)) {
					return event + " " + n.normalize(key, value) + " -> " + n.normalize("DestinationChannel",
							m.getOrDefault("DestinationChannel", ""));
				}
				return event + " " + n.normalize(key, value);
			}
		}
		if (m.containsKey("Exten")) {
			return event + " " + m.get("Exten") + "@" + m.get("Context");
		}
		if ("OriginateResponse".equals(event)) {
			return event + " " + m.get("ActionID");
		}
		return event;
	}

	private String describe(AmiNormalizer n, Map<String, String> m) {
		return "[" + stream(n, m) + "]";
	}

	private void compareFields(String where, Map<String, String> want, Map<String, String> got) {
		if (!new ArrayList<>(want.keySet()).equals(new ArrayList<>(got.keySet()))) {
			differences.add(where + ": fields " + want.keySet() + " but simulator sent " + got.keySet());
			return;
		}
		for (Map.Entry<String, String> e : want.entrySet()) {
			String key = e.getKey();
			if (ignored(key, want)) {
				continue;
			}
			String w = transcriptSide.normalize(key, e.getValue());
			String g = simulatorSide.normalize(key, got.get(key));
			if (!w.equals(g)) {
				differences.add(where + ": " + key + " is '" + w + "' in Asterisk, '" + g + "' in the simulator");
			}
		}
	}

	/**
	 * Volatile fields; dialplan priorities (set by Newexten steps we do not trace); snapshots that race in Asterisk:
	 * bridge sizes while both legs leave at once, the callee's state in DialBegin/DialState (Newstate Ringing and
	 * DialBegin are published by different threads: the transcripts show both orders), a member's InCall flag in
	 * QueueMemberStatus while the call is being connected (0 in transcript 13, 1 in 14 for the same step).
	 */
	private static boolean ignored(String key, Map<String, String> message) {
		String event = message.getOrDefault("Event", "");
		return VOLATILE.contains(key) || key.endsWith("Priority")
				|| ("BridgeLeave".equals(event) && key.equals("BridgeNumChannels"))
				|| (("DialBegin".equals(event) || "DialState".equals(event)) && key.startsWith("DestChannelState"))
				|| ("QueueMemberStatus".equals(event) && key.equals("InCall"));
	}

	// ------------------------------------------------------------------ answers to actions

	private void compareAnswers(List<TranscriptMessages.Timed> transcript, List<Map<String, String>> simulator) {
		Map<String, List<Map<String, String>>> want = byActionId(transcript.stream().map(TranscriptMessages.Timed::headers).toList());
		Map<String, List<Map<String, String>>> got = byActionId(simulator);
		for (Map.Entry<String, List<Map<String, String>>> e : want.entrySet()) {
			List<Map<String, String>> answer = got.getOrDefault(e.getKey(), List.of());
			List<String> wanted = canonical(transcriptSide, e.getValue());
			List<String> sent = canonical(simulatorSide, answer);
			if (!wanted.equals(sent)) {
				differences.add("answer to " + e.getKey() + ":\n    Asterisk:  " + wanted + "\n    simulator: " + sent);
			}
		}
	}

	private static Map<String, List<Map<String, String>>> byActionId(List<Map<String, String>> messages) {
		Map<String, List<Map<String, String>>> out = new LinkedHashMap<>();
		for (Map<String, String> m : messages) {
			if (m.containsKey("ActionID") && !TranscriptMessages.isUnsolicitedEvent(m)) {
				out.computeIfAbsent(m.get("ActionID"), k -> new ArrayList<>()).add(m);
			}
		}
		return out;
	}

	/** Response first, then the items sorted, then the Complete event; each as its normalized fields. */
	private static List<String> canonical(AmiNormalizer n, List<Map<String, String>> messages) {
		List<String> head = new ArrayList<>();
		List<String> items = new ArrayList<>();
		List<String> tail = new ArrayList<>();
		for (Map<String, String> m : messages) {
			StringBuilder s = new StringBuilder();
			for (Map.Entry<String, String> e : m.entrySet()) {
				if (!e.getKey().equals("ActionID") && !ignored(e.getKey(), m)) {
					s.append(e.getKey()).append('=').append(n.normalize(e.getKey(), e.getValue())).append(' ');
				} else if (!e.getKey().equals("ActionID")) {
					s.append(e.getKey()).append(' ');
				}
			}
			if (m.containsKey("Response")) {
				head.add(s.toString().strip());
			} else if ("Complete".equals(m.get("EventList"))) {
				tail.add(s.toString().strip());
			} else {
				items.add(s.toString().strip());
			}
		}
		items.sort(null);
		List<String> out = new ArrayList<>(head);
		out.addAll(items);
		out.addAll(tail);
		return out;
	}

	private static List<String> union(Set<String> a, Set<String> b) {
		List<String> out = new ArrayList<>(a);
		for (String k : b) {
			if (!a.contains(k)) {
				out.add(k);
			}
		}
		return out;
	}
}
