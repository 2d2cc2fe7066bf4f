package org.switchboard.logs.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.logs.ui.LogsUiIds;
import org.switchboard.logs.ui.internal.CallRecordsPart;
import org.switchboard.logs.ui.internal.HandoverRecordsPart;
import org.switchboard.logs.ui.internal.OperationLogPart;
import org.switchboard.model.CallRecord;
import org.switchboard.model.ConnectionStatus;
import org.switchboard.model.HandoverRecord;
import org.switchboard.model.SwitchboardFactory;
import org.switchboard.store.CallRecordQuery;
import org.switchboard.testsupport.ScreenshotOnFailure;
import org.switchboard.testsupport.Ui;
import org.switchboard.testsupport.Workbench;

/**
 * The log views (SPEC S6-S8) and Recent calls (E3) end to end: calls made on the demo PBX become call records through
 * the Asterisk back-end's Cdr events, the views are opened from the Log Query menu, filtered by typing, and read
 * back from their tables.
 */
@ExtendWith(ScreenshotOnFailure.class)
class LogViewsTest {

	private static final String CALLS = LogsUiIds.PART_CALLS;
	private LogViews views;

	@BeforeEach
	void open() {
		views = LogViews.open();
	}

	@AfterEach
	void close() {
		// the views stay open between tests, as they would for an operator: clear what a test typed
		var calls = Workbench.partService().findPart(CALLS);
		if (calls != null && calls.getObject() != null) {
			Ui.byId(Text.class, CALLS + LogsUiIds.NUMBER).setText("");
		}
		views.close();
	}

	/** A call between two phones of the site, up for about the given seconds, then hung up. */
	private void call(String from, String to, long seconds) throws Exception {
		views.phones.dialNow(from, to);
		Ui.waitUntil(() -> {
			try {
				return views.phones.bridged(from, to);
			} catch (Exception e) {
				throw new AssertionError(e);
			}
		}, LogViews.PBX_TIMEOUT, () -> from + " to talk with " + to);
		Ui.pause(java.time.Duration.ofMillis(seconds * 1000 + 200));
		views.hangupAll();
	}

	private static String[] cells(String row) {
		return row.split(" \\| ", -1);
	}

	private static int seconds(String duration) {
		String[] p = duration.split(":");
		int s = 0;
		for (String part : p) {
			s = s * 60 + Integer.parseInt(part);
		}
		return s;
	}

