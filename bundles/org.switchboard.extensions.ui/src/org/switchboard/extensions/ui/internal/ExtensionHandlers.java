package org.switchboard.extensions.ui.internal;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.switchboard.extensions.ui.ExtensionsUiIds;

/** Handlers of the extension panel's commands (E2 mode switch, filter). */
public final class ExtensionHandlers {

	private ExtensionHandlers() {
	}

	private static ExtensionsPart part(EPartService parts) {
		MPart part = parts.findPart(ExtensionsUiIds.PART);
		if (part == null) {
			return null;
		}
		if (part.getObject() == null) {
			parts.showPart(part, EPartService.PartState.VISIBLE);
		}
		return part.getObject() instanceof ExtensionsPart p ? p : null;
	}

	/** E2: panel mode (Ctrl+Shift+P). */
	public static class ShowPanel {
		@Execute
		void execute(EPartService parts) {
			ExtensionsPart p = part(parts);
			if (p != null) {
				p.setMode(ExtensionsPart.Mode.PANEL);
			}
		}
	}

	/** E2: list mode (Ctrl+Shift+L). */
	public static class ShowList {
		@Execute
		void execute(EPartService parts) {
			ExtensionsPart p = part(parts);
			if (p != null) {
				p.setMode(ExtensionsPart.Mode.LIST);
			}
		}
	}

	/** Ctrl+F: to the filter box. */
	public static class FocusFilter {
		@Execute
		void execute(EPartService parts) {
			MPart model = parts.findPart(ExtensionsUiIds.PART);
			if (model != null) {
				parts.activate(model);
				if (model.getObject() instanceof ExtensionsPart p) {
					p.focusFilter();
				}
			}
		}
	}
}
