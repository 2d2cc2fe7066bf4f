package org.switchboard.ui;

/**
 * A short outcome for the operator, in plain words ("Call to 1002 failed: the line is busy."), shown in the status
 * line at the bottom of the main window. Post it on the event broker under {@link #TOPIC}, from any thread: the status
 * line takes it to the UI thread itself.
 *
 * @param text  what to show
 * @param error whether it reports a failure (shown in red)
 */
public record StatusReport(String text, boolean error) {

	public static final String TOPIC = "org/switchboard/status";
}
