package org.switchboard.core;

/**
 * How operator passwords are hashed and checked. A stored hash names its own algorithm and parameters, so the
 * parameters can be raised without breaking existing accounts. Slow on purpose (~0.1-0.3 s): never on the UI thread.
 */
public interface PasswordHasher {

	/** A new hash of the password with a fresh random salt. */
	String hash(char[] password);

	/** Whether the password matches the stored hash; compares in constant time. A malformed hash never matches. */
	boolean verify(char[] password, String stored);

	/** Spends the time of one verification without an account, so that an unknown account takes as long. */
	void verifyNothing(char[] password);
}
