package org.switchboard.app.internal;

import java.util.Locale;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.IWindowCloseHandler;
import org.eclipse.swt.widgets.Shell;
import org.switchboard.app.internal.exit.ExitFlow;
import org.switchboard.core.SessionService;

/** Closing the main window asks like System Settings &gt; Exit (SPEC Q1); after a carried-out exit it just closes. */
final class ExitCloseHandler implements IWindowCloseHandler {

	private final IEclipseContext context;

	ExitCloseHandler(IEclipseContext context) {
		this.context = context;
	}

	@Override
	public boolean close(MWindow window) {
		if (ExitFlow.approved()) {
			return true;
		}
		Shell shell = window.getWidget() instanceof Shell s ? s : null;
		Object locale = context.get(TranslationService.LOCALE);
		boolean done = ExitHandler.ask(shell, context.get(SessionService.class), context.get(TranslationService.class),
				locale instanceof Locale l ? l : null, context.get(UISynchronize.class));
		if (done) {
			// the workbench closes the window itself, after this close request returned
			IWorkbench workbench = context.get(IWorkbench.class);
			context.get(UISynchronize.class).asyncExec(() -> ExitFlow.quit(workbench));
		}
		return false;
	}
}
