package org.switchboard.wakeup.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.model.OperationLogEntry;
import org.switchboard.model.WakeUpAttempt;
import org.switchboard.model.WakeUpOutcome;
import org.switchboard.model.WakeUpTask;
import org.switchboard.store.OperationLogQuery;
import org.switchboard.store.Store;
import org.switchboard.store.Versioned;
import org.switchboard.testsupport.ScreenshotOnFailure;
import org.switchboard.testsupport.Screenshots;
import org.switchboard.testsupport.Ui;
import org.switchboard.testsupport.Workbench;
import org.switchboard.wakeup.WakeUpService;
import org.switchboard.wakeup.ui.WakeUpUiIds;

/**
 * Wake-up calls through the real workbench, logged in as demo mode's operator: the bundled simulator is the PBX
 * (its phones answer, except 1009), the wake-ups and their results are in demo mode's database.
 */
@ExtendWith(ScreenshotOnFailure.class)
class WakeUpUiTest {

	private static final Duration FIRE_TIMEOUT = Duration.ofSeconds(100);
	private final Instant started = Instant.now().minusSeconds(1);
	private final List<Shell> opened = new ArrayList<>();

	@AfterEach
	void closeDialogs() {
		for (Shell s : Ui.display().getShells()) {
			if (!s.isDisposed() && s != Workbench.mainShell() && s.isVisible()) {
				s.close();
			}
		}
		Ui.flush();
	}

	static Store store() {
		return Ui.waitFor(() -> Workbench.context().get(Store.class), "the store");
	}

	static WakeUpService service() {
		return Ui.waitFor(() -> Workbench.context().get(WakeUpService.class), "the wake-up service");
	}

	/** A main-menu item by its label, found in whichever top-level menu holds it. */
	static MenuItem mainMenuItem(String label) {
		Menu bar = Workbench.mainShell().getMenuBar();
		List<String> seen = new ArrayList<>();
		for (MenuItem top : bar.getItems()) {
			Menu sub = top.getMenu();
			if (sub == null) {
				continue;
			}
			sub.notifyListeners(SWT.Show, new org.eclipse.swt.widgets.Event());
			Ui.flush();
			for (MenuItem item : sub.getItems()) {
				if (label.equals(Ui.label(item))) {
					return item;
				}
				seen.add(Ui.label(top) + " > " + Ui.label(item));
			}
		}
		throw new AssertionError("no menu item '" + label + "' in " + seen);
	}

	/** The next whole minute at least 15 s away, as the operator types it. */
	static LocalDateTime soon() {
		LocalDateTime now = LocalDateTime.now();
		LocalDateTime at = now.truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
		return Duration.between(now, at).getSeconds() < 15 ? at.plusMinutes(1) : at;
	}

	List<String> log() {
		List<String> rows = new ArrayList<>();
		for (OperationLogEntry e : store().operationLog()
				.find(OperationLogQuery.between(started, Instant.now().plusSeconds(60)), null, 500).items()) {
			rows.add(e.getAction() + " " + e.getTarget() + " " + e.getOutcome() + " " + e.getDetail());
		}
		return rows;
	}

	void fillOnce(String extensions, LocalDateTime at) {
		Text ext = Ui.byId(Text.class, WakeUpUiIds.EDIT_EXTENSIONS);
		if (extensions != null) {
			Ui.setText(ext, extensions);
		}
		Ui.click(Ui.byId(Button.class, WakeUpUiIds.EDIT_ONCE));
		Ui.setText(Ui.byId(Text.class, WakeUpUiIds.EDIT_DATE), at.toLocalDate().toString());
		Ui.setText(Ui.byId(Text.class, WakeUpUiIds.EDIT_TIME), String.format("%02d:%02d", at.getHour(), at.getMinute()));
	}

