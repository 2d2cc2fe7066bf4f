package org.switchboard.app.internal.login;

import java.nio.file.Path;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.switchboard.core.ServerSettings;
import org.switchboard.pbx.PbxException;
import org.switchboard.pbx.PbxInput;
import org.switchboard.store.StoreLocation;
import org.switchboard.ui.WidgetIds;

/**
 * Advanced settings (SPEC L2): the PBX's manager interface (host, port, user, secret, dialplan context, operator
 * queue) and the database (embedded folder or network URL, with user and password). Every value is checked before
 * it is accepted; an empty AMI host means demo mode.
 */
public final class ServerSettingsDialog extends Dialog {

	private final LoginText text;
	private final ServerSettings initial;
	private ServerSettings result;
	private Text host;
	private Text port;
	private Text user;
	private Text secret;
	private Text context;
	private Text queue;
	private Text database;
	private Text dbUser;
	private Text dbPassword;
	private Label message;

	public ServerSettingsDialog(Shell parent, LoginText text, ServerSettings initial) {
		super(parent);
		this.text = text;
		this.initial = initial;
		setShellStyle(SWT.DIALOG_TRIM | SWT.APPLICATION_MODAL | SWT.RESIZE);
	}

	/** The accepted settings, after OK. */
	public ServerSettings settings() {
		return result;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(text.get("settings.title"));
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		area.setLayout(new GridLayout(1, false));
		Group pbx = group(area, "settings.pbx");
		host = field(pbx, "settings.amiHost", SWT.BORDER, LoginIds.AMI_HOST, initial.amiHost());
		port = field(pbx, "settings.amiPort", SWT.BORDER, LoginIds.AMI_PORT, String.valueOf(initial.amiPort()));
		user = field(pbx, "settings.amiUser", SWT.BORDER, LoginIds.AMI_USER, initial.amiUser());
		secret = field(pbx, "settings.amiSecret", SWT.BORDER | SWT.PASSWORD, LoginIds.AMI_SECRET, initial.amiSecret());
		context = field(pbx, "settings.context", SWT.BORDER, LoginIds.CONTEXT, initial.context());
		queue = field(pbx, "settings.queue", SWT.BORDER, LoginIds.QUEUE, initial.operatorQueue());
		Label demoHint = new Label(pbx, SWT.WRAP);
		demoHint.setText(text.get("settings.demoHint"));
		demoHint.setLayoutData(LoginDialog.span(2, 360));
		Group db = group(area, "settings.database");
		database = field(db, "settings.databaseLocation", SWT.BORDER, LoginIds.DATABASE, initial.database());
		database.setMessage(StoreLocation.defaultEmbedded().describe());
		dbUser = field(db, "settings.dbUser", SWT.BORDER, LoginIds.DB_USER, initial.dbUser());
		dbPassword = field(db, "settings.dbPassword", SWT.BORDER | SWT.PASSWORD, LoginIds.DB_PASSWORD,
				initial.dbPassword());
		Label dbHint = new Label(db, SWT.WRAP);
		dbHint.setText(text.get("settings.databaseHint"));
		dbHint.setLayoutData(LoginDialog.span(2, 360));
		message = WidgetIds.set(new Label(area, SWT.WRAP), LoginIds.SETTINGS_MESSAGE);
		message.setForeground(area.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		message.setLayoutData(LoginDialog.span(1, 420));
		host.setFocus();
		return area;
	}

	private Group group(Composite parent, String key) {
		Group g = new Group(parent, SWT.NONE);
		g.setText(text.get(key));
		g.setLayout(new GridLayout(2, false));
		g.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		return g;
	}

	private Text field(Composite parent, String key, int style, String id, String value) {
		new Label(parent, SWT.NONE).setText(text.get(key));
		Text t = WidgetIds.set(new Text(parent, style), id);
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
		data.widthHint = 280;
		t.setLayoutData(data);
		t.setText(value == null ? "" : value);
		return t;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		WidgetIds.set(createButton(parent, IDialogConstants.OK_ID, text.get("settings.save"), true),
				LoginIds.SETTINGS_SAVE);
		createButton(parent, IDialogConstants.CANCEL_ID, text.get("settings.cancel"), false);
	}

	@Override
	protected void okPressed() {
		String error = validate();
		if (error != null) {
			message.setText(error);
			getShell().layout(true, true);
			return;
		}
		result = new ServerSettings(host.getText().strip(), Integer.parseInt(port.getText().strip()),
				user.getText().strip(), secret.getText(), context.getText().strip(), queue.getText().strip(),
				database.getText().strip(), dbUser.getText().strip(), dbPassword.getText());
		super.okPressed();
	}

	/** The first problem with the values, as a message, or {@code null} if they can be used. */
	String validate() {
		String h = host.getText().strip();
		int p;
		try {
			p = Integer.parseInt(port.getText().strip());
		} catch (NumberFormatException e) {
			p = -1;
		}
		if (p < 1 || p > 65535) {
			return text.get("settings.error.port");
		}
		try {
			if (!h.isEmpty()) {
				if (h.contains(" ")) {
					return text.get("settings.error.host");
				}
				PbxInput.requireText("host", h);
				if (user.getText().isBlank()) {
					return text.get("settings.error.userMissing");
				}
				PbxInput.requireText("user", user.getText().strip());
				PbxInput.requireText("secret", secret.getText());
			}
			PbxInput.requireName("context", context.getText().strip());
		} catch (PbxException e) {
			return text.get("settings.error.invalid", e.getMessage());
		}
		if (!PbxInput.isNumber(queue.getText().strip())) {
			return text.get("settings.error.queue");
		}
		String db = database.getText().strip();
		if (db.startsWith("jdbc:")) {
			if (!StoreLocation.isNetworkUrl(db)) {
				return text.get("settings.error.databaseUrl");
			}
		} else if (!db.isEmpty() && !Path.of(db).isAbsolute()) {
			return text.get("settings.error.databasePath");
		}
		try {
			PbxInput.requireText("database user", dbUser.getText().strip());
			PbxInput.requireText("database password", dbPassword.getText());
		} catch (PbxException e) {
			return text.get("settings.error.invalid", e.getMessage());
		}
		return null;
	}
}
