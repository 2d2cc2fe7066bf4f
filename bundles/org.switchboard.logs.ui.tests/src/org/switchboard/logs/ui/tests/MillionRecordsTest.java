package org.switchboard.logs.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.logs.ui.LogsUiIds;
import org.switchboard.logs.ui.internal.CallRecordsPart;
import org.switchboard.model.CallRecord;
import org.switchboard.testsupport.ScreenshotOnFailure;
import org.switchboard.testsupport.Ui;

/**
 * The call records at a million rows, in the console's own database: a filter by number over the last week, paged by
 * scrolling, and a filter change, each timed from the operator's input to the table painted with the answer (the
 * figures go to docs/benchmarks.md).
 */
@ExtendWith(ScreenshotOnFailure.class)
class MillionRecordsTest {

	private static final String CALLS = LogsUiIds.PART_CALLS;
	private LogViews views;

	@BeforeEach
	void open() {
		views = LogViews.open();
	}

	@AfterEach
	void close() {
		Ui.setText(Ui.byId(Text.class, CALLS + LogsUiIds.NUMBER), "");
		Ui.byId(Combo.class, CALLS + LogsUiIds.DISPOSITION).select(0);
		views.close();
	}

	/** Runs the input, then waits for the view to have its answer painted; returns the milliseconds taken. */
	private static long timed(CallRecordsPart view, Runnable input, java.util.function.BooleanSupplier shown) {
		long t0 = System.nanoTime();
		input.run();
		Ui.waitUntil(() -> view.idle() && shown.getAsBoolean(), "the view's answer");
		Ui.byId(Table.class, CALLS + LogsUiIds.TABLE).update();
		return (System.nanoTime() - t0) / 1_000_000;
	}

	@Test
	@DisplayName("S6 a filter by number and week pages through 1,000,000 records")
	void millionRecords() throws Exception {
		Path folder = Files.createTempDirectory("million-calls");
		long loadMillis = MillionCalls.ensure(views.store, folder);
		CallRecordsPart view = LogViews.openFromMenu("Call records", CALLS, CallRecordsPart.class);
		Table table = Ui.byId(Table.class, CALLS + LogsUiIds.TABLE);
		Text number = Ui.byId(Text.class, CALLS + LogsUiIds.NUMBER);

		long first = timed(view, () -> {
			Ui.setText(number, MillionCalls.BUSY);
			Ui.pause(java.time.Duration.ofMillis(350)); // the field waits for typing to pause
		}, () -> view.rowsShown().size() >= 200) - 350;
		assertTrue(view.hasMore(), "a week of " + MillionCalls.BUSY + " is more than a page");

		long[] next = new long[3];
		for (int p = 0; p < next.length; p++) {
			int have = view.rowsShown().size();
			next[p] = timed(view, () -> table.getItem(have).getText(0), () -> view.rowsShown().size() > have);
		}
		List<CallRecord> rows = view.rowsShown();
		assertEquals(800, rows.size());
		Instant weekAgo = LocalDate.now(ZoneId.systemDefault()).minusDays(6).atStartOfDay(ZoneId.systemDefault())
				.toInstant();
		for (int i = 0; i < rows.size(); i++) {
			CallRecord r = rows.get(i);
			assertTrue(MillionCalls.BUSY.equals(r.getCallerNumber()) || MillionCalls.BUSY.equals(r.getCalleeNumber()),
					"row " + i + " is a call of " + MillionCalls.BUSY);
			assertTrue(!r.getStartedAt().isBefore(weekAgo), "row " + i + " is in the week");
			if (i > 0) {
				assertTrue(!r.getStartedAt().isAfter(rows.get(i - 1).getStartedAt()), "newest first at row " + i);
			}
		}
		String last = table.getItem(799).getText(1) + " " + table.getItem(799).getText(3);
		assertTrue(last.contains(MillionCalls.BUSY), "the table shows the 800th row: " + last);

		Combo disposition = Ui.byId(Combo.class, CALLS + LogsUiIds.DISPOSITION);
		long change = timed(view, () -> {
			disposition.select(3); // Busy
			disposition.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
		}, () -> !view.rowsShown().isEmpty()
				&& view.rowsShown().stream().allMatch(r -> r.getDisposition() == org.switchboard.model.CallDisposition.BUSY));

		String figures = String.format("UI call records at 1,000,000 rows: bulk load %d ms; first page (number + week) "
				+ "%d ms; next pages %d / %d / %d ms; filter change (disposition) %d ms", loadMillis, first, next[0],
				next[1], next[2], change);
		System.out.println(figures);
		Files.writeString(Path.of("target", "ui-benchmark-logs.txt"), figures + System.lineSeparator());
	}
}
