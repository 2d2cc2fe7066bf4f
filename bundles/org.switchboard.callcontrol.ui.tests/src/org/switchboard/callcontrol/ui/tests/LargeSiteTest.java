package org.switchboard.callcontrol.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.pbx.live.ExtensionStatus;
import org.switchboard.extensions.ui.internal.ExtensionsPart;
import org.switchboard.pbx.simulator.SimulatorOptions;
import org.switchboard.testsupport.ScreenshotOnFailure;
import org.switchboard.testsupport.Ui;
import org.switchboard.testsupport.Workbench;

/**
 * E4 in the real workbench: a site of 10,000 extensions (a second PBX simulator through the Asterisk back-end,
 * swapped into the console demo mode logged in: demo mode's own simulator always has the lab's ten). Correctness
 * only; the timings are measured by the UI benchmark ({@code ./switchboard bench}), not asserted here.
 */
@ExtendWith(ScreenshotOnFailure.class)
class LargeSiteTest {

	private static final int EXTENSIONS = 10_000;
	private static final Duration LOAD = Duration.ofSeconds(60);
	private HomeScreen home;
	private BigSite site;

	@AfterEach
	void close() {
		if (site != null) {
			site.close();
			Ui.waitUntil(() -> home.panel().totalCount() == 10, LOAD, () -> "the demo site back in the panel");
		}
		if (home != null) {
			home.close();
		}
	}

	@Test
	@DisplayName("E4 10,000 extensions: every tile and row is there, only the tiles in view are painted, a call repaints just its tiles")
	void tenThousandExtensions() throws Exception {
		home = HomeScreen.open();
		site = BigSite.start(SimulatorOptions.defaults().withExtensions(EXTENSIONS));
		// the count runs since the panel was made: the tests before this one in the same workbench painted too
		long paintedEarlier = home.probe().paintedTiles();
		site.swapIn();
		Ui.waitUntil(() -> home.panel().totalCount() == EXTENSIONS, LOAD, () -> "10,000 tiles");
		Ui.flush();
		assertEquals(EXTENSIONS, home.panel().shownCount());
		long paintedBefore = home.probe().paintedTiles();
		assertTrue(paintedBefore - paintedEarlier < 1_000,
				"only the tiles in view are painted: " + (paintedBefore - paintedEarlier));
		assertTrue(home.tile("1002").visible() && home.tile("1003").visible(), "the first tiles are in view");

		site.simulator.callFrom("1002").to("1003");
		home.waitForTile("1002", "with 1003 王芳");
		home.waitForTile("1003", "with 1002 张伟");
		long painted = home.probe().paintedTiles() - paintedBefore;
		assertTrue(painted <= 16, "a call repaints its own two tiles (a few times), painted " + painted);

		// the far end of the site, out of view: its change arrives, costs no painting, and shows when scrolled to
		String last = site.simulator.extensions().get(EXTENSIONS - 1);
		site.simulator.callFrom(last).to("1004");
		// the state and the other party can come in two frames: both, before it is looked at
		Ui.waitUntil(() -> home.panel().view(last).status() == ExtensionStatus.IN_CALL
				&& "1004".equals(home.panel().view(last).peerNumber()) && !home.panel().view(last).peerName().isEmpty(),
				HomeScreen.PBX_TIMEOUT, () -> last + " in a call with 1004: " + home.panel().view(last));
		home.panel().reveal(last);
		Ui.flush();
		assertTrue(home.tile(last).visible(), last + " scrolled into view");
		assertEquals("with 1004 李娜", home.tile(last).detailText());

		Workbench.execute("org.switchboard.extensions.command.mode.list", null);
		Ui.flush();
		ExtensionsPart part = home.extensions();
		assertEquals(EXTENSIONS, part.list().table().getItemCount());
		Ui.setText(part.filter(), "1999");
		assertEquals(2, part.list().table().getItemCount(), "1999 and 11999");
		Ui.setText(part.filter(), "");
	}
}
