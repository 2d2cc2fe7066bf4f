package org.switchboard.pbx.conformance;

import java.time.Duration;

/**
 * How one case went. {@code message} says why it failed, or notes a part that was skipped (with the reason).
 */
public record CaseResult(String id, String title, boolean passed, String message, Duration took) {

	/** {@code PASS C1 originate ...} or {@code FAIL X2 attended transfer ...: why}. */
	public String line() {
		String text = message == null || message.isEmpty() ? "" : passed ? " (" + message + ")" : ": " + message;
		return (passed ? "PASS " : "FAIL ") + id + " " + title + text;
	}
}
