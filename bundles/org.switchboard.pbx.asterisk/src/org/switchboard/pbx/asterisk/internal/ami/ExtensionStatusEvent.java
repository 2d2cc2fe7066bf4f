package org.switchboard.pbx.asterisk.internal.ami;

/**
 * Asterisk-Java's {@code ExtensionStatus} event, which also arrives as a list item carrying the list's ActionID. The library's
 * class has no setter for it, and for each such item it logs a warning and every header at debug, each time walking
 * the stack (its JUL adapter does so before it checks the level): thousands of stack walks on the reader thread at a
 * large site's resync ("Slow processing of event"). With the setter, nothing is logged.
 */
public class ExtensionStatusEvent extends org.asteriskjava.manager.event.ExtensionStatusEvent {

	private static final long serialVersionUID = 1L;

	private String actionId;

	public ExtensionStatusEvent(Object source) {
		super(source);
	}

	public String getActionId() {
		return actionId;
	}

	public void setActionId(String actionId) {
		this.actionId = actionId;
	}
}
