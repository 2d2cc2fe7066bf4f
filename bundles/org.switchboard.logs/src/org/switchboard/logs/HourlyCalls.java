package org.switchboard.logs;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.switchboard.store.CallRecordRepository;

/** Calls per hour of a day, from the call records (the day at a glance). Blocks on the store: not on the UI thread. */
public final class HourlyCalls {

	private HourlyCalls() {
	}

	/** 24 counts, hour 0 to 23 of the day in the zone; a day that is not over yet counts up to now. */
	public static int[] of(CallRecordRepository records, LocalDate day, ZoneId zone) {
		Instant from = day.atStartOfDay(zone).toInstant();
		Instant to = day.plusDays(1).atStartOfDay(zone).toInstant();
		int[] hours = new int[24];
		records.startTimes(from, to, millis -> hours[Instant.ofEpochMilli(millis).atZone(zone).getHour()]++);
		return hours;
	}
}
