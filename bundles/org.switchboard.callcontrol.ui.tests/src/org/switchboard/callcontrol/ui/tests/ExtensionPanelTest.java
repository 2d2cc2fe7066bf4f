package org.switchboard.callcontrol.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.service.event.EventHandler;
import org.switchboard.core.NameDirectory;
import org.switchboard.extensions.ui.ExtensionsUiIds;
import org.switchboard.pbx.live.ExtensionStatus;
import org.switchboard.pbx.live.ExtensionView;
import org.switchboard.extensions.ui.internal.ExtensionTable;
import org.switchboard.extensions.ui.internal.ExtensionsPart;
import org.switchboard.model.DialPermission;
import org.switchboard.testsupport.ScreenshotOnFailure;
import org.switchboard.testsupport.Ui;
import org.switchboard.testsupport.Workbench;
import org.switchboard.model.DeviceState;
import org.switchboard.model.live.LiveModel;
import org.switchboard.pbx.event.PbxEvent;
import org.switchboard.pbx.live.LiveModelUpdater;
import org.switchboard.ui.Palette;
import org.switchboard.ui.ScreenPainted;

/**
 * The extension panel (SPEC E1-E3) of the console demo mode logged in, fed by the bundled PBX simulator through the
 * Asterisk back-end; the site's phones act over a second AMI connection.
 */
@ExtendWith(ScreenshotOnFailure.class)
class ExtensionPanelTest {

	private HomeScreen home;

	@BeforeEach
	void open() {
		home = HomeScreen.open();
	}

	@AfterEach
	void close() {
		home.close();
	}

	@Test
	@DisplayName("E1 panel shows a tile per extension of the PBX, and calls between phones appear without refresh")
	void panelShowsLiveStates() throws Exception {
		int site = home.read(s -> s.getExtensions().size());
		assertEquals(site, home.panel().shownCount());
		assertEquals("Idle", home.tile("1002").stateText());
		assertEquals(Palette.IDLE, home.tile("1002").accent());

		home.phones.dialNow("1002", "1003");
		home.waitForTile("1002", "with 1003 王芳");
		home.waitForTile("1003", "with 1002 张伟");
		home.waitForState("1003", "In call");
		home.waitForState("1002", "In call");
		assertEquals(Palette.IN_CALL, home.tile("1003").accent());
		home.waitForBridge("1002", "1003");

		home.phones.hangup(home.phones.channelsOf("1002").get(0).channel());
		home.waitForTile("1002", "Idle");
		home.waitForTile("1003", "Idle");
		assertEquals(Palette.IDLE, home.tile("1003").accent());
	}

	@Test
	@DisplayName("E1 the first tiles after a login carry their names and departments: the panel waits a moment for the phonebook's names, not numbers alone first")
	void firstTilesCarryTheirNames() throws Exception {
		int site = home.read(s -> s.getExtensions().size());
		MPart part = Workbench.partService().findPart(ExtensionsUiIds.PART);
		// a name directory as a phonebook is just after a login: its names are there 300 ms after it was asked
		CompletableFuture<Void> loaded = new CompletableFuture<>();
		NameDirectory arriving = new NameDirectory() {
			@Override
			public Optional<Party> lookup(String number) {
				return loaded.isDone() ? Optional.of(new Party("Named " + number, "Arrived")) : Optional.empty();
			}

			@Override
			public AutoCloseable addListener(Listener listener) {
				return () -> {
				};
			}

			@Override
			public CompletionStage<Void> namesLoaded() {
				return loaded;
			}
		};
		List<Map<String, ExtensionView>> batches = new CopyOnWriteArrayList<>();
		home.probe().setBatchObserver(batches::add);
		try {
			part.getContext().set(NameDirectory.class, arriving);
			CompletableFuture.delayedExecutor(300, TimeUnit.MILLISECONDS).execute(() -> loaded.complete(null));
			Ui.waitUntil(() -> batches.stream().anyMatch(b -> b.size() >= site), Duration.ofSeconds(10),
					() -> "the tiles handed over again with the new names; batches: " + batches.size());
			Map<String, ExtensionView> first = batches.stream().filter(b -> b.size() >= site).findFirst().get();
			assertEquals("Named 1002", first.get("1002").name(), "the first tiles' names");
			assertEquals("Arrived", first.get("1002").department());
			assertEquals(List.of(), batches.stream().flatMap(b -> b.values().stream())
					.filter(v -> v != null && (v.name() == null || v.name().isEmpty())).map(ExtensionView::number).toList(),
					"no tile handed over unnamed meanwhile");
		} finally {
			home.probe().setBatchObserver(null);
			part.getContext().remove(NameDirectory.class);
		}
		home.waitForTile("1002", "Idle");
		Ui.waitUntil(() -> "张伟".equals(home.tile("1002").view().name()), Duration.ofSeconds(10),
				() -> "the phonebook's names back; 1002: " + home.tile("1002").view().name());
	}

