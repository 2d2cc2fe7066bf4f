package org.switchboard.nightservice;

/** Why night service cannot be switched on with what the operator typed; the UI words the {@link Reason}. */
public final class NightServiceException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public enum Reason {
		/** No queue given, or the PBX has no such queue. */
		NO_QUEUE,
		/** No night number typed. */
		NUMBER_MISSING,
		/** The night number is not dialable (digits, * and #, an optional leading +). */
		NUMBER_NOT_DIALABLE,
		/** The night number is the queue itself: calls would go round in circles. */
		NUMBER_IS_QUEUE,
		/** The prompt is not a sound file name (letters, digits, _ - . / only). */
		PROMPT_INVALID,
		/** Exit with night service: no night number was ever saved. */
		NOT_CONFIGURED
	}

	private final Reason reason;

	public NightServiceException(Reason reason, String message) {
		super(message);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}
}