	@Test
	@DisplayName("S3 wake-ups set for several extensions fire against the PBX, and the result query shows them")
	void s3WakeUpsForSeveralExtensionsFireAgainstThePbxAndTheResultQueryShowsThem() {
		Ui.click(mainMenuItem("Wake-up Management..."));
		Shell manage = Ui.shell("Wake-up Management");
		String console = Ui.byId(Label.class, WakeUpUiIds.MANAGE_CONSOLE).getText();
		assertTrue(console.contains(service().console()), console);

		// bad input first: an unknown extension in the range is refused, nothing saved
		Ui.click(Ui.byId(Button.class, WakeUpUiIds.MANAGE_NEW));
		Shell edit = Ui.shell("New Wake-up");
		LocalDateTime refusedAt = soon();
		fillOnce("1002-1004, 1077", refusedAt);
		Ui.click(Ui.byId(Button.class, WakeUpUiIds.EDIT_SAVE));
		Label error = Ui.byId(Label.class, WakeUpUiIds.EDIT_ERROR);
		Ui.waitUntil(() -> error.getText().contains("1077"), "the refusal naming 1077");
		assertTrue(error.getText().contains("no extension"), error.getText());
		String refusedTime = String.format("%02d:%02d", refusedAt.getHour(), refusedAt.getMinute());
		assertTrue(store().wakeUps().forExtension("1002").stream().noneMatch(
				t -> refusedAt.toLocalDate().toString().equals(t.getDate()) && t.getTimeOfDay().equals(refusedTime)),
				"nothing half-done");

		// then three rooms, for real
		LocalDateTime at = soon();
		fillOnce("1002-1004", at);
		Ui.click(Ui.byId(Button.class, WakeUpUiIds.EDIT_SAVE));
		Ui.waitUntil(edit::isDisposed, "the dialog to close once saved");
		Table tasks = Ui.byId(Table.class, WakeUpUiIds.MANAGE_TASKS);
		String time = String.format("%02d:%02d", at.getHour(), at.getMinute());
		Ui.waitUntil(() -> rowsWith(tasks, time) >= 3, "the three wake-ups in the settings query");
		Screenshots.save("s3-wakeup-management");
		List<Long> ids = new ArrayList<>();
		for (String ext : List.of("1002", "1003", "1004")) {
			WakeUpTask t = store().wakeUps().forExtension(ext).stream()
					.filter(x -> x.getTimeOfDay().equals(time) && !x.getCreatedAt().isBefore(started)).findFirst()
					.orElseThrow();
			ids.add(t.getId());
		}

		// the console's scheduler calls them at that minute; the simulator's phones answer
		Ui.waitUntil(() -> answered(ids) == 3, FIRE_TIMEOUT, () -> "three answered wake-ups, have " + attempts(ids));
		for (WakeUpAttempt a : attempts(ids)) {
			long late = Duration.between(a.getScheduledAt(), a.getAttemptedAt()).toSeconds();
			assertTrue(late >= 0 && late <= 5, "called on time (±5 s), was " + late + " s late");
			assertEquals(service().console(), a.getConsole());
		}

		// the result query shows each attempt
		Ui.byId(TabFolder.class, WakeUpUiIds.MANAGE_TABS).setSelection(1);
		Ui.setText(Ui.byId(Text.class, WakeUpUiIds.RESULTS_EXTENSION), "1003");
		Ui.click(Ui.byId(Button.class, WakeUpUiIds.RESULTS_SEARCH));
		Table results = Ui.byId(Table.class, WakeUpUiIds.RESULTS_TABLE);
		Ui.waitUntil(() -> rowsWith(results, "Answered") >= 1 && allRowsOf(results, "1003"), "1003's answered attempt");
		Screenshots.save("s3-wakeup-results");
		assertEquals("1", results.getItem(0).getText(3));

		List<String> log = log();
		assertTrue(log.stream().anyMatch(r -> r.startsWith("wakeup.set 1002,1003,1004 SUCCESS")), log.toString());
		assertTrue(log.stream().anyMatch(r -> r.startsWith("wakeup.set 1002,1003,1004,1077 FAILURE")), log.toString());
		assertEquals(3, log.stream().filter(r -> r.startsWith("wakeup.fire 100") && r.contains("ANSWERED")).count(),
				log.toString());
		manage.close();
	}

	@Test
	@DisplayName("E3 right-click Set Wake-up creates a wake-up for that extension")
	void e3RightClickSetWakeUpCreatesAWakeUpForThatExtension() {
		// demo mode's database outlives a test run, and the same wake-up cannot be set twice: remove an earlier run's
		store().wakeUps().forExtension("1006").stream().filter(x -> x.getTimeOfDay().equals("05:45")
				&& x.getRepeat() == org.switchboard.model.WakeUpRepeat.DAILY)
				.forEach(x -> store().wakeUps().delete(x.getId()));
		Workbench.execute("org.switchboard.extensions.command.mode.list", Map.of());
		Table list = Ui.byId(Table.class, "extensions.table");
		Ui.waitUntil(() -> rowOf(list, "1006") >= 0, "1006 in the extension list");
		Ui.selectRow(list, rowOf(list, "1006"));
		Menu menu = Ui.contextMenu(list);
		MenuItem set = Ui.menuItem(menu, "Set Wake-up...");
		Ui.click(set);
		Shell edit = Ui.shell("New Wake-up");
		assertEquals("1006", Ui.byId(Text.class, WakeUpUiIds.EDIT_EXTENSIONS).getText(), "the dialog is for 1006");
		Ui.click(Ui.byId(Button.class, WakeUpUiIds.EDIT_DAILY));
		Ui.setText(Ui.byId(Text.class, WakeUpUiIds.EDIT_TIME), "05:45");
		Screenshots.save("e3-set-wakeup");
		Ui.click(Ui.byId(Button.class, WakeUpUiIds.EDIT_SAVE));
		Ui.waitUntil(edit::isDisposed, "the dialog to close once saved");
		// demo mode's database outlives a test run: this run's wake-up is the one created after it started
		WakeUpTask t = store().wakeUps().forExtension("1006").stream()
				.filter(x -> x.getTimeOfDay().equals("05:45") && !x.getCreatedAt().isBefore(started)).findFirst()
				.orElseThrow(() -> new AssertionError("no new 05:45 wake-up for 1006"));
		assertEquals(org.switchboard.model.WakeUpRepeat.DAILY, t.getRepeat());
		assertTrue(t.getNextRun().isAfter(Instant.now()), "its next call is ahead");
		Ui.waitUntil(() -> log().stream().anyMatch(r -> r.startsWith("wakeup.set 1006 SUCCESS")),
				"the operation log entry");
		Workbench.execute("org.switchboard.extensions.command.mode.panel", Map.of());
	}

