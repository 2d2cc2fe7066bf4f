package org.switchboard.pbx.simulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Life on the demo site, so that a new user sees what the console is for within the first minute: outside callers
 * join the operator queue (the pop-up, the queue list, Answer), extensions call each other, one extension is in
 * do-not-disturb and one phone is not registered. Acts on the simulator directly, as the phones and the outside
 * world do; the console sees only AMI. Callers nobody answers give up after a while, as real ones do, so the queue
 * does not grow without end. The operator's queue membership is paused (as the console's "operator offline" does):
 * the simulated operator phone answers by itself, so unpaused it would take every caller before anyone saw one;
 * paused, callers wait for the operator's Answer in the pop-up or the queue list.
 */
public final class DemoSite implements AutoCloseable {

	/** The extension in do-not-disturb (written as the console writes it). */
	public static final String DND_EXTENSION = "1005";
	/** The extension whose phone is not registered (shown as unavailable). */
	public static final String UNAVAILABLE_EXTENSION = "1008";
	public static final String QUEUE = "8000";

	/**
	 * How often things happen: a queue caller every {@code queueMin..queueMax}, the first after {@code firstCaller};
	 * a call between extensions every {@code callMin..callMax}, lasting {@code talkMin..talkMax}; unanswered
	 * queue callers give up after {@code patience}.
	 */
	public record Pace(Duration firstCaller, Duration queueMin, Duration queueMax, Duration callMin, Duration callMax,
			Duration talkMin, Duration talkMax, Duration patience) {

		/** A caller every 20–40 s (the first within seconds), a call between extensions every 15–30 s. */
		public static Pace demo() {
			return new Pace(Duration.ofSeconds(4), Duration.ofSeconds(20), Duration.ofSeconds(40),
					Duration.ofSeconds(15), Duration.ofSeconds(30), Duration.ofSeconds(20), Duration.ofSeconds(75),
					Duration.ofSeconds(90));
		}
	}

	private final AmiSimulator simulator;
	private final Pace pace;
	private final String operatorExtension;
	private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
		Thread t = new Thread(r, "demo-site");
		t.setDaemon(true);
		return t;
	});
	private final AtomicLong queueCallers = new AtomicLong();
	private final AtomicLong extensionCalls = new AtomicLong();
	private volatile boolean closed;

	private DemoSite(AmiSimulator simulator, Pace pace, String operatorExtension) {
		this.simulator = simulator;
		this.pace = pace;
		this.operatorExtension = operatorExtension;
	}

	/** Sets the DND and unregistered extensions at once, then starts the traffic in the background. */
	public static DemoSite start(AmiSimulator simulator, Pace pace, String operatorExtension) {
		DemoSite site = new DemoSite(simulator, pace, operatorExtension);
		List<String> extensions = simulator.extensions();
		if (extensions.contains(DND_EXTENSION)) {
			simulator.dbPut("DND", DND_EXTENSION, "YES");
		}
		if (extensions.contains(UNAVAILABLE_EXTENSION)) {
			simulator.setRegistered(UNAVAILABLE_EXTENSION, false);
		}
		site.pauseOperator();
		site.scheduler.schedule(site::queueCaller, pace.firstCaller().toMillis(), TimeUnit.MILLISECONDS);
		site.scheduler.schedule(site::extensionCall, between(pace.callMin(), pace.callMax()) / 2,
				TimeUnit.MILLISECONDS);
		return site;
	}

	/** Over AMI, as a supervisor's console would. */
	private void pauseOperator() {
		SimulatorOptions o = simulator.options();
		try (SitePhones ami = SitePhones.connect(o.bind(), simulator.port(), o.user(), o.secret(), "off")) {
			ami.action("QueuePause", java.util.Map.of("Queue", QUEUE, "Interface", "PJSIP/" + operatorExtension,
					"Paused", "true", "Reason", "demo"));
		} catch (java.io.IOException e) {
			// then the operator's phone takes the callers itself: the demo is less lively, not broken
		}
	}

	public long queueCallers() {
		return queueCallers.get();
	}

	public long extensionCalls() {
		return extensionCalls.get();
	}

	@Override
	public void close() {
		closed = true;
		scheduler.shutdownNow();
	}

	private void queueCaller() {
		if (closed) {
			return;
		}
		try {
			ThreadLocalRandom random = ThreadLocalRandom.current();
			String number = "13" + (100_000_000 + random.nextInt(900_000_000));
			String channel = simulator.callQueue(number, QUEUE);
			queueCallers.incrementAndGet();
			scheduler.schedule(() -> giveUpIfStillWaiting(channel), pace.patience().toMillis(), TimeUnit.MILLISECONDS);
		} catch (RuntimeException e) {
			// the simulator is stopping: nothing left to animate
		}
		reschedule(this::queueCaller, pace.queueMin(), pace.queueMax());
	}

	/** A caller still unbridged (waiting in the queue) hangs up; one the operator answered stays. */
	private void giveUpIfStillWaiting(String channel) {
		try {
			for (ChannelView c : simulator.channels()) {
				if (c.name().equals(channel) && c.bridgeId().isEmpty()) {
					simulator.hangup(channel);
				}
			}
		} catch (RuntimeException e) {
			// the simulator is stopping
		}
	}

	private void extensionCall() {
		if (closed) {
			return;
		}
		try {
			List<String> idle = idleExtensions();
			if (idle.size() >= 2) {
				ThreadLocalRandom random = ThreadLocalRandom.current();
				String from = idle.remove(random.nextInt(idle.size()));
				String to = idle.get(random.nextInt(idle.size()));
				String channel = simulator.callFrom(from).to(to);
				extensionCalls.incrementAndGet();
				scheduler.schedule(() -> hangup(channel), between(pace.talkMin(), pace.talkMax()),
						TimeUnit.MILLISECONDS);
			}
		} catch (RuntimeException e) {
			// the simulator is stopping, or a phone went away between the look and the dial
		}
		reschedule(this::extensionCall, pace.callMin(), pace.callMax());
	}

	private void hangup(String channel) {
		try {
			simulator.hangup(channel);
		} catch (RuntimeException e) {
			// the simulator is stopping
		}
	}

	/** Extensions with no channel, apart from the operator's and the two kept still (DND, unregistered). */
	private List<String> idleExtensions() {
		Set<String> busy = new HashSet<>();
		for (ChannelView c : simulator.channels()) {
			String name = c.name();
			if (name.startsWith("PJSIP/")) {
				int dash = name.indexOf('-', 6);
				busy.add(dash < 0 ? name.substring(6) : name.substring(6, dash));
			}
		}
		List<String> idle = new ArrayList<>();
		for (String e : simulator.extensions()) {
			if (!busy.contains(e) && !e.equals(operatorExtension) && !e.equals(DND_EXTENSION)
					&& !e.equals(UNAVAILABLE_EXTENSION) && !e.endsWith("09")) {
				idle.add(e);
			}
		}
		return idle;
	}

	private void reschedule(Runnable task, Duration min, Duration max) {
		if (!closed) {
			try {
				scheduler.schedule(task, between(min, max), TimeUnit.MILLISECONDS);
			} catch (java.util.concurrent.RejectedExecutionException e) {
				// closed meanwhile
			}
		}
	}

	private static long between(Duration min, Duration max) {
		long lo = min.toMillis();
		long hi = max.toMillis();
		return hi <= lo ? lo : ThreadLocalRandom.current().nextLong(lo, hi + 1);
	}
}
