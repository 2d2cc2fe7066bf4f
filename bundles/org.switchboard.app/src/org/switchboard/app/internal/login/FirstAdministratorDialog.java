package org.switchboard.app.internal.login;

import java.util.Arrays;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.switchboard.core.AccountService;
import org.switchboard.ui.WidgetIds;

/** First start outside demo mode: no account exists yet, so the first administrator's account is created here. */
public final class FirstAdministratorDialog extends Dialog {

	private final LoginText text;
	private final String suggestedAccount;
	private Text account;
	private Text password;
	private Text confirm;
	private Label message;
	private String accountValue;
	private char[] passwordValue;

	public FirstAdministratorDialog(Shell parent, LoginText text, String suggestedAccount) {
		super(parent);
		this.text = text;
		this.suggestedAccount = suggestedAccount == null ? "" : suggestedAccount;
	}

	public String account() {
		return accountValue;
	}

	/** The chosen password; the caller clears it when done. */
	public char[] password() {
		return passwordValue;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(text.get("firstAdmin.title"));
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		area.setLayout(new GridLayout(2, false));
		Label intro = new Label(area, SWT.WRAP);
		intro.setText(text.get("firstAdmin.intro"));
		intro.setLayoutData(LoginDialog.span(2, 360));
		account = field(area, "login.account", SWT.BORDER, LoginIds.ADMIN_ACCOUNT);
		account.setText(suggestedAccount);
		password = field(area, "login.password", SWT.BORDER | SWT.PASSWORD, LoginIds.ADMIN_PASSWORD);
		confirm = field(area, "firstAdmin.confirm", SWT.BORDER | SWT.PASSWORD, LoginIds.ADMIN_CONFIRM);
		message = WidgetIds.set(new Label(area, SWT.WRAP), LoginIds.ADMIN_MESSAGE);
		message.setForeground(area.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		message.setLayoutData(LoginDialog.span(2, 360));
		(suggestedAccount.isEmpty() ? account : password).setFocus();
		return area;
	}

	private Text field(Composite parent, String key, int style, String id) {
		new Label(parent, SWT.NONE).setText(text.get(key));
		Text t = WidgetIds.set(new Text(parent, style), id);
		t.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		return t;
	}

	@Override
	protected void okPressed() {
		String acc = account.getText().strip();
		char[] pw = password.getTextChars();
		char[] again = confirm.getTextChars();
		String error = !AccountService.ACCOUNT.matcher(acc).matches() ? text.get("firstAdmin.error.account")
				: pw.length < AccountService.MIN_PASSWORD
						? text.get("firstAdmin.error.short", AccountService.MIN_PASSWORD)
						: !Arrays.equals(pw, again) ? text.get("firstAdmin.error.mismatch") : null;
		Arrays.fill(again, '\0');
		if (error != null) {
			Arrays.fill(pw, '\0');
			message.setText(error);
			getShell().layout(true, true);
			return;
		}
		accountValue = acc;
		passwordValue = pw;
		super.okPressed();
	}
}
