package org.switchboard.testsupport;

import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.swt.widgets.Display;

/**
 * A freeze detector (R4): a thread posts an {@code asyncExec} ping to the UI thread every 50 ms and records how long
 * each one waited to run. The worst wait is the longest the UI thread did not answer (a freeze check, not a speed
 * target). The test's own code must not block the UI thread while it is watched (it spins the event loop).
 */
public final class UiWatchdog implements AutoCloseable {

	private static final long EVERY_MILLIS = 50;

	private final Display display;
	private final AtomicLong worstNanos = new AtomicLong();
	/** When the oldest ping not yet run was posted (0: none pending). */
	private final AtomicLong pendingSince = new AtomicLong();
	private final AtomicLong pings = new AtomicLong();
	private volatile boolean running = true;
	private final Thread thread;

	public UiWatchdog(Display display) {
		this.display = display;
		thread = new Thread(this::loop, "r4-ui-watchdog");
		thread.setDaemon(true);
		thread.start();
	}

	private void loop() {
		while (running && !display.isDisposed()) {
			long posted = System.nanoTime();
			if (pendingSince.compareAndSet(0, posted)) {
				display.asyncExec(() -> {
					long waited = System.nanoTime() - posted;
					worstNanos.accumulateAndGet(waited, Math::max);
					pings.incrementAndGet();
					pendingSince.set(0);
				});
			}
			try {
				Thread.sleep(EVERY_MILLIS);
			} catch (InterruptedException e) {
				return;
			}
		}
	}

	/** The longest the UI thread took to answer a ping, including one still waiting now, in milliseconds. */
	public long worstMillis() {
		long pending = pendingSince.get();
		long now = pending == 0 ? 0 : System.nanoTime() - pending;
		return Math.max(worstNanos.get(), now) / 1_000_000;
	}

	/** {@link #worstMillis()}, and starts a new watch (the worst of one phase of a test). */
	public long worstMillisAndRestart() {
		long worst = worstMillis();
		worstNanos.set(0);
		return worst;
	}

	public long pings() {
		return pings.get();
	}

	@Override
	public void close() {
		running = false;
		thread.interrupt();
	}
}
