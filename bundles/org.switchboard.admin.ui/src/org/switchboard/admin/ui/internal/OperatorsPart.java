package org.switchboard.admin.ui.internal;

import java.text.MessageFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.switchboard.admin.AdminService;
import org.switchboard.model.Operator;
import org.switchboard.model.Role;
import org.switchboard.ui.Palette;
import org.switchboard.ui.WidgetIds;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * Operator accounts (administrators only): the list, and creating, disabling, resetting the password of and changing
 * the role of an account. The service refuses a plain operator whatever this part shows.
 */
public class OperatorsPart {

	public static final String ID_TABLE = "admin.operators.table";
	public static final String ID_NEW = "admin.operators.new";
	public static final String ID_TOGGLE = "admin.operators.toggle";
	public static final String ID_PASSWORD = "admin.operators.password";
	public static final String ID_ROLE = "admin.operators.role";
	public static final String ID_MESSAGE = "admin.operators.message";
	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
			.withZone(ZoneId.systemDefault());

	@Inject
	@Translation
	private Messages m;
	@Inject
	private UISynchronize sync;
	private AdminService admin;
	private Table table;
	private Label message;

	@PostConstruct
	void create(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		Composite buttons = new Composite(parent, SWT.NONE);
		buttons.setLayout(new GridLayout(5, false));
		button(buttons, ID_NEW, m.button_new, this::createAccount);
		button(buttons, ID_TOGGLE, m.button_toggle, this::toggleEnabled);
		button(buttons, ID_PASSWORD, m.button_password, this::resetPassword);
		button(buttons, ID_ROLE, m.button_role, this::changeRole);
		button(buttons, "admin.operators.refresh", m.button_refresh, this::refresh);
		table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		WidgetIds.set(table, ID_TABLE);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		for (String[] c : new String[][] { { m.column_account, "140" }, { m.column_name, "180" },
				{ m.column_role, "120" }, { m.column_extension, "90" }, { m.column_enabled, "80" },
				{ m.column_lastLogin, "150" } }) {
			TableColumn col = new TableColumn(table, SWT.LEFT);
			col.setText(c[0]);
			col.setWidth(Integer.parseInt(c[1]));
		}
		message = new Label(parent, SWT.WRAP);
		WidgetIds.set(message, ID_MESSAGE);
		message.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		refresh();
	}

	/** A handover brings another operator: E4 gives the service again (or none), and the list follows. */
	@Inject
	@Optional
	void setAdmin(AdminService service) {
		admin = service;
		if (table != null && !table.isDisposed()) {
			refresh();
		}
	}

	private void button(Composite parent, String id, String text, Runnable action) {
		Button b = new Button(parent, SWT.PUSH);
		WidgetIds.set(b, id);
		b.setText(text);
		b.addListener(SWT.Selection, e -> action.run());
	}

	void refresh() {
		AdminService service = admin;
		if (service == null || !service.allowed()) {
			table.removeAll();
			show(m.error_denied, true);
			return;
		}
		Background.run(sync, m, service::operators, this::fill, e -> show(e, true));
	}

	private void fill(List<Operator> operators) {
		if (table.isDisposed()) {
			return;
		}
		show("", false);
		String selected = selectedAccount();
		table.removeAll();
		for (Operator o : operators) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setData(o.getAccount());
			item.setText(new String[] { o.getAccount(), o.getDisplayName(), role(o.getRole()),
					o.getExtension() == null ? "" : o.getExtension(), o.isEnabled() ? m.yes : m.no,
					o.getLastLoginAt() == null ? m.never : WHEN.format(o.getLastLoginAt()) });
			if (!o.isEnabled()) {
				item.setForeground(Palette.TEXT_MUTED);
			}
			if (o.getAccount().equals(selected)) {
				table.setSelection(item);
			}
		}
	}

	private String role(Role role) {
		return role == Role.ADMINISTRATOR ? m.role_administrator : m.role_operator;
	}

	private String selectedAccount() {
		TableItem[] s = table.getSelection();
		return s.length == 0 ? null : (String) s[0].getData();
	}

	/** The selected account, or null after telling the administrator to select one. */
	private String selected() {
		String account = selectedAccount();
		if (account == null) {
			show(m.select_first, true);
		}
		return account;
	}

	private void createAccount() {
		FormDialog d = new FormDialog(table.getShell(), m.dialog_new_title, m)
				.text("admin.new.account", m.field_account, "").text("admin.new.name", m.field_name, "")
				.choice("admin.new.role", m.field_role, m.role_operator, m.role_administrator)
				.text("admin.new.extension", m.field_extension, "").password("admin.new.password", m.field_password);
		if (d.open() != Window.OK) {
			return;
		}
		Role role = d.chosen("admin.new.role") == 1 ? Role.ADMINISTRATOR : Role.OPERATOR;
		String account = d.value("admin.new.account").strip();
		char[] pw = d.value("admin.new.password").toCharArray();
		String name = d.value("admin.new.name");
		String extension = d.value("admin.new.extension");
		act(() -> admin.createOperator(account, name, role, extension, pw));
	}

	private void toggleEnabled() {
		String o = selected();
		if (o != null) {
			boolean enable = m.no.equals(table.getSelection()[0].getText(4));
			act(() -> {
				admin.setEnabled(o, enable);
				return null;
			});
		}
	}

	private void resetPassword() {
		String o = selected();
		if (o == null) {
			return;
		}
		FormDialog d = new FormDialog(table.getShell(), MessageFormat.format(m.dialog_password_title, o),
				m).password("admin.password.value", m.field_password);
		if (d.open() == Window.OK) {
			char[] pw = d.value("admin.password.value").toCharArray();
			act(() -> {
				admin.resetPassword(o, pw);
				return null;
			});
		}
	}

	private void changeRole() {
		String o = selected();
		if (o != null) {
			Role next = m.role_administrator.equals(table.getSelection()[0].getText(2)) ? Role.OPERATOR
					: Role.ADMINISTRATOR;
			act(() -> {
				admin.setRole(o, next);
				return null;
			});
		}
	}

	private void act(Background.Call<?> call) {
		AdminService service = admin;
		if (service == null) {
			show(m.error_denied, true);
			return;
		}
		Background.run(sync, m, call, v -> {
			show(m.done, false);
			refresh();
		}, e -> show(e, true));
	}

	private void show(String text, boolean error) {
		if (message.isDisposed()) {
			return;
		}
		message.setText(text);
		message.setForeground(error ? Palette.ERROR : Palette.TEXT);
		message.getParent().layout(true, true);
	}

	@Focus
	void focus() {
		table.setFocus();
	}
}
