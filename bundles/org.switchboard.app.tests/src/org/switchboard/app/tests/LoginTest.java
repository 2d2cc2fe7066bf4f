package org.switchboard.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.app.internal.login.ConsoleContext;
import org.switchboard.app.internal.login.LoginIds;
import org.switchboard.core.ConsoleServices;
import org.switchboard.core.OperationLog;
import org.switchboard.core.OperatorSession;
import org.switchboard.core.ServerSettings;
import org.switchboard.core.SessionService;
import org.switchboard.model.Role;
import org.switchboard.model.live.LiveModel;
import org.switchboard.pbx.PbxGateway;
import org.switchboard.store.Store;
import org.switchboard.testsupport.ScreenshotOnFailure;
import org.switchboard.testsupport.Ui;
import org.switchboard.testsupport.Workbench;
import org.switchboard.pbx.simulator.AmiSimulator;
import org.switchboard.pbx.simulator.SimulatorOptions;

/** SPEC L1: the login before the main window, and what the application context holds afterwards. */
@ExtendWith(ScreenshotOnFailure.class)
class LoginTest {

	@TempDir
	Path dir;

	@Test
	@DisplayName("L1 the start-up login (-Dswitchboard.autologin, demo operator) opens the main window titled with the operator and extension")
	void lifecycleLoggedInTheDemoOperator() {
		var context = Workbench.context();
		OperatorSession session = context.get(OperatorSession.class);
		assertNotNull(session, "the application context holds the session");
		assertEquals("demo", session.account());
		assertEquals("1001", session.extension());
		assertEquals(Role.ADMINISTRATOR, session.role());
		assertNotNull(context.get(OperationLog.class));
		PbxGateway gateway = context.get(PbxGateway.class);
		assertNotNull(gateway);
		assertSame(gateway.model(), context.get(LiveModel.class));
		assertNotNull(context.get(Store.class));
		assertEquals("Switchboard \u2014 Demo Operator (1001)", Workbench.mainShell().getText());
	}

	@Test
	@DisplayName("L1 a wrong password shows the message and the dialog stays; the right one logs in with Enter")
	void wrongThenRightPassword() {
		try (LoginFixture login = new LoginFixture(LoginFixture.demoOn(dir))) {
			login.fill("demo", "wrong", "1001");
			login.clickLogin();
			login.awaitIdle();
			assertEquals("Wrong account or password.", login.message());
			assertTrue(login.isOpen(), "the dialog stays");
			Text password = login.field(LoginIds.PASSWORD);
			assertTrue(password.isFocusControl(), "the password is ready to be typed again");

			Ui.setText(password, "demo");
			login.pressEnterIn(LoginIds.PASSWORD);
			Ui.waitUntil(() -> !login.isOpen() || !login.message().equals("Wrong account or password."),
					"Enter started the login");
			login.awaitIdle();
			assertTrue(login.loggedIn(), "Enter logged in: " + (login.isOpen() ? login.message() : ""));
			assertEquals("demo", login.dialog.session().account());
			assertEquals("1001", login.dialog.session().extension());
		}
	}

	@Test
	@DisplayName("L1 Enter starts the login while the key is still down, not after GTK's 250 ms button animation")
	void enterLogsInAtOnce() {
		try (LoginFixture login = new LoginFixture(LoginFixture.demoOn(dir))) {
			login.fill("demo", "demo", "1001");
			Button button = Ui.byId(Button.class, LoginIds.LOGIN);
			List<String> atRelease = new ArrayList<>();
			Listener released = e -> {
				if (e.keyCode == SWT.CR && atRelease.isEmpty()) {
					atRelease.add(!login.isOpen() || !button.isEnabled() ? "login started" : "login not started");
				}
			};
			Ui.display().addFilter(SWT.KeyUp, released);
			try {
				login.pressEnterIn(LoginIds.PASSWORD);
				Ui.waitUntil(() -> !atRelease.isEmpty(), "the Enter key was released");
			} finally {
				Ui.display().removeFilter(SWT.KeyUp, released);
			}
			// SWT on GTK lets GTK press the default button, which it does 250 ms after the key (EnterKey)
			assertEquals(List.of("login started"), atRelease);
			login.awaitIdle();
			assertTrue(login.loggedIn(), "Enter logged in: " + (login.isOpen() ? login.message() : ""));
		}
	}

