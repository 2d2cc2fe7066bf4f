package org.switchboard.pbx.simulator.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Time stamps in the formats Asterisk writes (UTC, as the lab's usegmtime). */
final class Clock {

	private static final DateTimeFormatter EVENT_TV = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")
			.withZone(ZoneOffset.UTC);
	private static final DateTimeFormatter CDR = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
			.withZone(ZoneOffset.UTC);
	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

	private Clock() {
	}

	static String eventTv() {
		return EVENT_TV.format(Instant.now());
	}

	static String cdrTime(long millis) {
		return millis == 0 ? "" : CDR.format(Instant.ofEpochMilli(millis));
	}

	static String date(long millis) {
		return DATE.format(Instant.ofEpochMilli(millis));
	}

	static String time(long millis) {
		return TIME.format(Instant.ofEpochMilli(millis));
	}

	static long epochSeconds() {
		return System.currentTimeMillis() / 1000;
	}

	/** HH:MM:SS as CoreShowChannel's Duration. */
	static String duration(long sinceMillis) {
		long s = Math.max(0, (System.currentTimeMillis() - sinceMillis) / 1000);
		return String.format("%02d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60);
	}
}
