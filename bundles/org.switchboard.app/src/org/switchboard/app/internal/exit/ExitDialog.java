package org.switchboard.app.internal.exit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.switchboard.app.internal.login.LoginText;
import org.switchboard.core.ExitOption;
import org.switchboard.core.OperatorSession;
import org.switchboard.core.SessionService;
import org.switchboard.model.ChannelState;
import org.switchboard.pbx.PbxException;
import org.switchboard.ui.WidgetIds;

/**
 * The exit dialog (SPEC Q1, Q2): names the operator's calls in progress (the exit waits for a tick that they were
 * seen), offers the direct exit and every exit option of the areas, and carries the chosen one out off the UI
 * thread: the operator leaves the operator queue, then the option's own step runs. A failure keeps the dialog (and
 * the console) open and says why; Cancel returns to work.
 */
public final class ExitDialog extends Dialog {

	public static final String ID_CALLS = "exit.calls";
	public static final String ID_CONFIRM = "exit.confirmCalls";
	public static final String ID_DIRECT = "exit.option.direct";
	public static final String ID_OPTION_PREFIX = "exit.option.";
	public static final String ID_MESSAGE = "exit.message";
	public static final String ID_OK = "exit.ok";
	public static final String ID_CANCEL = "exit.cancel";
	private static final long OPTION_SECONDS = 30;

	private final LoginText text;
	private final SessionService sessions;
	private final List<ExitOption> options;
	private final Locale locale;
	private final UISynchronize sync;
	private final Runnable onExited;
	private final List<Button> choices = new ArrayList<>();
	private Label callsLabel;
	private Button confirm;
	private Label message;
	private boolean callsKnown;
	/** The calls as last shown, to notice a change while the dialog is open. */
	private String shownCalls;
	private int shownCount;
	/** How often the dialog looks again at the operator's calls while it is open (a call may start or end). */
	private static final int CALLS_REFRESH_MILLIS = 1000;
	private boolean running;
	/** The PBX did not take the operator out of the queue: a second Exit quits anyway (never trap the operator). */
	private volatile String queueFailure;

	/**
	 * @param onExited run on the UI thread once the chosen exit was carried out (the dialog is closed by then); the
	 *                 dialog does not block its opener, so the console keeps running while it is open
	 */
	public ExitDialog(Shell parent, LoginText text, SessionService sessions, List<ExitOption> options, Locale locale,
			UISynchronize sync, Runnable onExited) {
		super(parent);
		this.onExited = onExited;
		setBlockOnOpen(false);
		this.text = text;
		this.sessions = sessions;
		this.options = options;
		this.locale = locale;
		this.sync = sync;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(text.get("exit.title"));
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		area.setLayout(new GridLayout(1, false));
		callsLabel = new Label(area, SWT.WRAP);
		WidgetIds.set(callsLabel, ID_CALLS);
		callsLabel.setText(text.get("exit.calls.reading"));
		callsLabel.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		confirm = new Button(area, SWT.CHECK);
		WidgetIds.set(confirm, ID_CONFIRM);
		confirm.setText(text.get("exit.calls.confirm"));
		confirm.setVisible(false);
		((GridData) layoutData(confirm)).exclude = true;
		confirm.addListener(SWT.Selection, e -> updateButtons());

		Label choose = new Label(area, SWT.NONE);
		choose.setText(text.get("exit.choose"));
		Button direct = new Button(area, SWT.RADIO);
		WidgetIds.set(direct, ID_DIRECT);
		direct.setText(text.get("exit.option.direct"));
		direct.setSelection(true);
		choices.add(direct);
		direct.addListener(SWT.Selection, e -> choose(direct));
		OperatorSession session = sessions == null ? null : sessions.current().orElse(null);
		for (ExitOption option : options) {
			Button b = new Button(area, SWT.RADIO);
			WidgetIds.set(b, ID_OPTION_PREFIX + option.id());
			b.setData(option);
			String why = null;
			try {
				why = session == null ? null : option.unavailableReason(session, locale);
			} catch (RuntimeException e) {
				why = String.valueOf(e.getMessage());
			}
			b.setText(ExitFlow.label(option, locale) + (why == null ? "" : " \u2014 " + why));
			b.setEnabled(why == null);
			choices.add(b);
			b.addListener(SWT.Selection, e -> choose(b));
		}
		message = new Label(area, SWT.WRAP);
		WidgetIds.set(message, ID_MESSAGE);
		GridData md = new GridData(SWT.FILL, SWT.TOP, true, false);
		md.widthHint = 460;
		message.setLayoutData(md);
		message.setForeground(area.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));

