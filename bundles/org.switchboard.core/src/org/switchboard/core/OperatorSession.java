package org.switchboard.core;

import java.time.Instant;

import org.switchboard.model.Role;

/**
 * Who is working at this console now. After login the application's context holds the current session (inject
 * {@code OperatorSession}); a shift handover replaces it without a restart, so parts that show it listen for
 * {@link #TOPIC_CHANGED} on the event broker.
 */
public interface OperatorSession {

	/** Event broker topic sent after login, handover and logout (data: the new session, or none on logout). */
	String TOPIC_CHANGED = "org/switchboard/session/changed";

	String account();

	String displayName();

	Role role();

	/** The extension this operator works at now (given at login), e.g. {@code "1001"}. */
	String extension();

	Instant startedAt();
}
