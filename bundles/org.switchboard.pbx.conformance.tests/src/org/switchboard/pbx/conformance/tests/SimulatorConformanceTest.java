package org.switchboard.pbx.conformance.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
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
 * outcome). Each dynamic test is one case and is named by its feature id.
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

	@TestFactory
	Stream<DynamicTest> everyCaseOfThePbxContract() {
		return suite.cases().stream().map(k -> DynamicTest.dynamicTest(k.displayName(), () -> {
			CaseResult r = suite.run(k);
			if (!r.passed()) {
				fail(r.line());
			}
		}));
	}

	@Test
	void everyFeatureOfTheContractHasACase() {
		List<String> ids = suite.cases().stream().map(ConformanceCase::id).toList();
		assertEquals(List.of("C1", "C2", "C3", "C4", "X1", "X2", "X3", "X4", "X5", "S1", "S2", "S3", "S4", "Q1"), ids);
		assertTrue(suite.cases().stream().allMatch(k -> k.displayName().startsWith(k.id() + " ")));
	}
}
