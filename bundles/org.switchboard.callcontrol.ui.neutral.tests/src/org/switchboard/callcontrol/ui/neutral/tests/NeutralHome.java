package org.switchboard.callcontrol.ui.neutral.tests;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.switchboard.callcontrol.ui.CallControlUiIds;
import org.switchboard.core.OperatorSession;
import org.switchboard.extensions.ui.ExtensionsUiIds;
import org.switchboard.model.Channel;
import org.switchboard.model.Extension;
import org.switchboard.model.Site;
import org.switchboard.model.live.LiveModel;
import org.switchboard.pbx.PbxGateway;
import org.switchboard.callcontrol.ui.tests.HomeUi;
import org.switchboard.testsupport.Ui;
import org.switchboard.testsupport.Workbench;

/**
 * The home screen of the console that demo mode logged in at 1001, here on the in-memory PBX: the parts, what they
 * show, and the PBX's own state (its live model). {@link #close()} puts the PBX back as the test found it.
 */
final class NeutralHome extends HomeUi implements AutoCloseable {

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
