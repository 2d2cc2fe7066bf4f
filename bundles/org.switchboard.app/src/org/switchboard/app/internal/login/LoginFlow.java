package org.switchboard.app.internal.login;

import java.util.function.Consumer;

import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Display;
import org.switchboard.app.internal.login.SettingsStorage.SettingsException;
import org.switchboard.core.ConsoleServices;
import org.switchboard.core.ServerSettings;

/**
 * What happens before the main window is shown: an autologin (if {@code -Dswitchboard.autologin} is set) or the login
 * dialog, while the workbench is built behind it. Hands over the logged-in console's services, or {@code null} when the
 * operator quit.
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

	/**
	 * Starts the login without waiting for it: an autologin's attempt, or the login dialog (open, not blocking), so
	 * that the workbench can be built behind the dialog while the operator types. {@code done} is called once on the
	 * UI thread with the logged-in console's services, or {@code null} when the operator quit.
	 */
	public static void start(Display display, LoginText text, SettingsStorage storage,
			Consumer<ConsoleServices> done) {
		ServerSettings settings;
		String message = null;
		try {
			settings = storage.load();
		} catch (SettingsException e) {
			settings = ServerSettings.demo();
			message = text.get("settings.error.load", e.getMessage());
		}
		LoginController controller = new LoginController(settings);
		Consumer<ConsoleServices> finish = services -> {
			controller.close();
			done.accept(services);
		};
		Remembered remembered = remembered(settings, storage);
		Autologin auto = Autologin.fromSystemProperty();
		if (auto == null) {
			openDialog(display, text, controller, storage, remembered.account(), remembered.extension(), message,
					finish);
			return;
		}
		controller.login(auto.account(), auto.password().toCharArray(), auto.extension())
				.whenComplete((result, error) -> display.asyncExec(() -> {
					if (result != null && result.session() != null) {
						finish.accept(controller.takeServices());
						return;
					}
					String failure = result == null ? String.valueOf(error)
							: result.needsFirstAdministrator() ? text.get("login.error.noOperators")
									: LoginDialog.messageFor(text, result.failure());
					openDialog(display, text, controller, storage, auto.account(), auto.extension(), failure, finish);
				}));
	}

	private static void openDialog(Display display, LoginText text, LoginController controller,
			SettingsStorage storage, String account, String extension, String message,
			Consumer<ConsoleServices> finish) {
		LoginDialog dialog = new LoginDialog(null, text, controller, storage).prefill(account, extension, message);
		dialog.setBlockOnOpen(false);
		dialog.open();
		// told after the dialog is gone, not from inside its close()
		dialog.getShell().addDisposeListener(e -> display.asyncExec(
				() -> finish.accept(dialog.getReturnCode() == Window.OK ? controller.takeServices() : null)));
	}
}
