package org.switchboard.callcontrol.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.e4.ui.model.application.ui.menu.MHandledToolItem;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.ToolItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.callcontrol.CallAction;
import org.switchboard.callcontrol.ui.internal.ForceReleaseConfirmation;
import org.switchboard.extensions.ui.internal.ExtensionsPart;
import org.switchboard.testsupport.ScreenshotOnFailure;
import org.switchboard.testsupport.Ui;
import org.switchboard.testsupport.Workbench;
import org.switchboard.ui.WidgetIds;

/**
 * What a new user found walking the manual (issue 13 B): where the pop-up sits, what Call dials, answering while in a
 * call, the words for a number that does not exist, force release asking first, the keyboard after a pop-up, the
 * main toolbar, the list toggle.
 */
@ExtendWith(ScreenshotOnFailure.class)
class WalkTest {

	private HomeScreen home;

	@BeforeEach
	void open() {
		home = HomeScreen.open();
	}

	@AfterEach
	void close() {
		Workbench.mainShell().setMaximized(false);
		home.close();
	}

	private static Rectangle onDisplay(Control c) {
		return c.getDisplay().map(c.getParent(), null, c.getBounds());
	}

	private Shell popup() {
		return Ui.waitFor(() -> HomeScreen.popups().isEmpty() ? null : HomeScreen.popups().get(0), "the pop-up");
	}

	private void waitForRow(String number, String state) {
		Ui.waitUntil(() -> home.row(number) >= 0 && home.callTable().getItem(home.row(number)).getText(2).equals(state),
				HomeScreen.PBX_TIMEOUT, () -> "a call with " + number + " '" + state + "' in the call list");
	}

	@Test
	@DisplayName("C2 the pop-up hides none of the dial pad's or the business buttons, and leaves the keyboard to the main window")
	void popupHidesNoButton() throws Exception {
		Shell main = Workbench.mainShell();
		main.setMaximized(true);
		Ui.flush();
		Ui.pause(java.time.Duration.ofMillis(300));
		home.operatorOffline();
		home.phones.callQueue(HomeScreen.QUEUE, "13800138000", "Zhang Wei");
		home.phones.callQueue(HomeScreen.QUEUE, "02088886666", "Li Na");
		Ui.waitUntil(() -> HomeScreen.popups().size() == 2, HomeScreen.PBX_TIMEOUT, () -> "two pop-ups");
		Ui.flush();
		List<Button> buttons = Ui.findAll(Button.class, b -> b.getShell() == main && b.isVisible()
				&& WidgetIds.get(b) != null
				&& (WidgetIds.get(b).startsWith("callcontrol.dial.") || WidgetIds.get(b).startsWith("callcontrol.button.")));
		assertTrue(buttons.size() >= 14, "dial pad and business buttons found: " + buttons.size());
		Rectangle panel = onDisplay(home.extensions().panel());
		for (Shell popup : HomeScreen.popups()) {
			Rectangle r = popup.getBounds();
			for (Button b : buttons) {
				assertFalse(r.intersects(onDisplay(b)), "pop-up " + r + " covers " + WidgetIds.get(b) + " " + onDisplay(b));
			}
			assertTrue(r.x + r.width <= panel.x + panel.width + 8 && r.x >= panel.x,
					"the pop-up " + r + " sits over the extension panel " + panel);
		}
		assertEquals(main, main.getDisplay().getActiveShell(), "the main window keeps the keyboard");
		// F3 answers at once, without a click into the window first
		Ui.press(SWT.F3, 0);
		home.waitForLog("call.answer 13800138000 SUCCESS");
	}

	@Test
	@DisplayName("C2 after a pop-up is closed the keys work at once")
	void keysAfterPopup() throws Exception {
		home.operatorOffline();
		home.phones.callQueue(HomeScreen.QUEUE, "13800138000", "Zhang Wei");
		Shell popup = popup();
		popup.forceActive();
		Ui.flush();
		Ui.click(Ui.findAll(Button.class,
				b -> "callcontrol.popup.close".equals(WidgetIds.get(b)) && b.getShell() == popup).get(0));
		Ui.waitUntil(() -> HomeScreen.popups().isEmpty(), "the pop-up closed");
		Shell main = Workbench.mainShell();
		Ui.waitUntil(() -> main.getDisplay().getActiveShell() == main, "the main window has the keyboard again");
		Ui.press(SWT.F3, 0);
		home.waitForLog("call.answer 13800138000 SUCCESS");
	}

