package org.switchboard.logs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.switchboard.pbx.PbxGateway;
import org.switchboard.pbx.PbxListener;
import org.switchboard.pbx.event.PbxEvent;

/**
 * Today's queue, counted from the live queue events (the day at a glance): callers answered (they left the queue to
 * an operator), callers who hung up while waiting, and how long they waited. Counts from when this console started
 * listening; a new day starts from zero. Thread-safe; listeners are told on the live model's thread.
 */
public final class QueueTally implements AutoCloseable {

	/** Today's figures. */
	public record Figures(LocalDate day, int answered, int abandoned, Duration longestWait, Duration averageWait) {
	}

	private final PbxGateway gateway;
	private final Clock clock;
	private final PbxListener listener = this::onEvent;
	private final Map<String, Instant> waiting = new HashMap<>();
	private final java.util.List<Runnable> listeners = new CopyOnWriteArrayList<>();
	private LocalDate day;
	private int answered;
	private int abandoned;
	private long longestMillis;
	private long totalMillis;

	private QueueTally(PbxGateway gateway, Clock clock) {
		this.gateway = gateway;
		this.clock = clock;
		this.day = LocalDate.now(clock);
	}

	public static QueueTally start(PbxGateway gateway, Clock clock) {
		QueueTally tally = new QueueTally(gateway, clock);
		gateway.addListener(tally.listener);
		return tally;
	}

	/** Told after each change of the figures. */
	public AutoCloseable onChange(Runnable r) {
		listeners.add(r);
		return () -> listeners.remove(r);
	}

	/** Counts one event; public for tests that feed events without a PBX. */
	public void onEvent(PbxEvent event) {
		boolean changed;
		synchronized (this) {
			rollOver();
			changed = switch (event) {
			case PbxEvent.QueueEntryJoined j -> {
				waiting.putIfAbsent(j.uniqueId(), j.joinedAt() != null ? j.joinedAt() : clock.instant());
				yield false;
			}
			case PbxEvent.QueueEntryLeft l -> left(l);
			default -> false;
			};
		}
		if (changed) {
			listeners.forEach(Runnable::run);
		}
	}

	private boolean left(PbxEvent.QueueEntryLeft l) {
		// a caller who hangs up is told twice (QueueCallerAbandon, then QueueCallerLeave): the first one counts; a
		// caller who joined before this console listened is not counted at all
		Instant joined = waiting.remove(l.uniqueId());
		if (joined == null) {
			return false;
		}
		if (l.abandoned()) {
			abandoned++;
		} else {
			answered++;
		}
		long waited = Math.max(0, clock.millis() - joined.toEpochMilli());
		longestMillis = Math.max(longestMillis, waited);
		totalMillis += waited;
		return true;
	}

	private void rollOver() {
		LocalDate today = LocalDate.now(clock);
		if (!today.equals(day)) {
			day = today;
			answered = 0;
			abandoned = 0;
			longestMillis = 0;
			totalMillis = 0;
		}
	}

	public synchronized Figures figures() {
		rollOver();
		int n = answered + abandoned;
		return new Figures(day, answered, abandoned, Duration.ofMillis(longestMillis),
				Duration.ofMillis(n == 0 ? 0 : totalMillis / n));
	}

	@Override
	public void close() {
		gateway.removeListener(listener);
		listeners.clear();
	}
}
