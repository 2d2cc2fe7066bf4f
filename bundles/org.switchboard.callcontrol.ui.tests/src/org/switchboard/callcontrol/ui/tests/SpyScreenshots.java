package org.switchboard.callcontrol.ui.tests;

import org.junit.jupiter.api.Test;
import org.switchboard.callcontrol.CallAction;
import org.switchboard.testsupport.Screenshots;
import org.switchboard.testsupport.Ui;
import org.switchboard.testsupport.Workbench;

/**
 * Issue 13 A4's screenshots (docs/screenshots/monitor-&lt;shot&gt;-&lt;lang&gt;.png): the operator monitors 1006's call with
 * 1007, as My calls and the operator's tile show it. Not a test (no test pattern matches its name): run with
 * {@code -Dtest=SpyScreenshots}, once per language; {@code -Dsb.shot=before} names the picture of a build before
 * the fix.
 */
class SpyScreenshots {

	@Test
	void monitoring() throws Exception {
		String lang = System.getProperty("osgi.nl", "en").startsWith("zh") ? "zh" : "en";
		String shot = System.getProperty("sb.shot", "after");
		Workbench.mainShell().setMaximized(true);
		Ui.flush();
		HomeScreen home = HomeScreen.open();
		try {
			home.phones.dialNow("1006", "1007");
			Ui.waitUntil(() -> home.tile("1006").view().hasPeer(), HomeScreen.PBX_TIMEOUT, () -> "1006 in a call");
			home.clickTile("1006", 1);
			home.press(CallAction.MONITOR);
			home.waitForLog("call.monitor 1006 SUCCESS");
			Ui.waitUntil(() -> home.calls().callTable().getItemCount() == 1, HomeScreen.PBX_TIMEOUT,
					() -> "the spy leg in My calls");
			Ui.pause(java.time.Duration.ofMillis(2000));
			Screenshots.toDocs("monitor-" + shot + "-" + lang + ".png");
		} finally {
			home.close();
		}
	}


}