	@Test
	@DisplayName("start-up: the tiles tell the console once a session's first extensions are on the screen, once, and not for an empty site")
	void tilesTellWhenTheSessionIsPainted() throws Exception {
		MPart part = Workbench.partService().findPart(ExtensionsUiIds.PART);
		IEventBroker broker = Workbench.context().get(IEventBroker.class);
		List<String> told = new CopyOnWriteArrayList<>();
		EventHandler listener = event -> told.add(home.panel().shownCount() + " shown, " + home.probe().paintedTiles()
				+ " tiles painted");
		broker.subscribe(ScreenPainted.TOPIC, listener);
		try (LiveModel empty = new LiveModel("empty-site"); LiveModel site = new LiveModel("other-site")) {
			try {
				tellsOncePainted(part, empty, site, told);
			} finally {
				broker.unsubscribe(listener);
				part.getContext().remove(LiveModel.class); // back to the session's, before the two are closed
			}
		}
		home.waitForTile("1002", "Idle");
	}

	private void tellsOncePainted(MPart part, LiveModel empty, LiveModel site, List<String> told) throws Exception {
		part.getContext().set(LiveModel.class, empty);
		Ui.waitUntil(() -> home.panel().shownCount() == 0, Duration.ofSeconds(10), () -> "the empty site shown");
		Ui.pause(Duration.ofMillis(1500));
		assertEquals(List.of(), told, "nothing to tell while no extension is on the screen");

		LiveModelUpdater updater = new LiveModelUpdater(site);
		updater.post(List.of(new PbxEvent.ExtensionSeen("7001", "Seven", "PJSIP/7001"),
				new PbxEvent.ExtensionStateChanged("7001", DeviceState.IDLE))).get(5, TimeUnit.SECONDS);
		// the tiles hidden (as behind a window): handed over, but not on the screen
		home.panel().setVisible(false);
		part.getContext().set(LiveModel.class, site);
		Ui.waitUntil(() -> home.panel().shownCount() == 1, Duration.ofSeconds(10), () -> "the session handed over");
		Ui.pause(Duration.ofMillis(1000));
		assertEquals(List.of(), told, "not told before the tiles are painted");
		long paintedBefore = home.probe().paintedTiles();
		home.panel().setVisible(true);
		Ui.waitUntil(() -> !told.isEmpty(), Duration.ofSeconds(10), () -> "the session's first frame told");
		assertEquals("1 shown, " + home.probe().paintedTiles() + " tiles painted", told.get(0),
				"told with the new session's tile on the screen");
		assertTrue(home.probe().paintedTiles() > paintedBefore, "a tile was painted before");

		updater.post(new PbxEvent.ExtensionStateChanged("7001", DeviceState.IN_USE)).get(5, TimeUnit.SECONDS);
		Ui.waitUntil(() -> home.tile("7001") != null && home.tile("7001").view().status() != ExtensionStatus.IDLE,
				Duration.ofSeconds(10), () -> "7001 busy");
		Ui.pause(Duration.ofMillis(300));
		assertEquals(1, told.size(), "once per session: " + told);
	}

