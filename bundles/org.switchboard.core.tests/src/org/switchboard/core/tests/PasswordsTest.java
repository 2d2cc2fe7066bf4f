package org.switchboard.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.Random;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

import org.junit.jupiter.api.Test;
import org.switchboard.core.internal.Passwords;

class PasswordsTest {

	@Test
	void aHashNamesItsAlgorithmIterationsAndSaltAndVerifiesOnlyItsPassword() {
		String hash = Passwords.hash("s3cret-密码".toCharArray());
		String[] parts = hash.split("\\$");
		assertEquals(4, parts.length);
		assertEquals("pbkdf2-sha256", parts[0]);
		assertTrue(Integer.parseInt(parts[1]) >= 210_000);
		assertEquals(16, Base64.getDecoder().decode(parts[2]).length);
		assertEquals(32, Base64.getDecoder().decode(parts[3]).length);
		assertFalse(hash.contains("s3cret"));
		assertTrue(Passwords.verify("s3cret-密码".toCharArray(), hash));
		assertFalse(Passwords.verify("s3cret-密".toCharArray(), hash));
		assertFalse(Passwords.verify("S3cret-密码".toCharArray(), hash));
	}

	@Test
	void theSamePasswordGetsADifferentSaltEachTime() {
		String a = Passwords.hash("same".toCharArray());
		String b = Passwords.hash("same".toCharArray());
		assertNotEquals(a, b);
		assertTrue(Passwords.verify("same".toCharArray(), a));
		assertTrue(Passwords.verify("same".toCharArray(), b));
	}

	@Test
	void malformedOrForeignHashesNeverMatch() {
		for (String bad : new String[] { null, "", "plain", "md5$1$x$y", "pbkdf2-sha256$x$AA==$AA==",
				"pbkdf2-sha256$1000$!!$AA==", "pbkdf2-sha256$0$AA==$AA==", "pbkdf2-sha256$1000$AA==$",
				"pbkdf2-sha256$1000$$AA==" }) {
			assertFalse(Passwords.verify("anything".toCharArray(), bad), String.valueOf(bad));
		}
	}

	@Test
	void aHashWithAnotherIterationCountStillVerifies() throws Exception {
		// accounts hashed before a change of the count keep working: the count is read from the hash
		byte[] salt = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		byte[] key = javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
				.generateSecret(new javax.crypto.spec.PBEKeySpec("pw".toCharArray(), salt, 1000, 256)).getEncoded();
		String old = "pbkdf2-sha256$1000$" + Base64.getEncoder().encodeToString(salt) + "$"
				+ Base64.getEncoder().encodeToString(key);
		assertTrue(Passwords.verify("pw".toCharArray(), old));
		assertFalse(Passwords.verify("pw2".toCharArray(), old));
		assertEquals(1000, Passwords.iterationsOf(old));
		assertEquals(Passwords.ITERATIONS, Passwords.iterationsOf(Passwords.hash("pw".toCharArray())));
	}

	@Test
	void theDerivationGivesTheJavaRuntimesPbkdf2BytesForEveryKindOfPasswordSaltAndLength() throws Exception {
		// hashes stored before the console computed them itself must keep verifying, and new ones must verify with
		// any PBKDF2WithHmacSHA256: passwords longer than a SHA-256 block (hashed first), Chinese and other non-ASCII
		// text, a lone surrogate (encoded as '?'), salts of any length, keys longer than one SHA-256 output
		SecretKeyFactory runtime = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
		Random random = new Random(14);
		String[] fixed = { "", "a", "s3cret-密码", "\ud83d\ude00 emoji", "lone \ud800 surrogate", "x".repeat(64),
				"y".repeat(65), "密".repeat(30) };
		for (int n = 0; n < 200; n++) {
			char[] password = n < fixed.length ? fixed[n].toCharArray()
					: randomText(random, random.nextInt(n % 4 == 0 ? 120 : 20));
			byte[] salt = new byte[1 + random.nextInt(90)];
			random.nextBytes(salt);
			int iterations = 1 + random.nextInt(40);
			int bytes = 1 + random.nextInt(80);
			String stored = "pbkdf2-sha256$" + iterations + "$" + Base64.getEncoder().encodeToString(salt) + "$"
					+ Base64.getEncoder().encodeToString(runtime
							.generateSecret(new PBEKeySpec(password, salt, iterations, bytes * 8)).getEncoded());
			assertTrue(Passwords.verify(password, stored), () -> "differs from the runtime's PBKDF2: " + stored);
			assertFalse(Passwords.verify((new String(password) + "!").toCharArray(), stored), stored);
		}
		// and one at the real count, with the hash made here checked by the runtime
		String ours = Passwords.hash("operator-口令".toCharArray());
		String[] parts = ours.split("\\$");
		byte[] theirs = runtime.generateSecret(new PBEKeySpec("operator-口令".toCharArray(),
				Base64.getDecoder().decode(parts[2]), Passwords.ITERATIONS, 256)).getEncoded();
		assertEquals(parts[3], Base64.getEncoder().encodeToString(theirs));
	}

	private static char[] randomText(Random random, int length) {
		char[] text = new char[length];
		for (int i = 0; i < length; i++) {
			text[i] = (char) (random.nextBoolean() ? 32 + random.nextInt(95) : random.nextInt(0xFFFF));
		}
		return text;
	}

	@Test
	void theHashCheckedForAnUnknownAccountIsWellFormedSoTheFullDerivationRuns() {
		// a malformed one would be refused before deriving, and an unknown account would be told faster than a
		// wrong password
		String[] parts = Passwords.DUMMY.split("\\$");
		assertEquals(4, parts.length);
		assertEquals(Passwords.ITERATIONS, Passwords.iterationsOf(Passwords.DUMMY));
		assertEquals(16, Base64.getDecoder().decode(parts[2]).length);
		assertEquals(32, Base64.getDecoder().decode(parts[3]).length);
		assertFalse(Passwords.verify("".toCharArray(), Passwords.DUMMY));
		assertFalse(Passwords.verify("not a password".toCharArray(), Passwords.DUMMY));
	}
}
