package org.switchboard.pbx.simulator;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The one AMI message parser: "Key: value" lines ended by CRLF (or a bare LF), a blank line ends a message. Used by
 * the simulator's server side, by {@link SitePhones} and by the reference transcripts. Lines without a colon (the
 * banner) are skipped, and so is a message without any header. Keys and values are stripped of surrounding blanks.
 * <p>
 * Also the one writer of actions: {@link #action} refuses CR and LF in any key or value, so that no value can
 * smuggle a second action onto the wire.
 */
public final class AmiMessages {

	/** Line and header limits for a peer one trusts (a PBX, a transcript); the server sets tighter ones. */
	public static final int TRUSTED_MAX_LINE = 1024 * 1024;
	public static final int TRUSTED_MAX_HEADERS = 64 * 1024;

	/** Thrown when the peer broke a limit of a {@link Reader}; the connection cannot be read any further. */
	public static final class TooLargeException extends IOException {
		private static final long serialVersionUID = 1L;

		TooLargeException(String message) {
			super(message);
		}
	}

	/** Reads messages from a byte stream, one at a time, with hard limits on line length and header count. */
	public static final class Reader {

		private final InputStream in;
		private final int maxHeaders;
		private final byte[] line;

		public Reader(InputStream in, int maxLine, int maxHeaders) {
			this.in = in;
			this.maxHeaders = maxHeaders;
			this.line = new byte[maxLine];
		}

		/** A reader for a trusted peer (generous limits). */
		public Reader(InputStream in) {
			this(in, TRUSTED_MAX_LINE, TRUSTED_MAX_HEADERS);
		}

		/** The next line without its line end (the banner, for instance), or null at the end of the stream. */
		public String readLine() throws IOException {
			int length = read();
			return length < 0 ? null : new String(line, 0, length, StandardCharsets.UTF_8);
		}

		/**
		 * Hands the headers of the next message to {@code header}, in wire order (repeated keys each time); returns
		 * false at the end of the stream (a message cut off by the end is dropped).
		 */
		public boolean next(BiConsumer<String, String> header) throws IOException {
			int headers = 0;
			int lines = 0;
			while (true) {
				int length = read();
				if (length < 0) {
					return false;
				}
				if (length == 0) {
					if (headers > 0) {
						return true;
					}
					lines = 0;
					continue;
				}
				if (++lines > maxHeaders) {
					throw new TooLargeException("more than " + maxHeaders + " header lines");
				}
				String text = new String(line, 0, length, StandardCharsets.UTF_8);
				int colon = text.indexOf(':');
				if (colon > 0) {
					header.accept(text.substring(0, colon).strip(), text.substring(colon + 1).strip());
					headers++;
				}
			}
		}

		/** The next message as a map in wire order (a repeated key keeps its last value), or null at the end. */
		public Map<String, String> next() throws IOException {
			Map<String, String> message = new LinkedHashMap<>();
			return next(message::put) ? message : null;
		}

		private int read() throws IOException {
			int length = 0;
			while (true) {
				int b = in.read();
				if (b < 0) {
					return length == 0 ? -1 : length;
				}
				if (b == '\n') {
					if (length > 0 && line[length - 1] == '\r') {
						length--;
					}
					return length;
				}
				if (length == line.length) {
					throw new TooLargeException("line longer than " + line.length + " bytes");
				}
				line[length++] = (byte) b;
			}
		}
	}

	private AmiMessages() {
	}

	/** Every message in recorded wire text (a transcript block), headers in wire order; a repeated key keeps its last value. */
	public static List<Map<String, String>> parse(String wireText) {
		// a block's last message may lack its blank line
		String text = wireText.endsWith("\r\n\r\n") ? wireText : wireText + "\r\n\r\n";
		Reader reader = new Reader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
		List<Map<String, String>> out = new ArrayList<>();
		try {
			for (Map<String, String> m = reader.next(); m != null; m = reader.next()) {
				out.add(m);
			}
			return out;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * The wire bytes of an action: {@code Action} first, then the other headers in the order given.
	 *
	 * @throws IllegalArgumentException when a key or value contains CR or LF, or a key is empty or has a colon
	 */
	public static byte[] action(String action, Map<String, String> headers) {
		StringBuilder out = new StringBuilder(64 + 32 * headers.size());
		line(out, "Action", action);
		headers.forEach((k, v) -> {
			if (!"Action".equalsIgnoreCase(k)) {
				line(out, k, v);
			}
		});
		return out.append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * The wire bytes of a message with the headers in the order given.
	 *
	 * @throws IllegalArgumentException when a key or value contains CR or LF, or a key is empty or has a colon
	 */
	public static byte[] message(Map<String, String> headers) {
		StringBuilder out = new StringBuilder(32 + 32 * headers.size());
		headers.forEach((k, v) -> line(out, k, v));
		return out.append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
	}

	/** Whether a value can go into an action as it is (no CR, no LF). */
	public static boolean isSafe(String value) {
		return value != null && value.indexOf('\r') < 0 && value.indexOf('\n') < 0;
	}

	private static void line(StringBuilder out, String key, String value) {
		if (key == null || key.isBlank() || key.indexOf(':') >= 0 || !isSafe(key)) {
			throw new IllegalArgumentException("not an AMI header name: " + key);
		}
		if (!isSafe(value)) {
			throw new IllegalArgumentException("CR/LF in the AMI header " + key);
		}
		out.append(key).append(": ").append(value).append("\r\n");
	}
}
