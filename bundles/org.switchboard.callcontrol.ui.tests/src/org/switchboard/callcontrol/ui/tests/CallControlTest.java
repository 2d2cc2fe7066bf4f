package org.switchboard.callcontrol.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Predicate;

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
import org.switchboard.callcontrol.QueueCallerView;
import org.switchboard.callcontrol.ui.internal.CallBoard;
import org.switchboard.pbx.simulator.SitePhones;
import org.switchboard.testsupport.ScreenshotOnFailure;
import org.switchboard.testsupport.Screenshots;
import org.switchboard.testsupport.Ui;
import org.switchboard.testsupport.Workbench;
import org.switchboard.ui.WidgetIds;

/**
 * Business buttons, dial pad, queue and call lists, pop-ups (SPEC L3, C1-C4, X1-X5) of the console demo mode
 * logged in at 1001, end to end: the Asterisk back-end, the bundled PBX simulator, the operation log in the store.
 * Other phones and outside callers act over a second AMI connection.
 */
@ExtendWith(ScreenshotOnFailure.class)
class CallControlTest {

	private static final String OP = HomeScreen.OPERATOR;
	private HomeScreen home;

	@BeforeEach
	void open() {
		home = HomeScreen.open();
	}

	@AfterEach
	void close() {
		home.close();
	}

	private Table callList() {
		return home.callTable();
	}

	private int row(String number) {
		return home.row(number);
	}

	private void waitForRow(String number, String state) {
		Ui.waitUntil(() -> row(number) >= 0 && callList().getItem(row(number)).getText(2).equals(state),
				HomeScreen.PBX_TIMEOUT, () -> "a call with " + number + " '" + state + "' in the call list");
	}

	/** The operator (1001) talks to an extension, started from the Call button. */
	private void operatorCalls(String number) {
		home.clickTile(number, 1);
		home.press(CallAction.CALL);
		home.waitForLog("call.dial " + number + " SUCCESS");
		waitForRow(number, "Connected");
		home.waitForBridge(OP, number);
	}

	/** What the PBX runs on the extension's phone. */
	private boolean runs(String extension, Predicate<SitePhones.Running> what) {
		try {
			return home.phones.channelsOf(extension).stream().anyMatch(what);
		} catch (Exception e) {
			throw new AssertionError(e);
		}
	}

	private void waitForPbx(String what, java.util.function.BooleanSupplier condition) {
		Ui.waitUntil(condition, HomeScreen.PBX_TIMEOUT, () -> what + " (the PBX runs " + home.safeChannels() + ")");
	}

	@Test
	@DisplayName("L3 business buttons are enabled only when the selection allows the action, tooltips name the key")
	void buttonsFollowTheSelection() throws Exception {
		for (CallAction a : CallAction.values()) {
			assertFalse(home.button(a).isEnabled(), a + " with nothing selected");
		}
		assertTrue(home.button(CallAction.HOLD).getToolTipText().startsWith("Hold (F5)"),
				home.button(CallAction.HOLD).getToolTipText());
		home.clickTile("1003", 1);
		assertTrue(home.button(CallAction.CALL).isEnabled());
		assertFalse(home.button(CallAction.MONITOR).isEnabled(), "1003 is idle");
		home.phones.dialNow("1004", "1005");
		home.waitForTile("1004", "with 1005 刘洋");
		home.clickTile("1004", 1);
		Ui.waitUntil(() -> home.button(CallAction.MONITOR).isEnabled(), "monitor for a talking extension");
		assertTrue(home.button(CallAction.BARGE).isEnabled());
		assertTrue(home.button(CallAction.FORCE_RELEASE).isEnabled());
		assertFalse(home.button(CallAction.BLIND_TRANSFER).isEnabled(), "the operator has no call to transfer");
		home.clickTile(OP, 1);
		assertFalse(home.button(CallAction.CALL).isEnabled(), "the operator's own extension");
	}

