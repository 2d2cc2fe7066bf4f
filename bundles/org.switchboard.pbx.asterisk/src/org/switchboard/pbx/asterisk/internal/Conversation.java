package org.switchboard.pbx.asterisk.internal;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
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
 * <p>
 * A list answering one action (the events that carry its ActionID: an endpoint, contact or extension state per
 * extension at the synchronisation) is written by its first {@value #LIST_HEAD} events and its completion, and the
 * rest as one count: at 10,000 extensions the synchronisation is 40,000 events, which took as much CPU to describe as
 * Asterisk-Java took to parse, while the console waited for it, and filled the 5 MB log several times per start.
 */
final class Conversation {

	static final Logger LOG = Logger.getLogger(PbxGateway.CONVERSATION_LOG);
	private static final int QUEUE = 20_000;
	/** How many events of a list answering one action are written in full. */
	static final int LIST_HEAD = 10;
	/** Lists followed at once, at most (a list whose completion never came is forgotten after that many). */
	private static final int OPEN_LISTS = 64;

	/** The events seen of one list, and how many of them were written or counted in the log already. */
	private static final class ListCount {
		String type;
		int seen;
		int told;
	}

	/** The lists being answered, by ActionID; only the writer thread touches it. */
	private final Map<String, ListCount> lists = new LinkedHashMap<>(16, 0.75f, false) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, ListCount> eldest) {
			return size() > OPEN_LISTS;
		}
	};

	private final AtomicLong dropped = new AtomicLong();
	/**
	 * The events not written yet. The writer takes them in batches, {@value #BATCH_MILLIS} ms after the first: woken
	 * per event, the writer cost the pump thread a thread wake-up per event (a system call), 40,000 of them in a
	 * synchronisation at 10,000 extensions (issue 14, P2).
	 */
	private final ArrayBlockingQueue<Object> waiting = new ArrayBlockingQueue<>(QUEUE);
	private final AtomicBoolean batchDue = new AtomicBoolean();
	private static final long BATCH_MILLIS = 50;
	private final ScheduledExecutorService writer = Executors
			.newSingleThreadScheduledExecutor(r -> AsteriskGateway.daemon(r, "switchboard-ami-log"));

	/** Hands an event received from the PBX to the log; never blocks. */
	void received(Object event) {
		if (!LOG.isLoggable(Level.FINE) || writer.isShutdown()) {
			return;
		}
		if (!waiting.offer(event)) {
			dropped.incrementAndGet();
			return;
		}
		if (batchDue.compareAndSet(false, true)) {
			try {
				writer.schedule(this::writeWaiting, BATCH_MILLIS, TimeUnit.MILLISECONDS);
			} catch (java.util.concurrent.RejectedExecutionException e) {
				// closed meanwhile: the rest is not logged
			}
		}
	}

	/** Writer thread: the events received since the last batch, in order. */
	private void writeWaiting() {
		batchDue.set(false); // an event added from now on schedules the next batch
		Object event;
		while ((event = waiting.poll()) != null) {
			long lost = dropped.getAndSet(0);
			if (lost > 0) {
				LOG.fine("(" + lost + " events not logged: the log could not keep up)");
			}
			write(event);
		}
	}

	/** Writer thread: the event, or only its count when it is past the head of a list answering an action. */
	private void write(Object event) {
		String list = actionId(event);
		String type = event.getClass().getSimpleName();
		boolean end = list != null && type.contains("Complete");
		for (Map.Entry<String, ListCount> open : lists.entrySet()) {
			if (!open.getKey().equals(list)) {
				tell(open.getKey(), open.getValue()); // another list, or a live event, comes between
			}
		}
		if (end) {
			ListCount done = lists.remove(list);
			if (done != null) {
				tell(list, done);
			}
		} else if (list != null) {
			ListCount count = lists.computeIfAbsent(list, k -> new ListCount());
			count.type = type;
			count.seen++;
			if (count.seen > LIST_HEAD) {
				return;
			}
			count.told++;
		}
		LOG.fine("<- " + describe(event));
	}

	/** Writes how many events of a list were not written one by one since the last time. */
	private static void tell(String list, ListCount count) {
		int untold = count.seen - count.told;
		if (untold > 0) {
			LOG.fine("<- (" + untold + " more " + count.type + " answering " + list + ", not written one by one)");
			count.told = count.seen;
		}
	}

	/**
	 * The event's ActionID (an answer to an action; Asterisk-Java moves it to its internal ActionID on the events it
	 * gathers for an action it sent), or {@code null} (an event the PBX sent of its own).
	 */
	static String actionId(Object event) {
		for (Method getter : ACTION_IDS.get(event.getClass())) {
			try {
				Object id = getter.invoke(event);
				if (id != null && !id.toString().isEmpty()) {
					return id.toString();
				}
			} catch (ReflectiveOperationException | RuntimeException e) {
				// not readable: try the next
			}
		}
		return null;
	}

	/** Each event class's getters of an ActionID, the PBX's first, then Asterisk-Java's internal one. */
	private static final ClassValue<Method[]> ACTION_IDS = new ClassValue<>() {
		@Override
		protected Method[] computeValue(Class<?> type) {
			List<Method> found = new ArrayList<>();
			for (String name : List.of("actionid", "internalactionid")) {
				for (Property p : PROPERTIES.get(type)) {
					if (p.name().equals(name)) {
						found.add(p.getter());
					}
				}
			}
			return found.toArray(Method[]::new);
		}
	};

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
