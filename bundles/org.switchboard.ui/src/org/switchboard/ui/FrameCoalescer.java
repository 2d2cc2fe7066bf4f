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
 * while a delivery is pending join it. Deliveries are at least {@link #FRAME_MILLIS} apart, so the UI repaints at
 * most about 60 times a second however fast events arrive.
 *
 * @param <K> key of a changed thing (e.g. an extension number)
 * @param <V> its newest state
 */
public final class FrameCoalescer<K, V> {

	/** The shortest time between two deliveries. */
	public static final int FRAME_MILLIS = 16;

	private final Display display;
	private final Consumer<Map<K, V>> consumer;
	private Map<K, V> pending = new LinkedHashMap<>();
	private boolean scheduled;
	private long lastDelivery;
	private volatile boolean disposed;

	public FrameCoalescer(Display display, Consumer<Map<K, V>> consumer) {
		this.display = display;
		this.consumer = consumer;
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
		display.asyncExec(() -> {
			long wait = lastDelivery + FRAME_MILLIS - System.currentTimeMillis();
			if (wait > 0) {
				display.timerExec((int) wait, this::deliver);
			} else {
				deliver();
			}
		});
	}

	private void deliver() {
		if (disposed) {
			return;
		}
		Map<K, V> batch;
		synchronized (this) {
			batch = pending;
			pending = new LinkedHashMap<>();
			scheduled = false;
		}
		lastDelivery = System.currentTimeMillis();
		if (!batch.isEmpty()) {
			consumer.accept(batch);
		}
	}

	/** Stops deliveries (when the view that consumed them goes away). */
	public void dispose() {
		disposed = true;
	}
}
