package org.switchboard.pbx.asterisk.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A bounded relay between Asterisk-Java and one AMI connection. Asterisk-Java 3.42.2 reads a line into a
 * {@code StringBuilder} without a limit and a message's headers into a map without a limit, so a PBX (or anyone in
 * between) sending an endless line or message would fill the console's heap. The relay connects to the PBX itself,
 * offers the connection once on a loopback port for Asterisk-Java, and passes bytes through unchanged while it
 * counts them: a line over {@link #MAX_LINE} or a message over {@link #MAX_MESSAGE} drops the connection (logged),
 * and the gateway reconnects and resynchronises as after any loss.
 */
final class AmiGuard {

	private static final Logger LOG = Logger.getLogger(AmiGuard.class.getName());
	/** Longer than any real AMI line (a 1 MB header passes). */
	static final int MAX_LINE = 4 * 1024 * 1024;
	/** Longer than any real AMI message (a Command response with its whole output is one). */
	static final int MAX_MESSAGE = 16 * 1024 * 1024;
	/** How long the loopback port waits for Asterisk-Java. */
	private static final int ACCEPT_MILLIS = 15_000;

	private final Socket upstream;
	private final ServerSocket local;

	private AmiGuard(Socket upstream, ServerSocket local) {
		this.upstream = upstream;
		this.local = local;
	}

	/**
	 * Connects to the PBX (an unreachable PBX fails here, as Asterisk-Java's own connect would) and returns the relay,
	 * whose {@link #port()} on 127.0.0.1 accepts one connection.
	 */
	static AmiGuard open(String host, int port, int connectMillis) throws IOException {
		Socket upstream = new Socket();
		try {
			upstream.setTcpNoDelay(true);
			upstream.connect(new InetSocketAddress(host, port), connectMillis);
			ServerSocket local = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
			local.setSoTimeout(ACCEPT_MILLIS);
			AmiGuard guard = new AmiGuard(upstream, local);
			Thread.ofVirtual().name("switchboard-ami-guard-" + local.getLocalPort()).start(guard::run);
			return guard;
		} catch (IOException | RuntimeException e) {
			upstream.close();
			throw e;
		}
	}

	String host() {
		return local.getInetAddress().getHostAddress();
	}

	int port() {
		return local.getLocalPort();
	}

	private void run() {
		Socket client;
		try (ServerSocket once = local) {
			client = once.accept();
			client.setTcpNoDelay(true);
		} catch (SocketTimeoutException e) {
			close(upstream);
			return;
		} catch (IOException e) {
			close(upstream);
			return;
		}
		Thread.ofVirtual().name("switchboard-ami-guard-out").start(() -> copyActions(client));
		copyFromPbx(client);
	}

	/** Our actions to the PBX: passed as they are (PbxInput has checked every value). */
	private void copyActions(Socket client) {
		try (InputStream in = client.getInputStream(); OutputStream out = upstream.getOutputStream()) {
			in.transferTo(out);
		} catch (IOException e) {
			// one side went away
		} finally {
			close(client);
			close(upstream);
		}
	}

	private void copyFromPbx(Socket client) {
		byte[] buffer = new byte[64 * 1024];
		long line = 0;
		long message = 0;
		boolean lastWasCr = false;
		try (InputStream in = upstream.getInputStream(); OutputStream out = client.getOutputStream()) {
			int n;
			while ((n = in.read(buffer)) >= 0) {
				for (int i = 0; i < n; i++) {
					byte b = buffer[i];
					if (b == '\n') {
						boolean blank = line == 0 || line == 1 && lastWasCr;
						message = blank ? 0 : message + line + 1;
						line = 0;
					} else {
						line++;
					}
					lastWasCr = b == '\r';
					if (line > MAX_LINE || message + line > MAX_MESSAGE) {
						String what = line > MAX_LINE ? "a line longer than " + MAX_LINE
								: "a message longer than " + MAX_MESSAGE;
						LOG.warning("The PBX sent " + what + " bytes; dropping the connection.");
						return;
					}
				}
				out.write(buffer, 0, n);
				out.flush();
			}
		} catch (IOException e) {
			LOG.log(Level.FINE, "AMI relay closed", e);
		} finally {
			close(client);
			close(upstream);
		}
	}

	private static void close(Socket s) {
		try {
			s.close();
		} catch (IOException e) {
			// closing anyway
		}
	}
}
