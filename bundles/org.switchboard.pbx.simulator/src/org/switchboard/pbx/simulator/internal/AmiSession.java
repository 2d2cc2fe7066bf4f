package org.switchboard.pbx.simulator.internal;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.switchboard.pbx.simulator.AmiMessages;

/**
 * One AMI connection: a reader that parses actions and hands them, one at a time, to the site loop, and a writer
 * that drains a bounded queue of outgoing bytes. A client that breaks the framing limits or reads too slowly to
 * keep its queue bounded is dropped; the server carries on.
 */
public final class AmiSession {

	static final String BANNER = "Asterisk Call Manager/11.0.0\r\n";
	/** Outgoing messages a client may lag behind before it is dropped (Asterisk: writetimeout). */
	private static final int MAX_QUEUED = 250_000;
	private static final byte[] CLOSE = new byte[0];
	/** Framing limits, so that a hostile or broken client cannot make the server buffer without bound. */
	static final int MAX_LINE = 8 * 1024;
	static final int MAX_HEADERS = 256;

	private final Socket socket;
	private final AmiServer server;
	private final String sessionId;
	private final BlockingQueue<byte[]> outbox = new LinkedBlockingQueue<>(MAX_QUEUED);
	private volatile boolean authenticated;
	private volatile boolean closed;
	private volatile boolean refuseInput;
	/** null: every event; empty: none; else the event categories (Privilege) this client wants. */
	private volatile Set<String> eventCategories;
	private String challenge;

	AmiSession(Socket socket, AmiServer server, String sessionId) {
		this.socket = socket;
		this.server = server;
		this.sessionId = sessionId;
	}

	void start() {
		outbox.offer(BANNER.getBytes(StandardCharsets.UTF_8));
		Thread.ofVirtual().name("ami-writer-" + sessionId).start(this::writeLoop);
		Thread.ofVirtual().name("ami-reader-" + sessionId).start(this::readLoop);
	}

	public boolean authenticated() {
		return authenticated;
	}

	String sessionId() {
		return sessionId;
	}

	String localAddress() {
		return "IPV4/TCP/" + address((InetSocketAddress) socket.getLocalSocketAddress());
	}

	String remoteAddress() {
		return "IPV4/TCP/" + address((InetSocketAddress) socket.getRemoteSocketAddress());
	}

	private static String address(InetSocketAddress a) {
		return a == null ? "0.0.0.0/0" : a.getAddress().getHostAddress() + "/" + a.getPort();
	}

	String challenge() {
		return challenge;
	}

	void challenge(String value) {
		challenge = value;
	}

	void login(String events) {
		setEventMask(events.isEmpty() ? "on" : events);
		authenticated = true;
	}

	/** Returns whether events are on afterwards. */
	boolean setEventMask(String mask) {
		String m = mask.strip().toLowerCase(Locale.ROOT);
		switch (m) {
		case "on", "yes", "true", "1", "all" -> eventCategories = null;
		case "off", "no", "false", "0", "none", "" -> eventCategories = Set.of();
		default -> {
			Set<String> categories = new HashSet<>();
			for (String c : m.split(",")) {
				categories.add(c.strip());
			}
			eventCategories = categories;
		}
		}
		return eventCategories == null || !eventCategories.isEmpty();
	}

	/** After a failed login Asterisk reads nothing more from the client. */
	void refuseInput() {
		refuseInput = true;
	}

	void send(AmiMessage message) {
		offer(message.toBytes());
	}

	void deliver(byte[] event, String privilege) {
		if (authenticated && !closed && wants(privilege)) {
			offer(event);
		}
	}

	/** Whether the client asked for events of this privilege (e.g. {@code call,all}). */
	boolean wants(String privilege) {
		Set<String> categories = eventCategories;
		if (categories == null) {
			return true;
		}
		for (String p : privilege.split(",")) {
			if (categories.contains(p)) {
				return true;
			}
		}
		return false;
	}

	/** Unframed bytes (the simulator's hostile-PBX ability), whatever events the client asked for. */
	boolean deliverRaw(byte[] bytes) {
		if (!authenticated || closed) {
			return false;
		}
		offer(bytes);
		return true;
	}

	private void offer(byte[] bytes) {
		if (closed) {
			return;
		}
		if (!outbox.offer(bytes)) {
			close();
		}
	}

	/** Sends what is queued, then closes (Logoff, failed login). */
	void closeAfterFlush() {
		refuseInput = true;
		if (!outbox.offer(CLOSE)) {
			close();
		}
	}

	public void close() {
		if (closed) {
			return;
		}
		closed = true;
		server.removed(this);
		outbox.clear();
		outbox.offer(CLOSE);
		try {
			socket.close();
		} catch (IOException e) {
			// already gone
		}
	}

	private void readLoop() {
		try {
			AmiMessages.Reader reader = new AmiMessages.Reader(
					new BufferedInputStream(socket.getInputStream(), 16 * 1024), MAX_LINE, MAX_HEADERS);
			while (!closed) {
				AmiMessage message = new AmiMessage();
				if (!reader.next(message::add)) {
					break;
				}
				if (refuseInput) {
					continue;
				}
				CompletableFuture<Void> done = new CompletableFuture<>();
				server.loop().execute(() -> {
					try {
						server.dispatcher().dispatch(this, message).done().whenComplete((v, e) -> done.complete(null));
					} catch (RuntimeException e) {
						done.complete(null);
						throw e;
					}
				});
				// actions of one session run one after the other, as in Asterisk's session thread
				while (!closed && !done.isDone()) {
					try {
						done.get(200, TimeUnit.MILLISECONDS);
					} catch (java.util.concurrent.TimeoutException e) {
						// keep waiting (a synchronous Originate lasts until the call is answered or fails)
					}
				}
			}
		} catch (IOException e) {
			// client went away or broke the framing limits: drop it
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		} catch (java.util.concurrent.ExecutionException e) {
			// not reached: the future only completes normally
		} finally {
			if (!refuseInput) {
				close();
			}
		}
	}

	private void writeLoop() {
		try (OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 64 * 1024)) {
			while (true) {
				byte[] bytes = outbox.take();
				if (bytes == CLOSE) {
					break;
				}
				out.write(bytes);
				if (outbox.isEmpty()) {
					out.flush();
				}
			}
			out.flush();
		} catch (IOException e) {
			// peer gone
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		} finally {
			close();
		}
	}
}