	@Test
	@DisplayName("L1 after login the main window shows the operator and extension, and the context holds the new session")
	void loginPublishesTheSession() throws Exception {
		var context = Workbench.context();
		OperatorSession before = context.get(OperatorSession.class);
		ConsoleServices original = context.get(ConsoleServices.class);
		try (LoginFixture login = new LoginFixture(LoginFixture.demoOn(dir))) {
			ConsoleServices services;
			login.fill("demo", "demo", "1001");
			login.clickLogin();
			login.awaitIdle();
			assertTrue(login.loggedIn(), login.isOpen() ? login.message() : "");
			services = login.controller.takeServices();
			try {
				services.accounts().create("alice", "Alice", Role.OPERATOR, "1002", "wonderland".toCharArray());
				ConsoleContext.publish(context, services);
				assertSame(services.sessions().gateway(), context.get(PbxGateway.class),
						"the gateway is derived from the new console services");
				services.sessions().handover("alice", "wonderland".toCharArray());
				Ui.waitUntil(() -> Workbench.mainShell().getText().equals("Switchboard \u2014 Alice (1001)"),
						"the title shows Alice at 1001, it is " + Workbench.mainShell().getText());
				assertEquals("alice", context.get(OperatorSession.class).account());
				assertSame(services.sessions(), context.get(SessionService.class));
				assertSame(services.store(), context.get(Store.class));
			} finally {
				services.close(); // its logout reaches the context through the UI thread: let it pass first
				Ui.flush();
				ConsoleContext.publish(context, original);
				ConsoleContext.updateTitle(context);
			}
		}
		assertEquals(before, context.get(OperatorSession.class));
		assertSame(original.sessions().gateway(), context.get(PbxGateway.class), "derived again from the original");
		assertEquals("Switchboard \u2014 Demo Operator (1001)", Workbench.mainShell().getText());
	}

	@Test
	@DisplayName("L1 a malformed or unknown extension shows its message")
	void badExtensions() {
		try (LoginFixture login = new LoginFixture(LoginFixture.demoOn(dir))) {
			login.fill("demo", "demo", "10a1");
			login.clickLogin();
			login.awaitIdle();
			assertEquals("The extension must be a number (digits only).", login.message());
			login.fill("demo", "demo", "4711");
			login.clickLogin();
			login.awaitIdle();
			assertEquals("The PBX does not know this extension.", login.message());
			assertTrue(login.isOpen());
			assertTrue(login.field(LoginIds.EXTENSION).isFocusControl());
		}
	}

	@Test
	@DisplayName("L1 an unreachable database or PBX shows a clear message in the dialog, never a stack trace")
	void unreachableServers() throws Exception {
		int closed = LoginFixture.closedPort();
		ServerSettings noDatabase = ServerSettings.demo()
				.withDatabase("jdbc:derby://127.0.0.1:" + closed + "/switchboard", "", "");
		try (LoginFixture login = new LoginFixture(noDatabase)) {
			login.fill("demo", "demo", "1001");
			login.clickLogin();
			login.awaitIdle();
			String message = login.message();
			assertTrue(message.startsWith("The database cannot be used: "), message);
			assertTrue(message.contains("127.0.0.1:" + closed), message);
			assertNoStackTrace(message);
			assertTrue(login.isOpen());
		}
		// a configured PBX that does not answer; the database has an operator already
		ServerSettings noPbx = new ServerSettings("127.0.0.1", closed, "console", "console", "internal", "8000",
				dir.resolve("db2").toString(), "", "");
		try (ConsoleServices prepared = ConsoleServices.start(noPbx)) {
			prepared.accounts().create("alice", "Alice", Role.OPERATOR, "1001", "wonderland".toCharArray());
		}
		try (LoginFixture login = new LoginFixture(noPbx)) {
			login.fill("alice", "wonderland", "1001");
			login.clickLogin();
			login.awaitIdle();
			String message = login.message();
			assertTrue(message.startsWith("The PBX cannot be reached: "), message);
			assertNoStackTrace(message);
			assertTrue(login.isOpen());
		}
	}

