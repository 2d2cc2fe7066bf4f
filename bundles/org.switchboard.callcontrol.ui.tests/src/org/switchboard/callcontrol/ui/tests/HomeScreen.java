package org.switchboard.callcontrol.ui.tests;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.switchboard.callcontrol.CallAction;
import org.switchboard.callcontrol.ui.CallControlUiIds;
import org.switchboard.callcontrol.ui.internal.CallsPart;
import org.switchboard.callcontrol.ui.internal.DialPadPart;
import org.switchboard.core.OperationLog;
import org.switchboard.core.OperatorSession;
import org.switchboard.extensions.ui.ExtensionsUiIds;
import org.switchboard.extensions.ui.internal.ExtensionsPart;
import org.switchboard.extensions.ui.internal.TilePanel;
import org.switchboard.model.live.LiveModel;
import org.switchboard.pbx.PbxGateway;
import org.switchboard.testsupport.Ui;
import org.switchboard.testsupport.Workbench;

/** The home screen under test: logs the fake PBX in (as the session bundle does) and drives the parts. */
final class HomeScreen {

	final FakePbx pbx;

	HomeScreen(FakePbx pbx) {
		this.pbx = pbx;
	}

	static HomeScreen login(FakePbx pbx) {
		Workbench.mainShell();
		IEclipseContext context = Workbench.context();
		context.set(OperationLog.class, pbx);
		context.set(OperatorSession.class, pbx.session);
		context.set(LiveModel.class, pbx.model);
		context.set(PbxGateway.class, pbx);
		for (String id : new String[] { ExtensionsUiIds.PART, CallControlUiIds.PART_BUTTONS,
				CallControlUiIds.PART_CALLS, CallControlUiIds.PART_DIALPAD }) {
			Workbench.showPart(id);
		}
		HomeScreen home = new HomeScreen(pbx);
		Ui.waitUntil(() -> home.panel().totalCount() > 0, "the extensions to show");
		return home;
	}

	void logout() {
		extensions().select(null);
		IEclipseContext context = Workbench.context();
		context.remove(PbxGateway.class);
		context.remove(LiveModel.class);
		context.remove(OperatorSession.class);
		context.remove(OperationLog.class);
		Workbench.mainWindow().getContext().remove(org.switchboard.ui.Selections.TARGET);
		if (extensions().mode() != ExtensionsPart.Mode.PANEL) {
			extensions().setMode(ExtensionsPart.Mode.PANEL);
		}
		extensions().filter().setText("");
		dialPad().number().setText("");
		Ui.flush();
		pbx.close();
	}

	static <T> T part(String id, Class<T> type) {
		MPart part = Workbench.partService().findPart(id);
		return Ui.waitFor(() -> type.isInstance(part.getObject()) ? type.cast(part.getObject()) : null, id);
	}

	ExtensionsPart extensions() {
		return part(ExtensionsUiIds.PART, ExtensionsPart.class);
	}

	TilePanel panel() {
		return extensions().panel();
	}

	CallsPart calls() {
		return part(CallControlUiIds.PART_CALLS, CallsPart.class);
	}

	DialPadPart dialPad() {
		return part(CallControlUiIds.PART_DIALPAD, DialPadPart.class);
	}

	/** Clicks an extension's tile with the mouse button (the real mouse handler runs). */
	void clickTile(String number, int button) {
		TilePanel panel = panel();
		panel.reveal(number);
		Ui.flush();
		Rectangle r = panel.tileBounds(number);
		Event e = new Event();
		e.x = r.x + r.width / 2;
		e.y = r.y + r.height / 2;
		e.button = button;
		panel.notifyListeners(SWT.MouseDown, e);
		panel.notifyListeners(SWT.MouseUp, e);
		Ui.flush();
	}

	/** Right-clicks a tile and returns its context menu, filled as the operator sees it. */
	Menu tileMenu(String number) {
		clickTile(number, 3);
		TilePanel panel = panel();
		Rectangle r = panel.tileBounds(number);
		var p = panel.toDisplay(r.x + r.width / 2, r.y + r.height / 2);
		Event detect = new Event();
		detect.x = p.x;
		detect.y = p.y;
		panel.notifyListeners(SWT.MenuDetect, detect);
		Menu menu = panel.getMenu();
		menu.notifyListeners(SWT.Show, new Event());
		Ui.flush();
		return menu;
	}

	Button button(CallAction action) {
		return Ui.byId(Button.class, "callcontrol.button." + action.id());
	}

	void press(CallAction action) {
		Button b = button(action);
		Ui.waitUntil(b::isEnabled, action + " button enabled");
		Ui.click(b);
	}

	String status() {
		return Ui.byId(Label.class, "callcontrol.status").getText();
	}

	TilePanel.Tile tile(String number) {
		return panel().tile(number);
	}

	void waitForTile(String number, String detail) {
		Ui.waitUntil(() -> tile(number) != null && tile(number).detailText().equals(detail),
				java.time.Duration.ofSeconds(10),
				() -> "tile " + number + " to show '" + detail + "' (shows '"
						+ (tile(number) == null ? null : tile(number).detailText()) + "')");
	}

	void waitForLog(String entry) {
		Ui.waitUntil(() -> pbx.log.contains(entry), java.time.Duration.ofSeconds(10),
				() -> "operation log entry '" + entry + "' in " + pbx.log);
	}
}
