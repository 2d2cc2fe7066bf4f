package org.switchboard.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.swt.widgets.Display;

/**
 * Collects values from any thread and hands them to the UI thread in batches, at most once per frame.
 * <p>
 * A burst of PBX events becomes one repaint: {@link #offer} only records the newest value per key (no work
 * proportional to anything but the offered values) and schedules one delivery on the UI thread; values offered
 * while a delivery is pending join it. A delivery starts at least {@link #FRAME_MILLIS} after the last one ended, so
 * the UI repaints at most about 60 times a second however fast events arrive. {@link #reset} replaces whatever is
 * pending with a complete set, and the delivery says so, e.g. after a resynchronisation.
 *
 * @param <K> key of a changed thing (e.g. an extension number)
 * @param <V> its newest state
 */
public final class FrameCoalescer<K, V> {

	/** The shortest time between two deliveries. */
	public static final int FRAME_MILLIS = 16;
	private static final long FRAME_NANOS = FRAME_MILLIS * 1_000_000L;

	/** Receives batches on the UI thread. */
	@FunctionalInterface
	public interface Sink<K, V> {
		/**
		 * @param batch the newest value per key offered since the last delivery
		 * @param reset {@code true} when the batch is a complete set given to {@link FrameCoalescer#reset} (plus what
		 *              was offered after it): whatever is not in it is gone
		 */
		void accept(Map<K, V> batch, boolean reset);
	}

	private final Display display;
	private final Sink<K, V> sink;
	private Map<K, V> pending = new LinkedHashMap<>();
	private boolean resetPending;
	private boolean scheduled;
	/** When the last delivery ended ({@link System#nanoTime()}); none yet: a frame ago. */
	private long lastDeliveryNanos = System.nanoTime() - FRAME_NANOS;
	private volatile boolean disposed;

	/** A coalescer whose consumer does not care whether a batch is a complete set. */
	public FrameCoalescer(Display display, Consumer<Map<K, V>> consumer) {
		this(display, (batch, reset) -> consumer.accept(batch));
	}

	public FrameCoalescer(Display display, Sink<K, V> sink) {
		this.display = display;
		this.sink = sink;
	}

	/** Drops what is pending and offers a complete set instead; the next delivery is a reset. Any thread. */
	public void reset(Map<? extends K, ? extends V> all) {
		synchronized (this) {
			pending = new LinkedHashMap<>(all);
			resetPending = true;
			if (scheduled) {
				return;
			}
			scheduled = true;
		}
		schedule();
	}

	/** Records the newest value of a key; any thread. */
	public void offer(K key, V value) {
		synchronized (this) {
			pending.put(key, value);
			if (scheduled) {
				return;
			}
			scheduled = true;
		}
		schedule();
	}

	/** Records several values at once; any thread. */
	public void offerAll(Map<? extends K, ? extends V> values) {
		if (values.isEmpty()) {
			return;
		}
		synchronized (this) {
			pending.putAll(values);
			if (scheduled) {
				return;
			}
			scheduled = true;
		}
		schedule();
	}

	private void schedule() {
		if (disposed || display.isDisposed()) {
			return;
		}
		display.asyncExec(this::deliver);
	}

	/**
	 * Delivers once a frame has passed since the last delivery, else waits for the rest of the frame. The frame is
	 * measured on the monotonic clock here, not trusted to the timer: a GTK timer may fire a millisecond or two early,
	 * and the wall clock can be adjusted.
	 */
	private void deliver() {
		if (disposed || display.isDisposed()) {
			return;
		}
		long waitNanos = lastDeliveryNanos + FRAME_NANOS - System.nanoTime();
		if (waitNanos > 0) {
			display.timerExec((int) Math.max(1, (waitNanos + 999_999) / 1_000_000), this::deliver);
			return;
		}
		Map<K, V> batch;
		boolean reset;
		synchronized (this) {
			batch = pending;
			reset = resetPending;
			pending = new LinkedHashMap<>();
			resetPending = false;
			scheduled = false;
		}
		try {
			if (!batch.isEmpty() || reset) {
				sink.accept(batch, reset);
			}
		} finally {
			// the next frame counts from the end of this delivery: counted from its start, a pause of the UI thread
			// (a collection) between the two left the consumer's next batch 1 ms after this one
			lastDeliveryNanos = System.nanoTime();
		}
	}

	/** Stops deliveries (when the view that consumed them goes away). */
	public void dispose() {
		disposed = true;
	}
}
