package org.switchboard.callcontrol.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.callcontrol.CallAction;
import org.switchboard.pbx.PbxException;
import org.switchboard.testsupport.ScreenshotOnFailure;
import org.switchboard.testsupport.Ui;

/** Business buttons, dial pad, queue and call lists, pop-ups (SPEC L3, C1-C4, X1-X5) in the real workbench. */
@ExtendWith(ScreenshotOnFailure.class)
class CallControlTest {

	private FakePbx pbx;
	private HomeScreen home;

	@BeforeEach
	void login() {
		pbx = new FakePbx();
		pbx.extensions(12, "Front desk", "Rooms");
		home = HomeScreen.login(pbx);
	}

	@AfterEach
	void logout() {
		for (Shell s : Ui.findAll(Shell.class, s -> "callcontrol.popup".equals(org.switchboard.ui.WidgetIds.get(s)))) {
			s.dispose();
		}
		home.logout();
	}

	private Table callList() {
		return home.calls().callTable();
	}

	/** The operator (1001) talks to an extension, started from the Call button. */
	private void operatorCalls(String number) {
		home.clickTile(number, 1);
		home.press(CallAction.CALL);
		home.waitForLog("call.dial " + number + " SUCCESS");
		Ui.waitUntil(() -> callList().getItemCount() == 1 && callList().getItem(0).getText(2).equals("Connected"),
				"the call in the call list");
	}

	@Test
	@DisplayName("L3 business buttons are enabled only when the selection allows the action, tooltips name the key")
	void buttonsFollowTheSelection() {
		for (CallAction a : CallAction.values()) {
			assertFalse(home.button(a).isEnabled(), a + " with nothing selected");
		}
		assertTrue(home.button(CallAction.HOLD).getToolTipText().startsWith("Hold (F5)"),
				home.button(CallAction.HOLD).getToolTipText());
		home.clickTile("1003", 1);
		assertTrue(home.button(CallAction.CALL).isEnabled());
		assertFalse(home.button(CallAction.MONITOR).isEnabled(), "1003 is idle");
		pbx.talk("1004", "1005");
		home.clickTile("1004", 1);
		Ui.waitUntil(() -> home.button(CallAction.MONITOR).isEnabled(), "monitor for a talking extension");
		assertTrue(home.button(CallAction.BARGE).isEnabled());
		assertTrue(home.button(CallAction.FORCE_RELEASE).isEnabled());
		assertFalse(home.button(CallAction.BLIND_TRANSFER).isEnabled(), "the operator has no call to transfer");
		home.clickTile("1001", 1);
		assertFalse(home.button(CallAction.CALL).isEnabled(), "the operator's own extension");
	}

	@Test
	@DisplayName("C1 select an extension and press Call: the operator's phone, then the destination; logged")
	void callFromButton() {
		operatorCalls("1002");
		assertTrue(pbx.operations.contains("call 1001 1002"), pbx.operations.toString());
		assertEquals("1002", callList().getItem(0).getText(0));
		home.waitForTile("1001", "with 1002 Ext 1002");
		home.waitForTile("1002", "with 1001 Ext 1001");
		Ui.waitUntil(() -> home.status().contains("done"), "status line reports success");
	}

	@Test
	@DisplayName("C1 digits typed anywhere go to the dial pad; Enter calls the number")
	void typeDigitsAnywhere() {
		home.clickTile("1003", 1);
		home.panel().setFocus();
		Ui.flush();
		Ui.type("1007");
		Ui.waitUntil(() -> home.dialPad().number().getText().equals("1007"), "digits in the dial pad");
		Ui.setText(home.dialPad().number(), "10a7\n");
		assertEquals("107", home.dialPad().number().getText(), "the number field refuses what cannot be dialled");
		Ui.setText(home.dialPad().number(), "1007");
		org.eclipse.swt.widgets.Event enter = new org.eclipse.swt.widgets.Event();
		enter.keyCode = SWT.CR;
		enter.character = SWT.CR;
		home.dialPad().number().notifyListeners(SWT.KeyDown, enter);
		Ui.flush();
		home.waitForLog("call.dial 1007 SUCCESS");
		assertTrue(pbx.operations.contains("call 1001 1007"), pbx.operations.toString());
		Ui.waitUntil(() -> home.dialPad().number().getText().isEmpty(), "the dial pad clears after the call");
	}

