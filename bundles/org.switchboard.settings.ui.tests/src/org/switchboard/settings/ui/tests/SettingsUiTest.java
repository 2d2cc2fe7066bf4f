package org.switchboard.settings.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.eclipse.e4.ui.model.application.ui.menu.MToolItem;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.switchboard.core.ExitOption;
import org.switchboard.core.OperatorSession;
import org.switchboard.model.DialPermission;
import org.switchboard.model.NightServiceSetting;
import org.switchboard.nightservice.ui.NightServiceUiIds;
import org.switchboard.nightservice.ui.internal.NightHandlers;
import org.switchboard.nightservice.ui.internal.NightIndicator;
import org.switchboard.nightservice.ui.internal.NightServiceDialog;
import org.switchboard.settings.Batch;
import org.switchboard.settings.ui.SettingsUiIds;
import org.switchboard.settings.ui.internal.BatchDialog;
import org.switchboard.settings.ui.internal.BatchHandlers;
import org.switchboard.settings.ui.internal.BatchProgressDialog;
import org.switchboard.testsupport.ScreenshotOnFailure;
import org.switchboard.extensions.ui.internal.TilePanel;
import org.switchboard.testsupport.Ui;
import org.switchboard.testsupport.Workbench;

/**
 * S1 do-not-disturb, S2 dial permission and S4 night service through the real workbench on the demo site: menus,
 * dialogs and keys as the operator uses them; the PBX's AstDB, the live model and the operation log as the proof.
 */
@ExtendWith(ScreenshotOnFailure.class)
class SettingsUiTest {

	private Console console;

	@BeforeEach
	void open() {
		console = Console.open();
	}

	@AfterEach
	void close() {
		console.close();
	}

	// ------------------------------------------------------------------ helpers

	static BatchDialog openBatch(String command) {
		BatchDialog before = BatchHandlers.lastDialog();
		Workbench.execute(command, null);
		return Ui.waitFor(() -> {
			BatchDialog d = BatchHandlers.lastDialog();
			return d != before && d != null && d.getShell() != null && d.getShell().isVisible() ? d : null;
		}, "the batch dialog");
	}

	static Button button(org.eclipse.jface.dialogs.Dialog dialog, int id) {
		return Ui.waitFor(() -> {
			for (Button b : Ui.findAll(Button.class, x -> x.getShell() == dialog.getShell())) {
				if (Integer.valueOf(id).equals(b.getData())) {
					return b;
				}
			}
			return null;
		}, "button " + id);
	}

	static Batch.Report awaitReport() {
		BatchProgressDialog p = Ui.waitFor(BatchHandlers::lastProgress, "the batch to start");
		return Ui.waitFor(p::result, "the batch report");
	}

	// ------------------------------------------------------------------ S1

	@Test
	@DisplayName("S1 batch DND by number range: the confirmation counts them and names the unknown numbers; the PBX, the live model and the log have each")
	void batchDndByRange() {
		BatchDialog dialog = openBatch(SettingsUiIds.COMMAND_BATCH_DND);
		Ui.setText(Ui.byId(Text.class, BatchDialog.ID_RANGE), "1002-1006, 1099");
		Ui.click(button(dialog, IDialogConstants.OK_ID));
		String question = dialog.pendingQuestion();
		assertNotNull(question, "the first OK asks for confirmation");
		assertTrue(question.contains("Turn do not disturb ON for 5 extensions?"), question);
		assertTrue(question.contains("1099"), question);
		Ui.click(button(dialog, IDialogConstants.OK_ID));

		Batch.Report report = awaitReport();
		assertEquals(List.of("1002", "1003", "1004", "1005", "1006"), report.done());
		assertTrue(report.failed().isEmpty(), report.failed().toString());
		Text shown = Ui.byId(Text.class, BatchProgressDialog.ID_REPORT);
		assertTrue(shown.getText().startsWith("Done: 5 of 5."), shown.getText());
		for (String x : List.of("1002", "1003", "1004", "1005", "1006")) {
			assertEquals("YES", console.db("DND", x), "AstDB DND/" + x);
			assertTrue(console.view(x).dnd(), x + " in the live model");
			console.waitForLog("dnd.on " + x + " SUCCESS");
		}
		assertNull(console.db("DND", "1007"));
		assertEquals(5, console.logCount("dnd.on ", " SUCCESS"));
	}

