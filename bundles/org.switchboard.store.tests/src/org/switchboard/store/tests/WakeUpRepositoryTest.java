package org.switchboard.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.switchboard.model.WakeUpAttempt;
import org.switchboard.model.WakeUpOutcome;
import org.switchboard.model.WakeUpTask;
import org.switchboard.store.Page;
import org.switchboard.store.Store;

class WakeUpRepositoryTest extends StoreTestBase {

	static final Instant SIX_THIRTY = Instant.parse("2026-03-02T06:30:00Z");

	@Test
	void tasksAreSavedFoundWhenDueAndRescheduled() {
		WakeUpTask task = store.wakeUps().save(Records.wakeUp("1002", SIX_THIRTY));
		store.wakeUps().save(Records.wakeUp("1003", SIX_THIRTY.plusSeconds(3600)));
		assertEquals(2, store.wakeUps().all().size());
		assertEquals(List.of(task.getId()),
				store.wakeUps().due(SIX_THIRTY).stream().map(WakeUpTask::getId).toList());
		assertEquals(1, store.wakeUps().forExtension("1003").size());
		store.wakeUps().reschedule(task.getId(), SIX_THIRTY.plusSeconds(86_400), true);
		assertTrue(store.wakeUps().due(SIX_THIRTY).isEmpty());
		assertEquals(SIX_THIRTY.plusSeconds(86_400), store.wakeUps().find(task.getId()).orElseThrow().getNextRun());
		store.wakeUps().reschedule(task.getId(), null, false);
		assertTrue(store.wakeUps().due(SIX_THIRTY.plusSeconds(999_999)).stream()
				.noneMatch(t -> t.getId() == task.getId()));
		assertTrue(store.wakeUps().delete(task.getId()));
	}

	@Test
	void anAttemptIsClaimedOnceAndItsOutcomeRecorded() {
		WakeUpTask task = store.wakeUps().save(Records.wakeUp("1002", SIX_THIRTY));
		WakeUpAttempt first = store.wakeUps().claim(task, SIX_THIRTY, 1, "console-a").orElseThrow();
		assertEquals(WakeUpOutcome.PENDING, first.getOutcome());
		assertTrue(store.wakeUps().claim(task, SIX_THIRTY, 1, "console-b").isEmpty());
		// the retry is a different attempt and can be claimed
		assertTrue(store.wakeUps().claim(task, SIX_THIRTY, 2, "console-b").isPresent());
		store.wakeUps().recordOutcome(first.getId(), WakeUpOutcome.NO_ANSWER, "no answer after 30 s");
		Page<WakeUpAttempt> page = store.wakeUps().attempts(SIX_THIRTY, SIX_THIRTY.plusSeconds(60), "1002", null, 10);
		assertEquals(2, page.items().size());
		WakeUpAttempt read = page.items().stream().filter(a -> a.getId() == first.getId()).findFirst().orElseThrow();
		assertEquals(WakeUpOutcome.NO_ANSWER, read.getOutcome());
		assertEquals("console-a", read.getConsole());
	}

	@Test
	void concurrentConsolesClaimEachAttemptExactlyOnce() throws Exception {
		List<WakeUpTask> tasks = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			tasks.add(store.wakeUps().save(Records.wakeUp("20" + i, SIX_THIRTY)));
		}
		assertEachClaimedOnce(store, store, tasks, 8);
	}

	/**
	 * {@code writers} threads, alternating between two stores (two consoles), race to claim every attempt of every
	 * task; each attempt must be won by exactly one of them.
	 */
	static void assertEachClaimedOnce(Store a, Store b, List<WakeUpTask> tasks, int writers) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(writers);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<List<Long>>> results = new ArrayList<>();
			for (int w = 0; w < writers; w++) {
				Store store = w % 2 == 0 ? a : b;
				String console = "console-" + w;
				Callable<List<Long>> writer = () -> {
					start.await();
					List<Long> won = new ArrayList<>();
					for (WakeUpTask task : tasks) {
						for (int attempt = 1; attempt <= 3; attempt++) {
							Optional<WakeUpAttempt> claimed = store.wakeUps().claim(task, SIX_THIRTY, attempt, console);
							claimed.ifPresent(x -> won.add(task.getId() * 10 + x.getAttempt()));
						}
					}
					return won;
				};
				results.add(pool.submit(writer));
			}
			start.countDown();
			List<Long> all = new ArrayList<>();
			for (Future<List<Long>> f : results) {
				all.addAll(f.get(60, TimeUnit.SECONDS));
			}
			assertEquals(tasks.size() * 3, all.size(), "every attempt claimed once in all");
			assertEquals(all.size(), all.stream().distinct().count(), "no attempt claimed twice");
			Page<WakeUpAttempt> stored = a.wakeUps().attempts(SIX_THIRTY, SIX_THIRTY.plusSeconds(1), null, null, 1000);
			assertEquals(tasks.size() * 3, stored.items().size());
			assertFalse(stored.hasNext());
		} finally {
			pool.shutdownNow();
		}
	}
}
