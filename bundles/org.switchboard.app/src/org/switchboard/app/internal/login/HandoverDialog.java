package org.switchboard.app.internal.login;

import java.util.Arrays;

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
import org.eclipse.swt.widgets.Text;
import org.switchboard.core.LoginException;
import org.switchboard.core.OperatorSession;
import org.switchboard.core.SessionService;
import org.switchboard.ui.WidgetIds;

/**
 * Shift handover (SPEC Q3): the next operator's account, password and extension. The handover runs off the UI
 * thread; on success the console works for the new operator (the session in the context changes, nothing restarts);
 * a refusal keeps the current operator and says why.
 */
public final class HandoverDialog extends Dialog {

	public static final String ID_ACCOUNT = "handover.account";
	public static final String ID_PASSWORD = "handover.password";
	public static final String ID_EXTENSION = "handover.extension";
	public static final String ID_MESSAGE = "handover.message";
	public static final String ID_OK = "handover.ok";
	public static final String ID_CANCEL = "handover.cancel";

	private final LoginText text;
	private final SessionService sessions;
	private final UISynchronize sync;
	private Text account;
	private Text password;
	private Text extension;
	private Label message;
	private boolean running;

	public HandoverDialog(Shell parent, LoginText text, SessionService sessions, UISynchronize sync) {
		super(parent);
		this.text = text;
		this.sessions = sessions;
		this.sync = sync;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(text.get("handover.title"));
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		area.setLayout(new GridLayout(2, false));
		OperatorSession current = sessions.current().orElse(null);
		Label intro = new Label(area, SWT.WRAP);
		intro.setText(current == null ? "" : text.get("handover.intro", current.displayName(), current.extension()));
		GridData introData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
		introData.widthHint = 420;
		intro.setLayoutData(introData);
		account = field(area, "handover.account", ID_ACCOUNT, SWT.BORDER);
		password = field(area, "login.password", ID_PASSWORD, SWT.BORDER | SWT.PASSWORD);
		extension = field(area, "login.extension", ID_EXTENSION, SWT.BORDER);
		extension.setText(current == null ? "" : current.extension());
		message = new Label(area, SWT.WRAP);
		WidgetIds.set(message, ID_MESSAGE);
		GridData md = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
		md.widthHint = 420;
		message.setLayoutData(md);
		message.setForeground(area.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		return area;
	}

	private Text field(Composite area, String labelKey, String id, int style) {
		new Label(area, SWT.NONE).setText(text.get(labelKey));
		Text t = new Text(area, style);
		WidgetIds.set(t, id);
		GridData gd = new GridData(SWT.FILL, SWT.CENTER, true, false);
		gd.widthHint = 220;
		t.setLayoutData(gd);
		return t;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		Button ok = createButton(parent, IDialogConstants.OK_ID, text.get("handover.ok"), true);
		WidgetIds.set(ok, ID_OK);
		Button cancel = createButton(parent, IDialogConstants.CANCEL_ID, text.get("settings.cancel"), false);
		WidgetIds.set(cancel, ID_CANCEL);
	}

	@Override
	protected void okPressed() {
		if (running) {
			return;
		}
		String who = account.getText().strip();
		if (who.isEmpty()) {
			show(text.get("login.error.accountMissing"), true);
			account.setFocus();
			return;
		}
		char[] pw = password.getText().toCharArray();
		String ext = extension.getText().strip();
		setRunning(true);
		Thread worker = new Thread(() -> {
			String failure = null;
			try {
				sessions.handover(who, pw, ext);
			} catch (LoginException e) {
				failure = LoginDialog.messageFor(text, e);
			} catch (RuntimeException e) {
				failure = text.get("login.error.unexpected", String.valueOf(e.getMessage()));
			} finally {
				Arrays.fill(pw, '\0');
			}
			String result = failure;
			sync.asyncExec(() -> finished(result));
		}, "switchboard-handover");
		worker.setDaemon(true);
		worker.start();
	}

	private void finished(String failure) {
		if (getShell() == null || getShell().isDisposed()) {
			return;
		}
		setRunning(false);
		if (failure == null) {
			setReturnCode(OK);
			close();
			return;
		}
		show(failure, true);
		password.setText("");
		password.setFocus();
	}

	private void setRunning(boolean value) {
		running = value;
		for (Control c : new Control[] { account, password, extension, getButton(IDialogConstants.OK_ID) }) {
			c.setEnabled(!value);
		}
		if (value) {
			show(text.get("handover.progress"), false);
		}
	}

	private void show(String value, boolean error) {
		message.setForeground(message.getDisplay().getSystemColor(error ? SWT.COLOR_DARK_RED : SWT.COLOR_DARK_GRAY));
		message.setText(value);
		message.getParent().layout(true, true);
	}

	@Override
	protected void cancelPressed() {
		if (!running) {
			super.cancelPressed();
		}
	}
}
