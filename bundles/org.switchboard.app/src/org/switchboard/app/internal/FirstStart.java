package org.switchboard.app.internal;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;

/** What happens the first time the console starts on a machine (later starts restore the persisted layout). */
final class FirstStart {

	private static final String SIZED = "org.switchboard.window.sized";

	private FirstStart() {
	}

	/**
	 * An operator console owns the screen: the main window starts as large as the primary monitor's work area.
	 * (The window is also tagged maximized; this covers desktops whose window manager ignores that, and kiosks
	 * without one.)
	 */
	static void fillScreen(MApplication application) {
		Display display = Display.getCurrent();
		if (display == null) {
			return;
		}
		for (MWindow window : application.getChildren()) {
			if (window.getPersistedState().containsKey(SIZED)) {
				continue;
			}
			Rectangle area = display.getPrimaryMonitor().getClientArea();
			window.setX(area.x);
			window.setY(area.y);
			window.setWidth(area.width);
			window.setHeight(area.height);
			window.getPersistedState().put(SIZED, "true");
		}
	}
}
