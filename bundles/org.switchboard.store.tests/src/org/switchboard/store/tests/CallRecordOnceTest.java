package org.switchboard.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.switchboard.model.CallDisposition;
import org.switchboard.model.CallRecord;
import org.switchboard.store.CallRecordQuery;
import org.switchboard.store.RecordingGap;

/** A CDR heard twice is stored once; gaps in recording are kept and found by time. */
class CallRecordOnceTest extends StoreTestBase {

	static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

	@Test
	void theSameCdrIsStoredOnceButTheChannelsNextRecordIsANewOne() {
		CallRecord first = Records.call(T0, "1001", "1002", CallDisposition.ANSWERED);
		first.setUniqueId("1795634833.0");
		first.setDestinationChannel("PJSIP/1002-00000001");
		CallRecord again = Records.call(T0, "1001", "1002", CallDisposition.ANSWERED);
		again.setUniqueId("1795634833.0");
		again.setDestinationChannel("PJSIP/1002-00000001");
		CallRecord later = Records.call(T0.plusSeconds(30), "1001", "1003", CallDisposition.ANSWERED);
		later.setUniqueId("1795634833.0");
		later.setDestinationChannel("PJSIP/1003-00000002");
		assertTrue(store.callRecords().insertIfNew(first));
		assertFalse(store.callRecords().insertIfNew(again));
		assertTrue(store.callRecords().insertIfNew(later));
		List<CallRecord> rows = store.callRecords()
				.find(CallRecordQuery.between(T0.minusSeconds(60), T0.plusSeconds(60)), null, 10).items();
		assertEquals(2, rows.size());
	}

	@Test
	void gapsAreFoundByOverlapAndAnOpenGapIsClosedLater() {
		store.callRecords().addGap(T0, T0.plusSeconds(180));
		store.callRecords().addGap(T0.plusSeconds(3600), null);
		List<RecordingGap> all = store.callRecords().gaps(T0.minusSeconds(60), T0.plusSeconds(7200));
		assertEquals(2, all.size());
		assertNull(all.get(0).to(), "the newest first, still open");
		assertEquals(List.of(new RecordingGap(T0, T0.plusSeconds(180))),
				store.callRecords().gaps(T0.plusSeconds(100), T0.plusSeconds(200)));
		assertTrue(store.callRecords().gaps(T0.plusSeconds(200), T0.plusSeconds(300)).isEmpty());
		store.callRecords().closeGaps(T0.plusSeconds(3700));
		assertEquals(new RecordingGap(T0.plusSeconds(3600), T0.plusSeconds(3700)),
				store.callRecords().gaps(T0.plusSeconds(3650), T0.plusSeconds(3660)).get(0));
	}
}
