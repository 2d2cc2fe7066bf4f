package org.switchboard.pbx.simulator.demo.internal;

import java.time.Duration;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.ServiceScope;
import org.switchboard.core.DemoPbx;
import org.switchboard.pbx.PbxEndpoint;
import org.switchboard.pbx.simulator.AmiSimulator;
import org.switchboard.pbx.simulator.SimulatorOptions;

/**
 * Demo mode's PBX: the bundled simulator, started in this process on a free loopback port when the console first
 * asks for it. Each console gets a PBX of its own (prototype scope, as when a test starts a second console), and the
 * simulator stops when the console lets its instance go.
 */
@Component(service = DemoPbx.class, scope = ServiceScope.PROTOTYPE)
public final class SimulatorDemoPbx implements DemoPbx {

	private AmiSimulator simulator;
	private PbxEndpoint endpoint;

	@Override
	public synchronized PbxEndpoint start() throws Exception {
		if (endpoint != null) {
			return endpoint;
		}
		SimulatorOptions options = SimulatorOptions.defaults().withBind("127.0.0.1").withPort(0);
		simulator = AmiSimulator.start(options);
		endpoint = new PbxEndpoint("127.0.0.1", simulator.port(), options.user(), options.secret(), "internal", "8000",
				Duration.ofSeconds(5));
		return endpoint;
	}

	@Deactivate
	@Override
	public synchronized void close() {
		if (simulator != null) {
			simulator.close();
			simulator = null;
			endpoint = null;
		}
	}
}