	@Test
	@DisplayName("C1 select an extension and press Call: the operator's phone, then the destination; logged")
	void callFromButton() {
		operatorCalls("1002");
		// the demo phonebook's name (it loads in the background after login)
		Ui.waitUntil(() -> "张伟".equals(callList().getItem(row("1002")).getText(1)), "1002 named 张伟 in My calls");
		home.waitForTile(OP, "with 1002 张伟");
		home.waitForTile("1002", "with 1001 总机 Operator");
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
		// letters stay (they look a name up in the phonebook, and are never dialled); the rest is refused
		Ui.setText(home.dialPad().number(), "10-7\n\t");
		assertEquals("107", home.dialPad().number().getText(), "the number field refuses what cannot be dialled");
		Ui.setText(home.dialPad().number(), "1007");
		org.eclipse.swt.widgets.Event enter = new org.eclipse.swt.widgets.Event();
		enter.keyCode = SWT.CR;
		enter.character = SWT.CR;
		home.dialPad().number().notifyListeners(SWT.KeyDown, enter);
		Ui.flush();
		Ui.waitUntil(() -> home.dialPad().number().getText().isEmpty(), "the dial pad clears after the call");
		home.waitForLog("call.dial 1007 SUCCESS");
		home.waitForBridge(OP, "1007");
		waitForRow("1007", "Connected");
	}

	@Test
	@DisplayName("C1 a call to an extension in DND reports busy (do not disturb), in plain words, and is logged as a failure")
	void failureInPlainWords() throws Exception {
		// the value a phone's feature code writes (*78), not the console's YES: any value means do not disturb
		home.phones.action("DBPut", java.util.Map.of("Family", "DND", "Key", "1006", "Val", "1"));
		int mark = home.phones.mark();
		home.clickTile("1006", 1);
		home.press(CallAction.CALL);
		Ui.waitUntil(() -> home.status().contains("failed"), HomeScreen.PBX_TIMEOUT,
				() -> "the failure in the status line: " + home.status());
		assertTrue(home.status().endsWith("busy (do not disturb)"), home.status());
		assertFalse(home.status().contains("Exception"), home.status());
		home.waitForLog("call.dial 1006 FAILURE");
		assertFalse(home.phones.rangSince(mark, "1006"), "1006 rang although DND is on");
		home.phones.action("DBDel", java.util.Map.of("Family", "DND", "Key", "1006"));
	}

	@Test
	@DisplayName("C1 a call that connects reports no failure")
	void connectedCallReportsNoFailure() {
		operatorCalls("1004");
		home.waitForBridge(OP, "1004");
		Ui.waitUntil(() -> home.status().contains("done") || home.status().contains("failed"), HomeScreen.PBX_TIMEOUT,
				() -> "the outcome in the status line: " + home.status());
		assertTrue(home.status().endsWith("done."), home.status());
		home.waitForLog("call.dial 1004 SUCCESS");
	}

	@Test
	@DisplayName("C1 an unanswered call reports no answer when the PBX gives up, not while it rings")
	void unansweredCallReportsNoAnswer() {
		home.clickTile("1009", 1);
		home.press(CallAction.CALL);
		home.waitForState("1009", "Ringing");
		long ringing = System.nanoTime();
		// the lab's dialplan rings 30 s; nothing may be decided before
		Ui.waitUntil(() -> home.status().contains("failed") || System.nanoTime() - ringing > 25_000_000_000L,
				java.time.Duration.ofSeconds(30), () -> "25 s of ringing");
		assertFalse(home.status().contains("failed"), "decided while 1009 rings: " + home.status());
		Ui.waitUntil(() -> home.status().contains("failed"), java.time.Duration.ofSeconds(20),
				() -> "no answer in the status line: " + home.status());
		assertTrue(home.status().endsWith("nobody answered"), home.status());
		home.waitForLog("call.dial 1009 FAILURE");
	}

	@Test
	@DisplayName("C1 a call to a service (8600, echo test) shows 8600 in My calls, not the operator's own number")
	void callToAServiceShowsItsNumber() {
		Ui.setText(home.dialPad().number(), "8600");
		home.press(CallAction.CALL);
		home.waitForLog("call.dial 8600 SUCCESS");
		waitForRow("8600", "Connected");
		assertEquals(-1, row(OP), "the operator's own number in My calls");
	}

	@Test
	@DisplayName("C2 an extension's queue call answered by the operator: the caller's tile shows in a call, not on hold")
	void answeredQueueCallerShowsInCall() throws Exception {
		home.operatorOffline();
		home.phones.dialNow("1005", HomeScreen.QUEUE);
		Shell popup = Ui.waitFor(() -> HomeScreen.popups().isEmpty() ? null : HomeScreen.popups().get(0), "the pop-up");
		Ui.click(Ui.findAll(Button.class,
				b -> "callcontrol.popup.answer".equals(WidgetIds.get(b)) && b.getShell() == popup).get(0));
		home.waitForLog("call.answer 1005 SUCCESS");
		home.waitForBridge("1005", OP);
		home.waitForState("1005", "In call");
		Ui.pause(java.time.Duration.ofMillis(500));
		assertEquals("In call", home.tile("1005").stateText(), "the answered caller's tile");
	}

