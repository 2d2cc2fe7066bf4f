package org.switchboard.core;

import java.time.Instant;

import org.switchboard.model.Role;

/** The session of the operator logged in at this console. */
public record ConsoleSession(String account, String displayName, Role role, String extension, Instant startedAt)
		implements OperatorSession {

	/** For window titles: "Alice (1001)". */
	public String title() {
		return displayName + " (" + extension + ")";
	}
}
