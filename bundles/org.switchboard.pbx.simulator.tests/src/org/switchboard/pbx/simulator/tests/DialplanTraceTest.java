package org.switchboard.pbx.simulator.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.switchboard.pbx.simulator.AmiSimulator;
import org.switchboard.pbx.transcripts.Transcript;

/**
 * The dialplan steps a call goes through, as a real Asterisk traces them (Newexten for every priority, VarSet for the
 * variables the lab dialplan sets): a console that decides a call's outcome from them must see on the simulator what
 * it sees on a real site, the {@code sub-permission} Gosub of every internal call included (a console once took the
 * Gosub for a refusal and reported every connected call as refused; the simulator sent no steps, so no test saw it).
 * For each phone channel that runs dialplan, the steps (context, extension, priority, application and its data) and
 * the dialplan's variables are compared in order with the transcript.
 */
class DialplanTraceTest {

	/** The variables the lab dialplan sets (Gosub arguments, the permission check, Dial and Playback results). */
	private static final Set<String> DIALPLAN_VARIABLES = Set.of("LOCAL(ARG1)", "LOCAL(ARGC)", "PERM", "HAVE", "NEED",
			"DIALSTATUS", "PLAYBACKSTATUS");

	@Test
	void anInternalCallRunsThePermissionCheckThenDialsTheExtension() throws IOException {
		verify("02-originate-1001-to-1002", List.of());
	}

	@Test
	void aCallToAnExtensionInDndEndsInBusyAndAForbiddenNationalCallInHangup21() throws IOException {
		verify("12-db-dnd-callperm", List.of());
	}

	@Test
	void queueCallsRunTheNightServiceCheckAndNightCallsGoToTheNightNumber() throws IOException {
		verify("13-db-night-service", List.of());
	}

	@Test
	void aPhoneCallingAnotherRunsTheSameSteps() throws IOException {
		verify("08-chanspy-listen-quiet", List.of());
	}

	private void verify(String name, List<String> setup) throws IOException {
		Predicate<Map<String, String>> compared = TranscriptMessages.compared(TranscriptMessages.PERIODIC_REGISTRATION);
		try (AmiSimulator simulator = AmiSimulator.start(TranscriptConformanceTest.fastLab())) {
			for (String before : setup) {
				new TranscriptReplay(Transcript.load(before), compared, List.of(), TranscriptConformanceTest.TIME_SCALE)
						.run(simulator.port());
			}
			Transcript transcript = Transcript.load(name);
			List<Map<String, String>> received = new TranscriptReplay(transcript, compared, List.of(),
					TranscriptConformanceTest.TIME_SCALE).run(simulator.port());
			List<Map<String, String>> sent = TranscriptMessages
					.serverMessages(TranscriptMessages.steps(transcript), "").stream()
					.map(TranscriptMessages.Timed::headers).toList();
			Map<Integer, List<String>> want = traces(sent);
			Map<Integer, List<String>> got = traces(received);
			assertFalse(want.isEmpty(), name + " traces no dialplan");
			assertEquals(render(want), render(got), name + ": the dialplan steps differ from the real Asterisk");
		}
	}

	/**
	 * The steps of each phone channel that runs dialplan, by the order in which the channels first ran a step. The
	 * channel's own Dial/Queue legs (AppDial, AppDial2, AppQueue) are not steps; a variable set again to the value it
	 * has (DIALSTATUS when Dial returns) is not a new step.
	 */
	private static Map<Integer, List<String>> traces(List<Map<String, String>> messages) {
		Map<String, List<String>> byChannel = new LinkedHashMap<>();
		for (Map<String, String> m : messages) {
			String event = m.getOrDefault("Event", "");
			String channel = m.getOrDefault("Channel", "");
			if (!channel.startsWith("PJSIP/")) {
				continue;
			}
			String step = null;
			if (event.equals("Newexten") && !m.getOrDefault("Application", "").startsWith("App")) {
				step = m.get("Context") + "," + m.get("Exten") + "," + m.get("Priority") + " " + m.get("Application")
						+ "(" + m.getOrDefault("AppData", "") + ")";
			} else if (event.equals("VarSet") && DIALPLAN_VARIABLES.contains(m.get("Variable"))
					&& byChannel.containsKey(channel)) {
				step = "  " + m.get("Variable") + "=" + m.getOrDefault("Value", "");
			}
			if (step != null) {
				List<String> steps = byChannel.computeIfAbsent(channel, k -> new ArrayList<>());
				if (steps.isEmpty() || !steps.get(steps.size() - 1).equals(step)) {
					steps.add(step);
				}
			}
		}
		Map<Integer, List<String>> out = new LinkedHashMap<>();
		int i = 0;
		for (List<String> steps : byChannel.values()) {
			out.put(i++, steps);
		}
		return out;
	}

	private static String render(Map<Integer, List<String>> traces) {
		StringBuilder b = new StringBuilder();
		traces.forEach((i, steps) -> {
			b.append("channel ").append(i).append('\n');
			steps.forEach(s -> b.append("  ").append(s).append('\n'));
		});
		return b.toString();
	}
}
