package org.switchboard.app.internal;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspectiveStack;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

/** Keeps a pristine copy of each perspective as an application snippet, and puts it back on request. */
final class LayoutSnapshots {

	private LayoutSnapshots() {
	}

	static void rememberIfAbsent(MApplication application, EModelService modelService, MPerspective perspective) {
		if (modelService.findSnippet(application, perspective.getElementId()) == null) {
			modelService.cloneElement(perspective, application);
		}
	}

	/**
	 * Replaces the given perspective by a fresh copy of its snippet and shows it.
	 *
	 * @return the new perspective, or {@code null} when no snippet was remembered for it
	 */
	static MPerspective reset(MApplication application, MWindow window, EModelService modelService,
			EPartService partService, MPerspective current) {
		MUIElement copy = modelService.cloneSnippet(application, current.getElementId(), window);
		Object parent = current.getParent();
		if (!(copy instanceof MPerspective fresh) || !(parent instanceof MPerspectiveStack stack)) {
			return null;
		}
		int index = stack.getChildren().indexOf(current);
		stack.getChildren().add(index, fresh);
		partService.switchPerspective(fresh);
		current.setToBeRendered(false);
		stack.getChildren().remove(current);
		return fresh;
	}
}
