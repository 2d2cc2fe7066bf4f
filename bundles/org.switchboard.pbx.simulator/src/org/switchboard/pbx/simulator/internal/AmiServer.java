package org.switchboard.pbx.simulator.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** The AMI listener: accepts connections, keeps the sessions, fans events out to them. */
public final class AmiServer implements AutoCloseable {

	/** manager.conf authlimit: connections that have not logged in yet. */
	private static final int AUTH_LIMIT = 50;
	/** manager.conf authtimeout (seconds): a connection must log in within this time. */
	private static final long AUTH_TIMEOUT_MILLIS = 30_000;

	private final ServerSocket serverSocket;
	private final Set<AmiSession> sessions = ConcurrentHashMap.newKeySet();
	private final AtomicLong sessionCounter = new AtomicLong();
	private final AtomicLong eventCount = new AtomicLong();
	private volatile SiteLoop loop;
	private volatile ActionDispatcher dispatcher;
	private volatile boolean closed;

	public AmiServer(String bind, int port) throws IOException {
		serverSocket = new ServerSocket();
		serverSocket.setReuseAddress(true);
		try {
			serverSocket.bind(new InetSocketAddress(InetAddress.getByName(bind), port), 128);
		} catch (IOException e) {
			serverSocket.close();
			throw e;
		}
	}

	public void start(SiteLoop siteLoop, ActionDispatcher actionDispatcher) {
		this.loop = siteLoop;
		this.dispatcher = actionDispatcher;
		Thread accept = new Thread(this::acceptLoop, "ami-accept-" + port());
		accept.setDaemon(true);
		accept.start();
	}

	public int port() {
		return serverSocket.getLocalPort();
	}

	SiteLoop loop() {
		return loop;
	}

	ActionDispatcher dispatcher() {
		return dispatcher;
	}

	/** Events sent to all clients so far (the load generator paces itself on this). */
	public long eventCount() {
		return eventCount.get();
	}

	public int sessionCount() {
		return sessions.size();
	}

	/** Sends an event to every logged-in session that wants it; called on the site loop. */
	public void broadcast(AmiMessage event) {
		eventCount.incrementAndGet();
		byte[] bytes = event.toBytes();
		String privilege = event.get("Privilege");
		for (AmiSession s : sessions) {
			s.deliver(bytes, privilege);
		}
	}

	/** Drops every connection; the site keeps its state. */
	public void dropConnections() {
		for (AmiSession s : new ArrayList<>(sessions)) {
			s.close();
		}
	}

	void removed(AmiSession session) {
		sessions.remove(session);
	}

	private void acceptLoop() {
		while (!closed) {
			try {
				Socket socket = serverSocket.accept();
				socket.setTcpNoDelay(true);
				long unauthenticated = sessions.stream().filter(s -> !s.authenticated()).count();
				if (unauthenticated >= AUTH_LIMIT) {
					socket.close();
					continue;
				}
				String id = String.format("0x7f86%08x", 0x1000 + sessionCounter.incrementAndGet() * 0x1a90);
				AmiSession session = new AmiSession(socket, this, id);
				sessions.add(session);
				session.start();
				loop.afterReal(AUTH_TIMEOUT_MILLIS, () -> {
					if (!session.authenticated()) {
						session.close();
					}
				});
			} catch (SocketException e) {
				if (closed) {
					return;
				}
			} catch (IOException e) {
				// a failed accept does not stop the listener
			}
		}
	}

	@Override
	public void close() {
		closed = true;
		try {
			serverSocket.close();
		} catch (IOException e) {
			// closing anyway
		}
		dropConnections();
	}
}