	@Test
	@DisplayName("R3 a wake-up another console changed meanwhile: Save says so, keeps the operator's input and shows theirs")
	void r3AWakeUpAnotherConsoleChangedMeanwhileIsNotSavedOver() throws Exception {
		// a wake-up of this run, for a room no other test uses (an earlier run's, if one was left, goes first)
		store().wakeUps().forExtension("1008").stream().filter(x -> x.getTimeOfDay().startsWith("04:"))
				.forEach(x -> store().wakeUps().delete(x.getId()));
		WakeUpTask mine = service().create(new org.switchboard.wakeup.WakeUpRequest(List.of("1008"),
				java.time.LocalTime.of(4, 10 + (int) Math.floorMod(System.nanoTime(), 40L)), org.switchboard.model.WakeUpRepeat.DAILY,
				null, java.util.Set.of(), 1, 5, ""), "demo").get(0);
		Ui.click(mainMenuItem("Wake-up Management..."));
		Ui.shell("Wake-up Management");
		Table tasks = Ui.byId(Table.class, WakeUpUiIds.MANAGE_TASKS);
		Ui.waitUntil(() -> rowWithData(tasks, mine.getId()) >= 0, "the wake-up in the list");
		Ui.selectRow(tasks, rowWithData(tasks, mine.getId()));
		Ui.click(Ui.byId(Button.class, WakeUpUiIds.MANAGE_EDIT));
		Shell edit = Ui.shell("Edit Wake-up");
		Ui.setText(Ui.byId(Text.class, WakeUpUiIds.EDIT_PROMPT), "wake-up-gentle");

		// meanwhile another console (its own store on the same database) moves the same wake-up to 05:00
		// (not closed: closing a store shuts the embedded database down, under the console's own store)
		Store otherConsole = Store.open(store().location());
		Versioned<WakeUpTask> read = otherConsole.wakeUps().findVersioned(mine.getId()).orElseThrow();
		read.value().setTimeOfDay("05:00");
		otherConsole.wakeUps().update(read.value(), read.version());

		Button save = Ui.byId(Button.class, WakeUpUiIds.EDIT_SAVE);
		Ui.click(save);
		Label error = Ui.byId(Label.class, WakeUpUiIds.EDIT_ERROR);
		Ui.waitUntil(() -> error.getText().contains("05:00"), Ui.DEFAULT_TIMEOUT,
				() -> "the dialog to tell what the other console saved: " + error.getText());
		assertTrue(error.getText().contains("Another console changed this wake-up"), error.getText());
		assertFalse(edit.isDisposed(), "the dialog stays open");
		assertEquals("wake-up-gentle", Ui.byId(Text.class, WakeUpUiIds.EDIT_PROMPT).getText(), "the input is kept");
		WakeUpTask stored = store().wakeUps().find(mine.getId()).orElseThrow();
		assertEquals("05:00", stored.getTimeOfDay(), "the other console's change stands");
		assertEquals(null, stored.getPrompt(), "nothing of the refused save was written");
		Ui.waitUntil(() -> log().stream().anyMatch(r -> r.startsWith("wakeup.set 1008 FAILURE")),
				"the refused save in the operation log");
		Ui.pause(java.time.Duration.ofSeconds(1)); // the capture shows what was painted: let the dialog repaint first
		Screenshots.toDocs("r3-wakeup-changed-elsewhere.png");

		// Save again: the operator, told, puts theirs in its place
		Ui.click(save);
		Ui.waitUntil(edit::isDisposed, "the dialog to close once saved");
		stored = store().wakeUps().find(mine.getId()).orElseThrow();
		assertEquals("wake-up-gentle", stored.getPrompt());
		store().wakeUps().delete(mine.getId());
	}