	@Test
	@DisplayName("S1 quick DND from the extension's right-click menu, cleared with Ctrl+Shift+D's command")
	void quickDnd() {
		console.select("1008");
		Menu menu = console.popup();
		List<String> labels = Ui.labels(menu);
		assertTrue(labels.containsAll(List.of("Set Do Not Disturb", "Clear Do Not Disturb", "Dial Permission")),
				labels.toString());
		assertFalse(Ui.menuItem(menu, "Clear Do Not Disturb").isEnabled(), "nothing to clear yet");
		Ui.click(Ui.menuItem(menu, "Set Do Not Disturb"));
		Ui.closeMenu(menu);
		console.waitForLog("dnd.on 1008 SUCCESS");
		console.waitForDb("DND", "1008", "YES");
		Ui.waitUntil(() -> console.view("1008").dnd(), Console.PBX_TIMEOUT, () -> "1008 in DND in the live model");

		assertTrue(Workbench.application().getBindingTables().stream().flatMap(t -> t.getBindings().stream())
				.anyMatch(b -> b.getKeySequence().equals("M1+M2+D")
						&& b.getCommand().getElementId().equals(SettingsUiIds.COMMAND_DND_CLEAR)), "Ctrl+Shift+D clears DND");
		console.select("1008");
		Workbench.execute(SettingsUiIds.COMMAND_DND_CLEAR, null);
		console.waitForLog("dnd.off 1008 SUCCESS");
		console.waitForDb("DND", "1008", null);
	}

	// ------------------------------------------------------------------ S2

	@Test
	@DisplayName("S2 batch dial permission for extensions ticked in the list; the right-click menu marks the new level")
	void batchPermission() {
		BatchDialog dialog = openBatch(SettingsUiIds.COMMAND_BATCH_PERMISSION);
		Table table = Ui.byId(Table.class, BatchDialog.ID_TABLE);
		for (TableItem item : table.getItems()) {
			if (item.getText(0).equals("1007") || item.getText(0).equals("1009")) {
				item.setChecked(true);
				Event e = new Event();
				e.item = item;
				e.detail = SWT.CHECK;
				table.notifyListeners(SWT.Selection, e);
			}
		}
		Combo level = Ui.byId(Combo.class, BatchDialog.ID_PERMISSION);
		level.select(1); // Local
		level.notifyListeners(SWT.Selection, new Event());
		Ui.click(button(dialog, IDialogConstants.OK_ID));
		assertTrue(dialog.pendingQuestion().contains("Set the dial permission of 2 extensions to \"Local\"?"),
				dialog.pendingQuestion());
		Ui.click(button(dialog, IDialogConstants.OK_ID));
		Batch.Report report = awaitReport();
		assertEquals(List.of("1007", "1009"), report.done());
		assertEquals("local", console.db("CALLPERM", "1007"));
		assertEquals("local", console.db("CALLPERM", "1009"));
		assertNull(console.db("CALLPERM", "1008"));
		console.waitForLog("permission.set 1007 local SUCCESS");
		console.waitForLog("permission.set 1009 local SUCCESS");
		Ui.waitUntil(() -> console.view("1009").permission() == DialPermission.LOCAL, Console.PBX_TIMEOUT,
				() -> "1009 local in the live model");

		console.select("1009");
		Menu menu = console.popup();
		Menu permission = Ui.menuItem(menu, "Dial Permission").getMenu();
		permission.notifyListeners(SWT.Show, new Event());
		Ui.flush();
		assertTrue(Ui.menuItem(permission, "Local").getSelection(), "the current level is marked");
		assertFalse(Ui.menuItem(permission, "Internal only").getSelection());
		assertTrue(Ui.menuItem(permission, "Internal only").isEnabled());
		Ui.closeMenu(menu);
		// the tile has no room for the level: its tooltip says it
		TilePanel panel = Ui.findAll(TilePanel.class, t -> !t.isDisposed()).get(0);
		String tooltip = panel.tooltip(panel.view("1009"));
		assertTrue(tooltip.contains("Dial permission: Local"), tooltip);
		assertTrue(tooltip.startsWith("1009"), tooltip);
	}

	@Test
	@DisplayName("S2 a range that is not a range is refused in the dialog with the reason, and nothing changes")
	void badRange() {
		BatchDialog dialog = openBatch(SettingsUiIds.COMMAND_BATCH_PERMISSION);
		Ui.setText(Ui.byId(Text.class, BatchDialog.ID_RANGE), "1040-1001");
		Ui.click(button(dialog, IDialogConstants.OK_ID));
		assertNotNull(dialog.getShell(), "the dialog stays open");
		assertNull(dialog.pendingQuestion());
		assertEquals("\"1040-1001\": the range must go from the lower to the higher number, with as many digits at both ends.",
				dialog.getErrorMessage());
		assertEquals("1040-1001", Ui.byId(Text.class, BatchDialog.ID_RANGE).getText(), "the input is kept");
		assertTrue(console.log().stream().noneMatch(r -> r.startsWith("permission.set")));
	}

