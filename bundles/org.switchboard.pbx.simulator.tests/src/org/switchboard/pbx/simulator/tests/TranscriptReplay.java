package org.switchboard.pbx.simulator.tests;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.switchboard.pbx.simulator.SitePhones;
import org.switchboard.pbx.transcripts.Transcript;

/**
 * Replays a transcript's client side against the simulator: the same actions with the same fields, in the same
 * order, each sent once the simulator has sent as many compared events as Asterisk had sent at that point (on each
 * connection, for a transcript of several). Some
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

	/** Runs the replay of a transcript of one connection on a new connection; returns everything it received. */
	List<Map<String, String>> run(int port) throws IOException {
		return runAll(port).get("");
	}

	/**
	 * Runs the replay on a new connection per connection of the transcript (each action on its own); returns what
	 * each received, by the transcript's connection tag.
	 */
	Map<String, List<Map<String, String>>> runAll(int port) throws IOException {
		List<TranscriptMessages.Step> steps = TranscriptMessages.steps(transcript);
		Map<String, SitePhones> clients = new LinkedHashMap<>();
		try {
			for (String connection : transcript.connections()) {
				clients.put(connection, SitePhones.open("127.0.0.1", port, SitePhones.History.KEEP));
			}
			replay(steps, clients);
			Map<String, List<Map<String, String>>> received = new LinkedHashMap<>();
			clients.forEach((connection, client) -> {
				client.awaitClosed(SitePhones.TIMEOUT);
				received.put(connection, client.messages());
			});
			return received;
		} finally {
			clients.values().forEach(SitePhones::close);
		}
	}

	private void replay(List<TranscriptMessages.Step> steps, Map<String, SitePhones> clients) throws IOException {
		Map<String, AmiNormalizer> transcriptNames = new HashMap<>();
		Map<String, AmiNormalizer> simulatorNames = new HashMap<>();
		Map<String, List<Map<String, String>>> transcriptSoFar = new HashMap<>();
		Map<String, Integer> expected = new HashMap<>();
		Map<String, String> previousAction = new HashMap<>();
		long start = System.nanoTime();
		for (TranscriptMessages.Step step : steps) {
			String connection = step.connection();
			switch (step.direction()) {
			case SERVER_TO_CLIENT -> {
				for (Map<String, String> m : step.messages()) {
					transcriptSoFar.computeIfAbsent(connection, k -> new ArrayList<>()).add(m);
					if (compared.test(m)) {
						expected.merge(connection, 1, Integer::sum);
					}
				}
			}
			case NOTE -> {
				for (Hook hook : hooks) {
					if (step.note().contains(hook.noteContains())) {
						awaitEvents(clients, expected);
						awaitClock(start, step.time());
						hook.action().run();
					}
				}
			}
			case CLIENT_TO_SERVER -> {
				SitePhones client = clients.get(connection);
				AmiNormalizer names = transcriptNames.computeIfAbsent(connection, k -> new AmiNormalizer());
				AmiNormalizer simulator = simulatorNames.computeIfAbsent(connection, k -> new AmiNormalizer());
				for (Map<String, String> action : step.messages()) {
					awaitEvents(clients, expected);
					awaitClock(start, step.time());
					if (previousAction.containsKey(connection)) {
						awaitAnswered(client, previousAction.get(connection));
					}
					names.learn(transcriptSoFar.getOrDefault(connection, List.of()));
					simulator.learn(client.messages());
					previousAction.put(connection, client.send(translate(action, names, simulator)));
				}
			}
			}
		}
	}

	/** Until the scaled transcript time of the step has come: a wait for a point in time, not for an event. */
	private void awaitClock(long start, double transcriptSeconds) {
		long due = start + (long) (transcriptSeconds * timeScale * 1e9);
		for (long left = due - System.nanoTime(); left > 0; left = due - System.nanoTime()) {
			java.util.concurrent.locks.LockSupport.parkNanos(left);
		}
	}

	/** Every connection has received as many compared events as Asterisk had sent on it so far. */
	private void awaitEvents(Map<String, SitePhones> clients, Map<String, Integer> expected) {
		clients.forEach((connection, client) -> {
			int count = expected.getOrDefault(connection, 0);
			client.await(() -> client.messages().stream().filter(compared).count() >= count, SitePhones.TIMEOUT);
		});
	}

	/** The previous action's response has come (and its list is complete). */
	private static void awaitAnswered(SitePhones client, String actionId) {
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
		}, SitePhones.TIMEOUT);
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
