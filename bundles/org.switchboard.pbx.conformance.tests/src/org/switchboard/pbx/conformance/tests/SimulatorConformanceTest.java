package org.switchboard.pbx.conformance.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.switchboard.pbx.PbxEndpoint;
import org.switchboard.pbx.conformance.CaseResult;
import org.switchboard.pbx.conformance.ConformanceCase;
import org.switchboard.pbx.conformance.ConformanceConfig;
import org.switchboard.pbx.conformance.ConformanceSuite;
import org.switchboard.pbx.simulator.AmiSimulator;
import org.switchboard.pbx.simulator.SimulatorOptions;

/**
 * The PBX layer's feature coverage: the conformance suite, case by case, through the real AsteriskGateway over a real
 * AMI socket against the bundled PBX simulator (the lab site, plus an unregistered phone 1011 for the FAILED wake-up
 * outcome). One test per case, named by its feature id so the reports show which features are covered.
 */
class SimulatorConformanceTest {

	private static AmiSimulator simulator;
	private static ConformanceSuite suite;

	@BeforeAll
	static void start() throws Exception {
		simulator = AmiSimulator.start(SimulatorOptions.defaults().withPort(0).withExtensions(11)
				.withUnregistered(Set.of("1011")).withAnswerDelayMillis(150));
		PbxEndpoint endpoint = new PbxEndpoint(simulator.host(), simulator.port(), simulator.options().user(),
				simulator.options().secret(), "internal", "8000", Duration.ofSeconds(5));
		suite = new ConformanceSuite(ConformanceConfig.lab(endpoint).withNoAnswerRing(Duration.ofSeconds(2)));
		suite.open();
	}

	@AfterAll
	static void stop() {
		if (suite != null) {
			suite.close();
		}
		if (simulator != null) {
			simulator.close();
		}
	}

	@Test
	@DisplayName("contract C1 originate rings the operator first, then connects to 1002 (conformance suite on the simulator)")
	void c1() {
		run("C1");
	}

	@Test
	@DisplayName("contract C2 a caller waiting in queue 8000 is answered to the operator (conformance suite on the simulator)")
	void c2() {
		run("C2");
	}

	@Test
	@DisplayName("contract C3 hangup ends the call and both phones are idle (conformance suite on the simulator)")
	void c3() {
		run("C3");
	}

	@Test
	@DisplayName("contract C4 hold puts the party on music on hold, resume bridges it back (conformance suite on the simulator)")
	void c4() {
		run("C4");
	}

	@Test
	@DisplayName("contract X1 blind transfer connects 1002 with 1003 and frees the operator (conformance suite on the simulator)")
	void x1() {
		run("X1");
	}

	@Test
	@DisplayName("contract X2 attended transfer starts a consultation call and completes when the operator hangs up (conformance suite on the simulator)")
	void x2() {
		run("X2");
	}

	@Test
	@DisplayName("contract X3 monitor listens to 1002's call with a quiet ChanSpy (conformance suite on the simulator)")
	void x3() {
		run("X3");
	}

	@Test
	@DisplayName("contract X4 barge joins 1002's call (three parties) (conformance suite on the simulator)")
	void x4() {
		run("X4");
	}

	@Test
	@DisplayName("contract X5 force release hangs up both parties at once (conformance suite on the simulator)")
	void x5() {
		run("X5");
	}

	@Test
	@DisplayName("contract S1 DND on 1004 makes calls to it busy and is announced to the other AMI connections, DND off lets it ring; clearing a missing key is an AstDB error taken as already clear (conformance suite on the simulator)")
	void s1() {
		run("S1");
	}

	@Test
	@DisplayName("contract S2 CALLPERM internal refuses a national call, no entry allows it (conformance suite on the simulator)")
	void s2() {
		run("S2");
	}

	@Test
	@DisplayName("contract S3 wake-up outcomes: answered, no answer, failed (conformance suite on the simulator)")
	void s3() {
		run("S3");
	}

	@Test
	@DisplayName("contract S4 night service moves waiting callers and diverts new queue calls to the night number, cleared restores the queue (conformance suite on the simulator)")
	void s4() {
		run("S4");
	}

	@Test
	@DisplayName("contract Q1 operator offline is not rung by queue calls, online again is (conformance suite on the simulator)")
	void q1() {
		run("Q1");
	}

	@Test
	@DisplayName("contract C1 a call that connects reports no failure (conformance suite on the simulator)")
	void c1Connected() {
		run("C1 a call to 1002 that connects");
	}

	@Test
	@DisplayName("contract C1 a call to an extension in DND (value 1) reports busy, do not disturb (conformance suite on the simulator)")
	void c1DoNotDisturb() {
		run("C1 a call to 1004 in do-not-disturb");
	}

	@Test
	@DisplayName("contract C1 an unanswered call reports no answer when the PBX gives up, not while it rings (conformance suite on the simulator)")
	void c1NoAnswer() {
		run("C1 a call to 1009 that rings");
	}

	@Test
	@DisplayName("contract C2 an answered queue caller shows in a call, not on hold (conformance suite on the simulator)")
	void c2State() {
		run("C2 the answered queue caller");
	}

	/** Runs the case whose display name is, or starts with, the text ("C1" is the feature's first case). */
	private static void run(String idOrStart) {
		ConformanceCase k = suite.cases().stream()
				.filter(c -> c.id().equals(idOrStart) || c.displayName().startsWith(idOrStart + " ")).findFirst()
				.orElseThrow(() -> new AssertionError("no conformance case " + idOrStart));
		CaseResult r = suite.run(k);
		if (!r.passed()) {
			fail(r.line());
		}
	}

	@Test
	@DisplayName("every feature of the PBX contract has a conformance case")
	void everyFeatureOfTheContractHasACase() {
		List<String> ids = suite.cases().stream().map(ConformanceCase::id).toList();
		assertEquals(List.of("C1", "C1", "C1", "C1", "C2", "C2", "C3", "C4", "X1", "X2", "X3", "X4", "X5", "S1", "S2", "S3",
				"S4", "Q1"), ids);
		assertTrue(suite.cases().stream().allMatch(k -> k.displayName().startsWith(k.id() + " ")));
	}
}