	// ------------------------------------------------------------------ S4

	@Test
	@DisplayName("S4 night service: an undialable number is refused, then on from the dialog (PBX, store, status line, toolbar toggle, log), off with the toggle, on again by the exit option")
	void nightService() throws Exception {
		NightServiceDialog before = NightHandlers.lastDialog();
		Workbench.execute(NightServiceUiIds.COMMAND_DIALOG, null);
		NightServiceDialog dialog = Ui.waitFor(() -> NightHandlers.lastDialog() != before
				&& NightHandlers.lastDialog() != null && NightHandlers.lastDialog().getShell() != null
						? NightHandlers.lastDialog() : null, "the night service dialog");
		assertEquals("8000", Ui.byId(Combo.class, NightServiceDialog.ID_QUEUE).getText());
		assertEquals("Night service is off for queue 8000.", dialog.stateText());

		Ui.setText(Ui.byId(Text.class, NightServiceDialog.ID_NUMBER), "10a3");
		Ui.click(button(dialog, NightServiceDialog.ON_ID));
		assertEquals("The night number can only have digits, * and # (and a leading +).", dialog.getErrorMessage());
		assertNull(console.db("NIGHT", "8000"), "refused before anything was sent");
		assertTrue(console.store.nightService().find("8000").isEmpty() || !console.store.nightService().find("8000")
				.orElseThrow().getNightNumber().equals("10a3"), "nor stored");

		Ui.setText(Ui.byId(Text.class, NightServiceDialog.ID_NUMBER), "1003");
		Ui.setText(Ui.byId(Text.class, NightServiceDialog.ID_PROMPT), "night-service");
		Ui.click(button(dialog, NightServiceDialog.ON_ID));
		console.waitForDb("NIGHT", "8000", "1003");
		console.waitForDb("NIGHT", "8000/prompt", "night-service");
		console.waitForLog("nightservice.on 8000 1003 SUCCESS");
		Ui.waitUntil(() -> "Night service is ON for queue 8000: calls go to 1003.".equals(dialog.stateText()),
				"the dialog to show it on");
		NightServiceSetting row = console.store.nightService().find("8000").orElseThrow();
		assertTrue(row.isActive());
		assertEquals("1003", row.getNightNumber());
		assertEquals("demo", row.getChangedBy());
		Label indicator = Ui.byId(Label.class, NightIndicator.ID_LABEL);
		Ui.waitUntil(() -> indicator.getText().equals("Night service ON: 8000 → 1003"), "the status line indicator");
		MToolItem toggle = Workbench.findAll(MToolItem.class, NightServiceUiIds.TOOL_ITEM).get(0);
		Ui.waitUntil(toggle::isVisible, "the toolbar toggle shown while night service is on");
		Ui.click(button(dialog, IDialogConstants.CLOSE_ID));

		Workbench.execute(NightServiceUiIds.COMMAND_OFF, null);
		console.waitForDb("NIGHT", "8000", null);
		console.waitForLog("nightservice.off 8000 SUCCESS");
		Ui.waitUntil(() -> indicator.getText().isEmpty(), "the indicator gone");
		Ui.waitUntil(() -> !toggle.isVisible(), "the toggle hidden");
		assertFalse(console.store.nightService().find("8000").orElseThrow().isActive());

		// Q2's exit option (engineer "admin" lists it in the exit dialog) switches on what was saved
		BundleContext bc = FrameworkUtil.getBundle(SettingsUiTest.class).getBundleContext();
		ExitOption exit = null;
		for (ServiceReference<ExitOption> ref : bc.getServiceReferences(ExitOption.class, null)) {
			ExitOption o = bc.getService(ref);
			if ("nightservice.exit".equals(o.id())) {
				exit = o;
			}
		}
		assertNotNull(exit, "the night service exit option is published");
		assertEquals("Exit and switch night service on", exit.label(Locale.ENGLISH));
		assertEquals("退出并开启夜间服务", exit.label(Locale.SIMPLIFIED_CHINESE));
		OperatorSession session = Workbench.context().get(OperatorSession.class);
		assertNull(exit.unavailableReason(session, Locale.ENGLISH));
		ExitOption chosen = exit;
		var done = chosen.beforeExit(session);
		Ui.waitUntil(done::isDone, Console.PBX_TIMEOUT, () -> "the exit option to finish");
		done.get();
		console.waitForDb("NIGHT", "8000", "1003");
		console.waitForDb("NIGHT", "8000/prompt", "night-service");
	}
}
