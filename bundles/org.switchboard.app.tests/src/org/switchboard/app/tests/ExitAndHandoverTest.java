package org.switchboard.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.IWindowCloseHandler;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.switchboard.app.internal.StatusLine;
import org.switchboard.app.internal.exit.ExitDialog;
import org.switchboard.app.internal.exit.ExitFlow;
import org.switchboard.app.internal.login.HandoverDialog;
import org.switchboard.core.AccountService;
import org.switchboard.core.ExitOption;
import org.switchboard.core.OperatorSession;
import org.switchboard.core.QueueState;
import org.switchboard.core.SessionService;
import org.switchboard.model.Role;
import org.switchboard.model.live.LiveModel;
import org.switchboard.pbx.PbxGateway;
import org.switchboard.pbx.simulator.SimulatorOptions;
import org.switchboard.pbx.simulator.SitePhones;
import org.switchboard.store.OperationLogQuery;
import org.switchboard.store.Store;
import org.switchboard.testsupport.ScreenshotOnFailure;
import org.switchboard.testsupport.Screenshots;
import org.switchboard.testsupport.Ui;
import org.switchboard.testsupport.Workbench;
import org.switchboard.ui.WorkbenchIds;

/**
 * Exit (Q1, Q2), the queue state in the status line and shift handover (Q3) on the real workbench, against the demo
 * PBX (the bundled simulator over AMI; 1001 is a static member of queue 8000, so it goes offline by pausing). The
 * final quit of the workbench is replaced by a recorder: everything before it runs for real.
 */
@ExtendWith(ScreenshotOnFailure.class)
class ExitAndHandoverTest {

	private static final Duration PBX = Duration.ofSeconds(15);
	private static final String OPERATOR = "1001";

	private final AtomicInteger quits = new AtomicInteger();
	private java.util.function.Consumer<IWorkbench> realQuit;
	private SessionService sessions;
	private PbxGateway gateway;
	private final List<ServiceRegistration<?>> registered = new ArrayList<>();

	@BeforeEach
	void console() {
		Workbench.mainShell();
		IEclipseContext context = Workbench.context();
		Ui.waitUntil(() -> context.get(OperatorSession.class) != null && context.get(PbxGateway.class) != null,
				PBX, () -> "demo mode to log the operator in");
		sessions = context.get(SessionService.class);
		gateway = context.get(PbxGateway.class);
		realQuit = ExitFlow.replaceQuitForTests(w -> quits.incrementAndGet());
		awaitQueue(QueueState.ONLINE);
	}

	@AfterEach
	void putBack() throws Exception {
		for (ServiceRegistration<?> r : registered) {
			r.unregister();
		}
		for (Shell s : Ui.display().getShells()) {
			if (!s.isDisposed() && s != Workbench.mainShell()) {
				s.close();
			}
		}
		OperatorSession now = sessions.current().orElse(null);
		if (now != null && !"demo".equals(now.account())) {
			sessions.handover("demo", "demo".toCharArray(), OPERATOR);
		}
		Ui.waitUntil(() -> "demo".equals(Workbench.context().get(OperatorSession.class).account()),
				"the demo operator back in the context");
		if (state(OPERATOR) != QueueState.ONLINE) {
			sessions.setOnline(true).get(10, TimeUnit.SECONDS);
		}
		awaitQueue(QueueState.ONLINE);
		ExitFlow.replaceQuitForTests(realQuit);
		Ui.flush();
	}

	// ------------------------------------------------------------------ Q1

	@Test
	@DisplayName("Q1 exit names the calls in progress and asks to confirm")
	void exitNamesCallsInProgress() throws Exception {
		try (SitePhones phones = phones()) {
			try {
				exitNamesCallsInProgress(phones);
			} finally {
				phones.hangupAll();
			}
		}
	}

