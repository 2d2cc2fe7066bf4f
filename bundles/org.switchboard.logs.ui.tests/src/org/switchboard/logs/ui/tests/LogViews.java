package org.switchboard.logs.ui.tests;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.switchboard.core.OperatorSession;
import org.switchboard.logs.ui.LogsUiIds;
import org.switchboard.logs.ui.internal.LogTablePart;
import org.switchboard.model.Site;
import org.switchboard.model.live.LiveModel;
import org.switchboard.pbx.PbxEndpoint;
import org.switchboard.pbx.PbxGateway;
import org.switchboard.pbx.simulator.SimulatorOptions;
import org.switchboard.pbx.simulator.SitePhones;
import org.switchboard.store.Store;
import org.switchboard.testsupport.Ui;
import org.switchboard.testsupport.Workbench;

/**
 * The console as demo mode logged it in (demo / demo at 1001 on the bundled PBX simulator), with the site's phones
 * over a second AMI connection, and the log views opened from the Log Query menu as an operator does.
 */
final class LogViews implements AutoCloseable {

	static final Duration PBX_TIMEOUT = Duration.ofSeconds(20);

	final PbxGateway gateway;
	final LiveModel model;
	final Store store;
	final SitePhones phones;
	final String host;
	final int port;

	private LogViews(PbxGateway gateway, LiveModel model, Store store, SitePhones phones, String host, int port) {
		this.gateway = gateway;
		this.model = model;
		this.store = store;
		this.phones = phones;
		this.host = host;
		this.port = port;
	}

	static LogViews open() {
		Workbench.mainShell();
		IEclipseContext context = Workbench.context();
		Ui.waitUntil(() -> context.get(OperatorSession.class) != null && context.get(PbxGateway.class) != null
				&& context.get(Store.class) != null, PBX_TIMEOUT, () -> "demo mode to log the operator in");
		PbxGateway gateway = context.get(PbxGateway.class);
		LiveModel model = context.get(LiveModel.class);
		String host = read(model, s -> s.getConnection().getHost());
		int port = read(model, s -> s.getConnection().getPort());
		SimulatorOptions demo = SimulatorOptions.defaults();
		try {
			SitePhones phones = SitePhones.connect(host, port, demo.user(), demo.secret(), "on");
			return new LogViews(gateway, model, context.get(Store.class), phones, host, port);
		} catch (Exception e) {
			throw new AssertionError("cannot reach the demo PBX at " + host + ":" + port, e);
		}
	}

	static <T> T read(LiveModel model, Function<Site, T> query) {
		try {
			return model.read(query).get(10, TimeUnit.SECONDS);
		} catch (Exception e) {
			throw new AssertionError("the live model did not answer", e);
		}
	}

	/** The console's endpoint again, for reconnecting after a test dropped it. */
	PbxEndpoint endpoint() {
		SimulatorOptions demo = SimulatorOptions.defaults();
		return new PbxEndpoint(host, port, demo.user(), demo.secret(), "internal", "8000", Duration.ofSeconds(5));
	}

	/** Opens Log Query > (label) through the main menu, as the operator clicks it; returns the view. */
	static <T extends LogTablePart<?>> T openFromMenu(String label, String partId, Class<T> type) {
		Menu bar = Workbench.mainShell().getMenuBar();
		MenuItem logs = null;
		for (MenuItem item : bar.getItems()) {
			if ("Log Query".equals(Ui.label(item))) {
				logs = item;
			}
		}
		if (logs == null) {
			throw new AssertionError("no Log Query menu");
		}
		Menu menu = logs.getMenu();
		menu.notifyListeners(SWT.Show, new Event());
		Ui.flush();
		Ui.click(Ui.menuItem(menu, label));
		menu.notifyListeners(SWT.Hide, new Event());
		return view(partId, type);
	}

	static <T> T view(String partId, Class<T> type) {
		MPart part = Workbench.partService().findPart(partId);
		T view = Ui.waitFor(() -> part != null && type.isInstance(part.getObject()) ? type.cast(part.getObject()) : null,
				partId);
		Ui.waitUntil(() -> part.getWidget() != null && ((LogTablePart<?>) view).idle(), "the view " + partId + " loaded");
		return view;
	}

	static Table table(String partId) {
		return Ui.byId(Table.class, partId + LogsUiIds.TABLE);
	}

	/** The table's rows as the operator reads them: each row's cells joined by " | ". */
	static List<String> rows(String partId) {
		Table t = table(partId);
		List<String> rows = new ArrayList<>();
		for (int i = 0; i < t.getItemCount(); i++) {
			StringBuilder row = new StringBuilder();
			for (int c = 0; c < t.getColumnCount(); c++) {
				row.append(c == 0 ? "" : " | ").append(t.getItem(i).getText(c));
			}
			rows.add(row.toString());
		}
		return rows;
	}

	static void waitForRow(String partId, java.util.function.Predicate<String> row, String what) {
		Ui.waitUntil(() -> rows(partId).stream().anyMatch(row), PBX_TIMEOUT,
				() -> what + " in " + partId + ": " + rows(partId));
	}

	void hangupAll() {
		try {
			for (int i = 0; i < 3 && phones.hangupAll() > 0; i++) {
				Ui.waitUntil(() -> read(model, s -> s.getChannels().isEmpty()), PBX_TIMEOUT, () -> "the calls to end");
			}
		} catch (Exception e) {
			throw new AssertionError(e);
		}
	}

	@Override
	public void close() {
		hangupAll();
		phones.close();
		Ui.flush();
	}
}
