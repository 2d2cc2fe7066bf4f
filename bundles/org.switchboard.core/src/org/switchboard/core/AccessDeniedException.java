package org.switchboard.core;

/**
 * An operator asked a service for something the role does not allow (e.g. the Administration perspective's services
 * for a plain operator). Services check it themselves: hiding a menu is not enough.
 */
public final class AccessDeniedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String account;
	private final Right right;

	public AccessDeniedException(String account, Right right) {
		super((account == null ? "nobody" : account) + " may not " + right.name().toLowerCase(java.util.Locale.ROOT));
		this.account = account;
		this.right = right;
	}

	/** Who asked (null when nobody is logged in). */
	public String account() {
		return account;
	}

	public Right right() {
		return right;
	}
}