	@Test
	@DisplayName("C2 a queue caller another console answered first: Answer says who took it")
	void callerTakenByAnotherConsoleSaysWho() throws Exception {
		home.operatorOffline();
		home.phones.callQueue(HomeScreen.QUEUE, "13900139000", "Li Na");
		Ui.waitUntil(() -> home.calls().queueTable().getItemCount() == 1, "the caller in the queue list");
		QueueCallerView caller = (QueueCallerView) home.calls().queueTable().getItem(0).getData();
		// another operator's console, at 1003, takes the caller through the same PBX
		HomeScreen.get(home.gateway.answer(HomeScreen.QUEUE, caller.uniqueId(), "1003"));
		home.waitForState("1003", "In call");
		Ui.waitUntil(() -> home.calls().queueTable().getItemCount() == 0, "the caller to leave the queue list");
		// the live model has the caller in 1003's bridge (what this console learns of the other's answer)
		Ui.waitUntil(() -> home.read(site -> {
			org.switchboard.model.Channel c = home.model.channel(caller.uniqueId());
			return c != null && c.getBridgeId() != null && !c.getBridgeId().isEmpty()
					&& site.getChannels().stream().anyMatch(o -> o != c && c.getBridgeId().equals(o.getBridgeId())
							&& o.getExtension() != null && "1003".equals(o.getExtension().getNumber()));
		}), HomeScreen.PBX_TIMEOUT, () -> "the caller bridged with 1003 in the live model");
		// this operator's Answer still aimed at the caller as the list showed it a moment ago (the race of two
		// consoles): the board runs it as the pop-up's button would
		CallBoard board = Workbench.context().get(CallBoard.class);
		board.perform(CallAction.ANSWER, caller, "");
		Ui.waitUntil(() -> home.status().contains("already answered by"), HomeScreen.PBX_TIMEOUT,
				() -> "who answered, in the status line: " + home.status());
		assertTrue(home.status().endsWith("already answered by 1003") || home.status().contains("(1003)"),
				home.status());
		assertTrue(home.status().contains("13900139000"), "the status names the caller: " + home.status());
	}

	@Test
	@DisplayName("C1 dialling the operator's own extension is refused with a message")
	void ownExtensionIsRefused() {
		int mark = home.phones.mark();
		Ui.setText(home.dialPad().number(), OP);
		home.press(CallAction.CALL);
		Ui.waitUntil(() -> home.status().contains("failed"), HomeScreen.PBX_TIMEOUT,
				() -> "the refusal in the status line: " + home.status());
		assertTrue(home.status().endsWith("this is your own extension"), home.status());
		home.waitForLog("call.dial 1001 FAILURE");
		assertFalse(home.phones.rangSince(mark, OP), "the operator's phone rang");
	}

	@Test
	@DisplayName("C2 a long queue opens at most four pop-ups, the topmost says how many more wait, and closing one pops up the next caller")
	void longQueuePopsUpAFew() throws Exception {
		home.operatorOffline();
		int callers = 7;
		for (int i = 0; i < callers; i++) {
			home.phones.callQueue(HomeScreen.QUEUE, "1380013800" + i, "Caller " + i);
		}
		Ui.waitUntil(() -> home.calls().queueTable().getItemCount() == callers, HomeScreen.PBX_TIMEOUT,
				() -> "all callers in the queue list: " + home.calls().queueTable().getItemCount());
		Ui.flush();
		int open = HomeScreen.popups().size();
		assertTrue(open >= 1 && open <= 4, open + " pop-ups for " + callers + " callers");
		Ui.waitUntil(() -> topTitle().endsWith((callers - open) + " more waiting"),
				"the topmost pop-up counts the others: " + topTitle());
		Label title = titleOf(topmost());
		assertTrue(title.computeSize(SWT.DEFAULT, SWT.DEFAULT).x <= title.getSize().x,
				"the count is not cut off: '" + title.getText() + "' in " + title.getSize().x + " px");
		Ui.pause(java.time.Duration.ofSeconds(1)); // the capture shows what was painted: let the pop-ups paint first
		Screenshots.toDocs("popups-long-queue-en.png");
		Shell top = topmost();
		String topNumber = numberOn(top);
		Ui.click(Ui.findAll(Button.class,
				b -> "callcontrol.popup.close".equals(WidgetIds.get(b)) && b.getShell() == top).get(0));
		Ui.waitUntil(() -> top.isDisposed() && HomeScreen.popups().size() == open, "the next caller's pop-up");
		assertTrue(HomeScreen.popups().stream().noneMatch(s -> numberOn(s).equals(topNumber)),
				"the closed caller does not pop up again");
		Ui.waitUntil(() -> topTitle().endsWith((callers - open - 1) + " more waiting"),
				"one fewer waits without a pop-up: " + topTitle());
		assertEquals(callers, home.calls().queueTable().getItemCount(), "every caller is still in the queue list");
	}

