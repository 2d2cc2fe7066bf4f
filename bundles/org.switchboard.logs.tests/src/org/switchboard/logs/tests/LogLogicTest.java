package org.switchboard.logs.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.logs.CsvExport;
import org.switchboard.logs.HourlyCalls;
import org.switchboard.logs.LogPages;
import org.switchboard.logs.QueueTally;
import org.switchboard.model.CallDisposition;
import org.switchboard.model.CallRecord;
import org.switchboard.model.SwitchboardFactory;
import org.switchboard.pbx.PbxGateway;
import org.switchboard.pbx.asterisk.AsteriskGatewayFactory;
import org.switchboard.pbx.event.PbxEvent;
import org.switchboard.store.Page;
import org.switchboard.store.PageCursor;
import org.switchboard.store.Store;
import org.switchboard.store.StoreLocation;

/** The queue tally, filtered paging, hourly counts and the CSV export, without a workbench. */
class LogLogicTest {

	@TempDir
	Path dir;

	/** A log of n numbered rows, newest (highest) first, paged by keyset. */
	static LogPages<Integer> numbers(int n) {
		return (after, limit) -> {
			int start = after == null ? n : (int) after.id() - 1;
			List<Integer> rows = new ArrayList<>();
			for (int i = start; i >= 1 && rows.size() < limit; i--) {
				rows.add(i);
			}
			int last = rows.isEmpty() ? 0 : rows.get(rows.size() - 1);
			return new Page<>(rows, last > 1 ? new PageCursor(last, last) : null);
		};
	}

	@Test
	void aFilterTheStoreCannotApplyStillFillsWholePagesAndEndsWithTheLog() {
		LogPages<Integer> odd = numbers(1000).filtered(i -> i % 7 == 0, i -> i, i -> i);
		List<Integer> all = new ArrayList<>();
		PageCursor after = null;
		int pages = 0;
		do {
			Page<Integer> page = odd.page(after, 10);
			assertTrue(page.items().size() == 10 || !page.hasNext(), "a page is full unless it is the last");
			all.addAll(page.items());
			after = page.next();
			pages++;
		} while (after != null);
		assertEquals(142, all.size());
		assertEquals(994, all.get(0));
		assertEquals(7, all.get(all.size() - 1));
		assertEquals(15, pages);
	}

	@Test
	void theCsvExportWritesEveryRowWithABomAndQuotesAndCancelWritesNoFile() throws Exception {
		Path file = dir.resolve("out.csv");
		AtomicInteger progress = new AtomicInteger();
		long n = CsvExport.write(file, numbers(4500), List.of("n", "text"),
				i -> List.of(i, i == 4500 ? "Zhang, \"Wei\" 张伟" : "x"), progress::set, () -> false);
		assertEquals(4500, n);
		assertEquals(4500, progress.get());
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		assertEquals("\uFEFFn,text", lines.get(0));
		assertEquals("4500,\"Zhang, \"\"Wei\"\" 张伟\"", lines.get(1));
		assertEquals("1,x", lines.get(4500));
		assertEquals(4501, lines.size());

		Path cancelled = dir.resolve("cancelled.csv");
		assertEquals(-1, CsvExport.write(cancelled, numbers(10), List.of("n"), List::of, c -> {
		}, () -> true));
		assertFalse(Files.exists(cancelled));
		try (var left = Files.list(dir)) {
			assertEquals(1, left.count(), "no temporary file left behind");
		}
	}

	@Test
	void theQueueTallyCountsAnsweredAndAbandonedCallersAndTheirWaits() throws Exception {
		Instant now = Instant.parse("2026-06-01T09:00:00Z");
		Clock clock = Clock.fixed(now, ZoneOffset.UTC);
		try (PbxGateway gateway = new AsteriskGatewayFactory().create();
				QueueTally tally = QueueTally.start(gateway, clock)) {
			AtomicInteger changes = new AtomicInteger();
			tally.onChange(changes::incrementAndGet);
			tally.onEvent(new PbxEvent.QueueEntryJoined("8000", "a", "PJSIP/x-1", "0301", null, 1, now.minusSeconds(30)));
			tally.onEvent(new PbxEvent.QueueEntryJoined("8000", "b", "PJSIP/x-2", "0302", null, 2, now.minusSeconds(90)));
			tally.onEvent(new PbxEvent.QueueEntryJoined("8000", "c", "PJSIP/x-3", "0303", null, 3, now.minusSeconds(10)));
			tally.onEvent(new PbxEvent.QueueEntryLeft("8000", "a", false));
			tally.onEvent(new PbxEvent.QueueEntryLeft("8000", "b", true));
			tally.onEvent(new PbxEvent.QueueEntryLeft("8000", "b", false)); // the Leave after the Abandon
			tally.onEvent(new PbxEvent.QueueEntryLeft("8000", "unknown", false)); // joined before we listened
			QueueTally.Figures f = tally.figures();
			assertEquals(1, f.answered());
			assertEquals(1, f.abandoned());
			assertEquals(Duration.ofSeconds(90), f.longestWait());
			assertEquals(Duration.ofSeconds(60), f.averageWait());
			assertEquals(2, changes.get());
		}
	}

	@Test
	void hourlyCountsFollowTheLocalHoursOfTheDay() {
		ZoneId shanghai = ZoneId.of("Asia/Shanghai");
		try (Store store = Store.open(StoreLocation.embedded(dir.resolve("db")))) {
			List<CallRecord> records = new ArrayList<>();
			// 2026-06-01 in Shanghai: 00:30 local is 16:30 UTC the day before
			for (String at : List.of("2026-05-31T16:30:00Z", "2026-06-01T01:05:00Z", "2026-06-01T01:59:00Z",
					"2026-06-01T15:59:59Z", "2026-06-01T16:00:00Z")) {
				CallRecord r = SwitchboardFactory.eINSTANCE.createCallRecord();
				r.setUniqueId("u" + at);
				r.setStartedAt(Instant.parse(at));
				r.setDisposition(CallDisposition.ANSWERED);
				records.add(r);
			}
			store.callRecords().insertAll(records);
			int[] hours = HourlyCalls.of(store.callRecords(), java.time.LocalDate.of(2026, 6, 1), shanghai);
			assertEquals(1, hours[0]);
			assertEquals(2, hours[9]);
			assertEquals(1, hours[23]);
			assertEquals(4, java.util.Arrays.stream(hours).sum(), "the next day's first call is not counted");
		}
	}
}
