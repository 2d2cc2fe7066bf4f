package org.switchboard.pbx.simulator;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Random call traffic made the way it is made on a real Asterisk: an AMI client originates a call from a phone
 * ({@code PJSIP/<ext>}, which auto-answers) to a number, and hangs it up after a while. Works against any AMI
 * endpoint (the simulator or a real Asterisk); the extensions are the registered PJSIP endpoints it finds.
 */
public final class TrafficDriver implements AutoCloseable {

	private static final long MIN_TALK_MILLIS = 5_000;
	private static final long MAX_TALK_MILLIS = 60_000;

	private final String host;
	private final int port;
	private final String user;
	private final String secret;
	private final double callsPerMinute;
	private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
		Thread t = new Thread(r, "traffic-driver");
		t.setDaemon(true);
		return t;
	});
	private final AtomicLong actionIds = new AtomicLong();
	private final AtomicLong callsStarted = new AtomicLong();
	private final AtomicLong callsAnswered = new AtomicLong();
	private final List<String> extensions = new ArrayList<>();
	private Socket socket;
	private OutputStream out;
	private volatile boolean closed;

	public TrafficDriver(String host, int port, String user, String secret, double callsPerMinute) {
		if (callsPerMinute <= 0) {
			throw new IllegalArgumentException("calls per minute must be positive");
		}
		this.host = host;
		this.port = port;
		this.user = user;
		this.secret = secret;
		this.callsPerMinute = callsPerMinute;
	}

	/** Connects, logs in, learns the extensions and starts calling; returns at once. */
	public void start() throws IOException {
		socket = new Socket();
		socket.connect(new InetSocketAddress(host, port), 5000);
		out = socket.getOutputStream();
		InputStream in = new BufferedInputStream(socket.getInputStream());
		readLine(in);
		Thread reader = new Thread(() -> readLoop(in), "traffic-driver-reader");
		reader.setDaemon(true);
		reader.start();
		send(Map.of("Action", "Login", "Username", user, "Secret", secret, "Events", "call"));
		send(Map.of("Action", "PJSIPShowEndpoints", "ActionID", "traffic-endpoints"));
		scheduleNext();
	}

	public long callsStarted() {
		return callsStarted.get();
	}

	public long callsAnswered() {
		return callsAnswered.get();
	}

	@Override
	public void close() {
		closed = true;
		scheduler.shutdownNow();
		if (socket != null) {
			try {
				socket.close();
			} catch (IOException e) {
				// closing anyway
			}
		}
	}

	private void scheduleNext() {
		if (closed) {
			return;
		}
		double meanMillis = 60_000 / callsPerMinute;
		long delay = (long) (-Math.log(1 - ThreadLocalRandom.current().nextDouble()) * meanMillis);
		scheduler.schedule(() -> {
			placeCall();
			scheduleNext();
		}, delay, TimeUnit.MILLISECONDS);
	}

	private void placeCall() {
		String from;
		String to;
		synchronized (extensions) {
			if (extensions.size() < 2) {
				return;
			}
			ThreadLocalRandom random = ThreadLocalRandom.current();
			from = extensions.get(random.nextInt(extensions.size()));
			do {
				to = extensions.get(random.nextInt(extensions.size()));
			} while (to.equals(from));
			int dice = random.nextInt(20);
			if (dice == 0) {
				to = "8000";
			} else if (dice == 1) {
				to = "0" + (2 + random.nextInt(8)) + String.format("%06d", random.nextInt(1_000_000));
			}
		}
		callsStarted.incrementAndGet();
		Map<String, String> action = new LinkedHashMap<>();
		action.put("Action", "Originate");
		action.put("ActionID", "traffic-" + actionIds.incrementAndGet());
		action.put("Channel", "PJSIP/" + from);
		action.put("Context", "internal");
		action.put("Exten", to);
		action.put("Priority", "1");
		action.put("Timeout", "30000");
		action.put("Async", "true");
		send(action);
	}

	private synchronized void send(Map<String, String> action) {
		if (closed) {
			return;
		}
		StringBuilder text = new StringBuilder();
		Map<String, String> ordered = new LinkedHashMap<>();
		ordered.put("Action", action.get("Action"));
		ordered.putAll(action);
		ordered.forEach((k, v) -> text.append(k).append(": ").append(v).append("\r\n"));
		text.append("\r\n");
		try {
			out.write(text.toString().getBytes(StandardCharsets.UTF_8));
			out.flush();
		} catch (IOException e) {
			close();
		}
	}

	private void readLoop(InputStream in) {
		Map<String, String> message = new LinkedHashMap<>();
		try {
			while (!closed) {
				String line = readLine(in);
				if (line == null) {
					break;
				}
				if (!line.isEmpty()) {
					int colon = line.indexOf(':');
					if (colon > 0) {
						message.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
					}
					continue;
				}
				handle(message);
				message = new LinkedHashMap<>();
			}
		} catch (IOException e) {
			// connection gone
		}
		close();
	}

	private void handle(Map<String, String> message) {
		String event = message.getOrDefault("Event", "");
		if ("EndpointList".equals(event) && !message.getOrDefault("Contacts", "").isEmpty()) {
			synchronized (extensions) {
				extensions.add(message.get("ObjectName"));
			}
		} else if ("OriginateResponse".equals(event) && message.getOrDefault("ActionID", "").startsWith("traffic-")
				&& "Success".equals(message.get("Response"))) {
			callsAnswered.incrementAndGet();
			String channel = message.get("Channel");
			long talk = ThreadLocalRandom.current().nextLong(MIN_TALK_MILLIS, MAX_TALK_MILLIS);
			scheduler.schedule(() -> send(Map.of("Action", "Hangup", "Channel", channel)), talk, TimeUnit.MILLISECONDS);
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
				int end = line.length();
				if (end > 0 && line.charAt(end - 1) == '\r') {
					line.setLength(end - 1);
				}
				return line.toString();
			}
			line.append((char) b);
		}
	}
}
