package org.switchboard.app.internal;

import java.util.List;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

import org.eclipse.swt.widgets.Shell;
import org.switchboard.ui.WorkbenchIds;

import jakarta.inject.Named;

/** Shows the perspective named by the command parameter (Operator, Administration, or one a plug-in adds). */
public class SwitchPerspectiveHandler {

	public static final String PARAMETER = "org.switchboard.command.perspective.switch.id";

	@CanExecute
	boolean canExecute(@Optional @Named(PARAMETER) String perspectiveId, MWindow window, EModelService modelService,
			IEclipseContext context) {
		if (WorkbenchIds.PERSPECTIVE_ADMINISTRATION.equals(perspectiveId)
				&& !ConsoleAddon.administrationAllowed(context)) {
			return false; // administrators only; the services refuse others as well
		}
		return perspectiveId != null && find(perspectiveId, window, modelService) != null;
	}

	@Execute
	void execute(@Named(PARAMETER) String perspectiveId, MWindow window, EModelService modelService,
			EPartService partService, IEclipseContext context) {
		if (!canExecute(perspectiveId, window, modelService, context)) {
			return;
		}
		MPerspective perspective = find(perspectiveId, window, modelService);
		partService.switchPerspective(perspective);
		// give a part of the perspective the focus, so that the window's key bindings (Ctrl+Shift+1) reach it
		// even when the focus was on a part of the perspective just left
		List<MPart> parts = modelService.findElements(perspective, null, MPart.class);
		for (MPart part : parts) {
			if (part.isToBeRendered() && part.isVisible() && part.getObject() != null
					&& part.getParent() != null && part.getParent().getSelectedElement() == part) {
				partService.activate(part, true);
				return;
			}
		}
		if (window.getWidget() instanceof Shell shell && !shell.isDisposed()) {
			shell.setFocus();
		}
	}

	private static MPerspective find(String id, MWindow window, EModelService modelService) {
		List<MPerspective> found = modelService.findElements(window, id, MPerspective.class);
		return found.isEmpty() ? null : found.get(0);
	}
}