	@Test
	@DisplayName("E1 a ringing tile pulses (a phone calls 1009, which never answers), and the filter finds extensions by number or name")
	void ringingPulsesAndFilter() throws Exception {
		home.phones.dialNow("1002", "1009");
		Ui.waitUntil(() -> home.tile("1009").view().status() == ExtensionStatus.RINGING, HomeScreen.PBX_TIMEOUT,
				() -> "1009 ringing");
		var first = home.tile("1009").fill();
		Ui.waitUntil(() -> !home.tile("1009").fill().equals(first), Duration.ofSeconds(3), () -> "the tile to pulse");
		assertTrue(List.of(Palette.RINGING_TINT, Palette.RINGING_FLASH).contains(home.tile("1009").fill()));
		assertEquals(Palette.RINGING, home.tile("1009").accent());

		Ui.setText(home.extensions().filter(), "1009");
		assertEquals(1, home.panel().shownCount());
		Ui.setText(home.extensions().filter(), "100");
		assertEquals(9, home.panel().shownCount(), "1001 .. 1009");
		Ui.setText(home.extensions().filter(), "no such extension");
		assertEquals(0, home.panel().shownCount());
		Ui.setText(home.extensions().filter(), "");
		assertEquals(home.panel().totalCount(), home.panel().shownCount());
	}

	@Test
	@DisplayName("E2 list mode shows a sortable, filterable table of the same live data, and the mode is kept")
	void listMode() throws Exception {
		Workbench.execute("org.switchboard.extensions.command.mode.list", null);
		Ui.flush();
		ExtensionsPart part = home.extensions();
		assertEquals(ExtensionsPart.Mode.LIST, part.mode());
		assertEquals("list", Workbench.partService().findPart("org.switchboard.extensions.part.panel")
				.getPersistedState().get("mode"));
		Table table = part.list().table();
		assertTrue(table.isVisible());
		assertEquals(home.panel().totalCount(), table.getItemCount());
		assertEquals("1001", table.getItem(0).getText(0));

		home.phones.dialNow("1007", "1008");
		Ui.waitUntil(() -> table.getItem(part.list().rowOf("1007")).getText(6).equals("1008 赵敏"),
				HomeScreen.PBX_TIMEOUT, () -> "the call in the list");
		assertEquals("In call", table.getItem(part.list().rowOf("1007")).getText(3));

		table.getColumn(3).notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event()); // sort by state
		Ui.flush();
		assertEquals(ExtensionTable.Column.STATE, part.list().sortColumn());
		assertTrue(List.of("1007", "1008").contains(table.getItem(0).getText(0)), table.getItem(0).getText(0));

		Ui.setText(part.filter(), "100");
		assertEquals(9, table.getItemCount());

