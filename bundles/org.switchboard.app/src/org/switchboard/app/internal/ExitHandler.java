package org.switchboard.app.internal;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.IWorkbench;

/** System Settings &gt; Exit: closes the workbench; the session's exit options hook in through window close handling. */
public class ExitHandler {

	@Execute
	void execute(IWorkbench workbench) {
		workbench.close();
	}
}
