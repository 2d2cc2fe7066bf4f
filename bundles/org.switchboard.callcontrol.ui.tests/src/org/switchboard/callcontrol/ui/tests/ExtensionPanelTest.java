package org.switchboard.callcontrol.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.extensions.ExtensionStatus;
import org.switchboard.extensions.ui.internal.ExtensionTable;
import org.switchboard.extensions.ui.internal.ExtensionsPart;
import org.switchboard.model.ChannelState;
import org.switchboard.model.DeviceState;
import org.switchboard.model.DialPermission;
import org.switchboard.testsupport.ScreenshotOnFailure;
import org.switchboard.testsupport.Ui;
import org.switchboard.testsupport.Workbench;
import org.switchboard.ui.Palette;

/** The extension panel (SPEC E1-E4) in the real workbench, fed by the live model. */
@ExtendWith(ScreenshotOnFailure.class)
class ExtensionPanelTest {

	private FakePbx pbx;
	private HomeScreen home;

	@BeforeEach
	void login() {
		pbx = new FakePbx();
		pbx.extensions(24, "Front desk", "Housekeeping", "Kitchen");
		home = HomeScreen.login(pbx);
	}

	@AfterEach
	void logout() {
		home.logout();
	}

	@Test
	@DisplayName("E1 panel shows a tile per extension, grouped by department, and PBX changes appear without refresh")
	void panelShowsLiveStates() {
		assertEquals(24, home.panel().shownCount());
		assertEquals(List.of("Front desk", "Housekeeping", "Kitchen"), home.panel().departments());
		assertEquals("Idle", home.tile("1002").stateText());
		assertEquals(Palette.IDLE, home.tile("1002").accent());

		pbx.talk("1002", "1003");
		home.waitForTile("1002", "with 1003 Ext 1003");
		home.waitForTile("1003", "with 1002 Ext 1002");
		assertEquals("In call", home.tile("1002").stateText());
		assertEquals(Palette.IN_CALL, home.tile("1003").accent());

		pbx.change(site -> pbx.model.extension("1005").setDeviceState(DeviceState.UNAVAILABLE));
		Ui.waitUntil(() -> home.tile("1005").view().status() == ExtensionStatus.UNAVAILABLE, "1005 unavailable");
		assertEquals(Palette.UNAVAILABLE, home.tile("1005").accent());

		pbx.change(site -> pbx.model.extension("1006").setDnd(true));
		Ui.waitUntil(() -> home.tile("1006").view().status() == ExtensionStatus.DND, "1006 do not disturb");
		assertEquals("Do not disturb", home.tile("1006").stateText());
	}

	@Test
	@DisplayName("E1 a ringing tile pulses, and the filter finds extensions by number or name")
	void ringingPulsesAndFilter() {
		pbx.change(site -> pbx.channel(site, "1004", "1004", ChannelState.RINGING));
		Ui.waitUntil(() -> home.tile("1004").view().status() == ExtensionStatus.RINGING, "1004 ringing");
		var first = home.tile("1004").fill();
		Ui.waitUntil(() -> !home.tile("1004").fill().equals(first), Duration.ofSeconds(3), () -> "the tile to pulse");
		assertTrue(List.of(Palette.RINGING_TINT, Palette.RINGING_FLASH).contains(home.tile("1004").fill()));

		Ui.setText(home.extensions().filter(), "1012");
		assertEquals(1, home.panel().shownCount());
		Ui.setText(home.extensions().filter(), "ext 101");
		assertEquals(10, home.panel().shownCount());
		Ui.setText(home.extensions().filter(), "");
		assertEquals(24, home.panel().shownCount());
	}

