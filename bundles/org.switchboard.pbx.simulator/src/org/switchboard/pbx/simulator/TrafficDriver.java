package org.switchboard.pbx.simulator;

import java.io.IOException;
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
 * Random call traffic made the way it is made on a real Asterisk: {@link SitePhones} originates a call from a phone
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
	private final AtomicLong callsStarted = new AtomicLong();
	private final AtomicLong callsAnswered = new AtomicLong();
	private final List<String> extensions = new ArrayList<>();
	private volatile SitePhones phones;
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

	/** Connects and logs in; learns the extensions and starts calling in the background; returns at once. */
	public void start() throws IOException {
		phones = SitePhones.connect(host, port, user, secret, "call").useActionIdPrefix("traffic-");
		scheduler.execute(() -> {
			try {
				List<String> registered = phones.registeredEndpoints();
				synchronized (extensions) {
					extensions.addAll(registered);
				}
				scheduleNext();
			} catch (IOException e) {
				close();
			}
		});
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
		SitePhones p = phones;
		if (p != null) {
			p.close();
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
		action.put("Channel", "PJSIP/" + from);
		action.put("Context", "internal");
		action.put("Exten", to);
		action.put("Priority", "1");
		action.put("Timeout", "30000");
		try {
			phones.originate(action).thenAccept(this::answered);
		} catch (IOException e) {
			close();
		}
	}

	/** On the connection's reader thread: only schedules. */
	private void answered(Map<String, String> originateResponse) {
		if (closed || !"Success".equals(originateResponse.get("Response"))) {
			return;
		}
		callsAnswered.incrementAndGet();
		String channel = originateResponse.get("Channel");
		long talk = ThreadLocalRandom.current().nextLong(MIN_TALK_MILLIS, MAX_TALK_MILLIS);
		scheduler.schedule(() -> {
			try {
				phones.hangup(channel);
			} catch (IOException e) {
				close();
			}
		}, talk, TimeUnit.MILLISECONDS);
	}
}
