package org.switchboard.testsupport;

import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.MApplicationElement;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.model.application.ui.menu.MToolBar;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.ToolBar;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.switchboard.ui.WorkbenchIds;

/** The running E4 workbench of a UI test: its model, services, main window and commands. */
public final class Workbench {

	private Workbench() {
	}

	/** Set once the start-up login was seen published: from then on nothing waits for it again. */
	private static volatile boolean loggedIn;

	/**
	 * The workbench, once the start-up login (the test runtime's autologin) is published into it: the workbench is
	 * built behind the login, so its service exists before the console does.
	 */
	public static IWorkbench workbench() {
		IWorkbench workbench = workbenchBeforeLogin();
		if (!loggedIn) {
			// the main window is shown once the login is published
			Ui.waitUntil(() -> workbench.getApplication().getContext().get(EModelService.class)
					.findElements(workbench.getApplication(), WorkbenchIds.MAIN_WINDOW, MWindow.class).stream()
					.anyMatch(w -> w.isVisible() && w.getWidget() instanceof Shell s && s.isVisible()),
					"the start-up login published into the workbench and the main window shown");
			loggedIn = true;
		}
		return workbench;
	}

	/** The workbench as soon as it runs, login or not (a test runtime without autologin: the dialog is up). */
	public static IWorkbench workbenchBeforeLogin() {
		BundleContext bc = FrameworkUtil.getBundle(Workbench.class).getBundleContext();
		return Ui.waitFor(() -> {
			ServiceReference<IWorkbench> ref = bc.getServiceReference(IWorkbench.class);
			return ref == null ? null : bc.getService(ref);
		}, "the E4 workbench service");
	}

	public static MApplication application() {
		return workbench().getApplication();
	}

	public static IEclipseContext context() {
		return application().getContext();
	}

	public static EModelService modelService() {
		return context().get(EModelService.class);
	}

	public static MWindow mainWindow() {
		return (MWindow) find(WorkbenchIds.MAIN_WINDOW);
	}

	/** The main window's shell, once it is shown. */
	public static Shell mainShell() {
		return Ui.waitFor(() -> {
			MWindow window = mainWindow();
			return window != null && window.getWidget() instanceof Shell s && s.isVisible() ? s : null;
		}, "the main window to be shown");
	}

	/** The model element with the given id anywhere in the application (main menu included). */
	public static MApplicationElement find(String elementId) {
		List<MApplicationElement> found = modelService().findElements(application(), elementId,
				MApplicationElement.class, null, EModelService.ANYWHERE | EModelService.IN_MAIN_MENU
						| EModelService.IN_TRIM);
		return found.isEmpty() ? null : found.get(0);
	}

	public static <T> List<T> findAll(Class<T> type, String elementId) {
		return modelService().findElements(application(), elementId, type, null,
				EModelService.ANYWHERE | EModelService.IN_MAIN_MENU | EModelService.IN_TRIM);
	}

	/** The SWT tool bar that renders a model tool bar (the renderer may wrap it in a frame). */
	public static ToolBar toolBar(MToolBar model) {
		Object widget = model.getWidget();
		if (widget instanceof ToolBar bar) {
			return bar;
		}
		if (widget instanceof Composite frame) {
			for (Control child : frame.getChildren()) {
				if (child instanceof ToolBar bar) {
					return bar;
				}
			}
		}
		throw new AssertionError("tool bar " + model.getElementId() + " is not rendered");
	}

	public static EPartService partService() {
		return mainWindow().getContext().get(EPartService.class);
	}

	/** Shows and activates a part by id, and returns it rendered. */
	public static MPart showPart(String partId) {
		MPart part = partService().showPart(partId, EPartService.PartState.ACTIVATE);
		Ui.waitUntil(() -> part.getObject() != null && part.getWidget() != null, "part " + partId + " rendered");
		return part;
	}

	/** Executes a command as a menu item or key binding would; fails when no enabled handler takes it. */
	public static Object execute(String commandId, Map<String, Object> parameters) {
		IEclipseContext ctx = mainWindow().getContext().getActiveLeaf();
		ECommandService commands = ctx.get(ECommandService.class);
		EHandlerService handlers = ctx.get(EHandlerService.class);
		ParameterizedCommand command = commands.createCommand(commandId, parameters);
		if (command == null) {
			throw new AssertionError("no command " + commandId);
		}
		if (!handlers.canExecute(command)) {
			throw new AssertionError("command " + commandId + " is not enabled");
		}
		Object result = handlers.executeHandler(command);
		Ui.flush();
		return result;
	}

	public static boolean canExecute(String commandId, Map<String, Object> parameters) {
		IEclipseContext ctx = mainWindow().getContext().getActiveLeaf();
		ParameterizedCommand command = ctx.get(ECommandService.class).createCommand(commandId, parameters);
		return command != null && ctx.get(EHandlerService.class).canExecute(command);
	}
}
