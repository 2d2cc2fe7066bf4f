package org.switchboard.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;

import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.switchboard.app.internal.login.UiWait;

/**
 * The autologin's wait for the login (issue 14's start-up stall): the UI thread sleeps in its event loop while the
 * login runs on a worker, and must notice the end whenever it comes. With {@code Display.wake()} as the only signal
 * a wake landing between two polls was lost on GTK and the wait lasted until some unrelated event (15 s on a quiet
 * Xvfb screen). A lost signal shows here as a wait that outlives its future by seconds; the bound is a hang guard,
 * far above any scheduling delay, not a performance figure.
 */
class UiWaitTest {

	private static final long HANG_MILLIS = 5_000;
	private final ExecutorService worker = Executors.newSingleThreadExecutor();

	@AfterEach
	void stop() {
		worker.shutdownNow();
	}

	@Test
	void waitEndsWhenAFutureCompletedByAnotherThreadIsDoneAtAnyMoment() {
		Display display = Display.getCurrent();
		for (int i = 0; i < 400; i++) {
			int value = i;
			// the worker finishes after 0-3 ms: sometimes before the loop sleeps, sometimes during, sometimes between
			long spinNanos = ThreadLocalRandom.current().nextLong(3_000_000);
			CompletableFuture<Integer> work = CompletableFuture.supplyAsync(() -> {
				long end = System.nanoTime() + spinNanos;
				while (System.nanoTime() < end) {
					Thread.onSpinWait();
				}
				return value;
			}, worker);
			long start = System.nanoTime();
			CompletableFuture<Integer> done = UiWait.until(display, work);
			long millis = (System.nanoTime() - start) / 1_000_000;
			assertSame(work, done);
			assertEquals(value, done.join());
			assertTrue(millis < HANG_MILLIS, "wait " + i + " ended " + millis + " ms after it began (a lost wake-up)");
		}
	}

	@Test
	void aFailedLoginEndsTheWaitAndKeepsItsCause() {
		IllegalStateException cause = new IllegalStateException("the database is in use");
		CompletableFuture<String> work = CompletableFuture.supplyAsync(() -> {
			throw cause;
		}, worker);
		CompletableFuture<String> done = UiWait.until(Display.getCurrent(), work);
		assertTrue(done.isCompletedExceptionally());
		try {
			done.join();
			fail("a failed future joins with its cause");
		} catch (CompletionException e) {
			assertSame(cause, e.getCause());
		}
	}
}
