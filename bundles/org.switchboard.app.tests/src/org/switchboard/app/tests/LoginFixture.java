package org.switchboard.app.tests;

import java.net.ServerSocket;
import java.nio.file.Path;

import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.switchboard.app.internal.login.LoginController;
import org.switchboard.app.internal.login.LoginDialog;
import org.switchboard.app.internal.login.LoginFlow;
import org.switchboard.app.internal.login.LoginIds;
import org.switchboard.app.internal.login.LoginText;
import org.switchboard.app.internal.login.SettingsStorage;
import org.switchboard.core.ServerSettings;
import org.switchboard.testsupport.Ui;
import org.switchboard.testsupport.Workbench;

/**
 * The login dialog the life cycle shows before the main window, opened by a test with the real services (its own
 * database in a temporary folder, so the running console's stays untouched).
 */
final class LoginFixture implements AutoCloseable {

	final LoginController controller;
	final LoginDialog dialog;
	final LoginText text;

	LoginFixture(ServerSettings settings) {
		this(settings, new SettingsStorage(), null);
	}

	/** The dialog as the life cycle opens it: filled with what {@code storage} remembers for these settings. */
	LoginFixture(ServerSettings settings, SettingsStorage storage) {
		this(settings, storage, LoginFlow.remembered(settings, storage));
	}

	private LoginFixture(ServerSettings settings, SettingsStorage storage, LoginFlow.Remembered remembered) {
		text = new LoginText(Workbench.context().get(TranslationService.class));
		controller = new LoginController(settings);
		dialog = new LoginDialog(Workbench.mainShell(), text, controller, storage);
		if (remembered != null) {
			dialog.prefill(remembered.account(), remembered.extension(), null);
		}
		dialog.setBlockOnOpen(false);
		dialog.open();
		Ui.waitUntil(() -> dialog.getShell() != null && dialog.getShell().isVisible(), "the login dialog is shown");
		dialog.getShell().forceActive();
		Ui.flush();
	}

	/** Demo mode on a database of the test's own. */
	static ServerSettings demoOn(Path folder) {
		return ServerSettings.demo().withDatabase(folder.resolve("db").toString(), "", "");
	}

	Text field(String id) {
		return Ui.byId(Text.class, id);
	}

	String message() {
		return Ui.byId(Label.class, LoginIds.MESSAGE).getText();
	}

	void fill(String account, String password, String extension) {
		Ui.setText(field(LoginIds.ACCOUNT), account);
		Ui.setText(field(LoginIds.PASSWORD), password);
		Ui.setText(field(LoginIds.EXTENSION), extension);
	}

	void clickLogin() {
		Ui.click(Ui.byId(Button.class, LoginIds.LOGIN));
	}

	/** Waits until the login in progress ended (the Login button is enabled again, or the dialog closed). */
	void awaitIdle() {
		Ui.waitUntil(() -> dialog.getShell() == null || dialog.getShell().isDisposed()
				|| Ui.findById(Button.class, LoginIds.LOGIN).isEnabled(), "the login attempt ended");
	}

	/** Gives the dialog the keyboard (real key events go to the active window). */
	void activate() {
		var shell = dialog.getShell();
		shell.forceActive();
		Ui.waitUntil(() -> Ui.display().getActiveShell() == shell, "the login dialog is the active window");
	}

	/** Presses Enter in a field of the dialog with real key events: the dialog gets the keyboard, the field the focus. */
	void pressEnterIn(String id) {
		Text field = field(id);
		activate();
		field.setFocus();
		Ui.press(SWT.CR, 0);
	}

	boolean isOpen() {
		return dialog.getShell() != null && !dialog.getShell().isDisposed();
	}

	boolean loggedIn() {
		return !isOpen() && dialog.getReturnCode() == Window.OK;
	}

	static int closedPort() throws java.io.IOException {
		try (ServerSocket s = new ServerSocket(0)) {
			return s.getLocalPort();
		}
	}

	@Override
	public void close() {
		if (isOpen()) {
			dialog.close();
		}
		var services = controller.takeServices();
		controller.close();
		if (services != null) {
			services.close();
		}
		// the dialog opens the database in the background: let that finish closing before the folder is deleted
		try {
			controller.awaitClosed(java.time.Duration.ofSeconds(20));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
