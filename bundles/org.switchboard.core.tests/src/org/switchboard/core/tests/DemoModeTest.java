package org.switchboard.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.core.ConsoleServices;
import org.switchboard.core.LoginException;
import org.switchboard.core.OperatorSession;
import org.switchboard.core.ServerSettings;
import org.switchboard.model.ConnectionStatus;
import org.switchboard.model.Role;

/** Demo mode end to end: the bundled simulator in-process, the Asterisk back-end, the demo operator. */
class DemoModeTest {

	@TempDir
	Path dir;

	@Test
	void demoModeStartsTheSimulatorAndLogsTheDemoOperatorIn() throws Exception {
		ServerSettings demo = ServerSettings.demo().withDatabase(dir.resolve("db").toString(), "", "");
		try (ConsoleServices services = ConsoleServices.start(demo)) {
			assertTrue(services.isDemo());
			OperatorSession session = services.sessions().login(ConsoleServices.DEMO_ACCOUNT,
					ConsoleServices.DEMO_PASSWORD.toCharArray(), ConsoleServices.DEMO_EXTENSION);
			assertEquals(Role.ADMINISTRATOR, session.role());
			assertEquals("1001", session.extension());
			var model = services.sessions().gateway().model();
			// the login waited for what the screen shows; the rest of the synchronisation follows the screen
			services.screenShown();
			long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(2_500); // less than the 3 s without it
			ConnectionStatus status = model.read(site -> site.getConnection().getStatus()).get(5, TimeUnit.SECONDS);
			while (status != ConnectionStatus.CONNECTED && System.nanoTime() < deadline) {
				Thread.sleep(20);
				status = model.read(site -> site.getConnection().getStatus()).get(5, TimeUnit.SECONDS);
			}
			assertEquals(ConnectionStatus.CONNECTED, status);
			assertNotNull(model.read(site -> model.extension("1010")).get(5, TimeUnit.SECONDS));
			LoginException unknown = org.junit.jupiter.api.Assertions.assertThrows(LoginException.class,
					() -> services.sessions().login("demo", "demo".toCharArray(), "4711"));
			assertEquals(LoginException.Reason.UNKNOWN_EXTENSION, unknown.reason());
		}
	}

	@Test
	void theDemoOperatorExistsOnlyInDemoMode() throws Exception {
		ServerSettings site = new ServerSettings("127.0.0.1", 5038, "console", "console", "internal", "8000",
				dir.resolve("site").toString(), "", "");
		try (ConsoleServices services = ConsoleServices.start(site)) {
			assertTrue(services.needsFirstAdministrator());
			assertTrue(services.store().operators().find(ConsoleServices.DEMO_ACCOUNT).isEmpty());
		}
	}
}
