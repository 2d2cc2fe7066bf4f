package org.switchboard.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.switchboard.core.internal.StoreOperationLog;
import org.switchboard.model.OperationLogEntry;
import org.switchboard.model.Outcome;
import org.switchboard.pbx.PbxException;
import org.switchboard.store.OperationLogQuery;
import org.switchboard.store.OperationLogRepository;
import org.switchboard.store.Page;
import org.switchboard.store.PageCursor;

class StoreOperationLogTest extends CoreTestBase {

	@Test
	void entriesAreWrittenInOrderWithTheCurrentOperator() throws Exception {
		currentOperator = "alice";
		for (int i = 0; i < 1200; i++) {
			log.record("call", "10" + i, Outcome.SUCCESS, "");
		}
		currentOperator = "bob";
		log.record("dnd.on", "1002", Outcome.FAILURE, "PBX refused");
		List<OperationLogEntry> all = logged();
		assertEquals(1201, all.size());
		assertEquals("100", all.get(0).getTarget());
		assertEquals("101199", all.get(1199).getTarget());
		OperationLogEntry last = all.get(1200);
		assertEquals("bob", last.getOperator());
		assertEquals(Outcome.FAILURE, last.getOutcome());
		assertEquals("PBX refused", last.getDetail());
		assertEquals(clock.now, last.getAt());
	}

	@Test
	void recordingNeverWaitsForTheDatabase() throws Exception {
		// a database that takes nothing until the test lets it: recording must return all the same
		CountDownLatch databaseFree = new CountDownLatch(1);
		OperationLogRepository real = store.operationLog();
		OperationLogRepository held = new OperationLogRepository() {
			@Override
			public void write(List<OperationLogEntry> inserts, List<OperationLogEntry> completions) {
				try {
					databaseFree.await(60, TimeUnit.SECONDS);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					throw new IllegalStateException(e);
				}
				real.write(inserts, completions);
			}

			@Override
			public Page<OperationLogEntry> find(OperationLogQuery query, PageCursor after, int limit) {
				return real.find(query, after, limit);
			}
		};
		StoreOperationLog waiting = new StoreOperationLog(held, () -> "alice", dir, clock);
		try {
			for (int i = 0; i < 10_000; i++) {
				waiting.record("call", String.valueOf(i), Outcome.SUCCESS, "");
			}
			// every entry was accepted while the database wrote none of them
			assertEquals(0, waiting.written());
			assertEquals(10_000, waiting.pending());
			databaseFree.countDown();
			assertTrue(waiting.flush(Duration.ofSeconds(60)), "written once the database is free: " + waiting.lastError());
			assertEquals(10_000, waiting.written());
		} finally {
			databaseFree.countDown();
			waiting.close();
		}
		List<OperationLogEntry> all = logged();
		assertEquals(10_000, all.size());
		assertEquals("0", all.get(0).getTarget());
		assertEquals("9999", all.get(9_999).getTarget());
	}

	@Test
	void asynchronousResultsAreRecordedWhenKnown() throws Exception {
		currentOperator = "alice";
		CompletableFuture<Void> ok = new CompletableFuture<>();
		CompletableFuture<Void> failed = new CompletableFuture<>();
		log.recordWhenDone("call.blindTransfer", "1003", ok);
		log.recordWhenDone("dnd.on", "1004", failed);
		ok.complete(null);
		failed.completeExceptionally(new PbxException(PbxException.Reason.BUSY, "1004 is busy"));
		List<OperationLogEntry> all = logged();
		assertEquals(2, all.size());
		OperationLogEntry f = all.stream().filter(e -> e.getAction().equals("dnd.on")).findFirst().orElseThrow();
		assertEquals(Outcome.FAILURE, f.getOutcome());
		assertEquals("1004 is busy", f.getDetail());
	}

