package org.switchboard.app.internal.login;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.switchboard.app.internal.login.SettingsStorage.SettingsException;
import org.switchboard.core.ConsoleServices;
import org.switchboard.core.LoginException;
import org.switchboard.core.OperatorSession;
import org.switchboard.core.ServerSettings;
import org.switchboard.ui.WidgetIds;

/**
 * The login screen (SPEC L1): account, password and extension; Login (or Enter) logs in, Quit (or Esc) quits.
 * The work runs off the UI thread while the dialog shows progress; a refusal shows its reason in the dialog and
 * the dialog stays. "Advanced settings..." opens the server settings (SPEC L2).
 */
public final class LoginDialog extends Dialog {

	private final LoginText text;
	private final LoginController controller;
	private final SettingsStorage storage;
	private String initialAccount = "";
	private String initialExtension = "";
	private String initialMessage;
	private Text account;
	private Text password;
	private Text extension;
	private Label mode;
	private Label message;
	private int fixedWidth;
	private ProgressBar progress;
	private Link advanced;
	private boolean busy;
	private OperatorSession session;

	public LoginDialog(Shell parent, LoginText text, LoginController controller, SettingsStorage storage) {
		super(parent);
		this.text = text;
		this.controller = controller;
		this.storage = storage;
		setShellStyle(SWT.DIALOG_TRIM | SWT.APPLICATION_MODAL | SWT.RESIZE);
		setBlockOnOpen(true);
	}

	/** Fills the fields and shows a message when the dialog opens (e.g. after a failed autologin). */
	public LoginDialog prefill(String accountValue, String extensionValue, String messageValue) {
		initialAccount = accountValue == null ? "" : accountValue;
		initialExtension = extensionValue == null ? "" : extensionValue;
		initialMessage = messageValue;
		return this;
	}

	/** The session after the dialog closed with OK. */
	public OperatorSession session() {
		return session;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.addListener(SWT.Paint, e -> controller.dialogPainted());
		shell.setText(text.get("login.title"));
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayout layout = new GridLayout(2, false);
		layout.marginWidth = 16;
		layout.marginHeight = 12;
		layout.verticalSpacing = 8;
		area.setLayout(layout);

		mode = WidgetIds.set(new Label(area, SWT.WRAP), LoginIds.MODE);
		mode.setLayoutData(span(2, 380));
		account = field(area, "login.account", SWT.BORDER, LoginIds.ACCOUNT);
		password = field(area, "login.password", SWT.BORDER | SWT.PASSWORD, LoginIds.PASSWORD);
		extension = field(area, "login.extension", SWT.BORDER, LoginIds.EXTENSION);
		extension.setTextLimit(16);

		message = WidgetIds.set(new Label(area, SWT.WRAP), LoginIds.MESSAGE);
		message.setForeground(area.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		message.setLayoutData(span(2, 380));
		progress = WidgetIds.set(new ProgressBar(area, SWT.INDETERMINATE), LoginIds.PROGRESS);
		GridData progressData = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
		progressData.exclude = true;
		progress.setLayoutData(progressData);
		progress.setVisible(false);

		advanced = WidgetIds.set(new Link(area, SWT.NONE), LoginIds.ADVANCED);
		advanced.setText("<a>" + text.get("login.advanced") + "</a>");
		advanced.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false, 2, 1));
		advanced.addListener(SWT.Selection, e -> openSettings());

