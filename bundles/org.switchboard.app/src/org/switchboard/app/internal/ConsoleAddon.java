package org.switchboard.app.internal;

import java.util.List;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.contexts.RunAndTrack;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.IWindowCloseHandler;
import org.osgi.service.event.Event;
import org.switchboard.core.OperatorSession;
import org.switchboard.core.Right;
import org.switchboard.ui.WorkbenchIds;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * What the console does around the session: closing the main window opens the exit dialog (SPEC Q1), and the
 * Administration perspective is shown to administrators only (its menu item and tool item hidden, and left for the
 * Operator perspective when a handover brings a plain operator). The services refuse a plain operator anyway.
 * <p>
 * It also gives the workbench's widgets their look as they are rendered, and follows what changes it (a tool item's
 * enablement, a part stack's selected tab): see {@link ConsoleTheme}.
 */
public class ConsoleAddon {

	public static final String MENU_ITEM_ADMINISTRATION = "org.switchboard.menuitem.perspective.administration";
	public static final String TOOL_ITEM_ADMINISTRATION = "org.switchboard.toolitem.perspective.administration";

	@Inject
	private MApplication application;
	@Inject
	private EModelService models;

	@Inject
	@Optional
	void started(@UIEventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) Event event) {
		for (MWindow window : models.findElements(application, WorkbenchIds.MAIN_WINDOW, MWindow.class)) {
			IEclipseContext context = window.getContext();
			if (context != null) {
				context.set(IWindowCloseHandler.class, new ExitCloseHandler(context));
			}
		}
		applyAdministrationAccess();
	}

	/**
	 * Follows the session in the application's context, however it is replaced (login, handover, logout, or another
	 * console's services published), not only the change event.
	 */
	@PostConstruct
	void followSession(UISynchronize sync) {
		application.getContext().runAndTrack(new RunAndTrack() {
			@Override
			public boolean changed(IEclipseContext context) {
				context.get(OperatorSession.class);
				sync.asyncExec(ConsoleAddon.this::applyAdministrationAccess);
				return true;
			}
		});
	}

	/**
	 * Whether the operator logged in now may open the Administration perspective: from the session the application
	 * keeps in its context (the session service, a context function, may not be registered yet at start-up).
	 */
	public static boolean administrationAllowed(IEclipseContext context) {
		OperatorSession session = context.get(OperatorSession.class);
		return session != null && Right.defaults(session.role()).contains(Right.ADMINISTRATION);
	}

	private void applyAdministrationAccess() {
		IEclipseContext context = application.getContext();
		if (context == null) {
			return; // the workbench is closing
		}
		boolean allowed = administrationAllowed(context);
		for (String id : List.of(MENU_ITEM_ADMINISTRATION, TOOL_ITEM_ADMINISTRATION)) {
			for (MUIElement e : models.findElements(application, id, MUIElement.class, null,
					EModelService.ANYWHERE | EModelService.IN_MAIN_MENU | EModelService.IN_TRIM)) {
				e.setVisible(allowed);
			}
		}
		if (allowed) {
			return;
		}
		for (MWindow window : models.findElements(application, WorkbenchIds.MAIN_WINDOW, MWindow.class)) {
			MPerspective active = models.getActivePerspective(window);
			if (active != null && WorkbenchIds.PERSPECTIVE_ADMINISTRATION.equals(active.getElementId())
					&& window.getContext() != null) {
				List<MPerspective> operator = models.findElements(window, WorkbenchIds.PERSPECTIVE_OPERATOR,
						MPerspective.class);
				if (!operator.isEmpty()) {
					window.getContext().get(EPartService.class).switchPerspective(operator.get(0));
				}
			}
		}
	}

	@Inject
	@Optional
	void widgetSet(@UIEventTopic(UIEvents.UIElement.TOPIC_WIDGET) Event event) {
		ConsoleTheme.widgetSet(event.getProperty(UIEvents.EventTags.ELEMENT));
	}

	@Inject
	@Optional
	void toolItemEnabled(@UIEventTopic(UIEvents.Item.TOPIC_ENABLED) Event event) {
		ConsoleTheme.enablementChanged(event.getProperty(UIEvents.EventTags.ELEMENT));
	}

	@Inject
	@Optional
	void selectionChanged(@UIEventTopic(UIEvents.ElementContainer.TOPIC_SELECTEDELEMENT) Event event) {
		ConsoleTheme.selectionChanged(event.getProperty(UIEvents.EventTags.ELEMENT));
	}
}
