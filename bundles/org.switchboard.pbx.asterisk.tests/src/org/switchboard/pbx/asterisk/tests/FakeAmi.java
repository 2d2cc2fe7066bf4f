package org.switchboard.pbx.asterisk.tests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A minimal AMI endpoint for tests of the wire path: answers the login handshake and the list actions of a
 * synchronisation (empty lists), records every action it receives, and writes whatever bytes a test gives it. Not a
 * PBX (that is the simulator's job): tests that need behaviour use {@link #reply}.
 */
public final class FakeAmi implements AutoCloseable {

	private static final Map<String, String> LISTS = Map.of("extensionstatelist", "ExtensionStateListComplete",
			"devicestatelist", "DeviceStateListComplete", "pjsipshowendpoints", "EndpointListComplete",
			"pjsipshowcontacts", "ContactListComplete", "coreshowchannels", "CoreShowChannelsComplete",
			"queuestatus", "QueueStatusComplete", "dbgettree", "DBGetTreeComplete");

	private final ServerSocket server;
	private final List<Socket> clients = new CopyOnWriteArrayList<>();
	/** Every action received, keys lower-case, in order. */
	public final List<Map<String, String>> actions = new CopyOnWriteArrayList<>();
	/** Extra list items per list action (lower-case action name → raw messages without ActionID). */
	public final Map<String, String> listItems = new java.util.concurrent.ConcurrentHashMap<>();
	/** A test's own answer to an action: raw bytes with {@code ${id}} for the ActionID, or null for the default. */
	public volatile Function<Map<String, String>, String> reply = action -> null;
	private volatile boolean closed;

	public FakeAmi() throws IOException {
		server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		Thread t = new Thread(this::acceptLoop, "fake-ami-accept");
		t.setDaemon(true);
		t.start();
	}

	public int port() {
		return server.getLocalPort();
	}

	/** Writes raw bytes to every connected client. */
	public void write(String raw) {
		for (Socket s : clients) {
			try {
				OutputStream out = s.getOutputStream();
				synchronized (s) {
					out.write(raw.getBytes(StandardCharsets.UTF_8));
					out.flush();
				}
			} catch (IOException e) {
				clients.remove(s);
			}
		}
	}

	/** Closes every client socket (the console must reconnect). */
	public void dropConnections() {
		for (Socket s : clients) {
			try {
				s.close();
			} catch (IOException ignored) {
				// gone already
			}
		}
		clients.clear();
	}

	public int connections() {
		return clients.size();
	}

	/** The names of the actions received so far (lower-case). */
	public List<String> actionNames() {
		List<String> out = new ArrayList<>();
		for (Map<String, String> a : actions) {
			out.add(a.get("action").toLowerCase(Locale.ROOT));
		}
		return out;
	}

	private void acceptLoop() {
		while (!closed) {
			try {
				Socket s = server.accept();
				clients.add(s);
				Thread t = new Thread(() -> serve(s), "fake-ami-client");
				t.setDaemon(true);
				t.start();
			} catch (IOException e) {
				return;
			}
		}
	}

	private void serve(Socket s) {
		try (s) {
			send(s, "Asterisk Call Manager/11.0.0\r\n");
			BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
			Map<String, String> action = new LinkedHashMap<>();
			String line;
			while ((line = in.readLine()) != null) {
				if (line.isEmpty()) {
					if (!action.isEmpty()) {
						actions.add(action);
						answer(s, action);
						action = new LinkedHashMap<>();
					}
					continue;
				}
				int colon = line.indexOf(':');
				if (colon > 0) {
					action.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
				}
			}
		} catch (IOException e) {
			// client gone
		} finally {
			clients.remove(s);
		}
	}

	private void answer(Socket s, Map<String, String> action) throws IOException {
		String id = action.getOrDefault("actionid", "");
		String name = action.getOrDefault("action", "").toLowerCase(Locale.ROOT);
		String custom = reply.apply(action);
		if (custom != null) {
			send(s, custom.replace("${id}", id));
			return;
		}
		String head = "Response: Success\r\nActionID: " + id + "\r\n";
		switch (name) {
		case "challenge" -> send(s, head + "Challenge: 123456789\r\n\r\n");
		case "login" -> send(s, head + "Message: Authentication accepted\r\n\r\n");
		case "coresettings" -> send(s, head + "AMIversion: 11.0.0\r\nAsteriskVersion: 22.10.1\r\nSystemName: \r\n\r\n");
		case "command" -> send(s, head + "Message: Command output follows\r\nOutput: Asterisk 22.10.1 built by root\r\n\r\n");
		case "logoff" -> {
			send(s, "Response: Goodbye\r\nActionID: " + id + "\r\nMessage: Thanks for all the fish.\r\n\r\n");
			s.close();
		}
		default -> {
			String complete = LISTS.get(name);
			if (complete == null) {
				send(s, head + "Message: OK\r\n\r\n");
			} else {
				String items = listItems.getOrDefault(name, "");
				StringBuilder out = new StringBuilder(head + "EventList: start\r\nMessage: will follow\r\n\r\n");
				int n = 0;
				for (String item : items.split("\r\n\r\n")) {
					if (!item.isBlank()) {
						out.append(item).append("\r\nActionID: ").append(id).append("\r\n\r\n");
						n++;
					}
				}
				out.append("Event: ").append(complete).append("\r\nActionID: ").append(id)
						.append("\r\nEventList: Complete\r\nListItems: ").append(n).append("\r\n\r\n");
				send(s, out.toString());
			}
		}
		}
	}

	private static void send(Socket s, String raw) throws IOException {
		synchronized (s) {
			s.getOutputStream().write(raw.getBytes(StandardCharsets.UTF_8));
			s.getOutputStream().flush();
		}
	}

	@Override
	public void close() throws IOException {
		closed = true;
		dropConnections();
		server.close();
	}
}
