package org.switchboard.pbx.simulator.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.switchboard.pbx.simulator.AmiSimulator;
import org.switchboard.pbx.simulator.SimulatorOptions;
import org.switchboard.pbx.transcripts.Transcript;

/**
 * Replays each reference transcript's client actions against the simulator and compares what it sends with what
 * the real Asterisk 22 sent (see {@link TranscriptComparison} for what is compared and what is not).
 */
class TranscriptConformanceTest {

	static final double TIME_SCALE = 0.1;

	/** Phones answer in 5 ms; PBX timings (time-outs, prompts, announcements) run ten times faster. */
	static SimulatorOptions fastLab() {
		return SimulatorOptions.defaults().withPort(0).withAnswerDelayMillis(5).withTimeScale(TIME_SCALE);
	}

	@Test
	void loginAndInitialStateListsMatchTheIdleLab() throws IOException {
		verify("01-login-at-rest", List.of(), List.of(), m -> false);
	}

	@Test
	void originateFromTheOperatorRingsAnswersAndBridgesBothPhones() throws IOException {
		verify("02-originate-1001-to-1002", List.of(), List.of(), m -> false);
	}

	@Test
	void hangupOfOneLegTearsDownTheBridgeAndSendsCdr() throws IOException {
		verify("03-hangup", List.of("02-originate-1001-to-1002"), List.of(), m -> false);
	}

	@Test
	void parkHoldsTheCallerInSpace701AndOriginateToTheSpaceResumes() throws IOException {
		verify("04-hold-park-resume", List.of(), List.of(), m -> false);
	}

	@Test
	void redirectToHoldPlaysMusicAndBridgeApplicationResumes() throws IOException {
		verify("05-hold-redirect-moh-resume", List.of(), List.of(), m -> false);
	}

	@Test
	void blindTransferSendsThePeerTo1003AndDropsTheOperator() throws IOException {
		verify("06-blindtransfer-to-1003", List.of(), List.of(), m -> false);
	}

	@Test
	void attendedTransferHoldsConsultsThroughLocalChannelAndMergesOnHangup() throws IOException {
		verify("07-atxfer-to-1003", List.of(), List.of(), m -> false);
	}

	@Test
	void chanSpyQuietListeningStartsAndStopsWithTheSpyLeg() throws IOException {
		verify("08-chanspy-listen-quiet", List.of(), List.of(), m -> false);
	}

	@Test
	void chanSpyWhisperStartsAndStopsWithTheSpyLeg() throws IOException {
		verify("09-chanspy-whisper", List.of(), List.of(), m -> false);
	}

	@Test
	void chanSpyBargeStartsAndStopsWithTheSpyLeg() throws IOException {
		verify("10-chanspy-barge", List.of(), List.of(), m -> false);
	}

	@Test
	void forcedReleaseRacesToNoSuchChannelAndRegexHangupListsBothLegs() throws IOException {
		verify("11-force-release-both-legs", List.of(), List.of(), m -> false);
	}

	@Test
	void astDbDndMakesTheCalleeBusyAndCallPermissionRefusesNationalCalls() throws IOException {
		verify("12-db-dnd-callperm", List.of(), List.of(), TranscriptMessages.PERIODIC_REGISTRATION);
	}

	@Test
	void nightServiceDivertsQueueCallsUntilTheEntryIsDeleted() throws IOException {
		verify("13-db-night-service", List.of(), List.of(), TranscriptMessages.PERIODIC_REGISTRATION);
	}

	@Test
	void queueAnswersTheFirstCallerAndTheSecondWaitsAndAbandons() throws IOException {
		verify("14-queue-8000", List.of("13-db-night-service"), List.of(), TranscriptMessages.PERIODIC_REGISTRATION);
	}

	@Test
	void wakeUpOriginateReportsNoAnswerAnsweredAndUnreachable() throws IOException {
		AmiSimulator[] running = new AmiSimulator[1];
		List<TranscriptReplay.Hook> hooks = List.of(
				new TranscriptReplay.Hook("stop the baresip UA of 1010", () -> running[0].setRegistered("1010", false)),
				new TranscriptReplay.Hook("restart the baresip UA of 1010", () -> running[0].setRegistered("1010", true)));
		verify("15-wakeup-originate-async", List.of(), hooks, m -> false, running);
	}

	@Test
	void astDbActionsOnMissingKeysAnswerErrorsAsAsteriskDoes() throws IOException {
		verify("16-db-missing-keys", List.of(), List.of(), m -> false);
	}

	@Test
	void userEventActionReachesEveryConsoleAsAUserEvent() throws IOException {
		verify("17-userevent-between-consoles", List.of(), List.of(), m -> false);
	}

	@Test
	void endpointDetailCarriesTheCallerIdAndAnUnknownEndpointIsAnError() throws IOException {
		verify("18-pjsip-endpoint-detail", List.of(), List.of(), m -> false);
	}

	@Test
	void leftOutEventTypesAreListedWithAReasonAndOccurInTheTranscripts() {
		String all = String.join("", Transcript.NAMES.stream().map(n -> Transcript.load(n).serverBytes()).toList());
		for (Map.Entry<String, String> e : TranscriptMessages.NOT_SIMULATED.entrySet()) {
			assertFalse(e.getValue().isBlank(), e.getKey());
			assertTrue(all.contains("Event: " + e.getKey() + "\r\n"), e.getKey() + " is not in any transcript");
		}
	}

	private void verify(String name, List<String> setup, List<TranscriptReplay.Hook> hooks,
			Predicate<Map<String, String>> alsoIgnored) throws IOException {
		verify(name, setup, hooks, alsoIgnored, new AmiSimulator[1]);
	}

	private void verify(String name, List<String> setup, List<TranscriptReplay.Hook> hooks,
			Predicate<Map<String, String>> alsoIgnored, AmiSimulator[] running) throws IOException {
		Predicate<Map<String, String>> compared = TranscriptMessages.compared(alsoIgnored);
		try (AmiSimulator simulator = AmiSimulator.start(fastLab())) {
			running[0] = simulator;
			for (String before : setup) {
				new TranscriptReplay(Transcript.load(before), compared, List.of(), TIME_SCALE).run(simulator.port());
			}
			Transcript transcript = Transcript.load(name);
			Map<String, List<Map<String, String>>> received = new TranscriptReplay(transcript, compared, hooks,
					TIME_SCALE).runAll(simulator.port());
			List<String> differences = new ArrayList<>();
			for (Map.Entry<String, List<Map<String, String>>> e : received.entrySet()) {
				for (Map<String, String> m : e.getValue()) {
					assertFalse(TranscriptMessages.NOT_SIMULATED.containsKey(m.getOrDefault("Event", "")),
							"sent " + m.get("Event"));
				}
				String on = e.getKey().isEmpty() ? "" : "connection " + e.getKey() + ": ";
				new TranscriptComparison(compared).compare(
						TranscriptMessages.serverMessages(TranscriptMessages.steps(transcript), e.getKey()), e.getValue())
						.forEach(d -> differences.add(on + d));
			}
			assertEquals("", String.join("\n", differences), name + " differs from the real Asterisk");
		}
	}
}
