package org.switchboard.callcontrol.ui.tests;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.eclipse.swt.widgets.Shell;
import org.switchboard.callcontrol.CallAction;
import org.switchboard.callcontrol.ui.CallControlUiIds;
import org.switchboard.callcontrol.ui.internal.CallsPart;
import org.switchboard.callcontrol.ui.internal.DialPadPart;
import org.switchboard.core.OperatorSession;
import org.switchboard.extensions.ui.ExtensionsUiIds;
import org.switchboard.extensions.ui.internal.ExtensionsPart;
import org.switchboard.extensions.ui.internal.PanelProbe;
import org.switchboard.extensions.ui.internal.TilePanel;
import org.switchboard.model.DialPermission;
import org.switchboard.model.Extension;
import org.switchboard.model.OperationLogEntry;
import org.switchboard.model.Site;
import org.switchboard.model.live.LiveModel;
import org.switchboard.pbx.PbxGateway;
import org.switchboard.pbx.simulator.SimulatorOptions;
import org.switchboard.pbx.simulator.SitePhones;
import org.switchboard.store.OperationLogQuery;
import org.switchboard.store.Store;
import org.switchboard.testsupport.Ui;
import org.switchboard.testsupport.Workbench;
import org.switchboard.ui.WidgetIds;

/**
 * The home screen of the running console, logged in by demo mode (demo / demo at 1001, parent pom) on the bundled
 * PBX simulator through the real Asterisk back-end: drives the parts, reads what they show, makes the site's other
 * phones act over a second AMI connection ({@link SitePhones}), and reads the operation log back from the store. Every
 * test ends with {@link #close()}, which puts the site back as the test found it.
 */
final class HomeScreen extends HomeUi implements AutoCloseable {

	static final String OPERATOR = "1001";
	static final String QUEUE = "8000";
	static final Duration PBX_TIMEOUT = Duration.ofSeconds(15);

	final PbxGateway gateway;
	final LiveModel model;
	final Store store;
	/** Replaced by {@link #reconnectPhones()} after the PBX dropped it (R1). */
	SitePhones phones;
	private final Instant started = Instant.now().minusSeconds(1);
	private final Map<String, Boolean> dndBefore = new HashMap<>();
	private final Map<String, DialPermission> permissionBefore = new HashMap<>();
	private boolean operatorOffline;

	private HomeScreen(PbxGateway gateway, LiveModel model, Store store, SitePhones phones) {
		this.gateway = gateway;
		this.model = model;
		this.store = store;
		this.phones = phones;
	}

	/** The console as demo mode logged it in, with its parts shown and the site idle. */
	static HomeScreen open() {
		Workbench.mainShell();
		IEclipseContext context = Workbench.context();
		Ui.waitUntil(() -> context.get(OperatorSession.class) != null && context.get(PbxGateway.class) != null
				&& context.get(Store.class) != null, PBX_TIMEOUT, () -> "demo mode to log the operator in");
		OperatorSession session = context.get(OperatorSession.class);
		if (!OPERATOR.equals(session.extension())) {
			throw new AssertionError("demo mode logged in at " + session.extension());
		}
		PbxGateway gateway = context.get(PbxGateway.class);
		LiveModel model = context.get(LiveModel.class);
		int[] where = read(model, site -> new int[] { site.getConnection().getPort() });
		String host = read(model, site -> site.getConnection().getHost());
		SitePhones phones;
		try {
			SimulatorOptions demo = SimulatorOptions.defaults();
			phones = SitePhones.connect(host, where[0], demo.user(), demo.secret(), "on");
		} catch (Exception e) {
			throw new AssertionError("cannot reach the demo PBX at " + host + ":" + where[0], e);
		}
		HomeScreen home = new HomeScreen(gateway, model, context.get(Store.class), phones);
		read(model, site -> {
			for (Extension e : site.getExtensions()) {
				home.dndBefore.put(e.getNumber(), e.isDnd());
				home.permissionBefore.put(e.getNumber(), e.getDialPermission());
			}
			return null;
		});
		for (String id : new String[] { ExtensionsUiIds.PART, CallControlUiIds.PART_BUTTONS,
				CallControlUiIds.PART_CALLS, CallControlUiIds.PART_DIALPAD }) {
			Workbench.showPart(id);
		}
		int extensions = read(model, site -> site.getExtensions().size());
		Ui.waitUntil(() -> home.panel().totalCount() == extensions, "the site's " + extensions + " extensions");
		home.awaitSiteIdle();
		return home;
	}

