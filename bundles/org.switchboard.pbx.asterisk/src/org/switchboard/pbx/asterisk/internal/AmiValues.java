package org.switchboard.pbx.asterisk.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.switchboard.model.ChannelState;
import org.switchboard.model.DeviceState;
import org.switchboard.model.DialPermission;
import org.switchboard.model.WakeUpOutcome;

/** Conversions of AMI field values, shared by the event families. */
final class AmiValues {

	/** What Asterisk writes for a caller id or name it does not know. */
	static final String UNKNOWN = "<unknown>";

	private AmiValues() {
	}

	/**
	 * {@code <unknown>} becomes "" (known to be unknown); null stays null. Every caller id, name and connected line the
	 * mapper hands on goes through here, so nothing above the back-end ever sees {@code <unknown>}.
	 */
	static String text(String value) {
		if (value == null) {
			return null;
		}
		return UNKNOWN.equals(value.trim()) ? "" : value;
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}

	static int intValue(Integer value) {
		return value == null ? 0 : value;
	}

	/**
	 * An extension or dialled number as the PBX reports it: 1 to 32 of {@code 0-9 * # +}. A loop, not a regular
	 * expression: it runs on the live model's thread for every event of a call and every item of a synchronisation
	 * (at 10,000 extensions a regular expression's matchers were 11 MB of garbage per login, JFR).
	 */
	static boolean isNumber(String value) {
		if (value == null || value.isEmpty() || value.length() > 32) {
			return false;
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if ((c < '0' || c > '9') && c != '*' && c != '#' && c != '+') {
				return false;
			}
		}
		return true;
	}

	static Instant instant(java.util.Date date) {
		return date == null ? null : date.toInstant();
	}

	/** {@code 00:01:02} or seconds. */
	static Duration duration(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			long seconds = 0;
			for (String part : value.trim().split(":")) {
				seconds = seconds * 60 + Long.parseLong(part.trim());
			}
			return Duration.ofSeconds(seconds);
		} catch (NumberFormatException e) {
			return null;
		}
	}

	static ChannelState state(Integer state) {
		if (state == null) {
			return null;
		}
		ChannelState s = ChannelState.get(state);
		return s == null ? ChannelState.UNKNOWN : s;
	}

	/** Asterisk's extension state bits (-1 removed, 0 idle, 1 in use, 2 busy, 4 unavailable, 8 ringing, 16 hold). */
	static DeviceState extensionState(Integer status) {
		if (status == null || status < 0) {
			return DeviceState.UNKNOWN;
		}
		int s = status;
		if ((s & 4) != 0) {
			return DeviceState.UNAVAILABLE;
		}
		if ((s & 16) != 0) {
			return DeviceState.ON_HOLD;
		}
		if ((s & 8) != 0) {
			return DeviceState.RINGING;
		}
		if ((s & 2) != 0) {
			return DeviceState.BUSY;
		}
		if ((s & 1) != 0) {
			return DeviceState.IN_USE;
		}
		return DeviceState.IDLE;
	}

	static DeviceState deviceState(String state) {
		if (state == null) {
			return DeviceState.UNKNOWN;
		}
		return switch (state.toUpperCase(Locale.ROOT)) {
		case "NOT_INUSE" -> DeviceState.IDLE;
		case "INUSE" -> DeviceState.IN_USE;
		case "BUSY" -> DeviceState.BUSY;
		case "RINGING", "RINGINUSE" -> DeviceState.RINGING;
		case "ONHOLD" -> DeviceState.ON_HOLD;
		case "UNAVAILABLE", "INVALID" -> DeviceState.UNAVAILABLE;
		default -> DeviceState.UNKNOWN;
		};
	}

	static DialPermission permission(String value) {
		return switch (value.toLowerCase(Locale.ROOT)) {
		case "internal" -> DialPermission.INTERNAL;
		case "local" -> DialPermission.LOCAL;
		case "national" -> DialPermission.NATIONAL;
		default -> DialPermission.INTERNATIONAL;
		};
	}

	/** The outcome of a wake-up call from the OriginateResponse reason (0 failed, 1/3 no answer, 4 answered, 5 busy, 8 congestion). */
	static WakeUpOutcome wakeUpOutcome(Integer reason) {
		return switch (reason == null ? 0 : reason) {
		case 4 -> WakeUpOutcome.ANSWERED;
		case 1, 3 -> WakeUpOutcome.NO_ANSWER;
		case 5 -> WakeUpOutcome.BUSY;
		case 8 -> WakeUpOutcome.CONGESTION;
		default -> WakeUpOutcome.FAILED;
		};
	}
}