		readCalls();
		return area;
	}

	/** Reads the calls off the UI thread and shows them, again every second while the dialog is open. */
	private void readCalls() {
		ExitFlow.callsInProgress(sessions).whenComplete((calls, error) -> sync.asyncExec(() -> {
			if (callsLabel == null || callsLabel.isDisposed()) {
				return;
			}
			showCalls(calls);
			callsLabel.getDisplay().timerExec(CALLS_REFRESH_MILLIS, this::readCalls);
		}));
	}

	private static Object layoutData(Control c) {
		if (!(c.getLayoutData() instanceof GridData)) {
			c.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		}
		return c.getLayoutData();
	}

	private void showCalls(List<ExitFlow.CallInProgress> calls) {
		if (callsLabel == null || callsLabel.isDisposed()) {
			return;
		}
		callsKnown = true;
		int count = calls == null ? 0 : calls.size();
		String shown;
		if (count == 0) {
			shown = text.get("exit.calls.none");
		} else {
			StringBuilder b = new StringBuilder(text.get("exit.calls.some", count));
			for (ExitFlow.CallInProgress c : calls) {
				String state = c.held() ? text.get("exit.call.held")
						: c.state() == ChannelState.UP ? text.get("exit.call.talking") : text.get("exit.call.ringing");
				b.append('\n').append("  \u2022 ").append(text.get("exit.call", c.party(), state));
			}
			shown = b.toString();
		}
		if (shown.equals(shownCalls)) {
			updateButtons();
			return;
		}
		if (count > shownCount) {
			// a call the operator has not seen yet: confirm again
			confirm.setSelection(false);
		}
		shownCalls = shown;
		shownCount = count;
		callsLabel.setText(shown);
		confirm.setVisible(count > 0);
		((GridData) layoutData(confirm)).exclude = count == 0;
		getShell().layout(true, true);
		getShell().pack();
		updateButtons();
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		Button ok = createButton(parent, IDialogConstants.OK_ID, text.get("exit.ok"), true);
		WidgetIds.set(ok, ID_OK);
		Button cancel = createButton(parent, IDialogConstants.CANCEL_ID, text.get("exit.cancel"), false);
		WidgetIds.set(cancel, ID_CANCEL);
		updateButtons();
	}

	private void updateButtons() {
		Button ok = getButton(IDialogConstants.OK_ID);
		if (ok == null || ok.isDisposed()) {
			return;
		}
		boolean callsConfirmed = callsKnown && (!confirm.getVisible() || confirm.getSelection());
		ok.setEnabled(!running && callsConfirmed);
	}

	/** One choice at a time, also when a radio button is selected by a program rather than a click. */
	private void choose(Button chosen) {
		if (chosen.getSelection()) {
			for (Button b : choices) {
				b.setSelection(b == chosen);
			}
		}
	}

	private ExitOption chosen() {
		for (Button b : choices) {
			if (b.getSelection()) {
				return (ExitOption) b.getData();
			}
		}
		return null;
	}

	/** Carries the exit out off the UI thread; closes with OK once done, or stays open with the reason. */
	@Override
	protected void okPressed() {
		ExitOption option = chosen();
		running = true;
		updateButtons();
		message.setForeground(message.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
		message.setText(text.get("exit.progress"));
		OperatorSession session = sessions == null ? null : sessions.current().orElse(null);
		Thread worker = new Thread(() -> {
			String failure = carryOut(option, session);
			sync.asyncExec(() -> finished(failure));
		}, "switchboard-exit");
		worker.setDaemon(true);
		worker.start();
	}

	/** @return null when done, else the operator's words for what failed */
	private String carryOut(ExitOption option, OperatorSession session) {
		String how = option == null ? null : option.id();
		if (sessions != null && queueFailure != null) {
			sessions.exitStillInQueue(how, queueFailure);
		} else if (sessions != null) {
			try {
				sessions.leaveQueueForExit(how);
			} catch (PbxException e) {
				queueFailure = reason(e);
				return text.get("exit.error.queue", queueFailure);
			}
		}
		if (option == null) {
			return null;
		}
		try {
			option.beforeExit(session).get(OPTION_SECONDS, TimeUnit.SECONDS);
			return null;
		} catch (ExecutionException e) {
			Throwable cause = e.getCause() == null ? e : e.getCause();
			String why = cause instanceof PbxException p ? reason(p) : String.valueOf(cause.getMessage());
			record(how, why);
			return text.get("exit.error.option", ExitFlow.label(option, locale), why);
		} catch (TimeoutException e) {
			record(how, "timeout");
			return text.get("exit.error.option", ExitFlow.label(option, locale), text.get("exit.error.timeout"));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return text.get("exit.error.timeout");
		} catch (RuntimeException e) {
			record(how, String.valueOf(e.getMessage()));
			return text.get("exit.error.option", ExitFlow.label(option, locale), String.valueOf(e.getMessage()));
		}
	}

	private void record(String how, String why) {
		if (sessions != null) {
			sessions.recordExitFailure(how, why);
		}
	}

	private String reason(PbxException e) {
		return e.reason() == null ? String.valueOf(e.getMessage()) : switch (e.reason()) {
		case NOT_CONNECTED, UNREACHABLE -> text.get("exit.reason.notConnected");
		case TIMEOUT -> text.get("exit.error.timeout");
		case NOT_FOUND -> text.get("exit.reason.notFound");
		default -> text.get("exit.reason.pbx", String.valueOf(e.getMessage()));
		};
	}

	private void finished(String failure) {
		if (getShell() == null || getShell().isDisposed()) {
			return;
		}
		running = false;
		if (failure == null) {
			setReturnCode(OK);
			close();
			onExited.run();
			return;
		}
		message.setForeground(message.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		message.setText(failure);
		getShell().layout(true, true);
		updateButtons();
	}

	@Override
	protected void cancelPressed() {
		if (!running) {
			super.cancelPressed();
		}
	}
}