	private static Shell topmost() {
		return HomeScreen.popups().stream().min(java.util.Comparator.comparingInt(s -> s.getBounds().y)).orElseThrow();
	}

	private static String topTitle() {
		return titleOf(topmost()).getText();
	}

	private static Label titleOf(Shell popup) {
		return Ui.findAll(Label.class, l -> "callcontrol.popup.title".equals(WidgetIds.get(l)) && l.getShell() == popup)
				.get(0);
	}

	private static String numberOn(Shell popup) {
		return Ui.findAll(Label.class, l -> "callcontrol.popup.number".equals(WidgetIds.get(l)) && l.getShell() == popup)
				.get(0).getText();
	}

	@Test
	@DisplayName("C2 a queue caller pops up at the bottom right of the extension panel; Answer connects it to the operator; closing leaves it queued")
	void incomingPopup() throws Exception {
		home.operatorOffline();
		home.phones.callQueue(HomeScreen.QUEUE, "13800138000", "Zhang Wei");
		Shell popup = Ui.waitFor(() -> HomeScreen.popups().isEmpty() ? null : HomeScreen.popups().get(0), "the pop-up");
		assertTrue(popup.isVisible());
		var tiles = home.extensions().panel();
		Rectangle area = tiles.getDisplay().map(tiles.getParent(), null, tiles.getBounds());
		Rectangle r = popup.getBounds();
		assertTrue(r.x + r.width > area.x + area.width - 40 && r.y + r.height > area.y + area.height - 40
				&& area.contains(r.x, r.y), "bottom right of the extension panel: " + r + " in " + area);
		assertEquals("13800138000", Ui.byId(Label.class, "callcontrol.popup.number").getText());
		assertEquals("Zhang Wei", Ui.byId(Label.class, "callcontrol.popup.name").getText());
		assertTrue(Ui.byId(Label.class, "callcontrol.popup.wait").getText().startsWith("Queue 8000"));
		assertEquals(1, home.calls().queueTable().getItemCount());

		home.phones.callQueue(HomeScreen.QUEUE, "02088886666", "Li Na");
		Ui.waitUntil(() -> HomeScreen.popups().size() == 2, HomeScreen.PBX_TIMEOUT, () -> "a second pop-up");
		Shell second = HomeScreen.popups().stream().filter(s -> s != popup).findFirst().orElseThrow();
		assertTrue(second.getBounds().y < popup.getBounds().y, "stacked upwards");
		Ui.click(Ui.findAll(Button.class,
				b -> "callcontrol.popup.close".equals(WidgetIds.get(b)) && b.getShell() == second).get(0));
		Ui.waitUntil(() -> HomeScreen.popups().size() == 1, "the second pop-up closed");
		assertEquals(2, home.calls().queueTable().getItemCount(), "the rejected caller stays queued");
		assertEquals(2, (int) home.read(s -> home.model.queue(HomeScreen.QUEUE).getEntries().size()),
				"both callers still wait on the PBX");

		Ui.click(Ui.findAll(Button.class,
				b -> "callcontrol.popup.answer".equals(WidgetIds.get(b)) && b.getShell() == popup).get(0));
		home.waitForLog("call.answer 13800138000 SUCCESS");
		waitForRow("13800138000", "Connected");
		assertEquals("Zhang Wei", callList().getItem(row("13800138000")).getText(1));
		waitForPbx("the operator's phone bridged with the caller", () -> {
			try {
				List<SitePhones.Running> all = home.phones.channels();
				return all.stream().anyMatch(op -> op.of(OP) && !op.bridgeId().isEmpty()
						&& all.stream().anyMatch(c -> c != op && c.bridgeId().equals(op.bridgeId())
								&& c.callerNumber().equals("13800138000")));
			} catch (Exception e) {
				throw new AssertionError(e);
			}
		});
		Ui.waitUntil(() -> home.calls().queueTable().getItemCount() == 1, "one caller left in the queue");
		assertEquals("02088886666", home.calls().queueTable().getItem(0).getText(0));
		assertTrue(HomeScreen.popups().isEmpty(), "the answered pop-up is gone");
	}

