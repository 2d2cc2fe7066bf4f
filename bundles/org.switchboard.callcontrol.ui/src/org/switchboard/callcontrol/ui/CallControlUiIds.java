package org.switchboard.callcontrol.ui;

/** Ids other bundles use to contribute to the call control parts. */
public final class CallControlUiIds {

	public static final String PART_BUTTONS = "org.switchboard.callcontrol.part.buttons";
	public static final String PART_CALLS = "org.switchboard.callcontrol.part.calls";
	public static final String PART_DIALPAD = "org.switchboard.callcontrol.part.dialpad";
	/** Right-click menu of a waiting caller (extensible with menu contributions tagged menuContribution:popup). */
	public static final String POPUP_QUEUE = "org.switchboard.callcontrol.popup.queue";
	/** Right-click menu of one of the operator's calls. */
	public static final String POPUP_CALLS = "org.switchboard.callcontrol.popup.calls";

	private CallControlUiIds() {
	}
}
