package org.switchboard.pbx;

/**
 * Why a PBX operation failed. Code (and the UI, which turns the {@link Reason} into localized text) reacts to the
 * reason; the message is for the log only.
 */
public class PbxException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/** The kind of failure, for code that reacts to it. */
	public enum Reason {
		/** A number, name or text that cannot be sent (letters in a number, control characters, too long). */
		INVALID_INPUT,
		/** Not connected to the PBX, or the connection was lost while the operation ran. */
		NOT_CONNECTED,
		/** Wrong manager user or secret. */
		AUTHENTICATION_FAILED,
		/** The PBX, or the phone the operation needs, could not be reached. */
		UNREACHABLE,
		/** The party or channel the operation is about does not exist (any more). */
		NOT_FOUND,
		/** The called party is busy or refuses calls (do-not-disturb). */
		BUSY,
		/** The caller may not make this call (dial permission, barred number). */
		NOT_PERMITTED,
		/** Nobody answered. */
		NO_ANSWER,
		/** The network or the PBX has no free line or route now. */
		CONGESTION,
		/** The PBX or the called side refused the operation for another reason. */
		REJECTED,
		/** The PBX did not answer in time. */
		TIMEOUT,
		/** The PBX answered with an error. */
		PBX_ERROR
	}

	/** A finer cause within a reason, for a more precise message; most failures have none. */
	public enum Detail {
		/** {@link Reason#BUSY}: the called extension has do-not-disturb on (the PBX refused it without ringing). */
		DO_NOT_DISTURB,
		/**
		 * {@link Reason#REJECTED}: the PBX accepted an attended transfer but started no consultation call (on Asterisk:
		 * the core sound files are missing).
		 */
		NO_CONSULTATION,
		/** {@link Reason#INVALID_INPUT}: the number to call is the operator's own extension. */
		OWN_EXTENSION
	}

	private final Reason reason;
	private final Detail detail;

	public PbxException(Reason reason, String message) {
		this(reason, (Detail) null, message);
	}

	public PbxException(Reason reason, Detail detail, String message) {
		super(message);
		this.reason = reason;
		this.detail = detail;
	}

	public PbxException(Reason reason, String message, Throwable cause) {
		super(message, cause);
		this.reason = reason;
		this.detail = null;
	}

	public Reason reason() {
		return reason;
	}

	/** The finer cause, or null. */
	public Detail detail() {
		return detail;
	}
}
