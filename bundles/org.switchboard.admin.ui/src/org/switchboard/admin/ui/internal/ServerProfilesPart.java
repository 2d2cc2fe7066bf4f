package org.switchboard.admin.ui.internal;

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
import org.switchboard.model.ServerProfile;
import org.switchboard.model.SwitchboardFactory;
import org.switchboard.ui.Palette;
import org.switchboard.ui.WidgetIds;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/** The site's server profiles (PBX and database; secrets stay in each console's secure storage). */
public class ServerProfilesPart {

	public static final String ID_TABLE = "admin.servers.table";

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
		buttons.setLayout(new GridLayout(3, false));
		button(buttons, "admin.servers.new", m.button_profile_new, this::createProfile);
		button(buttons, "admin.servers.delete", m.button_profile_delete, this::deleteProfile);
		button(buttons, "admin.servers.refresh", m.button_refresh, this::refresh);
		table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		WidgetIds.set(table, ID_TABLE);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		for (String[] c : new String[][] { { m.column_profile, "160" }, { m.column_ami, "200" },
				{ m.column_queue, "80" }, { m.column_database, "300" } }) {
			TableColumn col = new TableColumn(table, SWT.LEFT);
			col.setText(c[0]);
			col.setWidth(Integer.parseInt(c[1]));
		}
		message = new Label(parent, SWT.WRAP);
		message.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		refresh();
	}

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

	private void refresh() {
		AdminService service = admin;
		if (service == null || !service.allowed()) {
			table.removeAll();
			show(m.error_denied, true);
			return;
		}
		Background.run(sync, m, service::serverProfiles, this::fill, e -> show(e, true));
	}

	private void fill(List<ServerProfile> profiles) {
		if (table.isDisposed()) {
			return;
		}
		show("", false);
		table.removeAll();
		for (ServerProfile p : profiles) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setData(p);
			String ami = p.getAmiHost() == null || p.getAmiHost().isBlank() ? ""
					: p.getAmiHost() + ":" + p.getAmiPort();
			item.setText(new String[] { p.getName(), ami, nz(p.getOperatorQueue()), nz(p.getDatabaseUrl()) });
		}
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}

	private void createProfile() {
		FormDialog d = new FormDialog(table.getShell(), m.dialog_profile_title, m)
				.text("admin.profile.name", m.field_profile, "").text("admin.profile.host", m.field_amiHost, "")
				.text("admin.profile.port", m.field_amiPort, "5038").text("admin.profile.queue", m.field_queue, "8000")
				.text("admin.profile.database", m.field_database, "jdbc:derby://localhost:1527/switchboard");
		if (d.open() != Window.OK) {
			return;
		}
		int port;
		try {
			port = Integer.parseInt(d.value("admin.profile.port").strip());
			if (port < 1 || port > 65535) {
				throw new NumberFormatException();
			}
		} catch (NumberFormatException e) {
			show(m.error_port, true);
			return;
		}
		ServerProfile p = SwitchboardFactory.eINSTANCE.createServerProfile();
		p.setName(d.value("admin.profile.name").strip());
		p.setAmiHost(d.value("admin.profile.host").strip());
		p.setAmiPort(port);
		p.setOperatorQueue(d.value("admin.profile.queue").strip());
		p.setDatabaseUrl(d.value("admin.profile.database").strip());
		act(() -> admin.saveServerProfile(p));
	}

	private void deleteProfile() {
		TableItem[] s = table.getSelection();
		if (s.length == 0) {
			show(m.select_first, true);
			return;
		}
		ServerProfile p = (ServerProfile) s[0].getData();
		act(() -> admin.deleteServerProfile(p));
	}

	private void act(Background.Call<?> call) {
		if (admin == null) {
			show(m.error_denied, true);
			return;
		}
		Background.run(sync, m, call, v -> {
			show(m.done, false);
			refresh();
		}, e -> show(e, true));
	}

	private void show(String text, boolean error) {
		if (!message.isDisposed()) {
			message.setText(text);
			message.setForeground(error ? Palette.ERROR : Palette.TEXT);
			message.getParent().layout(true, true);
		}
	}

	@Focus
	void focus() {
		table.setFocus();
	}
}
