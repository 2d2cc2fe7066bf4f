package org.switchboard.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;

/**
 * Enter presses a dialog's default button at once. SWT on GTK 3 has GTK activate the default button
 * ({@code gtk_window_activate_default}), and GTK shows a button activated from the keyboard pressed for 250 ms before
 * it reports the click: every Enter in every dialog (the login's among them) waited a quarter of a second before
 * anything happened. With this installed, Enter does what SWT does, minus that wait: when the Enter reaches a shell as
 * its "return" traversal (no control on the way kept the key: a multi-line text, a table, a control's own Traverse
 * listener) and the shell's default button is visible and enabled, the button's Selection is sent right away and GTK's
 * activation is not started. Anything else (no default button, a disabled one, the key kept by a control) goes on as
 * SWT would.
 */
public final class EnterKey {

	private static final String KEY = EnterKey.class.getName();

	private EnterKey() {
	}

	/** Installs it for every shell of the display, once, however often called. */
	public static void pressDefaultButtonsAtOnce(Display display) {
		if (display.getData(KEY) != null) {
			return;
		}
		display.setData(KEY, Boolean.TRUE);
		// A filter sees the Traverse first, before the controls that may keep the key: it only makes sure that the
		// shell listens. The shell is the last to be told of the traversal, so its listener sees the controls' say.
		display.addFilter(SWT.Traverse, e -> {
			if (e.detail == SWT.TRAVERSE_RETURN && e.widget instanceof Control control && !control.isDisposed()) {
				Shell shell = control.getShell();
				if (shell.getData(KEY) == null) {
					shell.setData(KEY, Boolean.TRUE);
					shell.addListener(SWT.Traverse, event -> pressAtOnce(shell, event));
				}
			}
		});
	}

	private static void pressAtOnce(Shell shell, Event e) {
		if (e.detail != SWT.TRAVERSE_RETURN || !e.doit) {
			return; // not Enter, or a control kept it
		}
		Button button = shell.getDefaultButton();
		if (button == null || button.isDisposed() || !button.isVisible() || !button.isEnabled()) {
			return; // SWT's own handling (a disabled default button swallows the key)
		}
		e.detail = SWT.TRAVERSE_NONE; // the traversal is done here: GTK's activation is not started
		button.notifyListeners(SWT.Selection, new Event());
	}
}
