package org.switchboard.ui;

/**
 * Context keys that parts share through the main window's context. The business buttons act on what the operator
 * selected last in the extension panel, the queue or the call list, even after the buttons' own part got the focus
 * (which would empty the active part's selection).
 */
public final class Selections {

	/** The thing the next action applies to: an extension, a call or a waiting caller (a snapshot record). */
	public static final String TARGET = "org.switchboard.selection.target";
	/** The number typed in the dial pad (a String, possibly empty). */
	public static final String DIAL_NUMBER = "org.switchboard.dial.number";

	private Selections() {
	}
}
