package org.switchboard.app.tests.plugin;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

/** The command of the sample plug-in: counts its runs in its view. */
public class SampleHandler {

	private static int runs;

	@Execute
	void execute(EPartService partService) {
		runs++;
		MPart part = partService.findPart("org.switchboard.app.tests.part.sample");
		if (part != null && part.getObject() instanceof SamplePart view) {
			view.ran(runs);
		}
	}
}