	private void exitNamesCallsInProgress(SitePhones phones) throws Exception {
		phones.dialNow(OPERATOR, "1005");
		Ui.waitUntil(() -> read(site -> gateway.model().extension(OPERATOR).getChannels().size()) > 0, PBX,
				() -> "a call at the operator's extension");
		Workbench.execute(WorkbenchIds.COMMAND_EXIT, Map.of());
		Shell dialog = Ui.shell("Exit Switchboard");
		Label calls = Ui.byId(Label.class, ExitDialog.ID_CALLS);
		Ui.waitUntil(() -> calls.getText().contains("1005"), PBX, () -> "the call to 1005 named: " + calls.getText());
		assertTrue(calls.getText().startsWith("1 call(s) in progress"), calls.getText());
		Button ok = Ui.byId(Button.class, ExitDialog.ID_OK);
		Button confirm = Ui.byId(Button.class, ExitDialog.ID_CONFIRM);
		assertTrue(confirm.isVisible());
		assertFalse(ok.isEnabled(), "no exit before the calls were confirmed");
		Ui.click(confirm);
		assertTrue(ok.isEnabled(), "exit allowed once the calls were confirmed");
		Screenshots.save("exit-dialog");
		Ui.click(Ui.byId(Button.class, ExitDialog.ID_CANCEL));
		Ui.waitUntil(dialog::isDisposed, "Cancel closes the dialog");
		assertEquals(0, quits.get(), "Cancel returns to work");
		assertEquals(QueueState.ONLINE, state(OPERATOR), "Cancel leaves the queue alone");
		assertTrue(read(site -> gateway.model().extension(OPERATOR).getChannels().size()) > 0,
				"the call is still there");
	}

	@Test
	@DisplayName("Q1 direct exit leaves the operator queue, records it and quits; closing the window asks the same")
	void directExitLeavesTheQueue() throws Exception {
		MWindow window = Workbench.mainWindow();
		IWindowCloseHandler close = window.getContext().get(IWindowCloseHandler.class);
		assertNotNull(close, "the main window asks before it closes");
		assertFalse(close.close(window), "the window stays until the exit was carried out");
		Shell dialog = Ui.shell("Exit Switchboard");
		Label calls = Ui.byId(Label.class, ExitDialog.ID_CALLS);
		Ui.waitUntil(() -> calls.getText().equals("No calls in progress at your extension."), "no calls");
		Button direct = Ui.byId(Button.class, ExitDialog.ID_DIRECT);
		assertTrue(direct.getSelection(), "the direct exit is the default");
		Button ok = Ui.byId(Button.class, ExitDialog.ID_OK);
		Ui.waitUntil(ok::isEnabled, "exit enabled without calls");
		Ui.click(ok);
		Ui.waitUntil(() -> quits.get() == 1, PBX, () -> "the console to quit");
		assertTrue(dialog.isDisposed());
		assertEquals(QueueState.PAUSED, state(OPERATOR), "out of the queue (a static member is paused)");
		assertTrue(ExitFlow.approved(), "the window now closes without asking");
		assertTrue(close.close(window));
		assertTrue(logged().stream().anyMatch(e -> e.startsWith("demo exit SUCCESS")), logged().toString());
	}

	@Test
	@DisplayName("Q1 the status line shows the operator's queue state and toggles it")
	void statusLineTogglesTheQueueState() {
		Button queue = Ui.byId(Button.class, StatusLine.QUEUE_WIDGET_ID);
		Ui.waitUntil(() -> queue.getText().equals("Queue 8000: online"), PBX, () -> "online: " + queue.getText());
		Ui.click(queue);
		Ui.waitUntil(() -> queue.getText().equals("Queue 8000: paused"), PBX, () -> "paused: " + queue.getText());
		assertEquals(QueueState.PAUSED, state(OPERATOR));
		Ui.waitUntil(queue::isEnabled, "the toggle usable again");
		Ui.click(queue);
		Ui.waitUntil(() -> queue.getText().equals("Queue 8000: online"), PBX, () -> "online: " + queue.getText());
		assertEquals(QueueState.ONLINE, state(OPERATOR));
	}

	// ------------------------------------------------------------------ Q2

	/** An area's exit option as a test registers it (night service registers the real one). */
	private static final class TestOption implements ExitOption {
		volatile boolean fail = true;
		volatile QueueState queueWhenRun;
		final AtomicInteger runs = new AtomicInteger();
		final SessionService sessions;

		TestOption(SessionService sessions) {
			this.sessions = sessions;
		}

		@Override
		public String id() {
			return "test.exit";
		}

		@Override
		public String label(Locale locale) {
			return "Exit and switch the test service on";
		}

		@Override
		public CompletableFuture<Void> beforeExit(OperatorSession session) {
			runs.incrementAndGet();
			queueWhenRun = sessions.queueState().join();
			return fail ? CompletableFuture.failedFuture(new IllegalStateException("the test service is broken"))
					: CompletableFuture.completedFuture(null);
		}
	}

