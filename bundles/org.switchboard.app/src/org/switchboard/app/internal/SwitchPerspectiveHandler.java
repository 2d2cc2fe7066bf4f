package org.switchboard.app.internal;

import java.util.List;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

import jakarta.inject.Named;

/** Shows the perspective named by the command parameter (Operator, Administration, or one a plug-in adds). */
public class SwitchPerspectiveHandler {

	public static final String PARAMETER = "org.switchboard.command.perspective.switch.id";

	@CanExecute
	boolean canExecute(@Optional @Named(PARAMETER) String perspectiveId, MWindow window, EModelService modelService) {
		return perspectiveId != null && find(perspectiveId, window, modelService) != null;
	}

	@Execute
	void execute(@Named(PARAMETER) String perspectiveId, MWindow window, EModelService modelService,
			EPartService partService) {
		MPerspective perspective = find(perspectiveId, window, modelService);
		if (perspective != null) {
			partService.switchPerspective(perspective);
		}
	}

	private static MPerspective find(String id, MWindow window, EModelService modelService) {
		List<MPerspective> found = modelService.findElements(window, id, MPerspective.class);
		return found.isEmpty() ? null : found.get(0);
	}
}
