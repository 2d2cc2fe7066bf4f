package org.switchboard.pbx.conformance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.switchboard.pbx.PbxListener;
import org.switchboard.pbx.event.PbxEvent;
import org.switchboard.pbx.event.PbxEvent.ChannelBridged;
import org.switchboard.pbx.event.PbxEvent.ChannelHungup;
import org.switchboard.pbx.event.PbxEvent.ChannelSpied;
import org.switchboard.pbx.event.PbxEvent.ChannelUpdated;
import org.switchboard.pbx.event.PbxEvent.QueueEntryJoined;

/**
 * Remembers what the PBX reported through the gateway, in order, so that a case can ask what happened since it
 * started (which phone rang first, which application a channel ran, the cause a channel hung up with) after the live
 * model has already forgotten the channel. Told on the live model's thread; read from any thread.
 */
final class Observer implements PbxListener {

	record Seen(long seq, String uniqueId, String name, Instant at) {
	}

	record Hungup(long seq, String uniqueId, String name, int cause, Instant at) {
	}

	record Spied(long seq, String spyer, String spyee, boolean barge, boolean started) {
	}

	record Joined(long seq, String queue, String uniqueId, String channel) {
	}

	private final AtomicLong seq = new AtomicLong();
	private final List<Seen> channels = new ArrayList<>();
	private final Map<String, String> names = new ConcurrentHashMap<>();
	private final Map<String, Set<String>> applications = new ConcurrentHashMap<>();
	private final Set<String> bridged = ConcurrentHashMap.newKeySet();
	private final Map<String, Hungup> hangups = new ConcurrentHashMap<>();
	private final List<Spied> spies = new ArrayList<>();
	private final List<Joined> joins = new ArrayList<>();

	/** The point in the stream of reports a case starts from. */
	long mark() {
		return seq.get();
	}

	@Override
	public void onEvent(PbxEvent event) {
		long n = seq.incrementAndGet();
		switch (event) {
		case ChannelUpdated e -> {
			String id = e.channel().uniqueId();
			String name = e.channel().name();
			if (name != null && names.put(id, name) == null) {
				synchronized (channels) {
					channels.add(new Seen(n, id, name, Instant.now()));
				}
			}
			if (e.channel().application() != null && !e.channel().application().isEmpty()) {
				applications.computeIfAbsent(id, k -> ConcurrentHashMap.newKeySet()).add(e.channel().application());
			}
		}
		case ChannelBridged e -> {
			if (e.bridgeId() != null) {
				bridged.add(e.uniqueId());
			}
		}
		case ChannelHungup e -> hangups.putIfAbsent(e.uniqueId(),
				new Hungup(n, e.uniqueId(), names.get(e.uniqueId()), e.cause(), Instant.now()));
		case ChannelSpied e -> {
			synchronized (spies) {
				spies.add(new Spied(n, e.spyerUniqueId(), e.spyeeUniqueId(), e.barge(), e.started()));
			}
		}
		case QueueEntryJoined e -> {
			synchronized (joins) {
				joins.add(new Joined(n, e.queue(), e.uniqueId(), e.channel()));
			}
		}
		default -> {
			// not needed by the cases
		}
		}
	}

	/** Channels of the device ({@code PJSIP/1002}) first reported after the mark, oldest first. */
	List<Seen> channelsSince(long mark, String device) {
		List<Seen> out = new ArrayList<>();
		synchronized (channels) {
			for (Seen s : channels) {
				if (s.seq() > mark && s.name().startsWith(device + "-")) {
					out.add(s);
				}
			}
		}
		return out;
	}

	Seen firstSince(long mark, String device) {
		List<Seen> all = channelsSince(mark, device);
		return all.isEmpty() ? null : all.get(0);
	}

	Set<String> applications(String uniqueId) {
		Set<String> apps = applications.get(uniqueId);
		return apps == null ? Set.of() : new HashSet<>(apps);
	}

	boolean wasBridged(String uniqueId) {
		return bridged.contains(uniqueId);
	}

	Hungup hangup(String uniqueId) {
		return hangups.get(uniqueId);
	}

	List<Spied> spiesSince(long mark) {
		synchronized (spies) {
			return spies.stream().filter(s -> s.seq() > mark).toList();
		}
	}

	List<Joined> joinsSince(long mark, String queue) {
		synchronized (joins) {
			return joins.stream().filter(j -> j.seq() > mark && queue.equals(j.queue())).toList();
		}
	}
}
