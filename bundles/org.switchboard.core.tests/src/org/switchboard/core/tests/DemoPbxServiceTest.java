package org.switchboard.core.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.switchboard.core.ConsoleServices;
import org.switchboard.core.DemoPbx;
import org.switchboard.core.ServerSettings;
import org.switchboard.model.live.LiveModel;
import org.switchboard.pbx.PbxGatewayFactory;

/**
 * Demo mode finds its PBX as a DS service of the simulator's demo bundle, and the console lets go of every service
 * it got when it closes: the demo PBX then stops.
 */
class DemoPbxServiceTest {

	@TempDir
	Path dir;

	@Test
	void theDemoPbxServiceIsFoundUsedAndUngot() throws Exception {
		BundleContext bundle = FrameworkUtil.getBundle(getClass()).getBundleContext();
		Bundle core = FrameworkUtil.getBundle(ConsoleServices.class);
		ServiceReference<DemoPbx> demoRef = bundle.getServiceReference(DemoPbx.class);
		assertNotNull(demoRef, "the demo bundle offers a DemoPbx service");
		assertFalse(users(demoRef).contains(core), "nobody uses it before a demo login");

		int port;
		ServerSettings demo = ServerSettings.demo().withDatabase(dir.resolve("db").toString(), "", "");
		ServiceReference<?> factoryRef;
		try (ConsoleServices services = ConsoleServices.start(demo)) {
			services.sessions().login(ConsoleServices.DEMO_ACCOUNT, ConsoleServices.DEMO_PASSWORD.toCharArray(),
					ConsoleServices.DEMO_EXTENSION);
			assertTrue(users(demoRef).contains(core), "the console got the demo PBX");
			factoryRef = bundle.getServiceReferences(PbxGatewayFactory.class, "(vendor=asterisk)").iterator().next();
			assertTrue(users(factoryRef).contains(core), "and the back-end's gateway factory");
			LiveModel model = services.sessions().gateway().model();
			port = model.read(site -> site.getConnection().getPort()).get(5, TimeUnit.SECONDS);
			try (Socket s = new Socket()) {
				s.connect(new InetSocketAddress("127.0.0.1", port), 2000);
			}
		}
		assertFalse(users(demoRef).contains(core), "the demo PBX is ungot at close");
		assertFalse(users(factoryRef).contains(core), "the gateway factory is ungot at close");
		assertThrows(IOException.class, () -> {
			try (Socket s = new Socket()) {
				s.connect(new InetSocketAddress("127.0.0.1", port), 2000);
			}
		}, "the demo PBX stopped once nobody used it");
	}

	private static List<Bundle> users(ServiceReference<?> ref) {
		Bundle[] using = ref.getUsingBundles();
		return using == null ? List.of() : List.of(using);
	}
}
