package org.switchboard.core;

import java.time.Instant;

import org.switchboard.pbx.PbxException;

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
	private final PbxException.Reason pbxReason;
	private final String pbxAddress;

	public LoginException(Reason reason, String message) {
		this(reason, message, null, null);
	}

	public LoginException(Reason reason, String message, Instant lockedUntil, Throwable cause) {
		super(message, cause);
		this.reason = reason;
		this.lockedUntil = lockedUntil;
		this.pbxReason = null;
		this.pbxAddress = null;
	}

	/**
	 * {@link Reason#PBX_UNAVAILABLE}, with why (the UI words it in its own language; the message is for the log).
	 *
	 * @param address the PBX as {@code host:port}, or null when none is known
	 */
	public LoginException(PbxException.Reason pbxReason, String address, String message, Throwable cause) {
		super(message, cause);
		this.reason = Reason.PBX_UNAVAILABLE;
		this.lockedUntil = null;
		this.pbxReason = pbxReason;
		this.pbxAddress = address;
	}

	public Reason reason() {
		return reason;
	}

	/** For {@link Reason#PBX_UNAVAILABLE}: why the PBX could not be used, when known (else null). */
	public PbxException.Reason pbxReason() {
		return pbxReason;
	}

	/** For {@link Reason#PBX_UNAVAILABLE}: the PBX's {@code host:port}, when known (else null). */
	public String pbxAddress() {
		return pbxAddress;
	}

	/** For {@link Reason#LOCKED}: when the account opens again. */
	public Instant lockedUntil() {
		return lockedUntil;
	}
}
