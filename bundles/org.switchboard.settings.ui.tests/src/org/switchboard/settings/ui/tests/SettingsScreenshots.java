package org.switchboard.settings.ui.tests;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.switchboard.nightservice.ui.NightServiceUiIds;
import org.switchboard.nightservice.ui.internal.NightHandlers;
import org.switchboard.nightservice.ui.internal.NightServiceDialog;
import org.switchboard.settings.ui.SettingsUiIds;
import org.switchboard.settings.ui.internal.BatchDialog;
import org.switchboard.settings.ui.internal.BatchHandlers;
import org.switchboard.testsupport.Screenshots;
import org.switchboard.testsupport.Ui;
import org.switchboard.testsupport.Workbench;

/**
 * Takes the dialogs' screenshots for docs/screenshots, named after the language the runtime runs in ({@code -nl}):
 * {@code settings-batch-dnd-en.png}, {@code nightservice-zh.png} ... Not a test (no test pattern matches its name):
 * run by the {@code screenshots} profile of this bundle, once per language.
 */
class SettingsScreenshots {

	@Test
	void tour() throws Exception {
		String lang = System.getProperty("osgi.nl", "en").startsWith("zh") ? "zh" : "en";
		Path out = Screenshots.docsFolder();
		Workbench.mainShell().setMaximized(true);
		Ui.flush();
		try (Console console = Console.open()) {
			BatchDialog dnd = SettingsUiTest.openBatch(SettingsUiIds.COMMAND_BATCH_DND);
			Ui.setText(Ui.byId(Text.class, BatchDialog.ID_RANGE), "1002-1006, 1099");
			Ui.click(SettingsUiTest.button(dnd, IDialogConstants.OK_ID));
			settle();
			capture(dnd.getShell(), out.resolve("settings-batch-dnd-" + lang + ".png"));
			Ui.click(SettingsUiTest.button(dnd, IDialogConstants.OK_ID));
			SettingsUiTest.awaitReport();
			settle();
			capture(BatchHandlers.lastProgress().getShell(), out.resolve("settings-batch-report-" + lang + ".png"));
			Ui.click(SettingsUiTest.button(BatchHandlers.lastProgress(), IDialogConstants.CANCEL_ID));

			BatchDialog permission = SettingsUiTest.openBatch(SettingsUiIds.COMMAND_BATCH_PERMISSION);
			Table table = Ui.byId(Table.class, BatchDialog.ID_TABLE);
			for (TableItem item : table.getItems()) {
				if (item.getText(0).compareTo("1003") >= 0 && item.getText(0).compareTo("1005") <= 0) {
					item.setChecked(true);
					Event e = new Event();
					e.item = item;
					e.detail = SWT.CHECK;
					table.notifyListeners(SWT.Selection, e);
				}
			}
			Combo level = Ui.byId(Combo.class, BatchDialog.ID_PERMISSION);
			level.select(2);
			level.notifyListeners(SWT.Selection, new Event());
			settle();
			capture(permission.getShell(), out.resolve("settings-batch-permission-" + lang + ".png"));
			permission.close();

			Workbench.execute(NightServiceUiIds.COMMAND_DIALOG, null);
			NightServiceDialog night = Ui.waitFor(() -> NightHandlers.lastDialog() != null
					&& NightHandlers.lastDialog().getShell() != null ? NightHandlers.lastDialog() : null, "dialog");
			Ui.setText(Ui.byId(Text.class, NightServiceDialog.ID_NUMBER), "1003");
			Ui.setText(Ui.byId(Text.class, NightServiceDialog.ID_PROMPT), "night-service");
			Ui.click(SettingsUiTest.button(night, NightServiceDialog.ON_ID));
			console.waitForDb("NIGHT", "8000", "1003");
			Ui.waitUntil(() -> night.stateText().contains("1003"), "the dialog to show it on");
			settle();
			capture(night.getShell(), out.resolve("nightservice-" + lang + ".png"));
			night.close();
			settle();
			capture(Workbench.mainShell(), out.resolve("nightservice-main-" + lang + ".png"));
		}
	}

	private static void settle() {
		Ui.pause(java.time.Duration.ofMillis(800));
	}


	/** The window's area of the screen. */
	private static void capture(Shell shell, Path file) throws Exception {
		Display display = Display.getCurrent();
		Rectangle area = shell.getBounds().intersection(display.getBounds());
		Image image = new Image(display, area.width, area.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, area.x, area.y);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			Files.createDirectories(file.getParent());
			loader.save(file.toString(), SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			image.dispose();
		}
		System.out.println("screenshot " + file);
	}
}
