package org.switchboard.settings.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.switchboard.pbx.PbxException;
import org.switchboard.settings.Batch;

/** The batch runner alone, with operations that complete later on another thread (as the PBX's do). */
class BatchTest {

	private final ScheduledExecutorService pbx = Executors.newScheduledThreadPool(4);

	@AfterEach
	void stop() {
		pbx.shutdownNow();
	}

	private static List<String> numbers(int n) {
		List<String> out = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			out.add(String.valueOf(2000 + i));
		}
		return out;
	}

	private CompletableFuture<Void> later(Runnable r, long millis) {
		CompletableFuture<Void> f = new CompletableFuture<>();
		pbx.schedule(() -> {
			try {
				r.run();
				f.complete(null);
			} catch (RuntimeException e) {
				f.completeExceptionally(e);
			}
		}, millis, TimeUnit.MILLISECONDS);
		return f;
	}

	@Test
	@DisplayName("a batch of 300 keeps at most its concurrency in flight and reports each failure with its reason")
	void boundedAndReported() throws Exception {
		AtomicInteger inFlight = new AtomicInteger();
		AtomicInteger most = new AtomicInteger();
		AtomicInteger progressCalls = new AtomicInteger();
		Batch batch = new Batch(numbers(300), 5, (x, i) -> {
			most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
			return later(() -> {
				inFlight.decrementAndGet();
				if (i % 50 == 7) {
					throw new PbxException(PbxException.Reason.NOT_FOUND, "no such extension " + x);
				}
			}, 1);
		});
		Batch.Report r = batch.run((finished, total, x) -> progressCalls.incrementAndGet());
		assertTrue(most.get() <= 5, "at most 5 at once, saw " + most.get());
		assertTrue(most.get() > 1, "ran in parallel");
		assertEquals(300, r.total());
		assertEquals(294, r.done().size());
		assertEquals(6, r.failed().size());
		assertEquals("2007", r.failed().get(0).extension());
		assertEquals(PbxException.Reason.NOT_FOUND, r.failed().get(0).reason());
		assertEquals(300, progressCalls.get());
		assertFalse(r.cancelled());
		assertTrue(r.notStarted().isEmpty());
	}

	@Test
	@DisplayName("cancelling stops starting new items; those in flight finish and the rest are reported as not started")
	void cancel() throws Exception {
		CountDownLatch tenDone = new CountDownLatch(10);
		Batch batch = new Batch(numbers(200), 2, (x, i) -> later(() -> { }, 5));
		CompletableFuture<Batch.Report> running = batch.start((finished, total, x) -> tenDone.countDown());
		assertTrue(tenDone.await(10, TimeUnit.SECONDS));
		batch.cancel();
		Batch.Report r = running.get(10, TimeUnit.SECONDS);
		assertTrue(r.cancelled());
		assertEquals(200, r.done().size() + r.failed().size() + r.notStarted().size());
		assertTrue(r.done().size() >= 10 && r.done().size() < 200, "done " + r.done().size());
		assertEquals(String.valueOf(2000 + r.done().size()), r.notStarted().get(0), "not started: the rest, in order");
	}

	@Test
	@DisplayName("an operation that throws at once counts as a failure of its item, not of the batch")
	void throwingOperation() throws Exception {
		Batch batch = new Batch(numbers(3), 2, (x, i) -> {
			if (i == 1) {
				throw new PbxException(PbxException.Reason.INVALID_INPUT, "bad");
			}
			return CompletableFuture.completedFuture(null);
		});
		Batch.Report r = batch.run(null);
		assertEquals(List.of("2000", "2002"), r.done());
		assertEquals(PbxException.Reason.INVALID_INPUT, r.failed().get(0).reason());
	}
}
