package org.switchboard.app.internal;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.workbench.lifecycle.ProcessAdditions;
import org.eclipse.e4.ui.workbench.modeling.EModelService;

/**
 * The application's life cycle: runs before the main window exists.
 */
public class ApplicationLifeCycle {

	/**
	 * Called once the model fragments of every bundle are applied: remembers each perspective as it is
	 * now, so that "Reset layout" can bring it back after the operator moved, closed or minimized parts.
	 * The copies are snippets of the application and are persisted with it; an existing copy is kept, so
	 * a restart with a persisted layout does not overwrite the original arrangement.
	 */
	@ProcessAdditions
	void rememberInitialLayouts(MApplication application, EModelService modelService) {
		for (MPerspective perspective : modelService.findElements(application, null, MPerspective.class)) {
			LayoutSnapshots.rememberIfAbsent(application, modelService, perspective);
		}
		FirstStart.fillScreen(application);
	}
}
