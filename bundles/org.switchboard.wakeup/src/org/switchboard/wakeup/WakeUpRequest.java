package org.switchboard.wakeup;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.switchboard.model.WakeUpRepeat;

/**
 * What the operator asked for: a wake-up at {@code time} for each of the extensions, once (on {@code date}), daily
 * or on the chosen weekdays, with retries when nobody answers, playing {@code prompt} (empty: the dialplan's).
 */
public record WakeUpRequest(List<String> extensions, LocalTime time, WakeUpRepeat repeat, LocalDate date,
		Set<DayOfWeek> weekdays, int retries, int retryIntervalMinutes, String prompt) {

	public static final int MAX_RETRIES = 5;
	public static final int MAX_INTERVAL_MINUTES = 60;

	public WakeUpRequest {
		extensions = extensions == null ? List.of() : List.copyOf(extensions);
		weekdays = weekdays == null ? Set.of() : Set.copyOf(weekdays);
		prompt = prompt == null ? "" : prompt.strip();
		repeat = repeat == null ? WakeUpRepeat.ONCE : repeat;
	}
}
