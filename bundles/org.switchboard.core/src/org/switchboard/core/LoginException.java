package org.switchboard.core;

import java.time.Instant;

/** Why a login (or a handover) was refused; the UI shows a message for each reason, never a stack trace. */
public class LoginException extends Exception {

	private static final long serialVersionUID = 1L;

	public enum Reason {
		/** Unknown account or wrong password (deliberately not told apart). */
		WRONG_CREDENTIALS,
		/** Too many failed attempts: locked until {@link LoginException#lockedUntil()}. */
		LOCKED,
		/** An administrator disabled the account. */
		DISABLED,
		/** The extension is empty or not a number. */
		MALFORMED_EXTENSION,
		/** The PBX does not know the extension. */
		UNKNOWN_EXTENSION,
		/** The PBX cannot be reached or refused the console's manager login. */
		PBX_UNAVAILABLE,
		/** The database cannot be opened or written. */
		DATABASE_UNAVAILABLE,
		/** No operator account exists yet: the first administrator must be created. */
		NO_OPERATORS,
		/** Anything else (a defect): the message says what. */
		UNEXPECTED
	}

	private final Reason reason;
	private final transient Instant lockedUntil;

	public LoginException(Reason reason, String message) {
		this(reason, message, null, null);
	}

	public LoginException(Reason reason, String message, Instant lockedUntil, Throwable cause) {
		super(message, cause);
		this.reason = reason;
		this.lockedUntil = lockedUntil;
	}

	public Reason reason() {
		return reason;
	}

	/** For {@link Reason#LOCKED}: when the account opens again. */
	public Instant lockedUntil() {
		return lockedUntil;
	}
}
