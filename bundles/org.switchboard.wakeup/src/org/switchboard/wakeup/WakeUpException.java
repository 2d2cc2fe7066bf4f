package org.switchboard.wakeup;

import java.util.List;

/**
 * A wake-up change that was refused, and nothing of it was saved. The {@link Reason} says why (the UI words it), the
 * {@link #items()} what it concerns (e.g. the unknown extensions), the message is for the log.
 */
public class WakeUpException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/** Why a change was refused. */
	public enum Reason {
		/** No extension was chosen. */
		NO_EXTENSIONS,
		/** A range or list that cannot be read ({@code 2001-2040, 2050}); items: the bad part. */
		BAD_SELECTION,
		/** More extensions than one change may cover; items: the limit. */
		TOO_MANY,
		/** Extensions the PBX does not have; items: them. */
		UNKNOWN_EXTENSION,
		/** The time is not HH:mm. */
		BAD_TIME,
		/** A one-off wake-up at a time that has passed. */
		TIME_IN_PAST,
		/** Weekdays chosen: none. */
		NO_WEEKDAYS,
		/** Retries outside 0..{@value WakeUpRequest#MAX_RETRIES}. */
		RETRIES_OUT_OF_RANGE,
		/** Retry interval outside 1..{@value WakeUpRequest#MAX_INTERVAL_MINUTES} minutes. */
		INTERVAL_OUT_OF_RANGE,
		/** The prompt is not a sound file name. */
		BAD_PROMPT,
		/** The PBX is not connected, so the extensions cannot be checked. */
		NOT_CONNECTED,
		/**
		 * The extensions already have a wake-up at that time with that repeat (another console may just have set
		 * it); items: them.
		 */
		ALREADY_SET,
		/** Another console changed (or deleted) the wake-up after this edit of it started; nothing was saved. */
		CHANGED_ELSEWHERE,
		/** The database failed; the message says how. */
		DATABASE
	}

	private final Reason reason;
	private final List<String> items;

	public WakeUpException(Reason reason, String message, List<String> items, Throwable cause) {
		super(message, cause);
		this.reason = reason;
		this.items = List.copyOf(items);
	}

	public WakeUpException(Reason reason, String message, String... items) {
		this(reason, message, List.of(items), null);
	}

	public Reason reason() {
		return reason;
	}

	public List<String> items() {
		return items;
	}
}
