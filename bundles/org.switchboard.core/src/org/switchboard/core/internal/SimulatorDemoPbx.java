package org.switchboard.core.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Duration;

import org.osgi.framework.Bundle;
import org.switchboard.core.DemoPbx;
import org.switchboard.pbx.PbxEndpoint;

/**
 * Demo mode's PBX: the bundled simulator, started in this process on a free loopback port. A site's installation
 * may leave the simulator out, so the core does not require its bundle: it calls the simulator's public API
 * ({@code AmiSimulator.start(SimulatorOptions)}) through the bundle found at run time.
 */
public final class SimulatorDemoPbx implements DemoPbx {

	public static final String BUNDLE = "org.switchboard.pbx.simulator";
	private static final String OPTIONS = "org.switchboard.pbx.simulator.SimulatorOptions";
	private static final String SIMULATOR = "org.switchboard.pbx.simulator.AmiSimulator";

	private final Bundle bundle;
	private Object simulator;
	private PbxEndpoint endpoint;

	public SimulatorDemoPbx(Bundle bundle) {
		this.bundle = bundle;
	}

	@Override
	public synchronized PbxEndpoint start() throws Exception {
		if (endpoint != null) {
			return endpoint;
		}
		try {
			Class<?> optionsType = bundle.loadClass(OPTIONS);
			Object options = optionsType.getMethod("defaults").invoke(null);
			options = optionsType.getMethod("withBind", String.class).invoke(options, "127.0.0.1");
			options = optionsType.getMethod("withPort", int.class).invoke(options, 0);
			Class<?> simulatorType = bundle.loadClass(SIMULATOR);
			simulator = simulatorType.getMethod("start", optionsType).invoke(null, options);
			int port = (Integer) simulatorType.getMethod("port").invoke(simulator);
			String user = (String) optionsType.getMethod("user").invoke(options);
			String secret = (String) optionsType.getMethod("secret").invoke(options);
			endpoint = new PbxEndpoint("127.0.0.1", port, user, secret, "internal", "8000", Duration.ofSeconds(5));
			return endpoint;
		} catch (InvocationTargetException e) {
			throw e.getCause() instanceof Exception cause ? cause : e;
		}
	}

	@Override
	public synchronized void close() {
		if (simulator != null) {
			try {
				Method close = simulator.getClass().getMethod("close");
				close.invoke(simulator);
			} catch (ReflectiveOperationException e) {
				System.err.println("Switchboard: the demo PBX did not stop cleanly: " + e);
			}
			simulator = null;
			endpoint = null;
		}
	}
}