	@Test
	@DisplayName("R3 a wake-up another console just set for the same room and time is not set twice: Save says so")
	void r3AWakeUpAnotherConsoleJustSetIsNotSetTwice() throws Exception {
		String time = String.format("03:%02d", 10 + (int) Math.floorMod(System.nanoTime(), 40L));
		store().wakeUps().forExtension("1007").stream().filter(x -> x.getTimeOfDay().startsWith("03:"))
				.forEach(x -> store().wakeUps().delete(x.getId()));
		Ui.click(mainMenuItem("Wake-up Management..."));
		Ui.shell("Wake-up Management");
		Ui.click(Ui.byId(Button.class, WakeUpUiIds.MANAGE_NEW));
		Shell edit = Ui.shell("New Wake-up");
		Ui.setText(Ui.byId(Text.class, WakeUpUiIds.EDIT_EXTENSIONS), "1007");
		Ui.click(Ui.byId(Button.class, WakeUpUiIds.EDIT_DAILY));
		Ui.setText(Ui.byId(Text.class, WakeUpUiIds.EDIT_TIME), time);

		// meanwhile another console (its own store on the same database) sets the same wake-up
		// (not closed: closing a store shuts the embedded database down, under the console's own store)
		Store otherConsole = Store.open(store().location());
		WakeUpTask theirs = org.switchboard.model.SwitchboardFactory.eINSTANCE.createWakeUpTask();
		theirs.setExtension("1007");
		theirs.setTimeOfDay(time);
		theirs.setRepeat(org.switchboard.model.WakeUpRepeat.DAILY);
		theirs.setRetries(2);
		theirs.setRetryIntervalMinutes(5);
		theirs.setEnabled(true);
		theirs.setNextRun(Instant.now().plus(Duration.ofHours(6)));
		theirs.setCreatedBy("bob");
		otherConsole.wakeUps().save(theirs);

		Ui.click(Ui.byId(Button.class, WakeUpUiIds.EDIT_SAVE));
		Label error = Ui.byId(Label.class, WakeUpUiIds.EDIT_ERROR);
		Ui.waitUntil(() -> error.getText().contains("already has this wake-up"), Ui.DEFAULT_TIMEOUT,
				() -> "the refusal: " + error.getText());
		assertTrue(error.getText().startsWith("1007"), error.getText());
		assertFalse(edit.isDisposed(), "the dialog stays open with the input");
		assertEquals(time, Ui.byId(Text.class, WakeUpUiIds.EDIT_TIME).getText());
		assertEquals(1, store().wakeUps().forExtension("1007").stream().filter(x -> x.getTimeOfDay().equals(time))
				.count(), "one wake-up for 1007 at " + time);
		Ui.waitUntil(() -> log().stream().anyMatch(r -> r.startsWith("wakeup.set 1007 FAILURE")),
				"the refused save in the operation log");
		store().wakeUps().delete(theirs.getId());
	}

	static int rowWithData(Table table, long taskId) {
		for (int i = 0; i < table.getItemCount(); i++) {
			if (table.getItem(i).getData() instanceof WakeUpTask t && t.getId() == taskId) {
				return i;
			}
		}
		return -1;
	}

	static int rowOf(Table table, String first) {
		for (int i = 0; i < table.getItemCount(); i++) {
			if (table.getItem(i).getText(0).equals(first)) {
				return i;
			}
		}
		return -1;
	}

	static int rowsWith(Table table, String text) {
		int n = 0;
		for (int i = 0; i < table.getItemCount(); i++) {
			for (int c = 0; c < table.getColumnCount(); c++) {
				if (table.getItem(i).getText(c).contains(text)) {
					n++;
					break;
				}
			}
		}
		return n;
	}

	static boolean allRowsOf(Table results, String extension) {
		for (int i = 0; i < results.getItemCount(); i++) {
			if (!results.getItem(i).getText(2).equals(extension)) {
				return false;
			}
		}
		return results.getItemCount() > 0;
	}

	List<WakeUpAttempt> attempts(List<Long> taskIds) {
		return store().wakeUps().attempts(started.minusSeconds(3600), Instant.now().plusSeconds(3600), null, null, 1000)
				.items().stream().filter(a -> taskIds.contains(a.getTaskId())).toList();
	}

	long answered(List<Long> taskIds) {
		return attempts(taskIds).stream().filter(a -> a.getOutcome() == WakeUpOutcome.ANSWERED).count();
	}
}