	@Test
	@DisplayName("C2 answering while in a call holds the first call")
	void answerWhileInCall() throws Exception {
		home.clickTile("1002", 1);
		home.press(CallAction.CALL);
		home.waitForLog("call.dial 1002 SUCCESS");
		waitForRow("1002", "Connected");
		home.extensions().select(null);
		home.operatorOffline();
		home.phones.callQueue(HomeScreen.QUEUE, "13800138000", "Zhang Wei");
		popup();
		home.press(CallAction.ANSWER);
		home.waitForLog("call.hold 1002 SUCCESS");
		home.waitForLog("call.answer 13800138000 SUCCESS");
		waitForRow("1002", "On hold");
		waitForRow("13800138000", "Connected");
		Ui.waitUntil(() -> {
			try {
				return !home.phones.bridged(HomeScreen.OPERATOR, "1002");
			} catch (Exception e) {
				throw new AssertionError(e);
			}
		}, HomeScreen.PBX_TIMEOUT, () -> "1002 no longer talks with the operator: " + home.safeChannels());
	}

	@Test
	@DisplayName("C1 the Call button says which number it dials")
	void callButtonSaysTheNumber() {
		Button business = home.button(CallAction.CALL);
		Button pad = home.dialPad().button(CallAction.CALL);
		assertEquals("Call", business.getText());
		home.clickTile("1004", 1);
		Ui.waitUntil(() -> business.getText().equals("Call 1004") && pad.getText().equals("Call 1004"), Ui.DEFAULT_TIMEOUT,
				() -> "the buttons name 1004: " + business.getText() + " / " + pad.getText());
		Ui.setText(home.dialPad().number(), "0123");
		Ui.waitUntil(() -> business.getText().equals("Call 0123") && pad.getText().equals("Call 0123"), Ui.DEFAULT_TIMEOUT,
				() -> "digits in the pad win: " + business.getText() + " / " + pad.getText());
		Ui.setText(home.dialPad().number(), "");
		Ui.waitUntil(() -> business.getText().equals("Call 1004"), Ui.DEFAULT_TIMEOUT, () -> "back to the selection: " + business.getText());
		home.extensions().select(null);
		Workbench.mainWindow().getContext().remove(org.switchboard.ui.Selections.TARGET);
		Ui.waitUntil(() -> business.getText().equals("Call"), Ui.DEFAULT_TIMEOUT, () -> "nothing to dial: " + business.getText());
	}

	@Test
	@DisplayName("C1 an invalid number says that it does not exist")
	void invalidNumber() {
		Ui.setText(home.dialPad().number(), "12");
		home.press(CallAction.CALL);
		Ui.waitUntil(() -> home.status().contains("failed"), HomeScreen.PBX_TIMEOUT,
				() -> "the call to fail: " + home.status());
		String status = home.status();
		assertTrue(status.contains("12 does not exist"), status);
		assertFalse(status.contains("no longer exists"), status);
	}

	@Test
	@DisplayName("X5 force release asks first")
	void forceReleaseAsks() throws Exception {
		ForceReleaseConfirmation.setAsks(true);
		home.phones.dialNow("1004", "1005");
		home.waitForBridge("1004", "1005");
		home.clickTile("1004", 1);
		HomeScreen.answerForceRelease("Cancel");
		home.press(CallAction.FORCE_RELEASE);
		Ui.pause(java.time.Duration.ofMillis(500));
		assertTrue(home.phones.bridged("1004", "1005"), "Cancel keeps the call");
		assertTrue(home.log().stream().noneMatch(r -> r.startsWith("call.forceRelease")), home.log().toString());
		HomeScreen.answerForceRelease("Force Release");
		home.press(CallAction.FORCE_RELEASE);
		home.waitForLog("call.forceRelease 1004 SUCCESS");

		// with the preference off it acts at once
		ForceReleaseConfirmation.setAsks(false);
		try {
			home.phones.dialNow("1006", "1007");
			home.waitForBridge("1006", "1007");
			home.clickTile("1006", 1);
			home.press(CallAction.FORCE_RELEASE);
			home.waitForLog("call.forceRelease 1006 SUCCESS");
		} finally {
			ForceReleaseConfirmation.setAsks(true);
		}
	}

