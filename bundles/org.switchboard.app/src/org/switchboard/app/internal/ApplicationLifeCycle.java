package org.switchboard.app.internal;

import java.lang.management.ManagementFactory;
import java.util.logging.Logger;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.translation.TranslationProviderFactory;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.workbench.UIEvents;
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
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventHandler;
import org.switchboard.app.internal.login.ConsoleContext;
import org.switchboard.app.internal.login.LoginFlow;
import org.switchboard.app.internal.login.LoginText;
import org.switchboard.app.internal.login.SettingsStorage;
import org.switchboard.core.ConsoleServices;
import org.switchboard.ui.EnterKey;
import org.switchboard.ui.ScreenPainted;

/**
 * The application's life cycle. The login dialog (or an autologin) starts first and does not wait: the workbench is
 * built behind it, its main window hidden and its parts without a console, while the operator types. When the login
 * ends the console's services are published to the parts and the window is shown; when the operator quits, the
 * workbench closes without showing a window. The console's services are closed after the workbench.
 */
public class ApplicationLifeCycle {

	/** "start-up: ..." lines in the console's log: when the login began and ended (see LoginController's). */
	private static final Logger LOG = Logger.getLogger(ApplicationLifeCycle.class.getName());

	/** How long the dialog gets to be painted before the UI thread builds the workbench behind it. */
	private static final long SETTLE_MILLIS = 150;

	private IEclipseContext context;
	private Display display;
	/**
	 * How long after the main window opened the screen is taken to be painted when no part says so ({@link
	 * ScreenPainted}: the part showing the live state says it after its first frame).
	 */
	private static final int SCREEN_PAINTED_AT_MOST_MILLIS = 2000;
	private ConsoleServices services;
	private boolean quit;
	/** The login ended (services or quit) but the workbench was not built yet: applied once it is. */
	private boolean loginEnded;
	private ConsoleServices ended;
	private boolean workbenchBuilt;
	/** {@link #quitWhenLoginCancelled} ran: a quit after it closes the built workbench instead. */
	private boolean removalsProcessed;

	/**
	 * The login (SPEC L1): the login dialog, or {@code -Dswitchboard.autologin}. Returns at once; the services are
	 * published into the context (see {@link ConsoleContext}) when the login ends and the workbench is built.
	 */
	@PostContextCreate
	void login(IEclipseContext context, Display display) {
		ConsoleServices.startLogging();
		this.context = context;
		this.display = display;
		TranslationService translations = context.get(TranslationService.class);
		if (translations == null) {
			translations = TranslationProviderFactory.bundleTranslationService(context);
		}
		LOG.info(() -> "start-up: login begins " + jvmUptime() + " ms after the JVM started");
		EnterKey.pressDefaultButtonsAtOnce(display); // the login dialog's Enter first of all
		LoginFlow.start(display, new LoginText(translations), new SettingsStorage(), this::loginEnded);
		settle();
	}

	/**
	 * Lets the login dialog paint (and take the keys typed so far) before the UI thread goes on building the
	 * workbench behind it: at most {@link #SETTLE_MILLIS}, and not at all when no dialog is up (autologin).
	 */
	private void settle() {
		Shell dialog = null;
		for (Shell shell : display.getShells()) {
			if (shell.isVisible()) {
				dialog = shell;
			}
		}
		if (dialog == null) {
			return;
		}
		boolean[] painted = { false };
		Listener paint = e -> painted[0] = true;
		dialog.addListener(SWT.Paint, paint);
		long end = System.nanoTime() + SETTLE_MILLIS * 1_000_000;
		try {
			while (!dialog.isDisposed() && !painted[0] && System.nanoTime() < end) {
				if (!display.readAndDispatch()) {
					display.update();
					sleepBriefly();
				}
			}
			while (!dialog.isDisposed() && display.readAndDispatch()) {
				// the keys typed meanwhile
			}
		} finally {
			if (!dialog.isDisposed()) {
				dialog.removeListener(SWT.Paint, paint);
			}
		}
	}

