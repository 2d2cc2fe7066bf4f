package org.switchboard.core.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * PBKDF2 with HMAC-SHA256 (RFC 8018, FIPS 180-4), giving exactly the bytes of the Java runtime's
 * {@code PBKDF2WithHmacSHA256} (the password encoded as UTF-8). Why not the runtime's: on two cores the console runs
 * with the client compiler alone, which has no intrinsic for SHA-256, and the runtime's HMAC hashes the key's inner
 * and outer pad again in every iteration: four SHA-256 blocks per iteration, 0.42 s for 210,000 iterations on our
 * 2-core machines. Here the pads' states are hashed once and every iteration is two blocks kept as ints (no bytes, no
 * allocation), about half of that.
 */
final class Pbkdf2Sha256 {

	private static final int[] K = { 0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1,
			0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7,
			0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
			0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85,
			0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b,
			0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c,
			0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
			0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2 };
	private static final int[] INITIAL = { 0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c,
			0x1f83d9ab, 0x5be0cd19 };
	private static final int BLOCK = 64;
	private static final int HASH = 32;

	private Pbkdf2Sha256() {
	}

	/** The derived key of {@code bytes} bytes. */
	static byte[] derive(char[] password, byte[] salt, int iterations, int bytes) {
		if (iterations < 1 || bytes < 1) {
			throw new IllegalArgumentException("iterations and length must be positive");
		}
		byte[] key = utf8(password);
		byte[] pad = new byte[BLOCK];
		int[] w = new int[64];
		try {
			if (key.length > BLOCK) {
				byte[] hashed = sha256(key, w);
				Arrays.fill(key, (byte) 0);
				key = hashed;
			}
			int[] inner = padState(key, (byte) 0x36, pad, w);
			int[] outer = padState(key, (byte) 0x5c, pad, w);
			byte[] out = new byte[bytes];
			int[] u = new int[8];
			int[] t = new int[8];
			int[] state = new int[8];
			for (int block = 1, at = 0; at < bytes; block++, at += HASH) {
				// U1 = HMAC(password, salt || INT(block)), the only message of a length not known in advance
				byte[] first = Arrays.copyOf(salt, salt.length + 4);
				ByteBuffer.wrap(first, salt.length, 4).putInt(block);
				System.arraycopy(inner, 0, state, 0, 8);
				digest(state, first, BLOCK, w);
				finishBoth(outer, state, u, w);
				System.arraycopy(u, 0, t, 0, 8);
				for (int i = 1; i < iterations; i++) {
					// U(i+1) = HMAC(password, U(i)): both messages are one 32-byte hash after a 64-byte pad
					System.arraycopy(inner, 0, state, 0, 8);
					compressHash(state, u, w);
					finishBoth(outer, state, u, w);
					for (int j = 0; j < 8; j++) {
						t[j] ^= u[j];
					}
				}
				for (int j = 0; j < 8 && at + 4 * j < bytes; j++) {
					for (int b = 0; b < 4 && at + 4 * j + b < bytes; b++) {
						out[at + 4 * j + b] = (byte) (t[j] >>> (24 - 8 * b));
					}
				}
			}
			return out;
		} finally {
			Arrays.fill(key, (byte) 0);
			Arrays.fill(pad, (byte) 0);
		}
	}

	/** The password's bytes as the runtime's PBKDF2 takes them. */
	private static byte[] utf8(char[] password) {
		ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
		byte[] bytes = new byte[encoded.remaining()];
		encoded.get(bytes);
		if (encoded.hasArray()) {
			Arrays.fill(encoded.array(), (byte) 0);
		}
		return bytes;
	}

	/** SHA-256's state after the one block of the key XOR the pad byte. */
	private static int[] padState(byte[] key, byte fill, byte[] pad, int[] w) {
		Arrays.fill(pad, fill);
		for (int i = 0; i < key.length; i++) {
			pad[i] = (byte) (key[i] ^ fill);
		}
		int[] state = INITIAL.clone();
		for (int i = 0; i < 16; i++) {
			w[i] = ByteBuffer.wrap(pad).getInt(4 * i);
		}
		compress(state, w);
		return state;
	}

	/** The outer hash of the inner one: {@code u} = SHA-256 from the outer pad's state over the inner hash. */
	private static void finishBoth(int[] outer, int[] innerHash, int[] u, int[] w) {
		System.arraycopy(outer, 0, u, 0, 8);
		compressHash(u, innerHash, w);
	}

	/**
	 * Hashes a 32-byte message in the block after one already hashed: the message, its padding and its length (96
	 * bytes in all) in one block, in place of {@code state}.
	 */
	private static void compressHash(int[] state, int[] message, int[] w) {
		System.arraycopy(message, 0, w, 0, 8);
		w[8] = 0x80000000;
		Arrays.fill(w, 9, 15, 0);
		w[15] = (BLOCK + HASH) * 8;
		compress(state, w);
	}

	/** SHA-256 of a whole message. */
	private static byte[] sha256(byte[] message, int[] w) {
		int[] state = INITIAL.clone();
		digest(state, message, 0, w);
		byte[] out = new byte[HASH];
		for (int i = 0; i < 8; i++) {
			ByteBuffer.wrap(out).putInt(4 * i, state[i]);
		}
		return out;
	}

	/** Hashes the message and its padding on top of {@code state}, after {@code before} bytes already hashed. */
	private static void digest(int[] state, byte[] message, long before, int[] w) {
		long bits = (before + message.length) * 8;
		int padded = (message.length + 9 + BLOCK - 1) / BLOCK * BLOCK;
		byte[] all = Arrays.copyOf(message, padded);
		all[message.length] = (byte) 0x80;
		ByteBuffer.wrap(all).putLong(padded - 8, bits);
		ByteBuffer b = ByteBuffer.wrap(all);
		for (int at = 0; at < padded; at += BLOCK) {
			for (int i = 0; i < 16; i++) {
				w[i] = b.getInt(at + 4 * i);
			}
			compress(state, w);
		}
	}

	/** One SHA-256 block: {@code w[0..15]} holds the block's words; the rest of {@code w} is overwritten. */
	private static void compress(int[] state, int[] w) {
		for (int i = 16; i < 64; i++) {
			int x = w[i - 15];
			int y = w[i - 2];
			int s0 = Integer.rotateRight(x, 7) ^ Integer.rotateRight(x, 18) ^ (x >>> 3);
			int s1 = Integer.rotateRight(y, 17) ^ Integer.rotateRight(y, 19) ^ (y >>> 10);
			w[i] = w[i - 16] + s0 + w[i - 7] + s1;
		}
		int a = state[0];
		int b = state[1];
		int c = state[2];
		int d = state[3];
		int e = state[4];
		int f = state[5];
		int g = state[6];
		int h = state[7];
		for (int i = 0; i < 64; i++) {
			int t1 = h + (Integer.rotateRight(e, 6) ^ Integer.rotateRight(e, 11) ^ Integer.rotateRight(e, 25))
					+ ((e & f) ^ (~e & g)) + K[i] + w[i];
			int t2 = (Integer.rotateRight(a, 2) ^ Integer.rotateRight(a, 13) ^ Integer.rotateRight(a, 22))
					+ ((a & b) ^ (a & c) ^ (b & c));
			h = g;
			g = f;
			f = e;
			e = d + t1;
			d = c;
			c = b;
			b = a;
			a = t1 + t2;
		}
		state[0] += a;
		state[1] += b;
		state[2] += c;
		state[3] += d;
		state[4] += e;
		state[5] += f;
		state[6] += g;
		state[7] += h;
	}
}
