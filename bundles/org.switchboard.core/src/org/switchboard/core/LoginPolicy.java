package org.switchboard.core;

import java.time.Duration;

/**
 * How many failed logins in a row lock an account, and for how long. Defaults: 5 attempts, 5 minutes; a site
 * changes them with the system properties {@code switchboard.login.maxFailures} and
 * {@code switchboard.login.lockMinutes} (e.g. in the launcher's arguments).
 */
public record LoginPolicy(int maxFailures, Duration lockDuration) {

	public static final int DEFAULT_MAX_FAILURES = 5;
	public static final Duration DEFAULT_LOCK = Duration.ofMinutes(5);

	public LoginPolicy {
		if (maxFailures < 1) {
			throw new IllegalArgumentException("maxFailures must be at least 1: " + maxFailures);
		}
		if (lockDuration == null || lockDuration.isNegative() || lockDuration.isZero()) {
			throw new IllegalArgumentException("lockDuration must be positive: " + lockDuration);
		}
	}

	public static LoginPolicy defaults() {
		return new LoginPolicy(DEFAULT_MAX_FAILURES, DEFAULT_LOCK);
	}

	/** The defaults, overridden by the system properties where set and valid. */
	public static LoginPolicy fromSystemProperties() {
		int max = Integer.getInteger("switchboard.login.maxFailures", DEFAULT_MAX_FAILURES);
		long minutes = Long.getLong("switchboard.login.lockMinutes", DEFAULT_LOCK.toMinutes());
		try {
			return new LoginPolicy(max, Duration.ofMinutes(minutes));
		} catch (IllegalArgumentException e) {
			return defaults();
		}
	}
}
