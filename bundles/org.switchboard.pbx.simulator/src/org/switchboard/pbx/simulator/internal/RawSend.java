package org.switchboard.pbx.simulator.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/**
 * The simulator's hostile-PBX ability (no Asterisk has it): writes given bytes, unframed and unchecked, to the other
 * logged-in AMI connections, as a broken or malicious PBX (or a man in the middle) would. Clients must survive
 * whatever arrives: malformed lines, truncated packets, huge headers, floods, garbage.
 * <p>
 * Headers: {@code Base64} (the bytes), {@code Repeat} (how many times in a row, default 1, at most 1,000,000) and
 * {@code PadBytes} (the first {@code %PAD} in the bytes becomes that many {@code x}, at most 64 MiB: a header longer
 * than an AMI action line may carry).
 */
final class RawSend {

	static final String ACTION = "SimulatorSendRaw";
	private static final byte[] PAD = "%PAD".getBytes(StandardCharsets.US_ASCII);
	private static final int MAX_REPEAT = 1_000_000;
	private static final int MAX_PAD = 64 * 1024 * 1024;
	private static final long MAX_TOTAL = 256L * 1024 * 1024;

	private final AmiServer server;

	RawSend(AmiServer server) {
		this.server = server;
	}

	void register(ActionDispatcher dispatcher) {
		dispatcher.register(ACTION, r -> {
			byte[] payload;
			int repeat;
			int pad;
			try {
				payload = Base64.getDecoder().decode(r.header("Base64").strip());
				repeat = r.header("Repeat").isBlank() ? 1 : Integer.parseInt(r.header("Repeat").strip());
				pad = r.header("PadBytes").isBlank() ? 0 : Integer.parseInt(r.header("PadBytes").strip());
			} catch (IllegalArgumentException e) {
				r.error("Base64 must be base64, Repeat and PadBytes numbers");
				return;
			}
			if (repeat < 1 || repeat > MAX_REPEAT || pad < 0 || pad > MAX_PAD) {
				r.error("Repeat must be 1 to " + MAX_REPEAT + ", PadBytes 0 to " + MAX_PAD);
				return;
			}
			byte[] bytes = repeat(pad(payload, pad), repeat);
			if (bytes == null) {
				r.error("More than " + MAX_TOTAL + " bytes");
				return;
			}
			// the answer first: the asking client (a test's phone side) gets its response, not the garbage
			r.success(ACTION + " accepted");
			server.sendRaw(bytes, r.session);
		});
	}

	static byte[] pad(byte[] payload, int pad) {
		int at = indexOf(payload, PAD);
		if (at < 0 || pad == 0) {
			return payload;
		}
		byte[] out = new byte[payload.length - PAD.length + pad];
		System.arraycopy(payload, 0, out, 0, at);
		Arrays.fill(out, at, at + pad, (byte) 'x');
		System.arraycopy(payload, at + PAD.length, out, at + pad, payload.length - at - PAD.length);
		return out;
	}

	private static byte[] repeat(byte[] bytes, int times) {
		if ((long) bytes.length * times > MAX_TOTAL) {
			return null;
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length * times);
		for (int i = 0; i < times; i++) {
			out.write(bytes, 0, bytes.length);
		}
		return out.toByteArray();
	}

	private static int indexOf(byte[] in, byte[] what) {
		outer: for (int i = 0; i + what.length <= in.length; i++) {
			for (int j = 0; j < what.length; j++) {
				if (in[i + j] != what[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}
}
