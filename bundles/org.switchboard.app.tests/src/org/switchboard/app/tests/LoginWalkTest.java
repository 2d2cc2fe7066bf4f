package org.switchboard.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
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
import org.switchboard.app.internal.login.SettingsStorage;
import org.switchboard.core.ConsoleServices;
import org.switchboard.core.ServerSettings;
import org.switchboard.testsupport.ScreenshotOnFailure;
import org.switchboard.testsupport.Ui;
import org.switchboard.testsupport.Workbench;

/** The login as a new user met it (issue 13 B10, B6, A8). */
@ExtendWith(ScreenshotOnFailure.class)
class LoginWalkTest {

	@TempDir
	Path dir;

	@Test
	@DisplayName("L1 a wrong password is told on the database the dialog opened while the operator typed, and the dialog keeps its width")
	void wrongPasswordOnTheOpenedDatabase() {
		try (LoginFixture login = new LoginFixture(LoginFixture.demoOn(dir))) {
			// nobody has clicked yet: the database opens while the operator types (that start took seconds, B10)
			Ui.waitUntil(() -> login.controller.services() != null, Duration.ofSeconds(30),
					() -> "the database opened while the dialog is up");
			ConsoleServices opened = login.controller.services();
			int width = login.dialog.getShell().getSize().x;
			for (int i = 0; i < 3; i++) {
				login.fill("demo", "wrong" + i, "1001");
				login.clickLogin();
				login.awaitIdle();
				assertEquals("Wrong account or password.", login.message());
				assertSame(opened, login.controller.services(), "the attempt used the database already open");
				assertEquals(width, login.dialog.getShell().getSize().x, "the dialog keeps its width");
			}
		}
	}

	@Test
	@DisplayName("L1 a real site's login does not offer the demo account last used in demo mode; a real account stays")
	void noDemoAccountOnARealSite() throws Exception {
		SettingsStorage storage = new SettingsStorage(dir.resolve("home"));
		String lastAccount = storage.lastAccount();
		String lastExtension = storage.lastExtension();
		ServerSettings realSite = new ServerSettings("127.0.0.1", LoginFixture.closedPort(), "console", "console",
				"internal", "8000", dir.resolve("site-db").toString(), "", "");
		try {
			storage.rememberLogin("demo", "1001");
			try (LoginFixture login = new LoginFixture(realSite, storage)) {
				assertEquals("", login.field(LoginIds.ACCOUNT).getText(), "no demo account on a real site");
				assertEquals("", login.field(LoginIds.EXTENSION).getText());
			}
			try (LoginFixture login = new LoginFixture(LoginFixture.demoOn(dir), storage)) {
				assertEquals("demo", login.field(LoginIds.ACCOUNT).getText(), "demo mode offers its operator");
				assertEquals("1001", login.field(LoginIds.EXTENSION).getText());
			}
			storage.rememberLogin("anna", "1003");
			try (LoginFixture login = new LoginFixture(realSite, storage)) {
				assertEquals("anna", login.field(LoginIds.ACCOUNT).getText(), "the site's last operator is offered");
				assertEquals("1003", login.field(LoginIds.EXTENSION).getText());
			}
		} finally {
			storage.rememberLogin(lastAccount, lastExtension);
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
