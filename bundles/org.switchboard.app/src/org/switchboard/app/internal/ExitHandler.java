package org.switchboard.app.internal;

import java.util.Locale;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.jface.window.Window;
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

	@Execute
	void execute(IWorkbench workbench, Shell shell, @Optional SessionService sessions,
			@Optional TranslationService translations, @Optional @Named(TranslationService.LOCALE) Locale locale,
			UISynchronize sync) {
		if (ask(shell, sessions, translations, locale, sync)) {
			ExitFlow.quit(workbench);
		}
	}

	/** Opens the exit dialog; true when an exit was carried out. */
	static boolean ask(Shell shell, SessionService sessions, TranslationService translations, Locale locale,
			UISynchronize sync) {
		if (ExitFlow.approved()) {
			return true;
		}
		ExitDialog dialog = new ExitDialog(shell, new LoginText(translations), sessions, ExitFlow.options(),
				locale == null ? Locale.getDefault() : locale, sync);
		return dialog.open() == Window.OK;
	}
}
