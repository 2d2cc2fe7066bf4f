package org.switchboard.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;

import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.app.internal.login.LoginIds;
import org.switchboard.core.ServerSettings;
import org.switchboard.testsupport.ScreenshotOnFailure;
import org.switchboard.testsupport.Ui;
import org.switchboard.testsupport.Workbench;

/** The login as a new user met it (issue 13 B10, B6). */
@ExtendWith(ScreenshotOnFailure.class)
class LoginWalkTest {

	@TempDir
	Path dir;

	@Test
	@DisplayName("L1 a wrong password is told within a second, and the dialog keeps its width")
	void wrongPasswordQuickly() {
		try (LoginFixture login = new LoginFixture(LoginFixture.demoOn(dir))) {
			// the operator types for a few seconds: the database opens meanwhile
			Ui.waitUntil(() -> login.controller.services() != null, Duration.ofSeconds(30),
					() -> "the database opened while the dialog is up");
			int width = login.dialog.getShell().getSize().x;
			for (int i = 0; i < 3; i++) {
				login.fill("demo", "wrong" + i, "1001");
				long start = System.nanoTime();
				login.clickLogin();
				login.awaitIdle();
				long millis = (System.nanoTime() - start) / 1_000_000;
				assertEquals("Wrong account or password.", login.message());
				assertTrue(millis < 1000, "told after " + millis + " ms");
				assertEquals(width, login.dialog.getShell().getSize().x, "the dialog keeps its width");
			}
		}
	}

	@Test
	@DisplayName("L1 a new server is tried before the first administrator is asked for, and the failure is said once")
	void newServerTriesThePbxFirst() throws Exception {
		int closed = LoginFixture.closedPort();
		ServerSettings newSite = new ServerSettings("127.0.0.1", closed, "console", "console", "internal", "8000",
				dir.resolve("new-db").toString(), "", "");
		try (LoginFixture login = new LoginFixture(newSite)) {
			int width = login.dialog.getShell().getSize().x;
			login.fill("admin", "", "1005");
			login.clickLogin();
			login.awaitIdle();
			assertNull(Ui.findById(Text.class, LoginIds.ADMIN_ACCOUNT), "no first administrator for a PBX that is not there");
			String message = login.message();
			assertTrue(message.startsWith("The PBX cannot be reached: "), message);
			String address = "127.0.0.1:" + closed;
			assertEquals(message.indexOf(address), message.lastIndexOf(address), "the address once: " + message);
			LoginTest.assertNoStackTrace(message);
			assertEquals(width, login.dialog.getShell().getSize().x, "the dialog keeps its width");
		}
	}

	@Test
	@DisplayName("L3 after Help > About the keys work at once")
	void keyboardAfterAbout() {
		Shell main = Workbench.mainShell();
		Ui.display().timerExec(500, new Runnable() {
			int tries;

			@Override
			public void run() {
				for (Shell s : Ui.display().getShells()) {
					if (s != main && s.isVisible() && s.getParent() == main) {
						s.close();
						return;
					}
				}
				if (++tries < 40) {
					Ui.display().timerExec(200, this);
				}
			}
		});
		Workbench.execute("org.switchboard.command.about", null);
		Ui.waitUntil(() -> Ui.display().getActiveShell() == main, "the main window is active again");
		Ui.waitUntil(() -> Ui.display().getFocusControl() != null && Ui.display().getFocusControl().getShell() == main,
				"a control of the main window has the keyboard");
	}
}
