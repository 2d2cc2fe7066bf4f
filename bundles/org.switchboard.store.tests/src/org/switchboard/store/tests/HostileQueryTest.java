package org.switchboard.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.switchboard.model.CallDisposition;
import org.switchboard.store.CallRecordQuery;
import org.switchboard.store.OperationLogQuery;

/**
 * Hostile text in the log filters reaches the database only as a bound parameter (R4): SQL injection finds nothing
 * and drops nothing, and a value longer than its column is no match rather than a database error.
 */
class HostileQueryTest extends StoreTestBase {

	private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
	private static final String[] HOSTILE = { "'; DROP TABLE operation_log; --", "' OR '1'='1", "%", "_",
			"\u0000\r\n", "x".repeat(100_000) };

	@Test
	void operationLogFiltersTakeHostileTextAsText() {
		store.operationLog().insertAll(List.of(Records.logEntry(T0, "alice", "login", "1001")));
		OperationLogQuery all = OperationLogQuery.between(T0, T0.plusSeconds(60));
		for (String hostile : HOSTILE) {
			assertEquals(0, store.operationLog()
					.find(new OperationLogQuery(all.from(), all.to(), hostile, null), null, 10).items().size());
			assertEquals(0, store.operationLog()
					.find(new OperationLogQuery(all.from(), all.to(), null, hostile), null, 10).items().size());
		}
		assertEquals(1, store.operationLog().find(all, null, 10).items().size(), "the operation log lost its entry");
	}

	@Test
	void callRecordNumberFilterTakesHostileTextAsText() {
		store.callRecords().insertAll(List.of(Records.call(T0, "1002", "1003", CallDisposition.ANSWERED)));
		CallRecordQuery all = CallRecordQuery.between(T0, T0.plusSeconds(60));
		for (String hostile : HOSTILE) {
			assertEquals(0, store.callRecords().find(all.withNumber(hostile), null, 10).items().size());
		}
		assertEquals(1, store.callRecords().find(all, null, 10).items().size(), "the call records lost their row");
	}
}
