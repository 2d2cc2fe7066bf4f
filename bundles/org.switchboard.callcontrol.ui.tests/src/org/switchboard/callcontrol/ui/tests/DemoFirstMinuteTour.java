package org.switchboard.callcontrol.ui.tests;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.switchboard.callcontrol.ui.CallControlUiIds;
import org.switchboard.extensions.ui.ExtensionsUiIds;
import org.switchboard.pbx.live.ExtensionStatus;
import org.switchboard.testsupport.Screenshots;
import org.switchboard.testsupport.Ui;
import org.switchboard.testsupport.Workbench;

/**
 * docs/screenshots/demo-first-minute-{en,zh}.png: what a new user sees in demo mode during the first minute, the
 * demo site's traffic on (Maven profile {@code demo-screenshots} of this bundle, which starts the console with
 * {@code -Dswitchboard.demo.traffic=true}; see docs/screenshots/README.md). Not a test of the suite: the other UI
 * tests need a still site.
 */
class DemoFirstMinuteTour {

	@Test
	void firstMinute() throws Exception {
		String lang = System.getProperty("osgi.nl", "en").startsWith("zh") ? "zh" : "en";
		Workbench.mainShell().setMaximized(true);
		for (String id : new String[] { ExtensionsUiIds.PART, CallControlUiIds.PART_BUTTONS,
				CallControlUiIds.PART_CALLS, CallControlUiIds.PART_DIALPAD }) {
			Workbench.showPart(id);
		}
		HomeUi home = new HomeUi();
		Ui.waitUntil(() -> home.tile("1005") != null && home.tile("1005").view().status() == ExtensionStatus.DND
				&& home.tile("1008").view().status() == ExtensionStatus.UNAVAILABLE, Duration.ofSeconds(30),
				() -> "1005 in DND and 1008 unavailable");
		Ui.waitUntil(() -> !HomeScreen.popups().isEmpty(), Duration.ofSeconds(60), () -> "a queue caller's pop-up");
		Ui.waitUntil(() -> home.panel().tile("1002") != null && java.util.stream.Stream
				.of("1002", "1003", "1004", "1006", "1007", "1010")
				.anyMatch(n -> home.tile(n).view().status() == ExtensionStatus.IN_CALL), Duration.ofSeconds(60),
				() -> "two extensions talking");
		Ui.pause(Duration.ofMillis(1500));
		Screenshots.toDocs("demo-first-minute-" + lang + ".png");
	}
}
