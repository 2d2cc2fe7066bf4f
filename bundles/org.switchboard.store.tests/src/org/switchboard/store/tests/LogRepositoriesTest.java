package org.switchboard.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.switchboard.model.CallDisposition;
import org.switchboard.model.CallRecord;
import org.switchboard.model.HandoverRecord;
import org.switchboard.model.OperationLogEntry;
import org.switchboard.store.CallRecordQuery;
import org.switchboard.store.OperationLogQuery;
import org.switchboard.store.Page;
import org.switchboard.store.PageCursor;

/** Call records, the operation log and handovers: batched writes, filters, keyset paging. */
class LogRepositoriesTest extends StoreTestBase {

	static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");
	static final CallDisposition[] D = CallDisposition.VALUES.toArray(new CallDisposition[0]);

	List<CallRecord> calls() {
		List<CallRecord> all = new ArrayList<>();
		for (int i = 0; i < 2500; i++) {
			// several records share a start time, so paging must order by id too
			Instant at = T0.plusSeconds(60L * (i / 3));
			all.add(Records.call(at, "10" + (i % 20), "20" + (i % 7), D[i % 4]));
		}
		return all;
	}

	@Test
	void callRecordsAreWrittenInBatchesAndPagedNewestFirstWithoutGapsOrRepeats() {
		List<CallRecord> all = calls();
		store.callRecords().insertAll(all);
		CallRecordQuery query = CallRecordQuery.between(T0, T0.plusSeconds(86_400));
		List<CallRecord> read = readAll(after -> store.callRecords().find(query, after, 100));
		assertEquals(2500, read.size());
		assertEquals(2500, new HashSet<>(read.stream().map(CallRecord::getId).toList()).size());
		assertSorted(read);
	}

	@Test
	void callRecordsFilterByTimeRangeNumberAndDisposition() {
		List<CallRecord> all = calls();
		store.callRecords().insertAll(all);
		Instant from = T0.plusSeconds(60 * 100);
		Instant to = T0.plusSeconds(60 * 300);
		Set<CallDisposition> wanted = EnumSet.of(CallDisposition.BUSY, CallDisposition.NO_ANSWER);
		CallRecordQuery query = new CallRecordQuery(from, to, "102", wanted);
		List<CallRecord> read = readAll(after -> store.callRecords().find(query, after, 7));
		long expected = all.stream().filter(r -> !r.getStartedAt().isBefore(from) && r.getStartedAt().isBefore(to))
				.filter(r -> r.getCallerNumber().equals("102") || r.getCalleeNumber().equals("102"))
				.filter(r -> wanted.contains(r.getDisposition())).count();
		assertTrue(expected > 10, "the data covers the filter");
		assertEquals(expected, read.size());
		assertSorted(read);

		// a number is matched as caller or as callee
		List<CallRecord> callee = readAll(
				after -> store.callRecords().find(CallRecordQuery.between(from, to).withNumber("203"), after, 50));
		assertEquals(all.stream().filter(r -> !r.getStartedAt().isBefore(from) && r.getStartedAt().isBefore(to))
				.filter(r -> r.getCalleeNumber().equals("203")).count(), callee.size());
		assertTrue(callee.stream().allMatch(r -> r.getCalleeNumber().equals("203")));
		assertSorted(callee);
	}

	@Test
	void aCallRecordReadsBackAsWritten() {
		CallRecord r = Records.call(T0, "1001", "13800138000", CallDisposition.ANSWERED);
		r.setCallerName("Front desk");
		r.setAnsweredAt(T0.plusSeconds(5));
		store.callRecords().insert(r);
		CallRecord read = store.callRecords().find(CallRecordQuery.between(T0, T0.plusSeconds(1)), null, 10).items()
				.get(0);
		assertEquals("Front desk", read.getCallerName());
		assertEquals(T0.plusSeconds(5), read.getAnsweredAt());
		assertEquals(T0.plusSeconds(30), read.getEndedAt());
		assertEquals(25, read.getBillableSeconds());
		assertEquals(CallDisposition.ANSWERED, read.getDisposition());
	}

	@Test
	void operationLogFiltersByOperatorActionAndTimeAndPages() {
		List<OperationLogEntry> entries = new ArrayList<>();
		for (int i = 0; i < 300; i++) {
			entries.add(Records.logEntry(T0.plusSeconds(i / 2), i % 3 == 0 ? "alice" : "bob",
					i % 5 == 0 ? "login" : "call.blindTransfer", "10" + i));
		}
		store.operationLog().insertAll(entries);
		OperationLogQuery everything = OperationLogQuery.between(T0, T0.plusSeconds(3600));
		List<OperationLogEntry> all = readAll(after -> store.operationLog().find(everything, after, 40));
		assertEquals(300, all.size());
		List<OperationLogEntry> aliceLogins = readAll(after -> store.operationLog()
				.find(everything.withOperator("alice").withAction("login"), after, 3));
		assertEquals(20, aliceLogins.size());
		assertTrue(aliceLogins.stream().allMatch(e -> e.getOperator().equals("alice") && e.getAction().equals("login")));
		List<OperationLogEntry> window = readAll(after -> store.operationLog()
				.find(OperationLogQuery.between(T0.plusSeconds(10), T0.plusSeconds(20)), after, 6));
		assertEquals(20, window.size());
		for (int i = 1; i < all.size(); i++) {
			assertFalse(all.get(i).getAt().isAfter(all.get(i - 1).getAt()));
		}
	}

	@Test
	void handoversAreRecordedAndListedNewestFirst() {
		for (int i = 0; i < 5; i++) {
			HandoverRecord h = Records.F.createHandoverRecord();
			h.setFromOperator("alice");
			h.setToOperator("bob");
			h.setAt(T0.plusSeconds(3600L * i));
			h.setExtension("1001");
			store.handovers().insert(h);
		}
		Page<HandoverRecord> first = store.handovers().find(T0, T0.plusSeconds(86_400), null, 3);
		assertEquals(3, first.items().size());
		assertEquals(T0.plusSeconds(4 * 3600), first.items().get(0).getAt());
		Page<HandoverRecord> second = store.handovers().find(T0, T0.plusSeconds(86_400), first.next(), 3);
		assertEquals(2, second.items().size());
		assertNull(second.next());
	}

	private static <T> List<T> readAll(Function<PageCursor, Page<T>> query) {
		List<T> all = new ArrayList<>();
		PageCursor after = null;
		do {
			Page<T> page = query.apply(after);
			all.addAll(page.items());
			after = page.next();
		} while (after != null);
		return all;
	}

	private static void assertSorted(List<CallRecord> records) {
		List<CallRecord> sorted = new ArrayList<>(records);
		sorted.sort(Comparator.comparing(CallRecord::getStartedAt).thenComparing(CallRecord::getId).reversed());
		assertEquals(sorted, records);
	}
}