	@Test
	@DisplayName("Q2 an exit option runs after the operator left the queue; its failure keeps the console open")
	void exitOptionRunsBeforeQuitting() {
		TestOption option = new TestOption(sessions);
		registered.add(FrameworkUtil.getBundle(getClass()).getBundleContext().registerService(ExitOption.class,
				option, new Hashtable<>()));
		Workbench.execute(WorkbenchIds.COMMAND_EXIT, Map.of());
		Shell dialog = Ui.shell("Exit Switchboard");
		Button choice = Ui.byId(Button.class, ExitDialog.ID_OPTION_PREFIX + "test.exit");
		assertEquals("Exit and switch the test service on", choice.getText());
		Ui.click(choice);
		Button ok = Ui.byId(Button.class, ExitDialog.ID_OK);
		Ui.waitUntil(ok::isEnabled, "exit enabled");
		Ui.click(ok);
		Label message = Ui.byId(Label.class, ExitDialog.ID_MESSAGE);
		Ui.waitUntil(() -> message.getText().contains("the test service is broken"), PBX,
				() -> "the failure shown: " + message.getText());
		assertTrue(message.getText().startsWith("\"Exit and switch the test service on\" failed"), message.getText());
		assertFalse(dialog.isDisposed(), "the console stays open");
		assertEquals(0, quits.get());
		assertEquals(QueueState.PAUSED, option.queueWhenRun, "the option ran after the operator left the queue");

		option.fail = false;
		Ui.waitUntil(ok::isEnabled, "exit enabled again");
		Ui.click(ok);
		Ui.waitUntil(() -> quits.get() == 1, PBX, () -> "the console to quit");
		assertEquals(2, option.runs.get());
		// the operation log is written on its own thread: the entry may come a moment after the quit
		Ui.waitUntil(() -> logged().stream().anyMatch(e -> e.startsWith("demo exit.failed FAILURE")), PBX,
				() -> "the failed exit option in the operation log: " + logged());
	}

	// ------------------------------------------------------------------ Q3

	@Test
	@DisplayName("Q3 shift handover with wrong credentials keeps the operator and says why")
	void handoverWrongCredentials() {
		ensureOlga();
		Workbench.execute("org.switchboard.command.handover", Map.of());
		Shell dialog = Ui.shell("Shift Handover");
		Ui.setText(Ui.byId(Text.class, HandoverDialog.ID_ACCOUNT), "olga");
		Ui.setText(Ui.byId(Text.class, HandoverDialog.ID_PASSWORD), "not-her-password");
		Ui.click(Ui.byId(Button.class, HandoverDialog.ID_OK));
		Label message = Ui.byId(Label.class, HandoverDialog.ID_MESSAGE);
		Ui.waitUntil(() -> message.getText().equals("Wrong account or password."), PBX,
				() -> "the reason: " + message.getText());
		assertFalse(dialog.isDisposed());
		assertEquals("demo", Workbench.context().get(OperatorSession.class).account());
		assertEquals("Switchboard \u2014 Demo Operator (1001)", Workbench.mainShell().getText());
		Ui.click(Ui.byId(Button.class, HandoverDialog.ID_CANCEL));
		Ui.waitUntil(dialog::isDisposed, "Cancel closes the dialog");
	}

