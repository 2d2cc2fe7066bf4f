package org.switchboard.app.internal;

import java.lang.management.ManagementFactory;
import java.util.logging.Logger;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.translation.TranslationProviderFactory;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;
import org.eclipse.e4.ui.workbench.lifecycle.PostWorkbenchClose;
import org.eclipse.e4.ui.workbench.lifecycle.PreSave;
import org.eclipse.e4.ui.workbench.lifecycle.ProcessAdditions;
import org.eclipse.e4.ui.workbench.lifecycle.ProcessRemovals;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.widgets.Display;
import org.switchboard.app.internal.login.ConsoleContext;
import org.switchboard.app.internal.login.LoginFlow;
import org.switchboard.app.internal.login.LoginText;
import org.switchboard.app.internal.login.SettingsStorage;
import org.switchboard.core.ConsoleServices;

/**
 * The application's life cycle: the login runs before the main window exists; the console's services are closed
 * after the workbench.
 */
public class ApplicationLifeCycle {

	/** "start-up: ..." lines in the console's log: when the login began and ended (see LoginController's). */
	private static final Logger LOG = Logger.getLogger(ApplicationLifeCycle.class.getName());

	private ConsoleServices services;
	private boolean quit;

	/**
	 * The login (SPEC L1): the login dialog, or {@code -Dswitchboard.autologin}. Afterwards the context holds the
	 * session and the services (see {@link ConsoleContext}); when the operator quits, the workbench closes without
	 * showing a window.
	 */
	@PostContextCreate
	void login(IEclipseContext context, Display display) {
		ConsoleServices.startLogging();
		TranslationService translations = context.get(TranslationService.class);
		if (translations == null) {
			translations = TranslationProviderFactory.bundleTranslationService(context);
		}
		LOG.info(() -> "start-up: login begins " + jvmUptime() + " ms after the JVM started");
		services = LoginFlow.run(display, new LoginText(translations), new SettingsStorage());
		LOG.info(() -> "start-up: login done " + jvmUptime() + " ms after the JVM started");
		if (services == null) {
			quit = true;
			return;
		}
		ConsoleContext.publish(context, services);
	}

	private static long jvmUptime() {
		return ManagementFactory.getRuntimeMXBean().getUptime();
	}

	/**
	 * Called once the model fragments of every bundle are applied: remembers each perspective as it is
	 * now, so that "Reset layout" can bring it back after the operator moved, closed or minimized parts.
	 * The copies are snippets of the application and are persisted with it; an existing copy is kept, so
	 * a restart with a persisted layout does not overwrite the original arrangement. Then the main window's title
	 * gets the operator and extension.
	 */
	@ProcessAdditions
	void rememberInitialLayouts(MApplication application, EModelService modelService, IEclipseContext context) {
		for (MPerspective perspective : modelService.findElements(application, null, MPerspective.class)) {
			LayoutSnapshots.rememberIfAbsent(application, modelService, perspective);
		}
		FirstStart.fillScreen(application);
		ConsoleContext.updateTitle(context, application, modelService);
	}

	/** The operator quit at the login: no window is shown and the workbench closes at once. */
	@ProcessRemovals
	void quitWhenLoginCancelled(MApplication application, IEclipseContext context, UISynchronize sync) {
		if (!quit) {
			return;
		}
		for (MWindow window : application.getChildren()) {
			window.setToBeRendered(false);
		}
		sync.asyncExec(() -> {
			IWorkbench workbench = context.get(IWorkbench.class);
			if (workbench != null) {
				workbench.close();
			} else {
				System.exit(0);
			}
		});
	}

	/** The saved model keeps the translatable title and its windows, whatever happened at this run. */
	@PreSave
	void restoreModel(MApplication application, EModelService modelService) {
		ConsoleContext.restoreTitle(application, modelService);
		if (quit) {
			for (MWindow window : application.getChildren()) {
				window.setToBeRendered(true);
			}
		}
	}

	/** Logs the operator out, writes the rest of the operation log, disconnects the PBX, closes the database. */
	@PostWorkbenchClose
	void shutdown() {
		if (services != null) {
			services.close();
			services = null;
		}
	}
}
