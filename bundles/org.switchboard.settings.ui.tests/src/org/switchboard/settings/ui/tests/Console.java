package org.switchboard.settings.ui.tests;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.menu.MMenu;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Shell;
import org.switchboard.core.OperatorSession;
import org.switchboard.extensions.ui.ExtensionsUiIds;
import org.switchboard.model.DialPermission;
import org.switchboard.model.Extension;
import org.switchboard.model.OperationLogEntry;
import org.switchboard.model.Queue;
import org.switchboard.model.Site;
import org.switchboard.model.live.LiveModel;
import org.switchboard.pbx.PbxGateway;
import org.switchboard.pbx.live.ExtensionView;
import org.switchboard.pbx.live.ExtensionViews;
import org.switchboard.pbx.simulator.SimulatorOptions;
import org.switchboard.pbx.simulator.SitePhones;
import org.switchboard.store.OperationLogQuery;
import org.switchboard.store.Store;
import org.switchboard.testsupport.Ui;
import org.switchboard.testsupport.Workbench;
import org.switchboard.ui.Selections;

/**
 * The running console as demo mode logged it in (demo / demo at 1001) on the bundled PBX simulator through the
 * Asterisk back-end: reads the PBX's truth over a second AMI connection ({@link SitePhones}), the operation log from
 * the store, and puts DND, dial permissions and night service back as it found them at {@link #close()}.
 */
final class Console implements AutoCloseable {

	static final Duration PBX_TIMEOUT = Duration.ofSeconds(15);

	final PbxGateway gateway;
	final LiveModel model;
	final Store store;
	final SitePhones phones;
	/** Entries of earlier tests are older: each test reads only its own. */
	private final Instant started = Instant.now();
	private final Map<String, Boolean> dndBefore = new HashMap<>();
	private final Map<String, DialPermission> permissionBefore = new HashMap<>();

	private Console(PbxGateway gateway, LiveModel model, Store store, SitePhones phones) {
		this.gateway = gateway;
		this.model = model;
		this.store = store;
		this.phones = phones;
	}

	static Console open() {
		Workbench.mainShell();
		IEclipseContext context = Workbench.context();
		Ui.waitUntil(() -> context.get(OperatorSession.class) != null && context.get(PbxGateway.class) != null
				&& context.get(Store.class) != null, PBX_TIMEOUT, () -> "demo mode to log the operator in");
		PbxGateway gateway = context.get(PbxGateway.class);
		LiveModel model = context.get(LiveModel.class);
		int port = read(model, site -> site.getConnection().getPort());
		String host = read(model, site -> site.getConnection().getHost());
		SitePhones phones;
		try {
			SimulatorOptions demo = SimulatorOptions.defaults();
			phones = SitePhones.connect(host, port, demo.user(), demo.secret(), "off");
		} catch (Exception e) {
			throw new AssertionError("cannot reach the demo PBX at " + host + ":" + port, e);
		}
		Console c = new Console(gateway, model, context.get(Store.class), phones);
		read(model, site -> {
			for (Extension e : site.getExtensions()) {
				c.dndBefore.put(e.getNumber(), e.isDnd());
				c.permissionBefore.put(e.getNumber(), e.getDialPermission());
			}
			return null;
		});
		Workbench.showPart(ExtensionsUiIds.PART);
		return c;
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

	static <T> T get(CompletableFuture<T> f) {
		try {
			return f.get(PBX_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
		} catch (Exception e) {
			throw new AssertionError("the PBX refused a set-up step", e);
		}
	}

	ExtensionView view(String number) {
		return read(site -> ExtensionViews.of(model.extension(number)));
	}

	/** The extension the operator has selected (what the panel sets when a tile is clicked). */
	void select(String number) {
		Workbench.mainWindow().getContext().set(Selections.TARGET, view(number));
		Ui.flush();
	}

	/** The extension right-click menu as E4 renders it, filled for the selected extension. */
	Menu popup() {
		MPart part = Workbench.showPart(ExtensionsUiIds.PART);
		MMenu menu = part.getMenus().stream().filter(m -> ExtensionsUiIds.POPUP.equals(m.getElementId())).findFirst()
				.orElseThrow();
		Menu widget = Ui.waitFor(() -> menu.getWidget() instanceof Menu m ? m : null, "the rendered popup menu");
		widget.notifyListeners(SWT.Show, new Event());
		Ui.flush();
		return widget;
	}

	/** An AstDB value on the PBX (null when the key is not set), asked over AMI. */
	String db(String family, String key) {
		try {
			return phones.dbGet(family, key);
		} catch (Exception e) {
			throw new AssertionError("DBGet " + family + "/" + key, e);
		}
	}

	void waitForDb(String family, String key, String value) {
		Ui.waitUntil(() -> java.util.Objects.equals(value, db(family, key)), PBX_TIMEOUT,
				() -> family + "/" + key + " to be " + value + " (is " + db(family, key) + ")");
	}

	/** The operation log rows this test wrote, as "action target OUTCOME". */
	List<String> log() {
		List<String> rows = new ArrayList<>();
		for (OperationLogEntry e : store.operationLog()
				.find(OperationLogQuery.between(started, Instant.now().plusSeconds(60)), null, 1000).items()) {
			rows.add(e.getAction() + " " + e.getTarget() + " " + e.getOutcome());
		}
		return rows;
	}

	void waitForLog(String entry) {
		List<?>[] last = new List<?>[1];
		Ui.waitUntil(() -> {
			List<String> rows = log();
			last[0] = rows;
			return rows.contains(entry);
		}, PBX_TIMEOUT, () -> "operation log row '" + entry + "' in " + last[0]);
	}

	long logCount(String prefix, String suffix) {
		return log().stream().filter(r -> r.startsWith(prefix) && r.endsWith(suffix)).count();
	}

	@Override
	public void close() {
		for (Shell s : Ui.display().getShells()) {
			if (!s.isDisposed() && s != Workbench.mainShell()) {
				s.close();
			}
		}
		Workbench.mainWindow().getContext().remove(Selections.TARGET);
		try {
			Map<String, Boolean> dnd = new HashMap<>();
			Map<String, DialPermission> permission = new HashMap<>();
			List<String> night = new ArrayList<>();
			read(site -> {
				for (Extension e : site.getExtensions()) {
					dnd.put(e.getNumber(), e.isDnd());
					permission.put(e.getNumber(), e.getDialPermission());
				}
				for (Queue q : site.getQueues()) {
					if (q.getNightNumber() != null) {
						night.add(q.getNumber());
					}
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
			night.forEach(q -> get(gateway.setNightService(q, false, null, null)));
		} finally {
			phones.close();
			Ui.flush();
		}
	}
}
