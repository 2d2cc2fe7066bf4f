package org.switchboard.pbx.asterisk.internal;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.switchboard.pbx.PbxGateway;

/**
 * The PBX conversation (every event received, at FINE) for the console's log, written on a thread of its own: the
 * reflective {@code toString} of an event and the file write must not run on Asterisk-Java's pump thread nor on
 * the live model's owner thread, per event. The queue is bounded; past it, lines are dropped and the count is
 * written with the next line that fits.
 */
final class Conversation {

	static final Logger LOG = Logger.getLogger(PbxGateway.CONVERSATION_LOG);
	private static final int QUEUE = 20_000;

	private final AtomicLong dropped = new AtomicLong();
	private final ThreadPoolExecutor writer = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
			new ArrayBlockingQueue<>(QUEUE), r -> AsteriskGateway.daemon(r, "switchboard-ami-log"),
			(task, executor) -> dropped.incrementAndGet());

	/** Hands an event received from the PBX to the log; never blocks. */
	void received(Object event) {
		if (!LOG.isLoggable(Level.FINE) || writer.isShutdown()) {
			return;
		}
		writer.execute(() -> {
			long lost = dropped.getAndSet(0);
			if (lost > 0) {
				LOG.fine("(" + lost + " events not logged: the log could not keep up)");
			}
			LOG.fine("<- " + event);
		});
	}

	void close() {
		writer.shutdown();
	}
}
