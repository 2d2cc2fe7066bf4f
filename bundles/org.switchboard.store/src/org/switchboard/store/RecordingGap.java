package org.switchboard.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A time when this console could not record calls (the PBX connection was down, or the console was not running):
 * the PBX's CDRs of that time are gone, so the call records show the gap instead of pretending.
 *
 * @param from when recording stopped
 * @param to   when it started again, or {@code null} while it has not
 */
public record RecordingGap(Instant from, Instant to) {

	public RecordingGap {
		Objects.requireNonNull(from, "from");
	}
}
