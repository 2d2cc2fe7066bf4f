package org.switchboard.admin.ui.internal;

import java.text.MessageFormat;
import java.util.Set;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
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
import org.switchboard.core.Right;
import org.switchboard.model.Role;
import org.switchboard.ui.Palette;
import org.switchboard.ui.WidgetIds;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The roles and what each may do: monitor, barge-in and force release are privileged, and an administrator grants
 * them to operators or takes them; and the database location.
 */
public class RolesPart {

	public static final String ID_RIGHTS = "admin.roles.table";
	public static final String ID_DATABASE = "admin.roles.database";
	public static final String ID_TOGGLE = "admin.roles.toggle";

	@Inject
	@Translation
	private Messages m;
	@Inject
	private UISynchronize sync;
	private AdminService admin;
	private Table table;
	private Label database;
	private Label message;

	@PostConstruct
	void create(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION);
		WidgetIds.set(table, ID_RIGHTS);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		for (String[] c : new String[][] { { m.column_right, "170" }, { m.role_operator, "90" },
				{ m.role_administrator, "100" } }) {
			TableColumn col = new TableColumn(table, SWT.LEFT);
			col.setText(c[0]);
			col.setWidth(Integer.parseInt(c[1]));
		}
		fillRights(Right.defaults(Role.OPERATOR));
		Button toggle = new Button(parent, SWT.PUSH);
		WidgetIds.set(toggle, ID_TOGGLE);
		toggle.setText(m.button_right);
		toggle.addListener(SWT.Selection, e -> toggleSelected());
		message = wrapped(parent, "");
		wrapped(parent, m.roles_hint);
		database = wrapped(parent, "");
		WidgetIds.set(database, ID_DATABASE);
		wrapped(parent, m.database_hint);
		refresh();
	}

	private static Label wrapped(Composite parent, String text) {
		Label l = new Label(parent, SWT.WRAP);
		l.setText(text);
		GridData gd = new GridData(SWT.FILL, SWT.TOP, true, false);
		gd.widthHint = 300;
		l.setLayoutData(gd);
		return l;
	}

	private void fillRights(Set<Right> operator) {
		if (table.isDisposed()) {
			return;
		}
		int selected = table.getSelectionIndex();
		table.removeAll();
		Set<Right> administrator = Right.defaults(Role.ADMINISTRATOR);
		for (Right r : Right.values()) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setData(r);
			item.setText(new String[] { label(r), operator.contains(r) ? m.yes : m.no,
					administrator.contains(r) ? m.yes : m.no });
		}
		if (selected >= 0) {
			table.setSelection(selected);
		}
	}

	/** Grants the selected privileged right to operators, or takes it. */
	private void toggleSelected() {
		AdminService service = admin;
		TableItem[] s = table.getSelection();
		if (service == null || s.length == 0) {
			show(m.select_first, true);
			return;
		}
		Right right = (Right) s[0].getData();
		boolean grant = m.no.equals(s[0].getText(1));
		Background.run(sync, m, () -> {
			service.setRight(Role.OPERATOR, right, grant);
			return service.rights(Role.OPERATOR);
		}, rights -> {
			fillRights(rights);
			show(m.done, false);
		}, e -> show(e, true));
	}

	private void show(String text, boolean error) {
		if (!message.isDisposed()) {
			message.setText(text);
			message.setForeground(error ? Palette.ERROR : Palette.TEXT);
			message.getParent().layout(true, true);
		}
	}

	private String label(Right r) {
		return switch (r) {
		case MONITOR -> m.right_monitor;
		case BARGE_IN -> m.right_bargeIn;
		case FORCE_RELEASE -> m.right_forceRelease;
		case ADMINISTRATION -> m.right_administration;
		};
	}

	@Inject
	@Optional
	void setAdmin(AdminService service) {
		admin = service;
		if (database != null && !database.isDisposed()) {
			refresh();
		}
	}

	private void refresh() {
		AdminService service = admin;
		if (service == null || !service.allowed()) {
			database.setText("");
			return;
		}
		Background.run(sync, m, () -> service.rights(Role.OPERATOR), this::fillRights, e -> show(e, true));
		Background.run(sync, m, service::databaseLocation,
				where -> {
					if (!database.isDisposed()) {
						database.setText(MessageFormat.format(m.database_location, where));
						database.getParent().layout(true, true);
					}
				}, e -> database.setText(e));
	}

	@Focus
	void focus() {
		table.setFocus();
	}
}
