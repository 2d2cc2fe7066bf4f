package org.switchboard.app.internal;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.widgets.Shell;
import org.switchboard.app.internal.login.HandoverDialog;
import org.switchboard.app.internal.login.LoginText;
import org.switchboard.core.SessionService;

/** System Settings &gt; Shift Handover (SPEC Q3). */
public class HandoverHandler {

	@CanExecute
	boolean canExecute(@Optional SessionService sessions) {
		return sessions != null && sessions.current().isPresent();
	}

	@Execute
	void execute(Shell shell, SessionService sessions, @Optional TranslationService translations,
			UISynchronize sync) {
		HandoverDialog dialog = new HandoverDialog(shell, new LoginText(translations), sessions, sync);
		dialog.setBlockOnOpen(false); // the console keeps working (calls, events) while it is open
		dialog.open();
	}
}