	@Test
	@DisplayName("L3 the main toolbar's buttons are blue, labelled, name their key and follow the calls (paler while they cannot run)")
	void toolbar() throws Exception {
		ToolItem hangup = toolItem("org.switchboard.callcontrol.toolitem.hangup");
		ToolItem call = toolItem("org.switchboard.callcontrol.toolitem.call");
		assertEquals("Hang Up", hangup.getText());
		assertEquals("Call", call.getText());
		assertTrue(hangup.getToolTipText().contains("F4"), hangup.getToolTipText());
		assertTrue(hangup.getImage() != null, "icon and text");
		Ui.waitUntil(() -> !hangup.isEnabled(), "Hang Up dark without a call");
		Ui.waitUntil(() -> looks(hangup, PALE_BLUE, PALE_TEXT), HomeScreen.PBX_TIMEOUT,
				() -> "Hang Up a pale blue button: " + look(hangup));
		// the perspective switchers are not call functions: no blue
		ToolItem operator = toolItem("org.switchboard.toolitem.perspective.operator");
		assertFalse(looks(operator, BLUE, WHITE) || looks(operator, PALE_BLUE, PALE_TEXT), look(operator));
		home.clickTile("1002", 1);
		home.press(CallAction.CALL);
		home.waitForLog("call.dial 1002 SUCCESS");
		// the selection stays as it is: the call alone must light Hang Up
		Ui.waitUntil(hangup::isEnabled, "Hang Up lit during the call");
		Ui.waitUntil(() -> looks(hangup, BLUE, WHITE), HomeScreen.PBX_TIMEOUT,
				() -> "Hang Up a blue button with a white name: " + look(hangup));
		home.phones.hangupAll();
		Ui.waitUntil(() -> !hangup.isEnabled(), HomeScreen.PBX_TIMEOUT, () -> "Hang Up dark again after the call");
		Ui.waitUntil(() -> looks(hangup, PALE_BLUE, PALE_TEXT), HomeScreen.PBX_TIMEOUT,
				() -> "Hang Up pale again: " + look(hangup));
	}

	/** The theme's colours of the main toolbar's call functions (ConsoleTheme of the app). */
	private static final RGB BLUE = new RGB(0x1f, 0x66, 0xc7);
	private static final RGB WHITE = new RGB(0xff, 0xff, 0xff);
	private static final RGB PALE_BLUE = new RGB(0xa9, 0xc1, 0xe4);
	private static final RGB PALE_TEXT = new RGB(0xee, 0xf3, 0xfa);

	private static boolean looks(ToolItem item, RGB background, RGB text) {
		return item.getBackground() != null && item.getForeground() != null
				&& background.equals(item.getBackground().getRGB()) && text.equals(item.getForeground().getRGB());
	}

	private static String look(ToolItem item) {
		return "background " + (item.getBackground() == null ? null : item.getBackground().getRGB()) + ", text "
				+ (item.getForeground() == null ? null : item.getForeground().getRGB());
	}

	private static ToolItem toolItem(String id) {
		MHandledToolItem model = Workbench.findAll(MHandledToolItem.class, id).get(0);
		return Ui.waitFor(() -> model.getWidget() instanceof ToolItem t ? t : null, id);
	}

	@Test
	@DisplayName("E1 list mode is a toggle in the part's toolbar; no list header is clipped")
	void listToggle() {
		ExtensionsPart part = home.extensions();
		ToolItem list = Ui.byId(ToolItem.class, "extensions.mode.list");
		ToolItem panel = Ui.byId(ToolItem.class, "extensions.mode.panel");
		assertTrue(panel.getSelection());
		Ui.click(list);
		assertEquals(ExtensionsPart.Mode.LIST, part.mode());
		assertFalse(panel.getSelection());
		Table table = part.list().table();
		GC gc = new GC(table);
		try {
			for (TableColumn c : table.getColumns()) {
				assertTrue(c.getWidth() >= gc.textExtent(c.getText()).x + 16,
						"header '" + c.getText() + "' fits: " + c.getWidth());
			}
		} finally {
			gc.dispose();
		}
		Ui.click(panel);
		assertEquals(ExtensionsPart.Mode.PANEL, part.mode());
		assertFalse(list.getSelection());
	}
}
