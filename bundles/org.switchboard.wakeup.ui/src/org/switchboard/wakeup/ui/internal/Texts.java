package org.switchboard.wakeup.ui.internal;

import java.lang.reflect.Field;
import java.text.MessageFormat;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

import org.switchboard.model.WakeUpOutcome;
import org.switchboard.model.WakeUpTask;
import org.switchboard.wakeup.WakeUpException;
import org.switchboard.wakeup.WakeUpService;
import org.switchboard.wakeup.WakeUpTimes;

/** Words for wake-up values and refusals, in the UI's language. */
final class Texts {

	static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
	static final DateTimeFormatter DATE_TIME_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final Messages m;

	Texts(Messages m) {
		this.m = m;
	}

	Messages messages() {
		return m;
	}

	String refusal(WakeUpException e) {
		String items = WakeUpService.summary(e.items());
		String detail = e.reason() == WakeUpException.Reason.DATABASE ? e.getMessage() : items;
		return MessageFormat.format(field("error_" + camel(e.reason().name())), detail);
	}

	String outcome(WakeUpOutcome o) {
		return field("outcome_" + camel(o.name()));
	}

	String day(DayOfWeek d) {
		return field("day_" + d.name().substring(0, 3));
	}

	String repeat(WakeUpTask t) {
		return switch (t.getRepeat()) {
		case ONCE -> MessageFormat.format(m.repeat_once, t.getDate());
		case DAILY -> m.repeat_daily;
		case WEEKDAYS -> MessageFormat.format(m.repeat_weekdays,
				WakeUpTimes.weekdays(t.getWeekdays()).stream().sorted().map(this::day).collect(Collectors.joining(" ")));
		};
	}

	String when(Instant at, ZoneId zone, boolean seconds) {
		return at == null ? m.next_none : (seconds ? DATE_TIME_SECONDS : DATE_TIME).format(at.atZone(zone));
	}

	/** NO_ANSWER to noAnswer: E4 reads an underscore in a field name as a dot of the key, so keys have none. */
	static String camel(String constant) {
		StringBuilder out = new StringBuilder();
		for (String part : constant.toLowerCase(java.util.Locale.ROOT).split("_")) {
			out.append(out.isEmpty() ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
		}
		return out.toString();
	}

	/** The Messages field of a key that is built from a value (outcome, reason, day). */
	private String field(String name) {
		try {
			Field f = Messages.class.getField(name);
			Object v = f.get(m);
			return v == null ? name : (String) v;
		} catch (ReflectiveOperationException e) {
			return name;
		}
	}
}
