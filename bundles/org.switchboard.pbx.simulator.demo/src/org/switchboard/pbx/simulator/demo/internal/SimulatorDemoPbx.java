package org.switchboard.pbx.simulator.demo.internal;

import java.time.Duration;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.ServiceScope;
import org.switchboard.core.DemoPbx;
import org.switchboard.pbx.PbxEndpoint;
import org.switchboard.pbx.simulator.AmiSimulator;
import org.switchboard.pbx.simulator.DemoSite;
import org.switchboard.pbx.simulator.SimulatorOptions;

/**
 * Demo mode's PBX: the bundled simulator, started in this process on a free loopback port when the console first
 * asks for it. Each console gets a PBX of its own (prototype scope, as when a test starts a second console), and the
 * simulator stops when the console lets its instance go. The site is alive from the first minute ({@link DemoSite}:
 * queue callers, calls between extensions, one extension in DND, one unregistered) unless the system property
 * {@value #TRAFFIC_PROPERTY} is {@code false} (the UI tests, which need a still site).
 */
@Component(service = DemoPbx.class, scope = ServiceScope.PROTOTYPE)
public final class SimulatorDemoPbx implements DemoPbx {

	/** {@code false} keeps the demo site still: no callers, no calls, no DND, every phone registered. */
	public static final String TRAFFIC_PROPERTY = "switchboard.demo.traffic";

	private AmiSimulator simulator;
	private DemoSite life;
	private PbxEndpoint endpoint;

	@Override
	public synchronized PbxEndpoint start() throws Exception {
		if (endpoint != null) {
			return endpoint;
		}
		SimulatorOptions options = SimulatorOptions.defaults().withBind("127.0.0.1").withPort(0);
		simulator = AmiSimulator.start(options);
		if (!"false".equalsIgnoreCase(System.getProperty(TRAFFIC_PROPERTY, "true").strip())) {
			life = DemoSite.start(simulator, DemoSite.Pace.demo(), "1001");
		}
		endpoint = new PbxEndpoint("127.0.0.1", simulator.port(), options.user(), options.secret(), "internal", "8000",
				Duration.ofSeconds(5));
		return endpoint;
	}

	@Deactivate
	@Override
	public synchronized void close() {
		if (life != null) {
			life.close();
			life = null;
		}
		if (simulator != null) {
			simulator.close();
			simulator = null;
			endpoint = null;
		}
	}
}
