package org.switchboard.pbx.simulator.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.switchboard.pbx.simulator.AmiMessages;
import org.switchboard.pbx.transcripts.Transcript;

/** The steps of a reference transcript in wire order, and the rules for which events are compared. */
final class TranscriptMessages {

	/**
	 * Event types the simulator deliberately does not send, with the reason. They are left out of every
	 * comparison; everything else a transcript contains is compared.
	 */
	static final Map<String, String> NOT_SIMULATED = Map.of(
			"RTCPSent", "RTP statistics every few seconds; the simulator carries no media",
			"RTCPReceived", "RTP statistics every few seconds; the simulator carries no media");

	/**
	 * Dialplan tracing: the simulator sends the steps of the lab dialplan (every Newexten of a call's dialplan, the
	 * VarSets of its Set, Gosub and Dial) but not every variable Asterisk sets (RTP statistics, BRIDGEPEER, dial
	 * times ...). Left out of the event-by-event comparison; {@link DialplanTraceTest} compares the steps.
	 */
	static final Map<String, String> DIALPLAN_TRACE = Map.of("Newexten",
			"every priority executed; compared step by step by DialplanTraceTest", "VarSet",
			"the variables of the lab dialplan's Set, Gosub and Dial steps; compared by DialplanTraceTest");

	/** Phones refreshing their registration on their own timer (transcripts 12-14): not caused by the scenario. */
	static final Predicate<Map<String, String>> PERIODIC_REGISTRATION = m -> Set
			.of("ChallengeSent", "SuccessfulAuth").contains(m.get("Event")) && "PJSIP".equals(m.get("Service"));

	/** One server message with the time offset of its block. */
	record Timed(double time, Map<String, String> headers) {
	}

	/** A block of the transcript: server messages, a client action or a note; on which connection ("" for the only one). */
	record Step(Transcript.Direction direction, double time, List<Map<String, String>> messages, String note,
			String connection) {
	}

	private TranscriptMessages() {
	}

	static List<Step> steps(Transcript transcript) {
		List<Step> steps = new ArrayList<>();
		for (Transcript.Block b : transcript.blocks()) {
			if (b.direction() == Transcript.Direction.NOTE) {
				steps.add(new Step(b.direction(), b.offsetSeconds(), List.of(), b.text().strip(), b.connection()));
			} else {
				steps.add(new Step(b.direction(), b.offsetSeconds(), AmiMessages.parse(b.text()), null,
						b.connection()));
			}
		}
		return steps;
	}

	/** What the server sent on one connection. */
	static List<Timed> serverMessages(List<Step> steps, String connection) {
		List<Timed> out = new ArrayList<>();
		for (Step s : steps) {
			if (s.direction() == Transcript.Direction.SERVER_TO_CLIENT && s.connection().equals(connection)) {
				for (Map<String, String> m : s.messages()) {
					out.add(new Timed(s.time(), m));
				}
			}
		}
		return out;
	}

	/**
	 * An event nobody asked for (not a list item); OriginateResponse and UserEvent carry an ActionID (the action
	 * that caused them) but are of these.
	 */
	static boolean isUnsolicitedEvent(Map<String, String> m) {
		return m.containsKey("Event") && (!m.containsKey("ActionID") || "OriginateResponse".equals(m.get("Event"))
				|| "UserEvent".equals(m.get("Event")));
	}

	static Predicate<Map<String, String>> compared(Predicate<Map<String, String>> alsoIgnored) {
		return m -> isUnsolicitedEvent(m) && !NOT_SIMULATED.containsKey(m.getOrDefault("Event", ""))
				&& !DIALPLAN_TRACE.containsKey(m.getOrDefault("Event", "")) && !alsoIgnored.test(m);
	}
}
