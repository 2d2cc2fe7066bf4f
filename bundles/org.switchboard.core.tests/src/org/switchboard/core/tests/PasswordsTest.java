package org.switchboard.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;

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
				"pbkdf2-sha256$1000$!!$AA==", "pbkdf2-sha256$0$AA==$AA==", "pbkdf2-sha256$1000$AA==$" }) {
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