	@Test
	@DisplayName("L1 locked and disabled accounts are told apart from wrong passwords")
	void lockedAndDisabled() throws Exception {
		try (LoginFixture login = new LoginFixture(LoginFixture.demoOn(dir))) {
			login.fill("demo", "demo", "1001");
			login.clickLogin();
			login.awaitIdle();
			ConsoleServices services = login.controller.takeServices();
			try {
				var bob = services.accounts().create("bob", "Bob", Role.OPERATOR, "1002", "builder".toCharArray());
				bob.setEnabled(false);
				services.store().operators().update(bob);
				services.accounts().create("carol", "Carol", Role.OPERATOR, "1003", "secret1".toCharArray());
			} finally {
				services.close();
			}
		}
		try (LoginFixture login = new LoginFixture(LoginFixture.demoOn(dir))) {
			login.fill("bob", "builder", "1002");
			login.clickLogin();
			login.awaitIdle();
			assertEquals("This account is disabled. Ask an administrator.", login.message());
			for (int i = 0; i < 5; i++) {
				login.fill("carol", "guess" + i, "1003");
				login.clickLogin();
				login.awaitIdle();
			}
			assertTrue(login.message().startsWith("Too many failed logins: the account is locked until "),
					login.message());
			login.fill("carol", "secret1", "1003");
			login.clickLogin();
			login.awaitIdle();
			assertTrue(login.message().startsWith("Too many failed logins"), "still locked: " + login.message());
		}
	}

	@Test
	@DisplayName("L1 first start outside demo mode asks for the first administrator (no default password)")
	void firstAdministrator() throws Exception {
		// a configured PBX (the simulator, as a separate site would run a real Asterisk) and a new database
		SimulatorOptions options = SimulatorOptions.defaults().withBind("127.0.0.1").withPort(0);
		try (AmiSimulator pbx = AmiSimulator.start(options)) {
			ServerSettings server = new ServerSettings("127.0.0.1", pbx.port(), options.user(), options.secret(),
					"internal", "8000", dir.resolve("site-db").toString(), "", "");
			firstAdministratorOn(server);
		}
	}

	private void firstAdministratorOn(ServerSettings server) {
		try (LoginFixture login = new LoginFixture(server)) {
			login.fill("admin", "", "1005");
			login.clickLogin();
			Text account = Ui.byId(Text.class, LoginIds.ADMIN_ACCOUNT);
			assertEquals("admin", account.getText());
			Ui.setText(Ui.byId(Text.class, LoginIds.ADMIN_PASSWORD), "correct horse");
			Ui.setText(Ui.byId(Text.class, LoginIds.ADMIN_CONFIRM), "correct horsf");
			Ui.click(Ui.findAll(org.eclipse.swt.widgets.Button.class,
					b -> "OK".equals(Ui.label(b)) && b.getShell() == account.getShell()).get(0));
			assertEquals("The passwords do not match.", Ui.byId(Label.class, LoginIds.ADMIN_MESSAGE).getText());
			Ui.setText(Ui.byId(Text.class, LoginIds.ADMIN_CONFIRM), "correct horse");
			Ui.click(Ui.findAll(org.eclipse.swt.widgets.Button.class,
					b -> "OK".equals(Ui.label(b)) && b.getShell() == account.getShell()).get(0));
			login.awaitIdle();
			assertTrue(login.loggedIn(), login.isOpen() ? login.message() : "");
			assertEquals("admin", login.dialog.session().account());
			assertEquals(Role.ADMINISTRATOR, login.dialog.session().role());
		}
	}

	@Test
	@DisplayName("L1 Esc quits the login dialog")
	void escapeQuits() {
		try (LoginFixture login = new LoginFixture(LoginFixture.demoOn(dir))) {
			login.activate();
			login.field(LoginIds.ACCOUNT).setFocus();
			Ui.press(SWT.ESC, 0);
			Ui.waitUntil(() -> !login.isOpen(), "the dialog closed");
			assertEquals(Window.CANCEL, login.dialog.getReturnCode());
		}
	}

	static void assertNoStackTrace(String message) {
		assertFalse(message.contains("Exception"), message);
		assertFalse(message.contains("\tat "), message);
		assertFalse(message.contains(".java:"), message);
	}
}
