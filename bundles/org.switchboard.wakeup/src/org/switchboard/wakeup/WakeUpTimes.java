package org.switchboard.wakeup;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.switchboard.model.WakeUpRepeat;
import org.switchboard.model.WakeUpTask;

/**
 * When a wake-up task runs: its time of day is the site's wall clock ({@link ZoneId}), so a daily 06:30 stays 06:30
 * across a daylight-saving change. On the night the clocks go forward a time in the gap runs at the first valid
 * instant after it; on the night they go back it runs once, at the earlier of the two.
 */
public final class WakeUpTimes {

	private WakeUpTimes() {
	}

	/** The first run of the task strictly after {@code after}, or {@code null} when it has none (a past one-off). */
	public static Instant nextRun(WakeUpTask task, Instant after, ZoneId zone) {
		LocalTime time = LocalTime.parse(task.getTimeOfDay());
		WakeUpRepeat repeat = task.getRepeat() == null ? WakeUpRepeat.ONCE : task.getRepeat();
		return switch (repeat) {
		case ONCE -> {
			Instant at = at(LocalDate.parse(task.getDate()), time, zone);
			yield at.isAfter(after) ? at : null;
		}
		case DAILY -> next(after, time, zone, EnumSet.allOf(DayOfWeek.class));
		case WEEKDAYS -> {
			Set<DayOfWeek> days = weekdays(task.getWeekdays());
			yield days.isEmpty() ? null : next(after, time, zone, days);
		}
		};
	}

	private static Instant next(Instant after, LocalTime time, ZoneId zone, Set<DayOfWeek> days) {
		LocalDate day = after.atZone(zone).toLocalDate().minusDays(1);
		for (int i = 0; i < 9; i++, day = day.plusDays(1)) {
			if (days.contains(day.getDayOfWeek())) {
				Instant at = at(day, time, zone);
				if (at.isAfter(after)) {
					return at;
				}
			}
		}
		throw new IllegalStateException("no run within a week");
	}

	/** The instant of a wall-clock time (ZonedDateTime.of resolves gaps forward and overlaps to the earlier offset). */
	static Instant at(LocalDate date, LocalTime time, ZoneId zone) {
		return ZonedDateTime.of(date, time, zone).toInstant();
	}

	/** {@code "MON,WED"} to days; blank to none; unknown names are an {@link IllegalArgumentException}. */
	public static Set<DayOfWeek> weekdays(String text) {
		Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
		if (text == null || text.isBlank()) {
			return days;
		}
		for (String part : text.split(",")) {
			String p = part.strip().toUpperCase(Locale.ROOT);
			DayOfWeek found = null;
			for (DayOfWeek d : DayOfWeek.values()) {
				if (p.length() >= 3 && d.name().startsWith(p)) {
					found = d;
				}
			}
			if (found == null) {
				throw new IllegalArgumentException("not a day of the week: " + part);
			}
			days.add(found);
		}
		return days;
	}

	/** Days to {@code "MON,WED"}, Monday first. */
	public static String weekdays(Set<DayOfWeek> days) {
		return days.stream().sorted().map(d -> d.name().substring(0, 3)).collect(Collectors.joining(","));
	}

	/** {@code HH:mm} (or {@code H:mm}) to a time; {@code null} when it is not one. */
	public static LocalTime parseTime(String text) {
		if (text == null || !text.strip().matches("[0-9]{1,2}:[0-9]{2}")) {
			return null;
		}
		try {
			String t = text.strip();
			return LocalTime.parse(t.length() == 4 ? "0" + t : t);
		} catch (DateTimeParseException e) {
			return null;
		}
	}
}
