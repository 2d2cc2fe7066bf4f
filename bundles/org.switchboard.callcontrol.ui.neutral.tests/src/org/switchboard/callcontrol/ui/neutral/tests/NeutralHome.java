package org.switchboard.callcontrol.ui.neutral.tests;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.eclipse.e4.core.contexts.IEclipseContext;
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
import org.switchboard.core.OperatorSession;
import org.switchboard.extensions.ui.ExtensionsUiIds;
import org.switchboard.extensions.ui.internal.ExtensionsPart;
import org.switchboard.extensions.ui.internal.TilePanel;
import org.switchboard.model.Channel;
import org.switchboard.model.Extension;
import org.switchboard.model.Site;
import org.switchboard.model.live.LiveModel;
import org.switchboard.pbx.PbxGateway;
import org.switchboard.testsupport.Ui;
import org.switchboard.testsupport.Workbench;

/**
 * The home screen of the console that demo mode logged in at 1001, here on the in-memory PBX: the parts, what they
 * show, and the PBX's own state (its live model). {@link #close()} puts the PBX back as the test found it.
 */
final class NeutralHome implements AutoCloseable {

	static final String OPERATOR = "1001";
	static final Duration TIMEOUT = Duration.ofSeconds(10);

	final IEclipseContext context;
	final PbxGateway gateway;
	final LiveModel model;
	private final Map<String, Boolean> dndBefore = new HashMap<>();

	private NeutralHome(IEclipseContext context, PbxGateway gateway, LiveModel model) {
		this.context = context;
		this.gateway = gateway;
		this.model = model;
	}

	/** The console as demo mode logged it in, with the extension panel, call list and dial pad shown. */
	static NeutralHome open() {
		Workbench.mainShell();
		IEclipseContext context = Workbench.context();
		Ui.waitUntil(() -> context.get(OperatorSession.class) != null && context.get(PbxGateway.class) != null,
				TIMEOUT, () -> "demo mode to log the operator in");
		OperatorSession session = context.get(OperatorSession.class);
		if (!OPERATOR.equals(session.extension())) {
			throw new AssertionError("demo mode logged in at " + session.extension());
		}
		NeutralHome home = new NeutralHome(context, context.get(PbxGateway.class), context.get(LiveModel.class));
		home.read(site -> {
			site.getExtensions().forEach(e -> home.dndBefore.put(e.getNumber(), e.isDnd()));
			return null;
		});
		for (String id : new String[] { ExtensionsUiIds.PART, CallControlUiIds.PART_BUTTONS,
				CallControlUiIds.PART_CALLS, CallControlUiIds.PART_DIALPAD }) {
			Workbench.showPart(id);
		}
		int extensions = home.read(site -> site.getExtensions().size());
		Ui.waitUntil(() -> home.panel().totalCount() == extensions, "the site's " + extensions + " extensions");
		return home;
	}

	<T> T read(Function<Site, T> query) {
		return get(model.read(query));
	}

	/** Waits for a PBX operation the test starts itself. */
	static <T> T get(CompletableFuture<T> f) {
		try {
			return f.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
		} catch (Exception e) {
			throw new AssertionError("the PBX did not do a step of the test", e);
		}
	}

	/** No calls on the PBX, do-not-disturb as found, the dial pad empty, nothing selected. */
	@Override
	public void close() {
		extensions().select(null);
		Workbench.mainWindow().getContext().remove(org.switchboard.ui.Selections.TARGET);
		dialPad().number().setText("");
		List<String> channels = read(site -> site.getChannels().stream().map(Channel::getUniqueId).toList());
		for (String id : channels) {
			gateway.hangup(id).exceptionally(e -> null); // its partner may have taken it along already
		}
		Map<String, Boolean> dnd = new HashMap<>();
		read(site -> {
			for (Extension e : site.getExtensions()) {
				dnd.put(e.getNumber(), e.isDnd());
			}
			return null;
		});
		dndBefore.forEach((number, on) -> {
			if (!on.equals(dnd.get(number))) {
				get(gateway.setDnd(number, on));
			}
		});
		Ui.waitUntil(() -> read(site -> site.getChannels().isEmpty()) && callTable().getItemCount() == 0, TIMEOUT,
				() -> "no calls left");
		Ui.flush();
	}

	// ------------------------------------------------------------------ the parts

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

	Table callTable() {
		return part(CallControlUiIds.PART_CALLS, CallsPart.class).callTable();
	}

	DialPadPart dialPad() {
		return part(CallControlUiIds.PART_DIALPAD, DialPadPart.class);
	}

	TilePanel.Tile tile(String number) {
		return panel().tile(number);
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
		return Ui.byId(Label.class, "app.status").getText();
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

	/** The call list's row of the number, or -1. */
	int row(String number) {
		Table t = callTable();
		for (int i = 0; i < t.getItemCount(); i++) {
			if (t.getItem(i).getText(0).equals(number)) {
				return i;
			}
		}
		return -1;
	}

	void waitForRow(String number, String state) {
		Ui.waitUntil(() -> row(number) >= 0 && callTable().getItem(row(number)).getText(2).equals(state), TIMEOUT,
				() -> "a call with " + number + " '" + state + "' in My calls");
	}

	void waitForTile(String number, String state, String detail) {
		Ui.waitUntil(() -> tile(number) != null && tile(number).stateText().equals(state)
				&& tile(number).detailText().equals(detail), TIMEOUT,
				() -> "tile " + number + " '" + state + "' / '" + detail + "' (shows "
						+ (tile(number) == null ? null : tile(number).stateText() + " / " + tile(number).detailText())
						+ ")");
	}

	void waitForState(String number, String state) {
		Ui.waitUntil(() -> tile(number) != null && tile(number).stateText().equals(state), TIMEOUT,
				() -> "tile " + number + " to be '" + state + "' (is '"
						+ (tile(number) == null ? null : tile(number).stateText()) + "')");
	}
}
