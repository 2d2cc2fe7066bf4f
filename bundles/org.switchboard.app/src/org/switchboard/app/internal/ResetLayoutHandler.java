package org.switchboard.app.internal;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

/** Puts the current perspective back as it was when the console first started. */
public class ResetLayoutHandler {

	@CanExecute
	boolean canExecute(MApplication application, MWindow window, EModelService modelService) {
		MPerspective current = modelService.getActivePerspective(window);
		return current != null && modelService.findSnippet(application, current.getElementId()) != null;
	}

	@Execute
	void execute(MApplication application, MWindow window, EModelService modelService, EPartService partService) {
		MPerspective current = modelService.getActivePerspective(window);
		if (current != null) {
			LayoutSnapshots.reset(application, window, modelService, partService, current);
		}
	}
}
