package org.switchboard.pbx.simulator.tests;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/** A plain-socket AMI client for tests: records every message it receives and waits for conditions on them. */
final class AmiTestClient implements AutoCloseable {

	static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final Socket socket;
	private final OutputStream out;
	private final List<Map<String, String>> received = new ArrayList<>();
	private String banner;
	private boolean closed;
	private int actionCounter;

	AmiTestClient(int port) throws IOException {
		socket = new Socket("127.0.0.1", port);
		socket.setTcpNoDelay(true);
		out = socket.getOutputStream();
		InputStream in = new BufferedInputStream(socket.getInputStream());
		Thread reader = new Thread(() -> readLoop(in), "ami-test-client");
		reader.setDaemon(true);
		reader.start();
		await(() -> banner != null, TIMEOUT);
	}

	synchronized String banner() {
		return banner;
	}

	/** Sends an action (header order kept); returns its ActionID (one is added when missing). */
	String send(Map<String, String> headers) throws IOException {
		Map<String, String> action = new LinkedHashMap<>(headers);
		if (!action.containsKey("ActionID")) {
			action.put("ActionID", "t-" + (++actionCounter));
		}
		StringBuilder text = new StringBuilder();
		action.forEach((k, v) -> text.append(k).append(": ").append(v).append("\r\n"));
		sendRaw(text.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
		return action.get("ActionID");
	}

	String send(String... keyValues) throws IOException {
		Map<String, String> action = new LinkedHashMap<>();
		for (int i = 0; i < keyValues.length; i += 2) {
			action.put(keyValues[i], keyValues[i + 1]);
		}
		return send(action);
	}

	void sendRaw(byte[] bytes) throws IOException {
		synchronized (out) {
			out.write(bytes);
			out.flush();
		}
	}

	/** Logs in and waits for the answer. */
	Map<String, String> login(String user, String secret) throws IOException {
		String id = send("Action", "Login", "Username", user, "Secret", secret);
		return awaitResponse(id);
	}

	synchronized List<Map<String, String>> messages() {
		return new ArrayList<>(received);
	}

	synchronized boolean isClosed() {
		return closed;
	}

	Map<String, String> awaitResponse(String actionId) {
		return awaitMessage(m -> m.containsKey("Response") && actionId.equals(m.get("ActionID")));
	}

	/** Waits for the Complete event of a list action and returns every message with its ActionID. */
	List<Map<String, String>> awaitList(String actionId) {
		awaitMessage(m -> actionId.equals(m.get("ActionID"))
				&& ("Complete".equals(m.get("EventList")) || "Error".equals(m.get("Response"))));
		return messages().stream().filter(m -> actionId.equals(m.get("ActionID"))).toList();
	}

	Map<String, String> awaitEvent(String event, Predicate<Map<String, String>> condition) {
		return awaitMessage(m -> event.equals(m.get("Event")) && condition.test(m));
	}

	Map<String, String> awaitMessage(Predicate<Map<String, String>> condition) {
		Map<String, String>[] found = new Map[1];
		boolean ok = await(() -> {
			for (Map<String, String> m : received) {
				if (condition.test(m)) {
					found[0] = m;
					return true;
				}
			}
			return false;
		}, TIMEOUT);
		if (!ok) {
			throw new AssertionError("no such message within " + TIMEOUT + "; received " + received.size() + " messages");
		}
		return found[0];
	}

	/** Waits (without polling sleeps) until the condition holds or the time-out passes. */
	synchronized boolean await(BooleanSupplier condition, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			long left = deadline - System.nanoTime();
			if (left <= 0) {
				return false;
			}
			try {
				wait(Math.max(1, left / 1_000_000));
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return false;
			}
		}
		return true;
	}

	boolean awaitClosed(Duration timeout) {
		return await(() -> closed, timeout);
	}

	private void readLoop(InputStream in) {
		try {
			String first = readLine(in);
			synchronized (this) {
				banner = first;
				notifyAll();
			}
			Map<String, String> message = new LinkedHashMap<>();
			while (true) {
				String line = readLine(in);
				if (line == null) {
					break;
				}
				if (line.isEmpty()) {
					if (!message.isEmpty()) {
						synchronized (this) {
							received.add(message);
							notifyAll();
						}
						message = new LinkedHashMap<>();
					}
					continue;
				}
				int colon = line.indexOf(':');
				if (colon > 0) {
					message.put(line.substring(0, colon), line.substring(colon + 1).strip());
				}
			}
		} catch (IOException e) {
			// closed
		}
		synchronized (this) {
			closed = true;
			notifyAll();
		}
	}

	private static String readLine(InputStream in) throws IOException {
		StringBuilder line = new StringBuilder();
		while (true) {
			int b = in.read();
			if (b < 0) {
				return line.isEmpty() ? null : line.toString();
			}
			if (b == '\n') {
				int n = line.length();
				if (n > 0 && line.charAt(n - 1) == '\r') {
					line.setLength(n - 1);
				}
				return line.toString();
			}
			line.append((char) b);
		}
	}

	@Override
	public void close() throws IOException {
		socket.close();
	}
}
