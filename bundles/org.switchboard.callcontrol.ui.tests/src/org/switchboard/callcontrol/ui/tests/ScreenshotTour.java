package org.switchboard.callcontrol.ui.tests;

import java.nio.file.Files;
import java.nio.file.StandardCopyOption;

import org.eclipse.swt.widgets.Button;
import org.junit.jupiter.api.Test;
import org.switchboard.callcontrol.CallAction;
import org.switchboard.pbx.live.ExtensionStatus;
import org.switchboard.extensions.ui.internal.ExtensionsPart;
import org.switchboard.testsupport.Screenshots;
import org.switchboard.testsupport.Ui;
import org.switchboard.testsupport.Workbench;
import org.switchboard.ui.WidgetIds;

/**
 * Takes the README's screenshots (docs/screenshots) of the console demo mode logged in, with traffic on the
 * simulator: panel mode, list mode, a ringing pop-up, a call in progress, named after the language the runtime
 * runs in ({@code -nl}): {@code panel-en.png}, {@code panel-zh.png} ... and {@code main-window.png} (English panel).
 * Not a test (no test pattern matches its name): run by the {@code screenshots} profile of this bundle, once per
 * language.
 */
class ScreenshotTour {

	@Test
	void tour() throws Exception {
		String lang = System.getProperty("osgi.nl", "en").startsWith("zh") ? "zh" : "en";
		Workbench.mainShell().setMaximized(true);
		Ui.flush();
		HomeScreen home = HomeScreen.open();
		try {
			// traffic: the operator holds 1008 and talks to 1002; 1004 talks to 1005; 1007 rings 1009 (never answers);
			// 1006 is on do-not-disturb; two outside callers wait in the queue (the operator is off-line, so they
			// wait for the console)
			home.clickTile("1008", 1);
			home.press(CallAction.CALL);
			home.waitForLog("call.dial 1008 SUCCESS");
			home.press(CallAction.HOLD);
			home.waitForLog("call.hold 1008 SUCCESS");
			home.clickTile("1002", 1);
			home.press(CallAction.CALL);
			home.waitForLog("call.dial 1002 SUCCESS");
			home.phones.dialNow("1004", "1005");
			home.phones.dialNow("1007", "1009");
			HomeScreen.get(home.gateway.setDnd("1006", true));
			home.operatorOffline();
			home.phones.callQueue(HomeScreen.QUEUE, "13800138000", "Zhang Wei");
			home.phones.callQueue(HomeScreen.QUEUE, "02088886666", "Li Na");
			Ui.waitUntil(() -> HomeScreen.popups().size() == 2, HomeScreen.PBX_TIMEOUT, () -> "two pop-ups");
			status(home, "1005", ExtensionStatus.IN_CALL);
			status(home, "1002", ExtensionStatus.IN_CALL);
			status(home, "1008", ExtensionStatus.ON_HOLD);
			status(home, "1009", ExtensionStatus.RINGING);
			for (var s : HomeScreen.popups()) {
				Ui.click(Ui.findAll(Button.class,
						b -> "callcontrol.popup.close".equals(WidgetIds.get(b)) && b.getShell() == s).get(0));
			}
			Ui.waitUntil(() -> HomeScreen.popups().isEmpty(), "pop-ups closed");
			home.clickTile("1004", 1);
			settle();
			java.nio.file.Path panel = Screenshots.toDocs("panel-" + lang + ".png");
			if (lang.equals("en")) {
				Files.copy(panel, panel.resolveSibling("main-window.png"), StandardCopyOption.REPLACE_EXISTING);
			}

			home.extensions().setMode(ExtensionsPart.Mode.LIST);
			home.extensions().list().select("1004");
			settle();
			Screenshots.toDocs("list-" + lang + ".png");
			home.extensions().setMode(ExtensionsPart.Mode.PANEL);

			home.phones.callQueue(HomeScreen.QUEUE, "075566668888", "Wang Fang");
			Ui.waitUntil(() -> HomeScreen.popups().size() == 1, HomeScreen.PBX_TIMEOUT, () -> "the pop-up");
			settle();
			Screenshots.toDocs("popup-" + lang + ".png");

			// the operator ends the call with 1002 and takes the new caller (1008 stays on hold)
			home.extensions().select(null);
			home.press(CallAction.HANGUP);
			home.waitForLog("call.hangup 1002 SUCCESS");
			status(home, "1002", ExtensionStatus.IDLE);
			Ui.click(Ui.findAll(Button.class, b -> "callcontrol.popup.answer".equals(WidgetIds.get(b))).get(0));
			home.waitForLog("call.answer 075566668888 SUCCESS");
			Ui.waitUntil(() -> home.calls().callTable().getItemCount() == 2
					&& home.calls().callTable().getItem(0).getText(0).equals("075566668888"),
					HomeScreen.PBX_TIMEOUT, () -> "the answered call first in the list");
			Ui.selectRow(home.calls().callTable(), 0);
			settle();
			Screenshots.toDocs("call-" + lang + ".png");
		} finally {
			home.close();
		}
	}

	private static void status(HomeScreen home, String number, ExtensionStatus status) {
		Ui.waitUntil(() -> home.tile(number).view().status() == status, HomeScreen.PBX_TIMEOUT,
				() -> number + " " + status);
	}

	/** Lets durations tick and pulses run once, so the picture shows a console that has been running. */
	private static void settle() {
		Ui.pause(java.time.Duration.ofMillis(1500));
	}


}
