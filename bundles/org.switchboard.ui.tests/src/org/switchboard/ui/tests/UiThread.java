package org.switchboard.ui.tests;

import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Display;

/**
 * The test thread as the UI thread: Tycho runs plain tests on a thread of its own, and GTK lets any one thread own
 * the Display, so the tests create it there and turn its event loop themselves.
 */
final class UiThread {

	private UiThread() {
	}

	static Display display() {
		Display current = Display.getCurrent();
		return current != null ? current : new Display();
	}

	/** Runs the event loop until the condition holds or the time is up; returns the condition. */
	static boolean spinUntil(Display display, BooleanSupplier condition, long millis) {
		long end = System.nanoTime() + millis * 1_000_000L;
		while (!condition.getAsBoolean() && System.nanoTime() < end) {
			if (!display.readAndDispatch()) {
				sleep(1);
			}
		}
		return condition.getAsBoolean();
	}

	/** Runs the event loop for the given time (to see that nothing else arrives). */
	static void spinFor(Display display, long millis) {
		spinUntil(display, () -> false, millis);
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