	@Test
	@DisplayName("C3 Hangup ends the operator's call on the PBX")
	void hangup() {
		operatorCalls("1002");
		home.press(CallAction.HANGUP);
		home.waitForLog("call.hangup 1002 SUCCESS");
		Ui.waitUntil(() -> callList().getItemCount() == 0, HomeScreen.PBX_TIMEOUT, () -> "no call left");
		home.waitForTile("1002", "Idle");
		home.waitForTile(OP, "Idle");
		waitForPbx("no channel of 1001 or 1002", () -> !runs(OP, x -> true) && !runs("1002", x -> true));
	}

	@Test
	@DisplayName("C4 Hold: the held party hears music on hold on the PBX; Resume reconnects; from the buttons, the dial pad and the call list")
	void holdResume() {
		operatorCalls("1002");
		home.press(CallAction.HOLD);
		home.waitForLog("call.hold 1002 SUCCESS");
		waitForRow("1002", "On hold");
		home.waitForState("1002", "On hold");
		waitForPbx("1002 in music on hold", () -> runs("1002",
				x -> x.application().equalsIgnoreCase("MusicOnHold") && x.context().equals("hold")));
		assertFalse(home.button(CallAction.HOLD).isEnabled());

		Button resume = home.dialPad().button(CallAction.RESUME);
		Ui.waitUntil(resume::isEnabled, "dial pad resume enabled");
		Ui.click(resume);
		home.waitForLog("call.resume 1002 SUCCESS");
		waitForRow("1002", "Connected");
		home.waitForBridge(OP, "1002");
		assertFalse(runs("1002", x -> x.application().equalsIgnoreCase("MusicOnHold")), "music on hold stopped");

		Button hold = home.dialPad().button(CallAction.HOLD);
		Ui.waitUntil(hold::isEnabled, "dial pad hold enabled");
		Ui.click(hold);
		waitForRow("1002", "On hold");
		waitForPbx("1002 in music on hold again", () -> runs("1002", x -> x.application().equalsIgnoreCase("MusicOnHold")));
		// the call list's right-click menu resumes it
		Ui.selectRow(callList(), row("1002"));
		Menu menu = Ui.contextMenu(callList());
		Ui.click(Ui.menuItem(menu, "Resume"));
		Ui.closeMenu(menu);
		waitForRow("1002", "Connected");
		home.waitForBridge(OP, "1002");
	}

	@Test
	@DisplayName("X1 blind transfer: the operator calls 1002, selects 1003, Blind transfer: 1002 is bridged with 1003, the operator is idle")
	void blindTransfer() {
		operatorCalls("1002");
		home.clickTile("1003", 1);
		home.press(CallAction.BLIND_TRANSFER);
		home.waitForLog("call.blindTransfer 1002 -> 1003 SUCCESS");
		Ui.waitUntil(() -> callList().getItemCount() == 0, HomeScreen.PBX_TIMEOUT, () -> "the operator is free");
		home.waitForBridge("1002", "1003");
		home.waitForTile("1002", "with 1003 王芳");
		home.waitForTile("1003", "with 1002 张伟");
		home.waitForTile(OP, "Idle");
		waitForPbx("the operator's phone idle", () -> !runs(OP, x -> true));
	}

	@Test
	@DisplayName("X2 attended transfer: the operator talks to 1003 first, hangs up, and 1002 is connected with 1003")
	void attendedTransfer() {
		operatorCalls("1002");
		home.clickTile("1003", 1);
		home.press(CallAction.ATTENDED_TRANSFER);
		home.waitForLog("call.attendedTransfer 1002 -> 1003 SUCCESS");
		home.waitForTile(OP, "with 1003 王芳");
		home.waitForBridge(OP, "1003");
		home.waitForState("1002", "On hold");
		waitForRow("1003", "Connected");
		Ui.selectRow(callList(), row("1003"));
		home.press(CallAction.HANGUP);
		Ui.waitUntil(() -> callList().getItemCount() == 0, HomeScreen.PBX_TIMEOUT, () -> "the call list is empty");
		home.waitForBridge("1002", "1003");
		home.waitForTile("1002", "with 1003 王芳");
		home.waitForTile("1003", "with 1002 张伟");
		home.waitForTile(OP, "Idle");
	}