	@Test
	@DisplayName("C1 a busy destination is reported in plain words, and logged as a failure")
	void failureInPlainWords() {
		pbx.failNext(new PbxException(PbxException.Reason.BUSY, "User busy"));
		home.clickTile("1006", 1);
		home.press(CallAction.CALL);
		Ui.waitUntil(() -> home.status().contains("failed"), "the failure in the status line");
		assertTrue(home.status().contains("the line is busy"), home.status());
		assertFalse(home.status().contains("Exception"), home.status());
		home.waitForLog("call.dial 1006 FAILURE User busy");
	}

	@Test
	@DisplayName("C2 an incoming caller pops up at the bottom right; Answer connects it; closing leaves it queued")
	void incomingPopup() {
		pbx.queueCaller("13800138000", "Zhang Wei");
		Shell popup = Ui.waitFor(() -> popups().isEmpty() ? null : popups().get(0), "the pop-up");
		assertTrue(popup.isVisible());
		Rectangle screen = popup.getDisplay().getPrimaryMonitor().getClientArea();
		Rectangle r = popup.getBounds();
		assertTrue(r.x + r.width > screen.x + screen.width - 40 && r.y + r.height > screen.y + screen.height - 40,
				"bottom right: " + r + " on " + screen);
		assertEquals("13800138000", Ui.byId(Label.class, "callcontrol.popup.number").getText());
		assertEquals("Zhang Wei", Ui.byId(Label.class, "callcontrol.popup.name").getText());
		assertTrue(Ui.byId(Label.class, "callcontrol.popup.wait").getText().startsWith("Queue 8000"));
		assertEquals(1, home.calls().queueTable().getItemCount());

		pbx.queueCaller("02088886666", "Li Na");
		Ui.waitUntil(() -> popups().size() == 2, "a second pop-up");
		assertTrue(popups().get(1).getBounds().y < popups().get(0).getBounds().y, "stacked upwards");
		Ui.click(Ui.findAll(Button.class, b -> "callcontrol.popup.close".equals(org.switchboard.ui.WidgetIds.get(b))
				&& b.getShell() == popups().get(1)).get(0));
		Ui.waitUntil(() -> popups().size() == 1, "the second pop-up closed");
		assertEquals(2, home.calls().queueTable().getItemCount(), "the rejected caller stays queued");

		Ui.click(Ui.byId(Button.class, "callcontrol.popup.answer"));
		home.waitForLog("call.answer 13800138000 SUCCESS");
		Ui.waitUntil(() -> callList().getItemCount() == 1 && callList().getItem(0).getText(0).equals("13800138000"),
				"the answered caller in the call list");
		assertEquals(1, home.calls().queueTable().getItemCount());
		assertTrue(popups().isEmpty());
	}

	private static List<Shell> popups() {
		return Ui.findAll(Shell.class,
				s -> s.isVisible() && "callcontrol.popup".equals(org.switchboard.ui.WidgetIds.get(s)));
	}

	@Test
	@DisplayName("C3 Hangup ends the operator's call")
	void hangup() {
		operatorCalls("1002");
		home.press(CallAction.HANGUP);
		home.waitForLog("call.hangup 1002 SUCCESS");
		Ui.waitUntil(() -> callList().getItemCount() == 0, "no call left");
		home.waitForTile("1002", "Idle");
	}

