package org.switchboard.phonebook.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.core.OperatorSession;
import org.switchboard.phonebook.PhonebookService;
import org.switchboard.phonebook.ui.internal.ManagementDialog;
import org.switchboard.phonebook.ui.internal.PhonebookHandlers;
import org.switchboard.store.Store;
import org.switchboard.testsupport.ScreenshotOnFailure;
import org.switchboard.testsupport.Ui;
import org.switchboard.testsupport.UiWatchdog;
import org.switchboard.testsupport.Workbench;
import org.switchboard.ui.WidgetIds;

/**
 * R4 in the phonebook: hostile text in the search box and a hostile CSV file in the import dialog, with the UI thread
 * watched (a ping every 50 ms; a gap over 2 s is a freeze). The worst wait is printed, never asserted as a speed.
 */
@ExtendWith(ScreenshotOnFailure.class)
class HostileInputUiTest {

	private static final long FREEZE_MILLIS = 2000;
	private static final Duration LOAD = Duration.ofSeconds(30);

	private static PhonebookService service() {
		Workbench.mainShell();
		IEclipseContext context = Workbench.context();
		Ui.waitUntil(() -> context.get(OperatorSession.class) != null && context.get(PhonebookService.class) != null,
				LOAD, () -> "demo mode to log the operator in");
		PhonebookService service = context.get(PhonebookService.class);
		Ui.waitUntil(() -> service.loaded().isDone() && service.index().size() > 0, LOAD,
				() -> "the demo phonebook to load");
		return service;
	}

	@Test
	@DisplayName("R4 hostile text in the phonebook search (SQL injection, wildcards, control characters, 100,000 characters) finds nothing and the phonebook is intact")
	void hostileSearch() {
		PhonebookService service = service();
		Workbench.showPart(PhonebookHandlers.PART_ID);
		Text search = Ui.byId(Text.class, "phonebook.search");
		Table contacts = Ui.byId(Table.class, "phonebook.contacts");
		Store store = Workbench.context().get(Store.class);
		int stored = store.phonebook().allVisible(service.account()).size();
		long worst;
		try (UiWatchdog watchdog = new UiWatchdog(Ui.display())) {
			for (String hostile : new String[] { "'; DROP TABLE contact; --", "' OR '1'='1", "%", "_", "\\",
					"\u0000\r\nAction: Originate", "\u001b[2J", "\ud800", "zh".repeat(50_000) }) {
				Ui.setText(search, hostile);
				Ui.pause(Duration.ofMillis(300));
				assertFalse(search.getText().contains("\u0000"), "a NUL in the search box");
				// GTK's text field ends its text at a NUL: an empty search box shows the book, not search results
				if (!search.getText().isBlank()) {
					assertEquals(0, contacts.getItemCount(), "contacts shown for " + printable(hostile));
				}
			}
			Ui.setText(search, "zhw");
			Ui.waitUntil(() -> contacts.getItemCount() > 0, "results for zhw after the hostile searches");
			worst = watchdog.worstMillis();
			System.out.println("R4 hostile phonebook search: worst UI-thread wait " + worst + " ms over "
					+ watchdog.pings() + " pings (freeze bound " + FREEZE_MILLIS + " ms)");
		} finally {
			Ui.setText(search, "");
		}
		assertTrue(worst < FREEZE_MILLIS, "the UI thread did not answer for " + worst + " ms");
		assertEquals(stored, store.phonebook().allVisible(service.account()).size(), "the phonebook changed");
	}

	@Test
	@DisplayName("R4 a hostile CSV file (50,000 bad rows, injected numbers, control characters) is reported in the import dialog, nothing is imported, and the UI thread never freezes")
	void hostileCsv() throws Exception {
		PhonebookService service = service();
		int before = service.index().size();
		StringBuilder csv = new StringBuilder("name,extension\r\n");
		csv.append("\"Mallory\",\"2001\r\nAction: Originate\"\r\n");
		csv.append("\"Nul\u0000\",2002\r\n");
		csv.append("Eve,2003'; DROP TABLE contact; --\r\n");
		for (int i = 0; i < 50_000; i++) {
			csv.append("=cmd|' /C calc'!A0,not a number\r\n");
		}
		Path file = Files.createTempFile("hostile", ".csv");
		Files.write(file, csv.toString().getBytes(StandardCharsets.UTF_8));
		Workbench.execute("org.switchboard.phonebook.command.manage", java.util.Map.of());
		Shell shell = Ui.waitFor(() -> Ui.findAll(Shell.class, s -> "phonebook.manage".equals(WidgetIds.get(s)))
				.stream().findFirst().orElse(null), "the Phonebook management dialog");
		long worst;
		try (UiWatchdog watchdog = new UiWatchdog(Ui.display())) {
			ManagementDialog dialog = (ManagementDialog) shell.getData();
			dialog.load(file);
			Table errors = Ui.byId(Table.class, "phonebook.manage.errors");
			Ui.waitUntil(() -> errors.getItemCount() > 0, Duration.ofSeconds(30), () -> "the bad rows to be listed");
			Ui.pause(Duration.ofMillis(300));
			assertEquals(101, errors.getItemCount(), "a hundred bad rows and a last line saying the rest was not read");
			assertTrue(errors.getItem(0).getText().contains("Originate"), errors.getItem(0).getText());
			assertTrue(errors.getItem(100).getText().contains("More than 100"), errors.getItem(100).getText());
			assertFalse(Ui.byId(Button.class, "phonebook.manage.doImport").isEnabled(),
					"a file with bad rows cannot be imported");
			worst = watchdog.worstMillis();
			System.out.println("R4 hostile CSV import: worst UI-thread wait " + worst + " ms over " + watchdog.pings()
					+ " pings (freeze bound " + FREEZE_MILLIS + " ms)");
		} finally {
			shell.close();
			Ui.flush();
			Files.delete(file);
		}
		assertTrue(worst < FREEZE_MILLIS, "the UI thread did not answer for " + worst + " ms");
		assertEquals(before, service.index().size());
		assertEquals(List.of(), service.search("Mallory", 10));
	}

	private static String printable(String s) {
		StringBuilder out = new StringBuilder();
		for (char c : s.substring(0, Math.min(40, s.length())).toCharArray()) {
			out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
		}
		return out.toString();
	}
}
