package org.switchboard.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Shell;

/** Sizing of dialogs whose texts change while they are open. */
public final class Shells {

	private Shells() {
	}

	/**
	 * Keeps the shell's width and grows its height to fit its contents (a message shown below the form, say), never
	 * shrinking it. {@code computeSize} takes the client width but answers with the trim: feeding it the shell's own
	 * width would widen the dialog a little with every call.
	 */
	public static void growHeightToFit(Shell shell) {
		int height = shell.computeSize(shell.getClientArea().width, SWT.DEFAULT).y;
		shell.setSize(shell.getSize().x, Math.max(shell.getSize().y, height));
	}
}