	static <T> T read(LiveModel model, Function<Site, T> query) {
		try {
			return model.read(query).get(10, TimeUnit.SECONDS);
		} catch (Exception e) {
			throw new AssertionError("the live model did not answer", e);
		}
	}

	<T> T read(Function<Site, T> query) {
		return read(model, query);
	}

	/** Waits for a PBX operation the test starts itself (set-up, not the thing under test). */
	static <T> T get(java.util.concurrent.CompletableFuture<T> f) {
		try {
			return f.get(PBX_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
		} catch (Exception e) {
			throw new AssertionError("the PBX refused a set-up step", e);
		}
	}

	/** A new phone-side AMI connection to the same PBX (after the PBX dropped the old one or restarted). */
	void reconnectPhones() {
		String host = read(site -> site.getConnection().getHost());
		int port = read(site -> site.getConnection().getPort());
		SimulatorOptions demo = SimulatorOptions.defaults();
		long end = System.nanoTime() + PBX_TIMEOUT.toNanos();
		while (true) {
			try {
				phones.close();
				phones = SitePhones.connect(host, port, demo.user(), demo.secret(), "on");
				return;
			} catch (Exception e) {
				if (System.nanoTime() > end) {
					throw new AssertionError("cannot reach the demo PBX again at " + host + ":" + port, e);
				}
				try {
					Thread.sleep(100);
				} catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
				}
			}
		}
	}

	/** Q1 off: queue callers wait for the console's pop-up instead of ringing the operator's phone. */
	void operatorOffline() {
		operatorOffline = true;
		get(gateway.setOperatorOnline(QUEUE, OPERATOR, false));
	}

	/** Puts the site and the screen back: no calls, no callers, settings as found, nothing selected. */
	@Override
	public void close() {
		for (Shell s : popups()) {
			s.dispose();
		}
		extensions().select(null);
		Workbench.mainWindow().getContext().remove(org.switchboard.ui.Selections.TARGET);
		if (extensions().mode() != ExtensionsPart.Mode.PANEL) {
			extensions().setMode(ExtensionsPart.Mode.PANEL);
		}
		extensions().filter().setText("");
		dialPad().number().setText("");
		try {
			if (phones.isClosed()) {
				reconnectPhones();
			}
			if (operatorOffline) {
				get(gateway.setOperatorOnline(QUEUE, OPERATOR, true));
			}
			Map<String, Boolean> dnd = new HashMap<>();
			Map<String, DialPermission> permission = new HashMap<>();
			read(site -> {
				for (Extension e : site.getExtensions()) {
					dnd.put(e.getNumber(), e.isDnd());
					permission.put(e.getNumber(), e.getDialPermission());
				}
				return null;
			});
			dndBefore.forEach((number, on) -> {
				if (dnd.get(number) != null && dnd.get(number) != on) {
					get(gateway.setDnd(number, on));
				}
			});
			permissionBefore.forEach((number, p) -> {
				if (permission.get(number) != null && permission.get(number) != p) {
					get(gateway.setDialPermission(number, p));
				}
			});
			for (int i = 0; i < 3 && phones.hangupAll() > 0; i++) {
				Ui.waitUntil(() -> siteIdle(), PBX_TIMEOUT, () -> "the calls to end");
			}
			awaitSiteIdle();
		} catch (Exception e) {
			throw new AssertionError("the site could not be put back", e);
		} finally {
			phones.close();
			Ui.flush();
		}
	}

