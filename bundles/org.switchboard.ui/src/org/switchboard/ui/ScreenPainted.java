package org.switchboard.ui;

/**
 * The operator's screen shows a session's live state: posted on the event broker under {@link #TOPIC}, once per
 * session, by the part that shows the PBX's live state, when its first frame of that session's data is on the screen.
 * What the console reads after it (the PBX's details after a login) then no longer competes with the first paint.
 */
public final class ScreenPainted {

	public static final String TOPIC = "org/switchboard/screen/painted";

	private ScreenPainted() {
	}
}
