package org.switchboard.pbx.simulator.internal;

import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;

import org.switchboard.pbx.simulator.PhoneBehaviour;

/**
 * Benchmark load: real calls between random idle extensions, started as fast as needed to keep the event stream
 * at the requested rate (measured on what the server actually sent), each hung up after one to four seconds.
 */
public final class LoadGenerator {

	private static final long TICK_MILLIS = 20;
	/** Roughly what one internal call emits from start to hang-up; only used to size a tick's batch. */
	private static final int EVENTS_PER_CALL = 40;

	private final Site site;
	private final AmiServer server;
	private volatile int eventsPerSecond;
	private final List<String> extensions;
	private long startMillis;
	private long startEvents;
	private ScheduledFuture<?> ticker;

	public LoadGenerator(Site site, AmiServer server, int eventsPerSecond) {
		this.site = site;
		this.server = server;
		this.eventsPerSecond = eventsPerSecond;
		this.extensions = List.copyOf(site.phones.keySet());
	}

	public void start() {
		site.loop.execute(() -> {
			startMillis = System.currentTimeMillis();
			startEvents = server.eventCount();
			ticker = site.loop.every(TICK_MILLIS, this::tick);
		});
	}

	/** A new rate from now on (a benchmark steps the rate up); counted afresh so no debt carries over. */
	public void setRate(int newEventsPerSecond) {
		site.loop.execute(() -> {
			eventsPerSecond = newEventsPerSecond;
			startMillis = System.currentTimeMillis();
			startEvents = server.eventCount();
		});
	}

	public void stop() {
		if (ticker != null) {
			ticker.cancel(false);
		}
	}

	private void tick() {
		long due = (System.currentTimeMillis() - startMillis) * eventsPerSecond / 1000;
		long behind = due - (server.eventCount() - startEvents);
		long calls = Math.min(behind / EVENTS_PER_CALL, Math.max(1, eventsPerSecond / 50));
		for (int i = 0; i < calls; i++) {
			startCall();
		}
	}

	private void startCall() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		Phone from = idlePhone(random);
		Phone to = idlePhone(random);
		if (from == null || to == null || from == to) {
			return;
		}
		Channel c = site.calls.newPhoneChannel(from, null, ChannelState.RING, "internal", to.extension);
		site.cdr.open(c);
		site.dialplan.run(c, "internal", to.extension);
		c.addTimer(site.loop.afterReal(1000 + random.nextInt(3000), () -> site.calls.hangup(c, 16, true)));
	}

	private Phone idlePhone(ThreadLocalRandom random) {
		for (int attempt = 0; attempt < 8; attempt++) {
			Phone p = site.phone(extensions.get(random.nextInt(extensions.size())));
			if (p.registered && p.behaviour == PhoneBehaviour.AUTO_ANSWER
					&& site.devices.of(p.device()) == DeviceStates.State.NOT_INUSE) {
				return p;
			}
		}
		return null;
	}
}