	@Test
	@DisplayName("E2 list mode shows a sortable, filterable table of the same live data, and the mode is kept")
	void listMode() {
		Workbench.execute("org.switchboard.extensions.command.mode.list", null);
		Ui.flush();
		ExtensionsPart part = home.extensions();
		assertEquals(ExtensionsPart.Mode.LIST, part.mode());
		assertEquals("list", Workbench.partService().findPart("org.switchboard.extensions.part.panel")
				.getPersistedState().get("mode"));
		Table table = part.list().table();
		assertTrue(table.isVisible());
		assertEquals(24, table.getItemCount());
		assertEquals("1001", table.getItem(0).getText(0));

		pbx.talk("1007", "1008");
		Ui.waitUntil(() -> table.getItem(part.list().rowOf("1007")).getText(6).equals("1008 Ext 1008"),
				"the call in the list");
		assertEquals("In call", table.getItem(part.list().rowOf("1007")).getText(3));

		table.getColumn(3).notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event()); // sort by state
		Ui.flush();
		assertEquals(ExtensionTable.Column.STATE, part.list().sortColumn());
		assertTrue(List.of("1007", "1008").contains(table.getItem(0).getText(0)));

		Ui.setText(part.filter(), "Kitchen");
		assertEquals(8, table.getItemCount());

		Workbench.execute("org.switchboard.extensions.command.mode.panel", null);
		Ui.flush();
		assertEquals(ExtensionsPart.Mode.PANEL, part.mode());
		assertTrue(part.panel().isVisible());
	}

	@Test
	@DisplayName("E3 right-click an extension: call it, set and clear DND, set its dial permission")
	void contextMenu() {
		Menu menu = home.tileMenu("1009");
		List<String> labels = Ui.labels(menu);
		assertTrue(labels.containsAll(List.of("Call", "Set Do Not Disturb", "Dial Permission")), labels.toString());
		Ui.click(Ui.menuItem(menu, "Set Do Not Disturb"));
		Ui.closeMenu(menu);
		home.waitForLog("dnd.on 1009 SUCCESS");
		Ui.waitUntil(() -> home.tile("1009").view().dnd(), "1009 shows DND");
		assertEquals("Do not disturb", home.tile("1009").stateText());

		menu = home.tileMenu("1009");
		assertFalse(Ui.menuItem(menu, "Set Do Not Disturb").isEnabled());
		Menu permission = Ui.menuItem(menu, "Dial Permission").getMenu();
		permission.notifyListeners(SWT.Show, new org.eclipse.swt.widgets.Event());
		Ui.flush();
		Ui.click(Ui.menuItem(permission, "Internal only"));
		Ui.closeMenu(menu);
		home.waitForLog("permission.set 1009 internal SUCCESS");
		Ui.waitUntil(() -> home.tile("1009").view().permission() == DialPermission.INTERNAL, "permission shown");

		menu = home.tileMenu("1010");
		Ui.click(Ui.menuItem(menu, "Call"));
		Ui.closeMenu(menu);
		home.waitForLog("call.dial 1010 SUCCESS");
		assertTrue(pbx.operations.contains("call 1001 1010"), pbx.operations.toString());
	}

	@Test
	@DisplayName("E4 10,000 extensions show quickly and a change repaints only its own tile")
	void tenThousandExtensions() {
		home.logout();
		pbx = new FakePbx();
		pbx.extensions(10_000, "Tower A", "Tower B", "Tower C", "Tower D");
		long start = System.nanoTime();
		home = HomeScreen.login(pbx);
		Ui.waitUntil(() -> home.panel().totalCount() == 10_000, "10,000 tiles");
		Ui.flush();
		long shownMillis = (System.nanoTime() - start) / 1_000_000;
		System.out.println("E4: 10,000 extensions shown in " + shownMillis + " ms");
		assertTrue(shownMillis < 5_000, "shown in " + shownMillis + " ms");
		long paintedBefore = home.panel().paintedTiles();
		assertTrue(paintedBefore < 1_000, "only the tiles in view are painted: " + paintedBefore);

		String visible = "1001";
		pbx.talk(visible, "9999");
		home.waitForTile(visible, "with 9999 Ext 9999");
		Ui.waitUntil(() -> home.panel().paintedTiles() > paintedBefore, "the changed tile to be repainted");
		Ui.pause(Duration.ofMillis(200));
		long painted = home.panel().paintedTiles() - paintedBefore;
		assertTrue(painted <= 4, "a change repaints its own tile, painted " + painted);
	}
}
