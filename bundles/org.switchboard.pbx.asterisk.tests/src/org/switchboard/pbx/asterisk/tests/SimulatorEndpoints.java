package org.switchboard.pbx.asterisk.tests;

import java.time.Duration;

import org.switchboard.pbx.PbxEndpoint;
import org.switchboard.pbx.simulator.AmiSimulator;

/** Where a gateway under test reaches a running simulator: its address, manager user, and the lab's conventions. */
final class SimulatorEndpoints {

	private SimulatorEndpoints() {
	}

	static PbxEndpoint of(AmiSimulator simulator) {
		return new PbxEndpoint(simulator.host(), simulator.port(), simulator.options().user(),
				simulator.options().secret(), "internal", "8000", Duration.ofSeconds(5));
	}
}