	@Test
	void anActionsIntentIsCommittedBeforeTheOperationStartsAndItsOutcomeCompletesTheSameRow() throws Exception {
		currentOperator = "alice";
		CompletableFuture<Void> pbx = new CompletableFuture<>();
		List<List<OperationLogEntry>> seenAtStart = new java.util.concurrent.CopyOnWriteArrayList<>();
		CompletableFuture<Void> result = log.recordWhenDone("call.dial", "1004", () -> {
			seenAtStart.add(stored());
			return pbx;
		});
		long deadline = System.nanoTime() + 10_000_000_000L;
		while (seenAtStart.isEmpty() && System.nanoTime() < deadline) {
			Thread.sleep(5);
		}
		assertEquals(1, seenAtStart.size(), "the operation was started");
		List<OperationLogEntry> before = seenAtStart.get(0);
		assertEquals(1, before.size());
		assertEquals(Outcome.IN_PROGRESS, before.get(0).getOutcome());
		assertEquals("alice", before.get(0).getOperator());
		assertTrue(!result.isDone());
		pbx.completeExceptionally(new PbxException(PbxException.Reason.NO_ANSWER, "1004 did not answer"));
		// the operation was started on the log's thread, which may not have hooked its outcome yet: the caller's
		// result completes once the outcome is queued
		try {
			result.get(10, java.util.concurrent.TimeUnit.SECONDS);
		} catch (java.util.concurrent.ExecutionException expected) {
			// the call's failure, checked below
		}
		List<OperationLogEntry> after = logged();
		assertEquals(1, after.size(), "the outcome completes the intent's row, not a second one");
		assertEquals(before.get(0).getId(), after.get(0).getId());
		assertEquals(Outcome.FAILURE, after.get(0).getOutcome());
		assertEquals("1004 did not answer", after.get(0).getDetail());
		assertTrue(result.isCompletedExceptionally());
	}

	@Test
	void anIntentCompletedBeforeItIsWrittenIsOneFinishedRow() throws Exception {
		for (int i = 0; i < 50; i++) {
			log.begin("dnd.on", "10" + i).complete(Outcome.SUCCESS, "");
		}
		List<OperationLogEntry> all = logged();
		assertEquals(50, all.size());
		assertTrue(all.stream().allMatch(e -> e.getOutcome() == Outcome.SUCCESS), actions(all).toString());
	}

	@Test
	void anIntentNeverCompletedStaysInProgress() throws Exception {
		log.begin("call.dial", "1005");
		log.record("logout", "1001", Outcome.SUCCESS, "");
		List<OperationLogEntry> all = logged();
		assertEquals(List.of(Outcome.IN_PROGRESS, Outcome.SUCCESS), all.stream().map(OperationLogEntry::getOutcome).toList());
	}

	/** What the store holds now, without waiting for the log. */
	private List<OperationLogEntry> stored() {
		return store.operationLog().find(org.switchboard.store.OperationLogQuery.between(java.time.Instant.EPOCH,
				java.time.Instant.parse("2100-01-01T00:00:00Z")), null, 100).items();
	}

	@Test
	void entriesThatCannotBeWrittenAreKeptAndSavedToAFileAtClose() throws Exception {
		Path fallback = dir.resolve("fallback");
		StoreOperationLog broken = new StoreOperationLog(store.operationLog(), () -> "alice", fallback, clock);
		store.close(); // the database goes away under the log
		broken.record("call", "1001", Outcome.SUCCESS, "");
		broken.record("logout", "1001", Outcome.SUCCESS, "");
		assertTrue(!broken.flush(Duration.ofMillis(500)), "nothing can be written");
		assertEquals(2, broken.pending());
		assertNotNull(broken.lastError());
		broken.close();
		List<Path> files;
		try (Stream<Path> s = Files.list(fallback)) {
			files = s.toList();
		}
		assertEquals(1, files.size());
		assertTrue(files.get(0).getFileName().toString().startsWith("unsaved-operation-log-"));
		List<String> lines = Files.readAllLines(files.get(0));
		assertEquals(2, lines.size());
		assertTrue(lines.get(0).contains("alice\tcall\t1001\tSUCCESS"), lines.get(0));
		assertTrue(lines.get(1).contains("logout"), lines.get(1));
		store = org.switchboard.store.Store.open(org.switchboard.store.StoreLocation.embedded(dir.resolve("db")));
		log.close();
		log = new StoreOperationLog(store.operationLog(), () -> null, dir, clock);
	}
}