	@Test
	@DisplayName("C4 Hold and Resume from the buttons and from the dial pad")
	void holdResume() {
		operatorCalls("1002");
		home.press(CallAction.HOLD);
		home.waitForLog("call.hold 1002 SUCCESS");
		Ui.waitUntil(() -> callList().getItemCount() == 1 && callList().getItem(0).getText(2).equals("On hold"),
				"the call on hold");
		Ui.waitUntil(() -> home.tile("1002").stateText().equals("On hold"), "1002's tile on hold");
		assertFalse(home.button(CallAction.HOLD).isEnabled());
		Button resume = home.dialPad().button(CallAction.RESUME);
		Ui.waitUntil(resume::isEnabled, "dial pad resume enabled");
		Ui.click(resume);
		home.waitForLog("call.resume 1002 SUCCESS");
		Ui.waitUntil(() -> callList().getItem(0).getText(2).equals("Connected"), "connected again");
		Button hold = home.dialPad().button(CallAction.HOLD);
		Ui.waitUntil(hold::isEnabled, "dial pad hold enabled");
		Ui.click(hold);
		home.waitForLog("call.hold 1002 SUCCESS");
		Ui.waitUntil(() -> callList().getItem(0).getText(2).equals("On hold"), "held from the dial pad");
		// the call list's right-click menu resumes it
		Ui.selectRow(callList(), 0);
		Menu menu = Ui.contextMenu(callList());
		Ui.click(Ui.menuItem(menu, "Resume"));
		Ui.closeMenu(menu);
		Ui.waitUntil(() -> callList().getItem(0).getText(2).equals("Connected"), "resumed from the menu");
	}

	@Test
	@DisplayName("X1 blind transfer sends the other party straight to the selected extension")
	void blindTransfer() {
		operatorCalls("1002");
		home.clickTile("1003", 1);
		home.press(CallAction.BLIND_TRANSFER);
		home.waitForLog("call.blindTransfer 1002 -> 1003 SUCCESS");
		Ui.waitUntil(() -> callList().getItemCount() == 0, "the operator is free");
		home.waitForTile("1002", "with 1003 Ext 1003");
		home.waitForTile("1003", "with 1002 Ext 1002");
	}

	@Test
	@DisplayName("X2 attended transfer: the operator talks to the target first, hangs up, and the parties are connected")
	void attendedTransfer() {
		operatorCalls("1002");
		home.clickTile("1003", 1);
		home.press(CallAction.ATTENDED_TRANSFER);
		home.waitForLog("call.attendedTransfer 1002 -> 1003 SUCCESS");
		home.waitForTile("1001", "with 1003 Ext 1003");
		Ui.waitUntil(() -> home.tile("1002").stateText().equals("On hold"), "1002 waits on hold");
		Ui.waitUntil(() -> callList().getItemCount() >= 1 && callList().getItem(0).getText(0).equals("1003"),
				"talking to 1003");
		Ui.selectRow(callList(), 0);
		home.press(CallAction.HANGUP);
		Ui.waitUntil(() -> callList().getItemCount() == 0, "the call list is empty");
		home.waitForTile("1002", "with 1003 Ext 1003");
		home.waitForTile("1003", "with 1002 Ext 1002");
	}

	@Test
	@DisplayName("X3 monitor, X4 barge-in: the operator listens to or joins a selected extension's call")
	void monitorAndBarge() {
		pbx.talk("1004", "1005");
		home.clickTile("1004", 1);
		home.press(CallAction.MONITOR);
		home.waitForLog("call.monitor 1004 SUCCESS");
		assertTrue(pbx.operations.contains("monitor 1001 1004"));
		home.press(CallAction.BARGE);
		home.waitForLog("call.barge 1004 SUCCESS");
		assertTrue(pbx.operations.contains("barge 1001 1004"));
	}

	@Test
	@DisplayName("X5 force release hangs up both parties of the selected extension's call")
	void forceRelease() {
		pbx.talk("1006", "1007");
		home.waitForTile("1006", "with 1007 Ext 1007");
		Menu menu = home.tileMenu("1006");
		Ui.click(Ui.menuItem(menu, "Force Release"));
		Ui.closeMenu(menu);
		home.waitForLog("call.forceRelease 1006 SUCCESS");
		home.waitForTile("1006", "Idle");
		home.waitForTile("1007", "Idle");
	}
}
