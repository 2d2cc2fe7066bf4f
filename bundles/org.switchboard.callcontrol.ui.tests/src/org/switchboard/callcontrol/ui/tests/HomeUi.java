package org.switchboard.callcontrol.ui.tests;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Table;
import org.switchboard.callcontrol.CallAction;
import org.switchboard.callcontrol.ui.CallControlUiIds;
import org.switchboard.callcontrol.ui.internal.CallsPart;
import org.switchboard.callcontrol.ui.internal.DialPadPart;
import org.switchboard.extensions.ui.ExtensionsUiIds;
import org.switchboard.extensions.ui.internal.ExtensionsPart;
import org.switchboard.extensions.ui.internal.PanelProbe;
import org.switchboard.extensions.ui.internal.TilePanel;
import org.switchboard.testsupport.Ui;
import org.switchboard.testsupport.Workbench;

/**
 * The home screen's widgets as an operator uses them (parts, tiles and their menu, business buttons, the call
 * list, the status line), whatever PBX is behind it: the fixtures of the home-screen test bundles extend it with
 * their PBX's side. Call on the UI thread.
 */
public class HomeUi {

	public static <T> T part(String id, Class<T> type) {
		MPart part = Workbench.partService().findPart(id);
		return Ui.waitFor(() -> type.isInstance(part.getObject()) ? type.cast(part.getObject()) : null, id);
	}

	public ExtensionsPart extensions() {
		return part(ExtensionsUiIds.PART, ExtensionsPart.class);
	}

	/** The panel's testing interface (batch observer, painted tiles). */
	public PanelProbe probe() {
		return extensions();
	}

	public TilePanel panel() {
		return extensions().panel();
	}

	public TilePanel.Tile tile(String number) {
		return panel().tile(number);
	}

	public CallsPart calls() {
		return part(CallControlUiIds.PART_CALLS, CallsPart.class);
	}

	public Table callTable() {
		return calls().callTable();
	}

	public DialPadPart dialPad() {
		return part(CallControlUiIds.PART_DIALPAD, DialPadPart.class);
	}

	/** Clicks an extension's tile with the mouse button (the real mouse handler runs). */
	public void clickTile(String number, int button) {
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
	public Menu tileMenu(String number) {
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

	public Button button(CallAction action) {
		return Ui.byId(Button.class, "callcontrol.button." + action.id());
	}

	/** Presses a business button once it is enabled. */
	public void press(CallAction action) {
		Button b = button(action);
		Ui.waitUntil(b::isEnabled, action + " button enabled");
		Ui.click(b);
	}

	/** The window's status line. */
	public String status() {
		return Ui.byId(Label.class, "app.status").getText();
	}

	/** The call list's row of the number, or -1. */
	public int row(String number) {
		Table t = callTable();
		for (int i = 0; i < t.getItemCount(); i++) {
			if (t.getItem(i).getText(0).equals(number)) {
				return i;
			}
		}
		return -1;
	}
}
