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
		UISynchronize sync = context.get(UISynchronize.class);
		IWorkbench workbench = context.get(IWorkbench.class);
		// the window stays until the exit was carried out; then the workbench closes it (after this request returned)
		sync.asyncExec(() -> ExitHandler.ask(shell, context.get(SessionService.class),
				context.get(TranslationService.class), locale instanceof Locale l ? l : null, sync,
				() -> ExitFlow.quit(workbench)));
		return false;
	}
}
