package org.switchboard.core.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import org.switchboard.core.PasswordHasher;

/**
 * Password hashing for operator accounts: salted PBKDF2 with HMAC-SHA256 (OWASP's 2023 advice: at least 210,000
 * iterations). A stored hash names its algorithm, iteration count and salt, so the count can be raised later
 * without breaking existing accounts: {@code pbkdf2-sha256$210000$<salt, base64>$<hash, base64>}. The bytes are those of
 * the Java runtime's {@code PBKDF2WithHmacSHA256}, computed by {@link Pbkdf2Sha256} (twice as fast where only the client
 * compiler runs).
 */
public final class Passwords {

	public static final String PREFIX = "pbkdf2-sha256";
	public static final int ITERATIONS = 210_000;
	private static final int SALT_BYTES = 16;
	private static final int HASH_BYTES = 32;
	private static final SecureRandom RANDOM = new SecureRandom();
	/** These hashes as the core's {@link PasswordHasher}. */
	public static final PasswordHasher HASHER = new PasswordHasher() {
		@Override
		public String hash(char[] password) {
			return Passwords.hash(password);
		}

		@Override
		public boolean verify(char[] password, String stored) {
			return Passwords.verify(password, stored);
		}

		@Override
		public void verifyNothing(char[] password) {
			Passwords.verifyNothing(password);
		}
	};
	/**
	 * Verified against when an account does not exist, so that the answer takes as long as for a real one: the full
	 * derivation runs (with the current count, over a fixed salt) and its result is compared with a key of zeros,
	 * which no derivation gives in practice. A constant, not a hash made when this class loads: that cost every
	 * console start a full derivation while the database opened.
	 */
	public static final String DUMMY = format(ITERATIONS, "switchboard-none".getBytes(StandardCharsets.US_ASCII),
			new byte[HASH_BYTES]);

	private Passwords() {
	}

	/** A new hash of the password with a fresh random salt. */
	public static String hash(char[] password) {
		byte[] salt = new byte[SALT_BYTES];
		RANDOM.nextBytes(salt);
		return format(ITERATIONS, salt, Pbkdf2Sha256.derive(password, salt, ITERATIONS, HASH_BYTES));
	}

	/** Whether the password matches the stored hash; compares in constant time. A malformed hash never matches. */
	public static boolean verify(char[] password, String stored) {
		if (stored == null) {
			return false;
		}
		String[] parts = stored.split("\\$");
		if (parts.length != 4 || !PREFIX.equals(parts[0])) {
			return false;
		}
		int iterations;
		byte[] salt;
		byte[] expected;
		try {
			iterations = Integer.parseInt(parts[1]);
			salt = Base64.getDecoder().decode(parts[2]);
			expected = Base64.getDecoder().decode(parts[3]);
		} catch (IllegalArgumentException e) {
			return false;
		}
		if (iterations < 1 || salt.length == 0 || expected.length == 0) {
			return false;
		}
		byte[] actual = Pbkdf2Sha256.derive(password, salt, iterations, expected.length);
		return MessageDigest.isEqual(expected, actual);
	}

	/** Spends the time of one verification without an account (see {@link #DUMMY}). */
	public static void verifyNothing(char[] password) {
		verify(password, DUMMY);
	}

	/** The iteration count of a stored hash, or 0 if it is not one of ours. */
	public static int iterationsOf(String stored) {
		String[] parts = stored == null ? new String[0] : stored.split("\\$");
		try {
			return parts.length == 4 && PREFIX.equals(parts[0]) ? Integer.parseInt(parts[1]) : 0;
		} catch (NumberFormatException e) {
			return 0;
		}
	}

	private static String format(int iterations, byte[] salt, byte[] hash) {
		Base64.Encoder b64 = Base64.getEncoder();
		return PREFIX + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
	}
}