	private static void sleepBriefly() {
		try {
			Thread.sleep(2);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private void loginEnded(ConsoleServices value) {
		loginEnded = true;
		ended = value;
		LOG.info(() -> "start-up: " + (value == null ? "the operator quit at the login " : "login done ") + jvmUptime()
				+ " ms after the JVM started");
		if (workbenchBuilt) {
			applyLogin();
		} else if (value == null && !removalsProcessed) {
			quit = true; // before the windows are rendered: quitWhenLoginCancelled keeps them from being shown
		}
	}

	/** The workbench is built (its UI runs): a login that ended meanwhile is applied now. */
	private void workbenchBuilt() {
		workbenchBuilt = true;
		LOG.info(() -> "start-up: workbench built " + jvmUptime() + " ms after the JVM started");
		if (loginEnded) {
			applyLogin();
		}
	}

	private void applyLogin() {
		if (ended == null) {
			if (quit) {
				return; // quit before the windows were rendered: quitWhenLoginCancelled closes the workbench
			}
			quit = true;
			IWorkbench workbench = context.get(IWorkbench.class);
			if (workbench != null) {
				workbench.close();
			}
			return;
		}
		services = ended;
		ended = null;
		long t0 = System.nanoTime();
		ConsoleContext.publish(context, services);
		long published = System.nanoTime();
		MApplication application = context.get(MApplication.class);
		EModelService models = context.get(EModelService.class);
		ConsoleContext.updateTitle(context, application, models);
		for (MWindow window : ConsoleContext.mainWindows(application, models)) {
			window.setVisible(true);
			if (window.getWidget() instanceof Shell shell && !shell.isDisposed()) {
				shell.open();
			}
		}
		long shown = System.nanoTime();
		whenScreenPainted(services);
		LOG.info(() -> "start-up: main window shown " + jvmUptime() + " ms after the JVM started (the parts took the "
				+ "console in " + (published - t0) / 1_000_000 + " ms, the window opened in " + (shown - published)
				/ 1_000_000 + " ms)");
	}

	/**
	 * The PBX's details are read once the screen shows the session's live state: read alongside the first paint, at
	 * 10,000 extensions they delayed the painted tiles by 0.2-0.4 s, and a fixed 300 ms after the window opened came
	 * in the middle of it on a slower machine (issue 14, P3). Without a part that says so, after
	 * {@link #SCREEN_PAINTED_AT_MOST_MILLIS}.
	 */
	private void whenScreenPainted(ConsoleServices session) {
		IEventBroker broker = context.get(IEventBroker.class);
		EventHandler painted = new EventHandler() {
			@Override
			public void handleEvent(Event event) {
				broker.unsubscribe(this);
				LOG.info(() -> "start-up: the live state painted " + jvmUptime() + " ms after the JVM started");
				session.screenShown();
			}
		};
		broker.subscribe(ScreenPainted.TOPIC, painted);
		display.timerExec(SCREEN_PAINTED_AT_MOST_MILLIS, () -> {
			broker.unsubscribe(painted);
			session.screenShown();
		});
	}

	private static long jvmUptime() {
		return ManagementFactory.getRuntimeMXBean().getUptime();
	}

	/**
	 * Called once the model fragments of every bundle are applied: remembers each perspective as it is
	 * now, so that "Reset layout" can bring it back after the operator moved, closed or minimized parts.
	 * The copies are snippets of the application and are persisted with it; an existing copy is kept, so
	 * a restart with a persisted layout does not overwrite the original arrangement. The main window stays hidden
	 * until the login ends (its title then gets the operator and extension).
	 */
	@ProcessAdditions
	void rememberInitialLayouts(MApplication application, EModelService modelService, IEclipseContext context,
			IEventBroker broker) {
		for (MPerspective perspective : modelService.findElements(application, null, MPerspective.class)) {
			LayoutSnapshots.rememberIfAbsent(application, modelService, perspective);
		}
		FirstStart.fillScreen(application);
		for (MWindow window : ConsoleContext.mainWindows(application, modelService)) {
			window.setVisible(false); // shown by applyLogin
		}
		broker.subscribe(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE, new EventHandler() {
			@Override
			public void handleEvent(Event event) {
				broker.unsubscribe(this);
				workbenchBuilt();
			}
		});
		settle();
	}

	/** The operator quit at the login: no window is shown and the workbench closes at once. */
	@ProcessRemovals
	void quitWhenLoginCancelled(MApplication application, IEclipseContext context, UISynchronize sync) {
		removalsProcessed = true;
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
		for (MWindow window : ConsoleContext.mainWindows(application, modelService)) {
			window.setVisible(true);
		}
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
