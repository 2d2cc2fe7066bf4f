package org.switchboard.pbx.asterisk.internal;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
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
 * <p>
 * An event is written as {@code NewStateEvent{channel=PJSIP/1002-00000001, channelstate=6, ...}} (its non-null
 * properties) by {@link #describe}, not by Asterisk-Java's own {@code toString}: that one looks up the event class's
 * methods again for every event, and at a few thousand events a second (issue 14, P1) the log cost more CPU than the
 * live model itself on a shared 2-core machine.
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
			LOG.fine("<- " + describe(event));
		});
	}

	private record Property(String name, Method getter) {
	}

	/** The readable properties of each event class, looked up once per class. */
	private static final ClassValue<Property[]> PROPERTIES = new ClassValue<>() {
		@Override
		protected Property[] computeValue(Class<?> type) {
			List<Property> found = new ArrayList<>();
			for (Method m : type.getMethods()) {
				String n = m.getName();
				boolean getter = n.startsWith("get") && n.length() > 3 || n.startsWith("is") && n.length() > 2;
				if (!getter || m.getParameterCount() != 0 || m.getReturnType() == void.class
						|| Modifier.isStatic(m.getModifiers()) || n.equals("getClass") || n.equals("getSource")) {
					continue; // the source is the whole connection
				}
				found.add(new Property(n.substring(n.startsWith("is") ? 2 : 3).toLowerCase(Locale.ROOT), m));
			}
			found.sort(Comparator.comparing(Property::name));
			return found.toArray(Property[]::new);
		}
	};

	/** The event's class and its non-null properties, in name order. */
	static String describe(Object event) {
		StringBuilder b = new StringBuilder(256).append(event.getClass().getSimpleName()).append('{');
		boolean first = true;
		for (Property p : PROPERTIES.get(event.getClass())) {
			Object value;
			try {
				value = p.getter().invoke(event);
			} catch (ReflectiveOperationException | RuntimeException e) {
				continue; // a property that cannot be read is left out of the log line
			}
			if (value != null) {
				b.append(first ? "" : ", ").append(p.name()).append('=').append(value);
				first = false;
			}
		}
		return b.append('}').toString();
	}

	void close() {
		writer.shutdown();
	}
}
