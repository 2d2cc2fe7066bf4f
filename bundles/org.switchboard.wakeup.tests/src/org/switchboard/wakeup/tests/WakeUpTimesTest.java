package org.switchboard.wakeup.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.switchboard.model.SwitchboardFactory;
import org.switchboard.model.WakeUpRepeat;
import org.switchboard.model.WakeUpTask;
import org.switchboard.wakeup.ExtensionSelection;
import org.switchboard.wakeup.WakeUpException;
import org.switchboard.wakeup.WakeUpTimes;

/** Next-run computation in the site's time zone, and reading extension ranges. */
class WakeUpTimesTest {

	static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	static WakeUpTask task(String time, WakeUpRepeat repeat, String date, String weekdays) {
		WakeUpTask t = SwitchboardFactory.eINSTANCE.createWakeUpTask();
		t.setExtension("2001");
		t.setTimeOfDay(time);
		t.setRepeat(repeat);
		t.setDate(date);
		t.setWeekdays(weekdays);
		return t;
	}

	static Instant at(String localDateTime, ZoneId zone) {
		return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
	}

	@Test
	void dailyRunsTodayWhenTheTimeIsAheadElseTomorrow() {
		WakeUpTask t = task("06:30", WakeUpRepeat.DAILY, null, null);
		assertEquals(at("2026-12-01T06:30", SHANGHAI), WakeUpTimes.nextRun(t, at("2026-12-01T05:00", SHANGHAI), SHANGHAI));
		assertEquals(at("2026-12-02T06:30", SHANGHAI), WakeUpTimes.nextRun(t, at("2026-12-01T06:30", SHANGHAI), SHANGHAI));
		assertEquals(at("2026-12-02T06:30", SHANGHAI), WakeUpTimes.nextRun(t, at("2026-12-01T23:59", SHANGHAI), SHANGHAI));
	}

	@Test
	void weekdaysSkipTheDaysNotChosen() {
		WakeUpTask t = task("07:00", WakeUpRepeat.WEEKDAYS, null, "MON,FRI");
		// 2026-12-01 is a Tuesday: the next is Friday the 4th, then Monday the 7th
		Instant friday = WakeUpTimes.nextRun(t, at("2026-12-01T08:00", SHANGHAI), SHANGHAI);
		assertEquals(at("2026-12-04T07:00", SHANGHAI), friday);
		assertEquals(DayOfWeek.FRIDAY, friday.atZone(SHANGHAI).getDayOfWeek());
		assertEquals(at("2026-12-07T07:00", SHANGHAI), WakeUpTimes.nextRun(t, friday, SHANGHAI));
		assertEquals("MON,WED,SUN", WakeUpTimes.weekdays(EnumSet.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY,
				DayOfWeek.WEDNESDAY)));
		assertEquals(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), WakeUpTimes.weekdays("mon, fri"));
		assertThrows(IllegalArgumentException.class, () -> WakeUpTimes.weekdays("MON,XYZ"));
	}

	@Test
	void aOneOffRunsOnceAndThenNever() {
		WakeUpTask t = task("06:30", WakeUpRepeat.ONCE, "2026-12-03", null);
		Instant run = WakeUpTimes.nextRun(t, at("2026-12-01T10:00", SHANGHAI), SHANGHAI);
		assertEquals(at("2026-12-03T06:30", SHANGHAI), run);
		assertNull(WakeUpTimes.nextRun(t, run, SHANGHAI));
	}

	@Test
	void dailyKeepsTheWallClockTimeAcrossDaylightSavingChanges() {
		WakeUpTask t = task("06:30", WakeUpRepeat.DAILY, null, null);
		// clocks go forward on 2026-03-29 in Berlin: 06:30 is still 06:30 local, 23 hours after the day before
		Instant saturday = WakeUpTimes.nextRun(t, at("2026-03-28T00:00", BERLIN), BERLIN);
		Instant sunday = WakeUpTimes.nextRun(t, saturday, BERLIN);
		assertEquals(6, sunday.atZone(BERLIN).getHour());
		assertEquals(30, sunday.atZone(BERLIN).getMinute());
		assertEquals(23 * 3600, sunday.getEpochSecond() - saturday.getEpochSecond());
		// and back on 2026-10-25: 25 hours
		Instant sat = WakeUpTimes.nextRun(t, at("2026-10-24T00:00", BERLIN), BERLIN);
		assertEquals(25 * 3600, WakeUpTimes.nextRun(t, sat, BERLIN).getEpochSecond() - sat.getEpochSecond());
	}

	@Test
	void aTimeInTheSpringGapRunsAtTheFirstValidInstantAndOneInTheAutumnOverlapOnce() {
		WakeUpTask t = task("02:30", WakeUpRepeat.DAILY, null, null);
		Instant gap = WakeUpTimes.nextRun(t, at("2026-03-29T00:00", BERLIN), BERLIN);
		assertEquals(ZonedDateTime.of(2026, 3, 29, 3, 30, 0, 0, BERLIN).toInstant(), gap);
		Instant overlap = WakeUpTimes.nextRun(t, at("2026-10-25T00:00", BERLIN), BERLIN);
		Instant next = WakeUpTimes.nextRun(t, overlap, BERLIN);
		assertEquals(25, overlap.atZone(BERLIN).getDayOfMonth());
		assertEquals(26, next.atZone(BERLIN).getDayOfMonth(), "the repeated hour does not ring twice");
	}

	@Test
	void rangesAndListsOfExtensions() {
		assertEquals(List.of("2001", "2002", "2003", "2010"), ExtensionSelection.parse("2001-2003, 2010 2002"));
		assertEquals(40, ExtensionSelection.parse("2001-2040").size());
		assertEquals(List.of("0998", "0999", "1000"), ExtensionSelection.parse("0998-1000"));
		for (String bad : List.of("2001-1990", "20a1", "2001-", "2001-2002-2003", "1-1000000")) {
			WakeUpException e = assertThrows(WakeUpException.class, () -> ExtensionSelection.parse(bad), bad);
			assertEquals(WakeUpException.Reason.BAD_SELECTION, e.reason(), bad);
		}
		assertEquals(WakeUpException.Reason.TOO_MANY,
				assertThrows(WakeUpException.class, () -> ExtensionSelection.parse("100000-199999")).reason());
	}
}