	/** Whether the row's call started at or after the instant (the Time column, to the second, local time). */
	private static boolean since(String row, Instant t0) {
		Instant at = java.time.LocalDateTime.parse(cells(row)[0], java.time.format.DateTimeFormatter.ofPattern(
				"yyyy-MM-dd HH:mm:ss")).atZone(java.time.ZoneId.systemDefault()).toInstant();
		return !at.isBefore(t0.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
	}

	private static boolean between(String row, String caller, String callee) {
		String[] c = cells(row);
		return c[1].equals(caller) && c[3].equals(callee);
	}

	@Test
	@DisplayName("S6 a finished call appears in call records with its duration")
	void finishedCall() throws Exception {
		Instant t0 = Instant.now().minusSeconds(1);
		call("1002", "1003", 2);
		CallRecordsPart view = LogViews.openFromMenu("Call records", CALLS, CallRecordsPart.class);
		Ui.setText(Ui.byId(Text.class, CALLS + LogsUiIds.NUMBER), "1002");
		Ui.waitUntil(() -> view.idle() && !LogViews.rows(CALLS).isEmpty() && LogViews.rows(CALLS).stream()
				.allMatch(r -> cells(r)[1].equals("1002") || cells(r)[3].equals("1002")), "the number filter applied");
		LogViews.waitForRow(CALLS, r -> between(r, "1002", "1003") && since(r, t0), "the call 1002 to 1003");
		String row = LogViews.rows(CALLS).stream().filter(r -> between(r, "1002", "1003") && since(r, t0)).findFirst()
				.orElseThrow();
		String[] c = cells(row);
		assertTrue(seconds(c[5]) >= 2, "duration " + c[5] + " in " + row);
		assertTrue(seconds(c[6]) >= 1 && seconds(c[6]) <= seconds(c[5]), "billable " + c[6] + " in " + row);
		assertEquals("Answered", c[7]);
		assertFalse(c[0].isEmpty());

		// Export CSV of the filtered set (the file chooser aside): the same calls, with the same columns
		java.nio.file.Path file = java.nio.file.Files.createTempDirectory("export").resolve("calls.csv");
		view.exportTo(file);
		Label status = Ui.byId(Label.class, CALLS + LogsUiIds.STATUS);
		Ui.waitUntil(() -> status.getText().startsWith("Exported"), "the export to finish: " + status.getText());
		List<String> lines = java.nio.file.Files.readAllLines(file);
		assertEquals("\uFEFFTime,Caller,Caller name,Callee,Callee name,Duration,Billable,Result", lines.get(0));
		assertEquals(view.rowsShown().size() + 1, lines.size(), lines.toString());
		assertTrue(lines.stream().anyMatch(l -> l.contains(",1002,") && l.contains(",1003,") && l.endsWith(",Answered")),
				lines.toString());
	}

	@Test
	@DisplayName("S6 an AMI disconnect shows as a gap, and no record is stored twice")
	void disconnectGap() throws Exception {
		Instant t0 = Instant.now().minusSeconds(1);
		views.gateway.disconnect().get(20, TimeUnit.SECONDS);
		Ui.waitUntil(() -> LogViews.read(views.model, s -> s.getConnection().getStatus()) != ConnectionStatus.CONNECTED,
				"the console to be disconnected");
		call("1004", "1005", 1); // its CDR goes to no one
		views.gateway.connect(views.endpoint()).get(30, TimeUnit.SECONDS);
		Ui.waitUntil(() -> LogViews.read(views.model, s -> s.getConnection().getStatus()) == ConnectionStatus.CONNECTED,
				LogViews.PBX_TIMEOUT, () -> "the console to be connected again");
		call("1004", "1006", 1);

		CallRecordsPart view = LogViews.openFromMenu("Call records", CALLS, CallRecordsPart.class);
		Ui.setText(Ui.byId(Text.class, CALLS + LogsUiIds.NUMBER), "1004");
		LogViews.waitForRow(CALLS, r -> between(r, "1004", "1006") && since(r, t0), "the call after the reconnect");
		Ui.waitUntil(view::idle, "the filter applied");
		// this test's calls (the test database keeps earlier runs')
		List<String> rows = LogViews.rows(CALLS).stream().filter(r -> cells(r)[1].equals("1004") && since(r, t0))
				.toList();
		assertEquals(1, rows.size(), rows.toString());
		assertFalse(rows.stream().anyMatch(r -> between(r, "1004", "1005")), "the call while away: " + rows);
		// this test's gap: from the disconnect to the reconnect (earlier runs left theirs in the week too)
		String from = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
				.format(t0.atZone(java.time.ZoneId.systemDefault()));
		Ui.waitUntil(() -> java.util.Arrays.stream(view.gapNotice().split("\n"))
				.anyMatch(line -> line.startsWith("No records from ") && line.endsWith(": the PBX was not connected.")
						&& line.substring(16, 35).compareTo(from) >= 0), "the gap notice: " + view.gapNotice());
		Label gaps = Ui.byId(Label.class, CALLS + LogsUiIds.GAPS);
		assertTrue(gaps.isVisible(), gaps.getText());

		List<CallRecord> stored = views.store.callRecords()
				.find(CallRecordQuery.between(t0, Instant.now().plusSeconds(60)).withNumber("1004"), null, 100).items();
		Set<String> keys = new HashSet<>();
		for (CallRecord r : stored) {
			assertTrue(keys.add(r.getUniqueId() + "@" + r.getStartedAt() + "@" + r.getDestinationChannel()),
					"stored twice: " + r.getUniqueId());
		}
		assertEquals(1, stored.stream().filter(r -> "1006".equals(r.getCalleeNumber())).count(), stored.toString());
	}

	@Test
	@DisplayName("S7 handover records filter by operator")
	void handoversByOperator() {
		Instant now = Instant.now();
		// names of this run's own: the test database keeps earlier runs' records
		String run = Long.toString(System.currentTimeMillis() % 100_000, 36);
		String alice = "alice" + run, bob = "bob" + run, carol = "carol" + run, dave = "dave" + run, erin = "erin" + run;
		String[][] handovers = { { alice, bob }, { bob, carol }, { dave, erin } };
		for (int i = 0; i < handovers.length; i++) {
			HandoverRecord h = SwitchboardFactory.eINSTANCE.createHandoverRecord();
			h.setFromOperator(handovers[i][0]);
			h.setToOperator(handovers[i][1]);
			h.setAt(now.minusSeconds(60L * (i + 1)));
			h.setExtension("1001");
			views.store.handovers().insert(h);
		}
		String id = LogsUiIds.PART_HANDOVERS;
		HandoverRecordsPart view = LogViews.openFromMenu("Handover records", id, HandoverRecordsPart.class);
		LogViews.waitForRow(id, r -> r.contains(dave + " | " + erin), "dave's handover");
		Ui.setText(Ui.byId(Text.class, id + LogsUiIds.OPERATOR), bob);
		Ui.waitUntil(() -> view.idle() && LogViews.rows(id).stream().noneMatch(r -> r.contains(dave)),
				"the filter applied");
		List<String> rows = LogViews.rows(id);
		assertEquals(List.of(alice + " | " + bob, bob + " | " + carol),
				rows.stream().map(r -> r.split(" \\| ")[1] + " | " + r.split(" \\| ")[2]).toList());
		Ui.setText(Ui.byId(Text.class, id + LogsUiIds.OPERATOR), "");
	}

	@Test
	@DisplayName("S8 every action of the home screen is in the operation log")
	void homeScreenActions() throws Exception {
		Instant t0 = Instant.now().minusSeconds(1);
		String number = "1010";
		Ui.setText(Ui.byId(Text.class, "callcontrol.dial.number"), number);
		press("call");
		Table calls = Ui.byId(Table.class, "callcontrol.calls");
		Ui.waitUntil(() -> row(calls, number, "Connected") >= 0, LogViews.PBX_TIMEOUT, () -> "the call to " + number);
		Ui.selectRow(calls, row(calls, number, "Connected"));
		press("hold");
		Ui.waitUntil(() -> row(calls, number, "On hold") >= 0, LogViews.PBX_TIMEOUT, () -> "the call on hold");
		Ui.selectRow(calls, row(calls, number, "On hold"));
		press("resume");
		Ui.waitUntil(() -> row(calls, number, "Connected") >= 0, LogViews.PBX_TIMEOUT, () -> "the call resumed");
		Ui.selectRow(calls, row(calls, number, "Connected"));
		press("hangup");
		Ui.waitUntil(() -> calls.getItemCount() == 0, LogViews.PBX_TIMEOUT, () -> "the call ended");

		String id = LogsUiIds.PART_OPERATIONS;
		OperationLogPart view = LogViews.openFromMenu("Operation log", id, OperationLogPart.class);
		Ui.setText(Ui.byId(Text.class, id + LogsUiIds.OPERATOR), "demo");
		for (String action : List.of("Call", "Hold", "Resume", "Hang up")) {
			// the log is written in the background: read it again until the entry is there
			Ui.waitUntil(() -> {
				if (view.idle() && LogViews.rows(id).stream().noneMatch(r -> matches(r, action, number, t0))) {
					view.refresh();
				}
				return LogViews.rows(id).stream().anyMatch(r -> matches(r, action, number, t0));
			}, LogViews.PBX_TIMEOUT, () -> action + " " + number + " in " + LogViews.rows(id));
		}
		Ui.setText(Ui.byId(Text.class, id + LogsUiIds.OPERATOR), "");
	}

	@Test
	@DisplayName("R2 an action left in progress by a console that stopped shows as having no outcome in the operation log")
	void actionLeftInProgress() throws Exception {
		// as a console killed between asking the PBX and hearing back leaves it: the intent, never completed
		String operator = "stopped" + System.nanoTime() % 100_000;
		org.switchboard.model.OperationLogEntry left = SwitchboardFactory.eINSTANCE.createOperationLogEntry();
		left.setAt(Instant.now().minus(java.time.Duration.ofMinutes(10)));
		left.setOperator(operator);
		left.setAction("call.dial");
		left.setTarget("1009");
		left.setOutcome(org.switchboard.model.Outcome.IN_PROGRESS);
		left.setDetail("");
		views.store.operationLog().insertAll(List.of(left));

		String id = LogsUiIds.PART_OPERATIONS;
		OperationLogPart view = LogViews.openFromMenu("Operation log", id, OperationLogPart.class);
		Ui.setText(Ui.byId(Text.class, id + LogsUiIds.OPERATOR), operator);
		Ui.waitUntil(() -> {
			if (view.idle() && LogViews.rows(id).isEmpty()) {
				view.refresh();
			}
			return !LogViews.rows(id).isEmpty();
		}, LogViews.PBX_TIMEOUT, () -> "the entry of " + operator + " in " + LogViews.rows(id));
		List<String> rows = LogViews.rows(id);
		assertEquals(1, rows.size(), rows.toString());
		String[] c = cells(rows.get(0));
		assertEquals("Call", c[2]);
		assertEquals("1009", c[3]);
		assertEquals("No outcome (console stopped)", c[4]);
		Ui.setText(Ui.byId(Text.class, id + LogsUiIds.OPERATOR), "");
	}

	private static boolean matches(String row, String action, String target, Instant t0) {
		String[] c = cells(row);
		return since(row, t0) && c[1].equals("demo") && c[2].equals(action) && c[3].equals(target) && c[4].equals("Success");
	}

	private static void press(String action) {
		Button b = Ui.byId(Button.class, "callcontrol.button." + action);
		Ui.waitUntil(b::isEnabled, action + " button enabled");
		Ui.click(b);
	}

	private static int row(Table table, String number, String state) {
		for (int i = 0; i < table.getItemCount(); i++) {
			if (table.getItem(i).getText(0).equals(number) && table.getItem(i).getText(2).equals(state)) {
				return i;
			}
		}
		return -1;
	}

	@Test
	@DisplayName("E3 recent calls of an extension")
	void recentCalls() throws Exception {
		Instant t0 = Instant.now().minusSeconds(1);
		call("1007", "1008", 1);
		call("1002", "1003", 1);
		// the log views share the extension panel's stack: the operator goes back to the panel's tab
		Workbench.showPart("org.switchboard.extensions.part.panel");
		Workbench.execute("org.switchboard.extensions.command.mode.list", null);
		try {
			Table extensions = Ui.byId(Table.class, "extensions.table");
			int index = -1;
			for (int i = 0; i < extensions.getItemCount() && index < 0; i++) {
				if (extensions.getItem(i).getText(0).equals("1007")) {
					index = i;
				}
			}
			assertTrue(index >= 0, "1007 in the extension list");
			Ui.selectRow(extensions, index);
			Menu menu = Ui.contextMenu(extensions);
			Ui.click(Ui.menuItem(menu, "Recent calls"));
			Ui.closeMenu(menu);
			CallRecordsPart view = LogViews.view(CALLS, CallRecordsPart.class);
			assertEquals("1007", view.numberFilter());
			LogViews.waitForRow(CALLS, r -> between(r, "1007", "1008") && since(r, t0), "1007's call");
			Ui.waitUntil(view::idle, "the view loaded");
			List<String> rows = LogViews.rows(CALLS);
			assertTrue(rows.stream().allMatch(r -> cells(r)[1].equals("1007") || cells(r)[3].equals("1007")),
					rows.toString());
		} finally {
			Workbench.execute("org.switchboard.extensions.command.mode.panel", null);
		}
	}
}