	@Test
	@DisplayName("X3 monitor: the operator listens (ChanSpy quiet) to a selected extension's call, which goes on")
	void monitor() throws Exception {
		home.phones.dialNow("1004", "1005");
		home.waitForTile("1004", "with 1005 刘洋");
		home.clickTile("1004", 1);
		home.press(CallAction.MONITOR);
		home.waitForLog("call.monitor 1004 SUCCESS");
		waitForPbx("the operator's phone spying quietly on 1004", () -> runs(OP,
				x -> x.application().equalsIgnoreCase("ChanSpy") && x.data().contains("1004") && x.data().contains("q")
						&& !x.data().contains("B")));
		home.waitForBridge("1004", "1005");
	}

	@Test
	@DisplayName("X4 barge-in: the operator joins (ChanSpy barge) a selected extension's call, which goes on")
	void barge() throws Exception {
		home.phones.dialNow("1004", "1005");
		home.waitForTile("1004", "with 1005 刘洋");
		home.clickTile("1004", 1);
		home.press(CallAction.BARGE);
		home.waitForLog("call.barge 1004 SUCCESS");
		waitForPbx("the operator's phone barging into 1004's call", () -> runs(OP,
				x -> x.application().equalsIgnoreCase("ChanSpy") && x.data().contains("1004") && x.data().contains("B")));
		home.waitForBridge("1004", "1005");
	}

	@Test
	@DisplayName("X3 monitoring shows who is monitored: My calls (1006 ↔ 1007, Monitoring) and the operator's tile (Monitoring 1006 ↔ 1007), no transfer")
	void monitoringShowsWhoIsMonitored() throws Exception {
		spyShows(CallAction.MONITOR, "Monitoring 1006 \u2194 1007");
	}

	@Test
	@DisplayName("X4 barge-in shows whose call the operator joined: 1006 ↔ 1007, Barge-in, no transfer")
	void bargeInShowsWhoseCall() throws Exception {
		spyShows(CallAction.BARGE, "Barge-in 1006 \u2194 1007");
	}

	private void spyShows(CallAction action, String text) throws Exception {
		home.phones.dialNow("1006", "1007");
		// the other party's name is the phonebook's when demo mode filled one in
		Ui.waitUntil(() -> home.tile("1006") != null && home.tile("1006").detailText().startsWith("with 1007"),
				HomeScreen.PBX_TIMEOUT, () -> "tile 1006 in a call with 1007");
		home.clickTile("1006", 1);
		home.press(action);
		String pair = "1006 \u2194 1007";
		String doing = text.substring(0, text.indexOf(' '));
		Ui.waitUntil(() -> row(pair) >= 0 && callList().getItem(row(pair)).getText(2).equals(doing),
				HomeScreen.PBX_TIMEOUT, () -> "'" + pair + "' " + doing + " in My calls: "
						+ java.util.Arrays.stream(callList().getItems()).map(i -> i.getText(0) + " " + i.getText(2))
								.toList());
		assertEquals(1, callList().getItemCount(), "the spy leg is one row");
		home.waitForTile(OP, text);
		home.clickTile("1003", 1);
		assertFalse(home.button(CallAction.BLIND_TRANSFER).isEnabled(), "a spy leg cannot be transferred");
		assertFalse(home.button(CallAction.ATTENDED_TRANSFER).isEnabled(), "a spy leg cannot be transferred");
		assertFalse(home.button(CallAction.HOLD).isEnabled(), "a spy leg cannot be held");
		assertTrue(home.button(CallAction.HANGUP).isEnabled(), "the operator can end the spy leg");
	}

	@Test
	@DisplayName("X5 force release (tile menu) hangs up both parties of the selected extension's call")
	void forceRelease() throws Exception {
		home.phones.dialNow("1006", "1007");
		home.waitForTile("1006", "with 1007 杨磊");
		Menu menu = home.tileMenu("1006");
		HomeScreen.answerForceRelease("Force Release");
		Ui.click(Ui.menuItem(menu, "Force Release"));
		Ui.closeMenu(menu);
		home.waitForLog("call.forceRelease 1006 SUCCESS");
		home.waitForTile("1006", "Idle");
		home.waitForTile("1007", "Idle");
		waitForPbx("no channel of 1006 or 1007", () -> !runs("1006", x -> true) && !runs("1007", x -> true));
	}
}
