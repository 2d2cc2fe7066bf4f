package org.switchboard.app.internal.login;

import java.util.concurrent.CompletableFuture;

import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Display;
import org.switchboard.app.internal.login.SettingsStorage.SettingsException;
import org.switchboard.core.ConsoleServices;
import org.switchboard.core.ServerSettings;

/**
 * What happens before the main window opens: an autologin (if {@code -Dswitchboard.autologin} is set) or the login
 * dialog. Returns the logged-in console's services, or {@code null} when the operator quit.
 */
public final class LoginFlow {

	private LoginFlow() {
	}

	/** What the login dialog opens with: the last account and extension, the demo operator only in demo mode. */
	public record Remembered(String account, String extension) {
	}

	public static Remembered remembered(ServerSettings settings, SettingsStorage storage) {
		String account = storage.lastAccount();
		String extension = storage.lastExtension();
		if (account.isEmpty() && settings.isDemo()) {
			return new Remembered(ConsoleServices.DEMO_ACCOUNT, ConsoleServices.DEMO_EXTENSION);
		}
		if (!settings.isDemo() && ConsoleServices.DEMO_ACCOUNT.equals(account)) {
			// last used in demo mode: the demo operator does not exist on a real site
			return new Remembered("", "");
		}
		return new Remembered(account, extension);
	}

	public static ConsoleServices run(Display display, LoginText text, SettingsStorage storage) {
		ServerSettings settings;
		String message = null;
		try {
			settings = storage.load();
		} catch (SettingsException e) {
			settings = ServerSettings.demo();
			message = text.get("settings.error.load", e.getMessage());
		}
		LoginController controller = new LoginController(settings);
		try {
			Remembered remembered = remembered(settings, storage);
			String account = remembered.account();
			String extension = remembered.extension();
			Autologin auto = Autologin.fromSystemProperty();
			if (auto != null) {
				CompletableFuture<LoginController.Result> login = controller.login(auto.account(),
						auto.password().toCharArray(), auto.extension());
				LoginController.Result result = UiWait.until(display, login).join();
				if (result.session() != null) {
					return controller.takeServices();
				}
				account = auto.account();
				extension = auto.extension();
				message = result.needsFirstAdministrator() ? text.get("login.error.noOperators")
						: LoginDialog.messageFor(text, result.failure());
			}
			LoginDialog dialog = new LoginDialog(null, text, controller, storage).prefill(account, extension, message);
			return dialog.open() == Window.OK ? controller.takeServices() : null;
		} finally {
			controller.close();
		}
	}
}
