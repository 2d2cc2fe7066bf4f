package org.switchboard.callcontrol.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.widgets.Menu;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.callcontrol.CallAction;
import org.switchboard.model.ConnectionStatus;
import org.switchboard.pbx.simulator.AmiSimulator;
import org.switchboard.testsupport.ScreenshotOnFailure;
import org.switchboard.testsupport.Ui;

/**
 * R1: the PBX connection lost under the console: the demo PBX (the bundled simulator) drops every AMI connection in
 * the middle of a call, or restarts with another state (its own AMI actions, sent over the test's phone-side
 * connection). The operator must see it at once, be refused with the reason, and find the PBX's true state on the
 * screen within seconds of the PBX being back.
 */
@ExtendWith(ScreenshotOnFailure.class)
class PbxConnectionTest {

	private static final String DOWN = "PBX disconnected — reconnecting…";
	private static final String BACK = "PBX connected again";
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
	@DisplayName("R1 the PBX restarting with another state: disconnected shown within 2 s, actions refused with the reason, the true state within 5 s of the PBX being back")
	void restart() throws Exception {
		home.phones.dialNow("1002", "1003");
		home.waitForState("1002", "In call");
		home.waitForState("1003", "In call");
		home.clickTile("1007", 1);
		assertTrue(home.button(CallAction.CALL).isEnabled());
		long down = System.nanoTime();
		int downMillis = 4000;
		home.phones.send(Map.of("Action", AmiSimulator.RESTART_ACTION, "DownMillis", String.valueOf(downMillis),
				"DND", "1004=1", "Calls", "1005>1006"));

		Ui.waitUntil(() -> home.status().startsWith(DOWN), Duration.ofSeconds(3),
				() -> "the status line to say the PBX is lost: " + home.status());
		assertTrue(System.nanoTime() - down < 2_100_000_000L, "told after more than 2 s");
		Ui.waitUntil(() -> home.probe().dimmed() != null, Duration.ofSeconds(1), () -> "the tiles to dim");
		assertFalse(home.button(CallAction.CALL).isEnabled(), "Call is enabled without a PBX");
		assertTrue(home.button(CallAction.CALL).getToolTipText().startsWith(DOWN),
				home.button(CallAction.CALL).getToolTipText());

		// an action the PBX cannot take now is refused with the reason, not queued
		Menu menu = home.tileMenu("1007");
		Ui.click(Ui.menuItem(menu, "Set Do Not Disturb"));
		Ui.closeMenu(menu);
		Ui.waitUntil(() -> home.status().contains("failed"), Duration.ofSeconds(5),
				() -> "the refusal in the status line: " + home.status());
		assertTrue(home.status().startsWith(DOWN), home.status());

		// the PBX is back after downMillis (plus the moment it takes to go down): within 5 s the true state
		long back = down + (downMillis + 200) * 1_000_000L;
		Ui.waitUntil(() -> home.status().equals(BACK), Duration.ofMillis(downMillis + 200 + 5000),
				() -> "the console to be connected again: " + home.status());
		assertTrue(System.nanoTime() - back < 5_000_000_000L, "connected again more than 5 s after the PBX was back");
		assertNull(home.probe().dimmed(), "the tiles are still dimmed");
		home.waitForState("1002", "Idle");
		home.waitForState("1003", "Idle");
		home.waitForState("1005", "In call");
		home.waitForState("1006", "In call");
		Ui.waitUntil(() -> home.tile("1004").view().dnd(), Duration.ofSeconds(2), () -> "1004 in DND");
		assertFalse(home.tile("1007").view().dnd(), "a DND asked for while disconnected was queued");
		home.clickTile("1007", 1);
		assertTrue(home.button(CallAction.CALL).isEnabled(), "Call is still disabled");
		assertFalse(home.button(CallAction.CALL).getToolTipText().startsWith(DOWN));
		home.reconnectPhones();
	}

	@Test
	@DisplayName("R1 the PBX dropping the AMI connection mid-call: the console reconnects and shows the call that went on")
	void drop() throws Exception {
		home.phones.dialNow("1002", "1003");
		home.waitForState("1002", "In call");
		dropAndAwaitReconnect();
		assertNull(home.probe().dimmed());
		home.phones.dialNow("1004", "1005");
		home.waitForState("1004", "In call");
		assertEquals("In call", home.tile("1002").stateText(), "the call that went on");
		assertEquals("In call", home.tile("1003").stateText());
	}

	@Test
	@DisplayName("R1 no operation log entry is lost or written twice across a reconnect")
	void operationLogAcrossReconnect() throws Exception {
		Menu menu = home.tileMenu("1007");
		Ui.click(Ui.menuItem(menu, "Set Do Not Disturb"));
		Ui.closeMenu(menu);
		home.waitForLog("dnd.on 1007 SUCCESS");
		dropAndAwaitReconnect();
		Ui.waitUntil(() -> home.tile("1007").view().dnd(), Duration.ofSeconds(2), () -> "1007 in DND after the resync");
		menu = home.tileMenu("1007");
		Ui.click(Ui.menuItem(menu, "Clear Do Not Disturb"));
		Ui.closeMenu(menu);
		home.waitForLog("dnd.off 1007 SUCCESS");
		// a late or repeated write would show up within this moment
		Ui.pause(Duration.ofSeconds(1));
		List<String> dnd = home.log().stream().filter(r -> r.startsWith("dnd.")).toList();
		// newest first
		assertEquals(List.of("dnd.off 1007 SUCCESS", "dnd.on 1007 SUCCESS"), dnd);
	}

	@Test
	@DisplayName("E1 unregistered phones show as unavailable, and stay on the panel after the console synchronises again")
	void unregisteredPhonesShowAsUnavailable() throws Exception {
		int total = home.panel().totalCount();
		home.phones.action(AmiSimulator.REGISTER_ACTION, Map.of("Extension", "1010", "Registered", "no"));
		home.waitForState("1010", "Unavailable");
		// a full synchronisation (as after a PBX restart, when phones have not registered yet) keeps it, unavailable
		dropAndAwaitReconnect();
		home.waitForState("1010", "Unavailable");
		assertEquals(total, home.panel().totalCount(), "an unregistered phone vanished from the panel");
		home.phones.action(AmiSimulator.REGISTER_ACTION, Map.of("Extension", "1010", "Registered", "yes"));
		home.waitForState("1010", "Idle");
	}

	/**
	 * The PBX drops every AMI connection; returns once the console is connected again (a new connection state, not
	 * the one a test before left in the status line) and the test's phone-side connection is open again.
	 */
	private void dropAndAwaitReconnect() throws Exception {
		java.time.Instant before = home.read(site -> site.getConnection().getSince());
		home.phones.send(Map.of("Action", AmiSimulator.DROP_ACTION));
		assertTrue(home.phones.awaitClosed(HomeScreen.PBX_TIMEOUT), "the PBX did not drop the connections");
		Ui.waitUntil(() -> home.read(site -> site.getConnection().getStatus() == ConnectionStatus.CONNECTED
				&& !java.util.Objects.equals(before, site.getConnection().getSince())), Duration.ofSeconds(5),
				() -> "the console to reconnect");
		Ui.waitUntil(() -> home.status().equals(BACK), Duration.ofSeconds(2),
				() -> "the status line to say so: " + home.status());
		home.reconnectPhones();
	}
}
