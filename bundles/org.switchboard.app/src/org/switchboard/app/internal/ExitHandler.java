package org.switchboard.app.internal;

import java.util.Locale;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.swt.widgets.Shell;
import org.switchboard.app.internal.exit.ExitDialog;
import org.switchboard.app.internal.exit.ExitFlow;
import org.switchboard.app.internal.login.LoginText;
import org.switchboard.core.SessionService;

import jakarta.inject.Named;

/**
 * System Settings &gt; Exit and Ctrl+Q (SPEC Q1, Q2): the exit dialog; the console quits once the chosen exit was
 * carried out. Closing the main window asks the same ({@link ExitCloseHandler}).
 */
public class ExitHandler {

	private static ExitDialog open;

	@Execute
	void execute(IWorkbench workbench, Shell shell, @Optional SessionService sessions,
			@Optional TranslationService translations, @Optional @Named(TranslationService.LOCALE) Locale locale,
			UISynchronize sync) {
		ask(shell, sessions, translations, locale, sync, () -> ExitFlow.quit(workbench));
	}

	/**
	 * Opens the exit dialog (or brings the open one to the front); {@code onExited} runs once an exit was carried
	 * out. Does not block: the console keeps working (calls, events) while the dialog is open.
	 */
	static void ask(Shell shell, SessionService sessions, TranslationService translations, Locale locale,
			UISynchronize sync, Runnable onExited) {
		if (ExitFlow.approved()) {
			onExited.run();
			return;
		}
		if (open != null && open.getShell() != null && !open.getShell().isDisposed()) {
			open.getShell().forceActive();
			return;
		}
		open = new ExitDialog(shell, new LoginText(translations), sessions, ExitFlow.options(),
				locale == null ? Locale.getDefault() : locale, sync, onExited);
		open.open();
	}
}
