package org.switchboard.wakeup.ui.tests;

import java.time.Duration;
import java.util.Map;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.switchboard.testsupport.Screenshots;
import org.switchboard.testsupport.Ui;
import org.switchboard.testsupport.Workbench;
import org.switchboard.wakeup.ui.WakeUpUiIds;

/**
 * Takes docs/screenshots/wakeup-{manage,edit,results}-{en,zh}.png in the language the runtime runs in
 * ({@code -nl}). Not a test (no test pattern matches its name): run by this bundle's {@code screenshots} profile,
 * once per language.
 */
class WakeUpScreenshots {

	@Test
	void dialogs() throws Exception {
		String lang = System.getProperty("osgi.nl", "en").startsWith("zh") ? "zh" : "en";
		Workbench.mainShell().setMaximized(true);
		Ui.flush();
		WakeUpUiTest.service();
		Workbench.execute(WakeUpUiIds.COMMAND_MANAGE, Map.of());
		Table tasks = Ui.byId(Table.class, WakeUpUiIds.MANAGE_TASKS);
		Shell manage = tasks.getShell();
		Ui.click(Ui.byId(Button.class, WakeUpUiIds.MANAGE_NEW));
		Text extensions = Ui.waitFor(() -> Ui.findById(Text.class, WakeUpUiIds.EDIT_EXTENSIONS), "the new dialog");
		Shell edit = extensions.getShell();
		Ui.setText(extensions, "1002-1008");
		Ui.click(Ui.byId(Button.class, WakeUpUiIds.EDIT_DAILY));
		Ui.click(Ui.byId(Button.class, WakeUpUiIds.EDIT_SAVE));
		Ui.waitUntil(edit::isDisposed, "saved");
		Ui.waitUntil(() -> tasks.getItemCount() >= 7, "the wake-ups listed");
		settle();
		Screenshots.toDocs("wakeup-manage-" + lang + ".png");

		Ui.click(Ui.byId(Button.class, WakeUpUiIds.MANAGE_NEW));
		Text again = Ui.waitFor(() -> Ui.findById(Text.class, WakeUpUiIds.EDIT_EXTENSIONS), "the new dialog");
		Ui.setText(again, "1002-1004, 1077");
		Ui.click(Ui.byId(Button.class, WakeUpUiIds.EDIT_WEEKDAYS));
		Ui.click(Ui.byId(Button.class, WakeUpUiIds.EDIT_SAVE));
		Ui.pause(Duration.ofSeconds(2));
		settle();
		Screenshots.toDocs("wakeup-edit-" + lang + ".png");
		again.getShell().close();

		Ui.byId(TabFolder.class, WakeUpUiIds.MANAGE_TABS).setSelection(1);
		Ui.click(Ui.byId(Button.class, WakeUpUiIds.RESULTS_SEARCH));
		settle();
		Screenshots.toDocs("wakeup-results-" + lang + ".png");
		manage.close();
	}

	private static void settle() {
		Ui.pause(Duration.ofMillis(1500));
	}


}
