package org.switchboard.extensions.ui;

/** Ids other bundles use to contribute to the extension panel or to find it. */
public final class ExtensionsUiIds {

	/** The extension panel part (panel and list mode). */
	public static final String PART = "org.switchboard.extensions.part.panel";

	/**
	 * The right-click menu of an extension. Another bundle adds entries with a menu contribution in its own
	 * fragment: {@code <menuContributions parentId="org.switchboard.extensions.popup">} tagged
	 * {@code menuContribution:popup}; its handlers find the extension under {@code org.switchboard.ui.Selections.TARGET}
	 * (an {@code org.switchboard.pbx.live.ExtensionView}).
	 */
	public static final String POPUP = "org.switchboard.extensions.popup";

	public static final String COMMAND_SHOW_PANEL = "org.switchboard.extensions.command.mode.panel";
	public static final String COMMAND_SHOW_LIST = "org.switchboard.extensions.command.mode.list";
	public static final String COMMAND_FILTER = "org.switchboard.extensions.command.filter";

	/** The call command of the call control bundle, run by Enter or a double click on an extension. */
	public static final String COMMAND_CALL = "org.switchboard.callcontrol.command.call";

	private ExtensionsUiIds() {
	}
}