	private boolean siteIdle() {
		return read(site -> site.getChannels().isEmpty()
				&& site.getQueues().stream().allMatch(q -> q.getEntries().isEmpty()));
	}

	private void awaitSiteIdle() {
		Ui.waitUntil(this::siteIdle, PBX_TIMEOUT, () -> "no calls on the site");
		Ui.waitUntil(() -> calls().callTable().getItemCount() == 0 && calls().queueTable().getItemCount() == 0,
				"empty call and queue lists");
		// the panel repaints a frame after the live model: no tile may still show the previous test's call
		List<String> numbers = read(site -> site.getExtensions().stream().map(Extension::getNumber).toList());
		Ui.waitUntil(() -> numbers.stream().allMatch(n -> panel().view(n) == null || !panel().view(n).hasPeer()),
				PBX_TIMEOUT, () -> "tiles without calls");
	}

	// ------------------------------------------------------------------ the parts

	void waitForTile(String number, String detail) {
		Ui.waitUntil(() -> tile(number) != null && tile(number).detailText().equals(detail), PBX_TIMEOUT,
				() -> "tile " + number + " to show '" + detail + "' (shows '"
						+ (tile(number) == null ? null : tile(number).detailText()) + "')");
	}

	void waitForState(String number, String state) {
		Ui.waitUntil(() -> tile(number) != null && tile(number).stateText().equals(state), PBX_TIMEOUT,
				() -> "tile " + number + " to be '" + state + "' (is '"
						+ (tile(number) == null ? null : tile(number).stateText()) + "')");
	}

	static List<Shell> popups() {
		return Ui.findAll(Shell.class, s -> !s.isDisposed() && s.isVisible()
				&& "callcontrol.popup".equals(WidgetIds.get(s)));
	}

	/**
	 * Clicks a button of force release's confirmation once it is up (X5 asks first; the dialog runs its own event
	 * loop, so the click is scheduled before the action that opens it).
	 */
	static void answerForceRelease(String button) {
		Ui.display().timerExec(300, new Runnable() {
			int tries;

			@Override
			public void run() {
				List<Button> found = Ui.findAll(Button.class, b -> !b.isDisposed() && b.isVisible()
						&& button.equals(Ui.label(b)) && "Force release".equals(b.getShell().getText()));
				if (found.isEmpty()) {
					if (++tries < 50) {
						Ui.display().timerExec(200, this);
					}
					return;
				}
				found.get(0).notifyListeners(SWT.Selection, new Event());
			}
		});
	}

	// ------------------------------------------------------------------ the PBX's truth

	/** Waits until the PBX (CoreShowChannels over the second connection) bridges the two extensions' phones. */
	void waitForBridge(String a, String b) {
		Ui.waitUntil(() -> {
			try {
				return phones.bridged(a, b);
			} catch (Exception e) {
				throw new AssertionError(e);
			}
		}, PBX_TIMEOUT, () -> "the PBX to bridge " + a + " with " + b + ": " + safeChannels());
	}

	String safeChannels() {
		try {
			return phones.channels().toString();
		} catch (Exception e) {
			return e.toString();
		}
	}

	// ------------------------------------------------------------------ the operation log in the store

	/** The operation log rows this test wrote, as "action target OUTCOME detail". */
	List<String> log() {
		List<String> rows = new ArrayList<>();
		for (OperationLogEntry e : store.operationLog()
				.find(OperationLogQuery.between(started, Instant.now().plusSeconds(60)), null, 500).items()) {
			String detail = e.getDetail() == null || e.getDetail().isEmpty() ? "" : " " + e.getDetail();
			rows.add(e.getAction() + " " + e.getTarget() + " " + e.getOutcome() + detail);
		}
		return rows;
	}

	/** Waits for an operation log row in the store that starts with the text. */
	void waitForLog(String entry) {
		List<String>[] last = new List[1];
		Ui.waitUntil(() -> (last[0] = log()).stream().anyMatch(r -> r.startsWith(entry)), PBX_TIMEOUT,
				() -> "operation log row '" + entry + "' in " + last[0]);
	}
}
