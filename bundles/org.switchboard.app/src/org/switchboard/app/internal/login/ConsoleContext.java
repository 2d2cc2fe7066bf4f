package org.switchboard.app.internal.login;

import java.util.List;
import java.util.Optional;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.di.UISynchronize;
import org.switchboard.core.ConsoleServices;
import org.switchboard.core.OperatorSession;
import org.switchboard.core.SessionService;

/**
 * Puts the logged-in console into the application's E4 context: only its two roots, {@link ConsoleServices} and the
 * {@link OperatorSession}. Everything else parts and handlers inject ({@code PbxGateway}, {@code LiveModel},
 * {@code Store}, {@code OperationLog}, {@code SessionService}, {@code AccountService} and the areas' services) is
 * derived from them by context functions (OSGi DS services, e.g. the core's {@code ConsoleFunctions}), which E4
 * computes again when the roots change. After a handover or logout the session in the context is replaced (or
 * removed), the main window's title follows, and {@link OperatorSession#TOPIC_CHANGED} is posted on the event broker.
 */
public final class ConsoleContext {

	public static final String MAIN_WINDOW = "org.switchboard.window.main";
	public static final String TITLE_KEY = "%window.title";

	private ConsoleContext() {
	}

	public static void publish(IEclipseContext context, ConsoleServices services) {
		SessionService sessions = services.sessions();
		context.set(ConsoleServices.class, services);
		setSession(context, sessions.current());
		sessions.addListener(session -> {
			UISynchronize sync = context.get(UISynchronize.class);
			if (sync == null) {
				return; // the workbench is gone (logout at shutdown)
			}
			sync.asyncExec(() -> {
				setSession(context, session);
				updateTitle(context);
				IEventBroker broker = context.get(IEventBroker.class);
				if (broker != null) {
					broker.post(OperatorSession.TOPIC_CHANGED, session.orElse(null));
				}
			});
		});
	}

	private static void setSession(IEclipseContext context, Optional<OperatorSession> session) {
		if (session.isPresent()) {
			context.set(OperatorSession.class, session.get());
		} else {
			context.remove(OperatorSession.class);
		}
	}

	/** Shows the operator and extension in the main window's title: "Switchboard — Alice (1001)". */
	public static void updateTitle(IEclipseContext context) {
		updateTitle(context, context.get(MApplication.class), context.get(EModelService.class));
	}

	public static void updateTitle(IEclipseContext context, MApplication application, EModelService models) {
		if (application == null || models == null) {
			return;
		}
		OperatorSession session = context.get(OperatorSession.class);
		LoginText text = new LoginText(context.get(org.eclipse.e4.core.services.translation.TranslationService.class));
		for (MWindow window : mainWindows(application, models)) {
			window.setLabel(session == null ? TITLE_KEY
					: text.get("window.title.session", text.get("window.title"), session.displayName(),
							session.extension()));
		}
	}

	/** Puts the translatable title back (before the model is saved, so a restart starts from the key). */
	public static void restoreTitle(MApplication application, EModelService models) {
		for (MWindow window : mainWindows(application, models)) {
			window.setLabel(TITLE_KEY);
		}
	}

	public static List<MWindow> mainWindows(MApplication application, EModelService models) {
		return models.findElements(application, MAIN_WINDOW, MWindow.class);
	}
}