		account.setText(initialAccount);
		extension.setText(initialExtension);
		controller.prepare();
		showMode();
		showMessage(initialMessage);
		(initialAccount.isEmpty() ? account : password).setFocus();
		return area;
	}

	private Text field(Composite parent, String labelKey, int style, String id) {
		new Label(parent, SWT.NONE).setText(text.get(labelKey));
		Text field = WidgetIds.set(new Text(parent, style), id);
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
		data.widthHint = 240;
		field.setLayoutData(data);
		return field;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		WidgetIds.set(createButton(parent, IDialogConstants.OK_ID, text.get("login.login"), true), LoginIds.LOGIN);
		WidgetIds.set(createButton(parent, IDialogConstants.CANCEL_ID, text.get("login.quit"), false), LoginIds.QUIT);
	}

	private void showMode() {
		ServerSettings s = controller.settings();
		mode.setText(s.isDemo()
				? text.get("login.mode.demo", ConsoleServices.DEMO_ACCOUNT, ConsoleServices.DEMO_PASSWORD,
						ConsoleServices.DEMO_EXTENSION)
				: text.get("login.mode.server", s.amiHost() + ":" + s.amiPort()));
		relayout();
	}

	private void showMessage(String value) {
		message.setText(value == null ? "" : value);
		relayout();
	}

	/**
	 * Fits the height to the texts at a width fixed when the dialog is first shown: computeSize takes the client
	 * width and answers with the trim added, so feeding it the shell's width made the dialog wider at every message.
	 */
	private void relayout() {
		Shell shell = getShell();
		if (shell != null && shell.isVisible()) {
			if (fixedWidth == 0) {
				fixedWidth = shell.getSize().x;
			}
			shell.layout(true, true);
			int clientWidth = fixedWidth - shell.computeTrim(0, 0, 0, 0).width;
			shell.setSize(fixedWidth, shell.computeSize(clientWidth, SWT.DEFAULT).y);
		}
	}

	/** Login: starts the work off the UI thread; the dialog stays until it succeeds. */
	@Override
	protected void okPressed() {
		if (busy) {
			return;
		}
		String acc = account.getText().strip();
		String ext = extension.getText().strip();
		if (acc.isEmpty()) {
			showMessage(text.get("login.error.accountMissing"));
			account.setFocus();
			return;
		}
		char[] pw = password.getTextChars();
		setBusy(true, text.get("login.progress.login"));
		controller.login(acc, pw, ext).whenComplete((result, error) -> onUi(() -> finish(result, acc, ext)));
		java.util.Arrays.fill(pw, '\0');
	}

	private void finish(LoginController.Result result, String acc, String ext) {
		setBusy(false, null);
		if (result.needsFirstAdministrator()) {
			askForFirstAdministrator(ext, acc);
			return;
		}
		if (result.session() != null) {
			session = result.session();
			try {
				storage.rememberLogin(acc, ext);
			} catch (SettingsException e) {
				// remembering the last account is a convenience
			}
			setReturnCode(OK);
			close();
			return;
		}
		showMessage(messageFor(text, result.failure()));
		LoginException.Reason reason = result.failure().reason();
		if (reason == LoginException.Reason.MALFORMED_EXTENSION || reason == LoginException.Reason.UNKNOWN_EXTENSION) {
			extension.setFocus();
			extension.selectAll();
		} else {
			password.setFocus();
			password.selectAll();
		}
	}

	/**
	 * Opens the first administrator's dialog; when it is confirmed, creates the account and logs in with it. Not
	 * blocking: the dialog reports when it closes.
	 */
	private void askForFirstAdministrator(String ext, String suggestedAccount) {
		FirstAdministratorDialog first = new FirstAdministratorDialog(getShell(), text, suggestedAccount);
		first.setBlockOnOpen(false);
		first.open();
		first.getShell().addDisposeListener(e -> {
			if (getShell() == null || getShell().isDisposed()) {
				return;
			}
			if (first.getReturnCode() != Window.OK) {
				showMessage(text.get("login.error.noOperators"));
				return;
			}
			setBusy(true, text.get("login.progress.firstAdmin"));
			char[] pw = first.password();
			controller.createFirstAdministrator(first.account(), pw, ext)
					.whenComplete((r, error) -> onUi(() -> finish(r, first.account(), ext)));
			java.util.Arrays.fill(pw, '\0');
		});
	}

	/** The operator's words for a refusal; never a stack trace. */
	public static String messageFor(LoginText text, LoginException e) {
		return switch (e.reason()) {
		case WRONG_CREDENTIALS -> text.get("login.error.credentials");
		case LOCKED -> text.get("login.error.locked", e.lockedUntil() == null ? "?"
				: DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault()).format(e.lockedUntil()));
		case DISABLED -> text.get("login.error.disabled");
		case MALFORMED_EXTENSION -> text.get("login.error.extensionMalformed");
		case UNKNOWN_EXTENSION -> text.get("login.error.extensionUnknown");
		case PBX_UNAVAILABLE -> text.pbxFailure(e);
		case DATABASE_UNAVAILABLE -> text.get("login.error.database", e.getMessage());
		case NO_OPERATORS -> text.get("login.error.noOperators");
		case UNEXPECTED -> text.get("login.error.unexpected", e.getMessage());
		};
	}

	private void setBusy(boolean value, String status) {
		busy = value;
		for (Control c : new Control[] { account, password, extension, advanced, getButton(IDialogConstants.OK_ID) }) {
			c.setEnabled(!value);
		}
		progress.setVisible(value);
		((GridData) progress.getLayoutData()).exclude = !value;
		if (value) {
			showMessage(status);
			message.setForeground(message.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
		} else {
			message.setForeground(message.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
			showMessage("");
		}
	}

	/** Advanced settings: saved when confirmed, and used from the next login attempt on. Not blocking. */
	private void openSettings() {
		ServerSettingsDialog dialog = new ServerSettingsDialog(getShell(), text, controller.settings());
		dialog.setBlockOnOpen(false);
		dialog.open();
		dialog.getShell().addDisposeListener(e -> {
			if (dialog.getReturnCode() != Window.OK || getShell() == null || getShell().isDisposed()) {
				return;
			}
			try {
				storage.save(dialog.settings());
			} catch (SettingsException ex) {
				showMessage(text.get("settings.error.save", ex.getMessage()));
				return;
			}
			setBusy(true, text.get("login.progress.settings"));
			controller.useSettings(dialog.settings()).whenComplete((v, ex) -> onUi(() -> {
				setBusy(false, null);
				forgetDemoOperatorOnARealSite();
				showMode();
			}));
			controller.prepare();
		});
	}

	/** The demo operator exists only in demo mode: a real site's dialog does not offer it. */
	private void forgetDemoOperatorOnARealSite() {
		if (!controller.settings().isDemo() && ConsoleServices.DEMO_ACCOUNT.equals(account.getText().strip())) {
			account.setText("");
			extension.setText("");
			account.setFocus();
		}
	}

	private void onUi(Runnable r) {
		Shell shell = getShell();
		if (shell != null && !shell.isDisposed()) {
			shell.getDisplay().asyncExec(() -> {
				if (!shell.isDisposed()) {
					r.run();
				}
			});
		}
	}

	static GridData span(int columns, int widthHint) {
		GridData d = new GridData(SWT.FILL, SWT.CENTER, true, false, columns, 1);
		d.widthHint = widthHint;
		return d;
	}
}
