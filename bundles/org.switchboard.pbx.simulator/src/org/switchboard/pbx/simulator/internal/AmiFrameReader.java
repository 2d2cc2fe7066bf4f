package org.switchboard.pbx.simulator.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Splits the client byte stream into AMI messages (header lines ended by CRLF or a bare LF, a blank line ends the
 * message) with hard limits, so that a hostile or broken client cannot make the server buffer without bound.
 */
final class AmiFrameReader {

	/** Thrown when the client broke a limit; the session drops the connection. */
	static final class FrameTooLargeException extends IOException {
		private static final long serialVersionUID = 1L;

		FrameTooLargeException(String message) {
			super(message);
		}
	}

	static final int MAX_LINE = 8 * 1024;
	static final int MAX_HEADERS = 256;

	private final InputStream in;
	private final byte[] line = new byte[MAX_LINE];

	AmiFrameReader(InputStream in) {
		this.in = in;
	}

	/** The next message, or null at end of stream. A message without any "key: value" line is skipped. */
	AmiMessage next() throws IOException {
		AmiMessage message = new AmiMessage();
		int lines = 0;
		while (true) {
			int length = readLine();
			if (length < 0) {
				return null;
			}
			if (length == 0) {
				if (message.size() > 0) {
					return message;
				}
				continue;
			}
			if (++lines > MAX_HEADERS) {
				throw new FrameTooLargeException("more than " + MAX_HEADERS + " header lines");
			}
			String text = new String(line, 0, length, StandardCharsets.UTF_8);
			int colon = text.indexOf(':');
			if (colon > 0) {
				message.add(text.substring(0, colon).strip(), text.substring(colon + 1).strip());
			}
		}
	}

	private int readLine() throws IOException {
		int length = 0;
		while (true) {
			int b = in.read();
			if (b < 0) {
				return -1;
			}
			if (b == '\n') {
				if (length > 0 && line[length - 1] == '\r') {
					length--;
				}
				return length;
			}
			if (length == MAX_LINE) {
				throw new FrameTooLargeException("line longer than " + MAX_LINE + " bytes");
			}
			line[length++] = (byte) b;
		}
	}
}
