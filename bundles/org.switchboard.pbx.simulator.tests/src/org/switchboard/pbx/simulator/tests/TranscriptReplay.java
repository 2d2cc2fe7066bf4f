package org.switchboard.pbx.simulator.tests;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.switchboard.pbx.transcripts.Transcript;

/**
 * Replays a transcript's client side against the simulator: the same actions with the same fields, in the same
 * order, each sent once the simulator has sent as many compared events as Asterisk had sent at that point. Some
 * changes have no event (Playback ending and Echo starting), so a step also waits until the transcript's own
 * clock, scaled like the simulator's timings, has reached it. Channel names in actions are translated to the
 * simulator's names for the same channel. Notes can trigger control-API hooks (a phone unregistering ...).
 */
final class TranscriptReplay {

	/** Something the outside world did at a NOTE of the transcript (matched by the note's text). */
	record Hook(String noteContains, Runnable action) {
	}

	private final Transcript transcript;
	private final Predicate<Map<String, String>> compared;
	private final List<Hook> hooks;
	private final double timeScale;

	TranscriptReplay(Transcript transcript, Predicate<Map<String, String>> compared, List<Hook> hooks,
			double timeScale) {
		this.transcript = transcript;
		this.compared = compared;
		this.hooks = hooks;
		this.timeScale = timeScale;
	}

	/** Runs the replay on a new connection; returns everything the simulator sent on it. */
	List<Map<String, String>> run(int port) throws IOException {
		List<TranscriptMessages.Step> steps = TranscriptMessages.steps(transcript);
		AmiNormalizer transcriptNames = new AmiNormalizer();
		AmiNormalizer simulatorNames = new AmiNormalizer();
		List<Map<String, String>> transcriptSoFar = new java.util.ArrayList<>();
		try (AmiTestClient client = new AmiTestClient(port)) {
			long start = System.nanoTime();
			int expected = 0;
			String previousAction = null;
			for (TranscriptMessages.Step step : steps) {
				switch (step.direction()) {
				case SERVER_TO_CLIENT -> {
					for (Map<String, String> m : step.messages()) {
						transcriptSoFar.add(m);
						if (compared.test(m)) {
							expected++;
						}
					}
				}
				case NOTE -> {
					for (Hook hook : hooks) {
						if (step.note().contains(hook.noteContains())) {
							awaitEvents(client, expected);
							awaitClock(client, start, step.time());
							hook.action().run();
						}
					}
				}
				case CLIENT_TO_SERVER -> {
					for (Map<String, String> action : step.messages()) {
						awaitEvents(client, expected);
						awaitClock(client, start, step.time());
						if (previousAction != null) {
							awaitAnswered(client, previousAction);
						}
						transcriptNames.learn(transcriptSoFar);
						simulatorNames.learn(client.messages());
						previousAction = client.send(translate(action, transcriptNames, simulatorNames));
					}
				}
				}
			}
			client.awaitClosed(AmiTestClient.TIMEOUT);
			return client.messages();
		}
	}

	/** Until the scaled transcript time of the step has come: a wait for a point in time, not for an event. */
	private void awaitClock(AmiTestClient client, long start, double transcriptSeconds) {
		long due = start + (long) (transcriptSeconds * timeScale * 1e9);
		for (long left = due - System.nanoTime(); left > 0; left = due - System.nanoTime()) {
			java.util.concurrent.locks.LockSupport.parkNanos(left);
		}
	}

	private void awaitEvents(AmiTestClient client, int expected) {
		client.await(() -> client.messages().stream().filter(compared).count() >= expected, AmiTestClient.TIMEOUT);
	}

	/** The previous action's response has come (and its list is complete). */
	private static void awaitAnswered(AmiTestClient client, String actionId) {
		client.await(() -> {
			boolean answered = false;
			boolean listOpen = false;
			for (Map<String, String> m : client.messages()) {
				if (actionId.equals(m.get("ActionID"))) {
					if (m.containsKey("Response")) {
						answered = true;
						listOpen = "start".equals(m.get("EventList"));
					} else if ("Complete".equals(m.get("EventList"))) {
						listOpen = false;
					}
				}
			}
			return (answered && !listOpen) || client.isClosed();
		}, AmiTestClient.TIMEOUT);
	}

	private static Map<String, String> translate(Map<String, String> action, AmiNormalizer transcriptNames,
			AmiNormalizer simulatorNames) {
		Map<String, String> out = new LinkedHashMap<>();
		action.forEach((k, v) -> {
			String token = transcriptNames.channel(v);
			String simulatorName = simulatorNames.nameOf(token);
			out.put(k, simulatorName != null && !token.equals(v) ? simulatorName : v);
		});
		return out;
	}
}
