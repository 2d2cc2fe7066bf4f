package org.switchboard.pbx.live;

/** What an extension's tile shows: one state, in the order of what matters most to the operator. */
public enum ExtensionStatus {
	RINGING, IN_CALL, ON_HOLD, BUSY, DND, IDLE, UNAVAILABLE, UNKNOWN;

	/** The extension is in a conversation (talking or on hold). */
	public boolean inCall() {
		return this == IN_CALL || this == ON_HOLD;
	}
}
