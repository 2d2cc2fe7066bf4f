package org.switchboard.pbx.asterisk.tests;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.switchboard.pbx.PbxEndpoint;
import org.switchboard.pbx.asterisk.internal.AsteriskGateway;
import org.switchboard.pbx.simulator.AmiSimulator;

/** Where a gateway under test reaches a running simulator: its address, manager user, and the lab's conventions. */
final class SimulatorEndpoints {

	private SimulatorEndpoints() {
	}

	static PbxEndpoint of(AmiSimulator simulator) {
		return new PbxEndpoint(simulator.host(), simulator.port(), simulator.options().user(),
				simulator.options().secret(), "internal", "8000", Duration.ofSeconds(5));
	}

	/** A gateway connected to the simulator and synchronised with it (the caller closes it). */
	static AsteriskGateway connectedTo(AmiSimulator simulator) throws Exception {
		AsteriskGateway gateway = new AsteriskGateway();
		gateway.connect(of(simulator)).get(30, TimeUnit.SECONDS);
		return gateway;
	}
}
