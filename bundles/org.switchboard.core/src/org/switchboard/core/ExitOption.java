package org.switchboard.core;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/**
 * A way of leaving the console that an area offers in the exit dialog besides the plain exit (SPEC Q2: exit with
 * night service). Published by an area as an OSGi service; the application lists every one it finds, so it knows
 * none of them by name.
 */
public interface ExitOption {

	/** A stable id, e.g. {@code nightservice.exit}. */
	String id();

	/** The choice's label in the operator's language, e.g. "Exit and switch night service on". */
	String label(Locale locale);

	/** Whether the option can be chosen now (e.g. night service is configured); a reason otherwise. */
	default String unavailableReason(OperatorSession session, Locale locale) {
		return null;
	}

	/**
	 * Done before the console quits, after the operator left the operator queue. When the future fails the console
	 * does not quit and shows why.
	 */
	CompletableFuture<Void> beforeExit(OperatorSession session);
}
