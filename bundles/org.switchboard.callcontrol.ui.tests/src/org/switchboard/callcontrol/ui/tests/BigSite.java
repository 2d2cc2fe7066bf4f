package org.switchboard.callcontrol.ui.tests;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.switchboard.model.live.LiveModel;
import org.switchboard.pbx.PbxEndpoint;
import org.switchboard.pbx.PbxGateway;
import org.switchboard.pbx.PbxGatewayFactory;
import org.switchboard.pbx.simulator.AmiSimulator;
import org.switchboard.pbx.simulator.SimulatorOptions;
import org.switchboard.testsupport.Workbench;

/**
 * A site bigger than demo mode's (which always has the lab's ten extensions): a second PBX simulator with many
 * extensions, connected through the installed Asterisk back-end (the same {@code PbxGatewayFactory} demo mode
 * uses), and swapped into the running console's context in place of the demo PBX until {@link #close()}. The
 * operator's session, the operation log and the store stay those of the demo login.
 */
final class BigSite implements AutoCloseable {

	final AmiSimulator simulator;
	final PbxGateway gateway;
	private final PbxGateway demoGateway;
	private final LiveModel demoModel;
	private boolean swapped;

	private BigSite(AmiSimulator simulator, PbxGateway gateway) {
		this.simulator = simulator;
		this.gateway = gateway;
		IEclipseContext context = Workbench.context();
		this.demoGateway = context.get(PbxGateway.class);
		this.demoModel = context.get(LiveModel.class);
	}

	/** Starts the simulator and connects the back-end to it (the live model is synchronised when this returns). */
	static BigSite start(SimulatorOptions options) throws Exception {
		AmiSimulator simulator = AmiSimulator.start(options.withBind("127.0.0.1").withPort(0));
		PbxGateway gateway = null;
		try {
			gateway = connect(simulator);
			return new BigSite(simulator, gateway);
		} catch (Exception | Error e) {
			if (gateway != null) {
				gateway.close();
			}
			simulator.close();
			throw e;
		}
	}

	private static PbxGateway connect(AmiSimulator simulator) throws Exception {
		BundleContext bundles = FrameworkUtil.getBundle(BigSite.class).getBundleContext();
		PbxGatewayFactory factory = null;
		for (ServiceReference<PbxGatewayFactory> ref : bundles.getServiceReferences(PbxGatewayFactory.class, null)) {
			PbxGatewayFactory f = bundles.getService(ref);
			if (f != null && "asterisk".equals(f.vendor())) {
				factory = f;
			}
		}
		if (factory == null) {
			throw new AssertionError("the Asterisk back-end is not installed");
		}
		// as the console's login does: Asterisk-Java finds its event classes through the context class loader of
		// the threads the back-end starts, which must see the back-end's packages and Equinox's FileLocator
		Thread self = Thread.currentThread();
		ClassLoader previous = self.getContextClassLoader();
		self.setContextClassLoader(new BackEndClassLoader(factory.getClass().getClassLoader()));
		try {
			PbxGateway gateway = factory.create();
			SimulatorOptions o = simulator.options();
			gateway.connect(new PbxEndpoint(simulator.host(), simulator.port(), o.user(), o.secret(), "internal", "8000",
					Duration.ofSeconds(10))).get(120, TimeUnit.SECONDS);
			return gateway;
		} finally {
			self.setContextClassLoader(previous);
		}
	}

	/** The console now shows this site. */
	void swapIn() {
		IEclipseContext context = Workbench.context();
		context.set(LiveModel.class, gateway.model());
		context.set(PbxGateway.class, gateway);
		swapped = true;
	}

	/** Puts the demo PBX back into the console; this site keeps running. */
	void swapOut() {
		IEclipseContext context = Workbench.context();
		context.set(LiveModel.class, demoModel);
		context.set(PbxGateway.class, demoGateway);
		swapped = false;
	}

	/** Puts the demo PBX back into the console and stops this site. */
	@Override
	public void close() {
		if (swapped) {
			IEclipseContext context = Workbench.context();
			context.set(LiveModel.class, demoModel);
			context.set(PbxGateway.class, demoGateway);
		}
		gateway.close();
		simulator.close();
	}

	private static final class BackEndClassLoader extends ClassLoader {
		BackEndClassLoader(ClassLoader backEnd) {
			super(backEnd);
		}

		@Override
		protected Class<?> findClass(String name) throws ClassNotFoundException {
			return BigSite.class.getClassLoader().loadClass(name);
		}

		@Override
		protected java.net.URL findResource(String name) {
			return BigSite.class.getClassLoader().getResource(name);
		}
	}
}
