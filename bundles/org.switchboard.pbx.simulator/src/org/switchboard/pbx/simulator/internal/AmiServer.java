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

	private final String bind;
	private final int boundPort;
	/** Null while the PBX is down (between {@link #goDown} and {@link #comeBack}). */
	private volatile ServerSocket serverSocket;
	private final Set<AmiSession> sessions = ConcurrentHashMap.newKeySet();
	private final AtomicLong sessionCounter = new AtomicLong();
	private final AtomicLong eventCount = new AtomicLong();
	private volatile SiteLoop loop;
	private volatile ActionDispatcher dispatcher;
	private volatile boolean closed;

	public AmiServer(String bind, int port) throws IOException {
		this.bind = bind;
		serverSocket = listen(bind, port);
		boundPort = serverSocket.getLocalPort();
	}

	private static ServerSocket listen(String bind, int port) throws IOException {
		ServerSocket s = new ServerSocket();
		s.setReuseAddress(true);
		try {
			s.bind(new InetSocketAddress(InetAddress.getByName(bind), port), 128);
		} catch (IOException e) {
			s.close();
			throw e;
		}
		return s;
	}

	public void start(SiteLoop siteLoop, ActionDispatcher actionDispatcher) {
		this.loop = siteLoop;
		this.dispatcher = actionDispatcher;
		accept(serverSocket);
	}

	private void accept(ServerSocket listener) {
		Thread accept = new Thread(() -> acceptLoop(listener), "ami-accept-" + port());
		accept.setDaemon(true);
		accept.start();
	}

	/** Actions of new sessions go to this dispatcher (a restarted PBX has a new site). */
	public void use(ActionDispatcher actionDispatcher) {
		this.dispatcher = actionDispatcher;
	}

	/** The port, the same across a restart. */
	public int port() {
		return boundPort;
	}

	/** The PBX goes away as a crashed or restarting Asterisk does: the port closes, every connection drops. */
	public synchronized void goDown() {
		ServerSocket s = serverSocket;
		serverSocket = null;
		if (s != null) {
			try {
				s.close();
			} catch (IOException e) {
				// going down anyway
			}
		}
		dropConnections();
	}

	/** The PBX is back, listening on the same port. */
	public synchronized void comeBack() throws IOException {
		if (closed || serverSocket != null) {
			return;
		}
		serverSocket = listen(bind, boundPort);
		accept(serverSocket);
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

	/** Writes bytes as they are (no framing) to every logged-in session but {@code except}; returns how many got them. */
	public int sendRaw(byte[] bytes, AmiSession except) {
		int sent = 0;
		for (AmiSession s : sessions) {
			if (s != except && s.deliverRaw(bytes)) {
				sent++;
			}
		}
		return sent;
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

	private void acceptLoop(ServerSocket listener) {
		while (!closed && !listener.isClosed()) {
			try {
				Socket socket = listener.accept();
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
				if (closed || listener.isClosed()) {
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
		goDown();
	}
}
