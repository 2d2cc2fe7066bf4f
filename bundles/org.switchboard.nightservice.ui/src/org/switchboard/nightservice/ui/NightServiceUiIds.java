package org.switchboard.nightservice.ui;

/** Ids of the night service's UI (S4), for tests and other bundles. */
public final class NightServiceUiIds {

	/** Business management &gt; Night service: the dialog. */
	public static final String COMMAND_DIALOG = "org.switchboard.nightservice.command.dialog";
	/** The main toolbar's toggle, shown while night service is on: switches it off. */
	public static final String COMMAND_OFF = "org.switchboard.nightservice.command.off";
	public static final String TOOL_ITEM = "org.switchboard.nightservice.toolitem";
	/** The status line's indicator (a tool control in the bottom trim). */
	public static final String INDICATOR = "org.switchboard.nightservice.indicator";
	/** Event broker topic: night service changed (data: the queues that have it on, as {@code List<QueueNight>}). */
	public static final String TOPIC_STATE = "org/switchboard/nightservice/state";

	private NightServiceUiIds() {
	}
}