		Workbench.execute("org.switchboard.extensions.command.mode.panel", null);
		Ui.flush();
		assertEquals(ExtensionsPart.Mode.PANEL, part.mode());
		assertTrue(part.panel().isVisible());
	}

	@Test
	@DisplayName("E2 the list shown after the tiles has what changed meanwhile: a call, the filter typed over the tiles")
	void listShownLaterIsCurrent() throws Exception {
		// while the tiles are shown the list is not kept up to date, but filled when it is shown
		ExtensionsPart part = home.extensions();
		assertEquals(ExtensionsPart.Mode.PANEL, part.mode());
		Ui.setText(part.filter(), "100");
		assertEquals(9, home.panel().shownCount());
		home.phones.dialNow("1002", "1003");
		home.waitForState("1002", "In call");

		Workbench.execute("org.switchboard.extensions.command.mode.list", null);
		Ui.flush();
		Table table = part.list().table();
		assertEquals(9, table.getItemCount(), "the filter typed over the tiles");
		assertEquals("In call", table.getItem(part.list().rowOf("1002")).getText(3));

		// shown, it follows the PBX again
		home.phones.hangup(home.phones.channelsOf("1002").get(0).channel());
		Ui.waitUntil(() -> table.getItem(part.list().rowOf("1002")).getText(3).equals("Idle"), HomeScreen.PBX_TIMEOUT,
				() -> "1002 idle in the list");
		Ui.setText(part.filter(), "");
		assertEquals(home.panel().totalCount(), table.getItemCount());
		Workbench.execute("org.switchboard.extensions.command.mode.panel", null);
		Ui.flush();
	}

	@Test
	@DisplayName("E3 right-click an extension: set DND (the PBX then refuses calls to it), clear it, set its dial permission, call it")
	void contextMenu() throws Exception {
		Menu menu = home.tileMenu("1005");
		List<String> labels = Ui.labels(menu);
		assertTrue(labels.containsAll(List.of("Call", "Set Do Not Disturb", "Dial Permission")), labels.toString());
		Ui.click(Ui.menuItem(menu, "Set Do Not Disturb"));
		Ui.closeMenu(menu);
		home.waitForLog("dnd.on 1005 SUCCESS");
		Ui.waitUntil(() -> home.tile("1005").view().dnd(), HomeScreen.PBX_TIMEOUT, () -> "1005 shows DND");
		assertEquals("Do not disturb", home.tile("1005").stateText());
		assertEquals(Palette.DND, home.tile("1005").accent());
		assertEquals("YES", home.phones.dbGet("DND", "1005"), "the PBX's AstDB");

		// the PBX really refuses: 1002 calls 1005, which never rings, and 1002 hears busy
		int mark = home.phones.mark();
		home.phones.dialNow("1002", "1005");
		Ui.waitUntil(() -> {
			try {
				return home.phones.channelsOf("1002").stream().anyMatch(r -> r.application().equalsIgnoreCase("Busy"));
			} catch (Exception e) {
				throw new AssertionError(e);
			}
		}, HomeScreen.PBX_TIMEOUT, () -> "1002 to hear busy: " + home.safeChannels());
		assertFalse(home.phones.rangSince(mark, "1005"), "1005 rang although DND is on");
		assertEquals("Do not disturb", home.tile("1005").stateText());

		menu = home.tileMenu("1005");
		assertFalse(Ui.menuItem(menu, "Set Do Not Disturb").isEnabled());
		Menu permission = Ui.menuItem(menu, "Dial Permission").getMenu();
		permission.notifyListeners(SWT.Show, new org.eclipse.swt.widgets.Event());
		Ui.flush();
		Ui.click(Ui.menuItem(permission, "Internal only"));
		Ui.closeMenu(menu);
		home.waitForLog("permission.set 1005 internal SUCCESS");
		Ui.waitUntil(() -> home.tile("1005").view().permission() == DialPermission.INTERNAL, HomeScreen.PBX_TIMEOUT,
				() -> "permission shown");
		assertEquals("internal", home.phones.dbGet("CALLPERM", "1005"), "the PBX's AstDB");

		menu = home.tileMenu("1005");
		Ui.click(Ui.menuItem(menu, "Clear Do Not Disturb"));
		Ui.closeMenu(menu);
		home.waitForLog("dnd.off 1005 SUCCESS");
		Ui.waitUntil(() -> !home.tile("1005").view().dnd(), HomeScreen.PBX_TIMEOUT, () -> "1005 without DND");

		menu = home.tileMenu("1010");
		Ui.click(Ui.menuItem(menu, "Call"));
		Ui.closeMenu(menu);
		home.waitForLog("call.dial 1010 SUCCESS");
		home.waitForBridge(HomeScreen.OPERATOR, "1010");
		home.waitForTile("1010", "with 1001 总机 Operator");
	}
}