	@Test
	@DisplayName("Q3 shift handover switches the console to the next operator at another extension without restarting")
	void handoverSwitchesOperator() throws Exception {
		ensureOlga();
		Object gatewayBefore = Workbench.context().get(PbxGateway.class);
		Workbench.execute("org.switchboard.command.handover", Map.of());
		Shell dialog = Ui.shell("Shift Handover");
		Ui.setText(Ui.byId(Text.class, HandoverDialog.ID_ACCOUNT), "olga");
		Ui.setText(Ui.byId(Text.class, HandoverDialog.ID_PASSWORD), "operator");
		Text extension = Ui.byId(Text.class, HandoverDialog.ID_EXTENSION);
		assertEquals(OPERATOR, extension.getText(), "the current extension is proposed");
		Ui.setText(extension, "1002");
		Screenshots.save("handover-dialog");
		Ui.click(Ui.byId(Button.class, HandoverDialog.ID_OK));
		Ui.waitUntil(dialog::isDisposed, PBX, () -> "the handover to finish");
		Ui.waitUntil(() -> "olga".equals(Workbench.context().get(OperatorSession.class).account()),
				"the context's session is Olga's");
		Ui.waitUntil(() -> Workbench.mainShell().getText().equals("Switchboard \u2014 Olga (1002)"),
				"the title names Olga at 1002: " + Workbench.mainShell().getText());
		assertEquals(gatewayBefore, Workbench.context().get(PbxGateway.class), "the same PBX connection");
		awaitState("1002", QueueState.ONLINE);
		assertEquals(QueueState.PAUSED, state(OPERATOR), "the membership moved from 1001");
		Button queue = Ui.byId(Button.class, StatusLine.QUEUE_WIDGET_ID);
		Ui.waitUntil(() -> queue.getText().equals("Queue 8000: online"), "the status line follows Olga's queue state");
		var record = Workbench.context().get(Store.class).handovers()
				.find(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"), null, 1).items().get(0);
		assertEquals("demo", record.getFromOperator());
		assertEquals("olga", record.getToOperator());
		assertEquals("1002", record.getExtension());

		// a plain operator: no Administration perspective (menu, toolbar, key) — the services refuse her too
		for (String id : List.of("org.switchboard.menuitem.perspective.administration",
				"org.switchboard.toolitem.perspective.administration")) {
			MUIElement e = (MUIElement) Workbench.find(id);
			Ui.waitUntil(() -> !e.isVisible(), id + " hidden");
		}
		assertFalse(Workbench.canExecute(WorkbenchIds.COMMAND_SWITCH_PERSPECTIVE,
				Map.of(WorkbenchIds.COMMAND_SWITCH_PERSPECTIVE_ID, WorkbenchIds.PERSPECTIVE_ADMINISTRATION)));
	}

	@Test
	@DisplayName("administration perspective lists the operator accounts for an administrator; Ctrl+Shift+1 leaves it")
	void administrationPerspective() {
		for (String id : List.of("org.switchboard.menuitem.perspective.administration",
				"org.switchboard.toolitem.perspective.administration")) {
			assertTrue(((MUIElement) Workbench.find(id)).isVisible(), id + " shown to an administrator");
		}
		Workbench.execute(WorkbenchIds.COMMAND_SWITCH_PERSPECTIVE,
				Map.of(WorkbenchIds.COMMAND_SWITCH_PERSPECTIVE_ID, WorkbenchIds.PERSPECTIVE_ADMINISTRATION));
		Table accounts = Ui.byId(Table.class, "admin.operators.table");
		Ui.waitUntil(() -> accounts.getItemCount() > 0 && accounts.isVisible(), PBX, () -> "the operator accounts");
		boolean demo = false;
		for (var item : accounts.getItems()) {
			demo |= item.getText(0).equals("demo") && item.getText(2).equals("Administrator");
		}
		assertTrue(demo, "the demo administrator listed");
		Screenshots.save("administration");
		Ui.press('1', org.eclipse.swt.SWT.CTRL | org.eclipse.swt.SWT.SHIFT);
		Ui.waitUntil(() -> WorkbenchIds.PERSPECTIVE_OPERATOR.equals(
				Workbench.modelService().getActivePerspective(Workbench.mainWindow()).getElementId()),
				"Ctrl+Shift+1 back to the Operator perspective");
	}

	// ------------------------------------------------------------------ helpers

	private void ensureOlga() {
		Store store = Workbench.context().get(Store.class);
		if (store.operators().find("olga").isEmpty()) {
			Workbench.context().get(AccountService.class).create("olga", "Olga", Role.OPERATOR, "1002",
					"operator".toCharArray());
		}
	}

	private SitePhones phones() throws Exception {
		LiveModel model = gateway.model();
		int port = read(site -> site.getConnection().getPort());
		String host = read(site -> site.getConnection().getHost());
		SimulatorOptions demo = SimulatorOptions.defaults();
		return SitePhones.connect(host, port, demo.user(), demo.secret(), "on");
	}

	private <T> T read(java.util.function.Function<org.switchboard.model.Site, T> query) {
		try {
			return gateway.model().read(query).get(10, TimeUnit.SECONDS);
		} catch (Exception e) {
			throw new AssertionError("the live model did not answer", e);
		}
	}

	private QueueState state(String extension) {
		LiveModel model = gateway.model();
		return read(site -> SessionService.queueState(model, "8000", extension));
	}

	private void awaitState(String extension, QueueState expected) {
		Ui.waitUntil(() -> state(extension) == expected, PBX, () -> extension + " " + expected);
	}

	private void awaitQueue(QueueState expected) {
		awaitState(OPERATOR, expected);
	}

	private List<String> logged() {
		Store store = Workbench.context().get(Store.class);
		List<String>[] entries = new List[1];
		Ui.waitUntil(() -> {
			entries[0] = store.operationLog()
					.find(OperationLogQuery.between(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z")), null, 200)
					.items().stream().map(e -> e.getOperator() + " " + e.getAction() + " " + e.getOutcome()).toList();
			return entries[0].stream().anyMatch(e -> e.contains(" exit"));
		}, PBX, () -> "the exit in the operation log");
		return entries[0];
	}
}
