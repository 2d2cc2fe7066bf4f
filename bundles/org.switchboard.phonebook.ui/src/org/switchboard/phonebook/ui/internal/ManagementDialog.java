package org.switchboard.phonebook.ui.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.switchboard.model.Contact;
import org.switchboard.model.PhonebookKind;
import org.switchboard.phonebook.ContactCsv;
import org.switchboard.phonebook.PhonebookService;
import org.switchboard.ui.WidgetIds;

/**
 * Business management > Phonebook management (S5): import a CSV file into a book after a preview (the file's
 * encoding, its rows, and every bad row with its line; nothing is imported while any row is bad, and an import is
 * one transaction), and export a book as a CSV file a spreadsheet opens (UTF-8 with BOM, CRLF). Batch delete and
 * batch move are in the phonebook part (select contacts, right-click, or drag them onto a department).
 */
public final class ManagementDialog extends TitleAreaDialog {

	private static final int PREVIEW_ROWS = 200;

	private final Messages messages;
	private final PhonebookService service;
	private Button enterprise;
	private Label summary;
	private Table errors;
	private Table preview;
	private Button importButton;
	private Label status;
	private ContactCsv.Parsed parsed;

	public ManagementDialog(Shell shell, Messages messages, PhonebookService service) {
		super(shell);
		this.messages = messages;
		this.service = service;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(messages.manage_title);
		WidgetIds.set(shell, "phonebook.manage");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle(messages.manage_title);
		setMessage(messages.manage_message);
		Composite area = (Composite) super.createDialogArea(parent);
		Composite c = new Composite(area, SWT.NONE);
		c.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		c.setLayout(new GridLayout(5, false));
		new Label(c, SWT.NONE).setText(messages.manage_book);
		enterprise = new Button(c, SWT.RADIO);
		enterprise.setText(messages.book_enterprise);
		enterprise.setSelection(true);
		WidgetIds.set(enterprise, "phonebook.manage.enterprise");
		Button personal = new Button(c, SWT.RADIO);
		personal.setText(messages.book_personal);
		WidgetIds.set(personal, "phonebook.manage.personal");
		Button importFile = new Button(c, SWT.PUSH);
		importFile.setText(messages.manage_import);
		WidgetIds.set(importFile, "phonebook.manage.import");
		importFile.addListener(SWT.Selection, e -> chooseImport());
		Button export = new Button(c, SWT.PUSH);
		export.setText(messages.manage_export);
		WidgetIds.set(export, "phonebook.manage.export");
		export.addListener(SWT.Selection, e -> chooseExport());

		Label columns = new Label(c, SWT.WRAP);
		columns.setText(messages.manage_columns);
		GridData cd = new GridData(SWT.FILL, SWT.CENTER, true, false, 5, 1);
		cd.widthHint = 640;
		columns.setLayoutData(cd);
		summary = new Label(c, SWT.WRAP);
		WidgetIds.set(summary, "phonebook.manage.summary");
		summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 5, 1));
		new Label(c, SWT.NONE).setText(messages.manage_errors);
		errors = new Table(c, SWT.BORDER | SWT.FULL_SELECTION);
		WidgetIds.set(errors, "phonebook.manage.errors");
		GridData ed = new GridData(SWT.FILL, SWT.FILL, true, false, 5, 1);
		ed.heightHint = 80;
		errors.setLayoutData(ed);
		new Label(c, SWT.NONE).setText(messages.manage_preview);
		preview = new Table(c, SWT.BORDER | SWT.FULL_SELECTION);
		WidgetIds.set(preview, "phonebook.manage.preview");
		preview.setHeaderVisible(true);
		GridData pd = new GridData(SWT.FILL, SWT.FILL, true, true, 5, 1);
		pd.heightHint = 200;
		preview.setLayoutData(pd);
		for (String h : new String[] { messages.column_name, messages.column_department, messages.column_title,
				messages.column_numbers }) {
			TableColumn col = new TableColumn(preview, SWT.NONE);
			col.setText(h);
			col.setWidth(160);
		}
		status = new Label(c, SWT.WRAP);
		WidgetIds.set(status, "phonebook.manage.status");
		status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 5, 1));
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		importButton = createButton(parent, IDialogConstants.PROCEED_ID, MessageFormat.format(messages.manage_doImport, 0),
				false);
		WidgetIds.set(importButton, "phonebook.manage.doImport");
		importButton.setEnabled(false);
		createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	@Override
	protected void buttonPressed(int id) {
		if (id == IDialogConstants.PROCEED_ID) {
			importParsed();
		} else if (id == IDialogConstants.CLOSE_ID) {
			close();
		} else {
			super.buttonPressed(id);
		}
	}

	private void chooseImport() {
		FileDialog files = new FileDialog(getShell(), SWT.OPEN);
		files.setFilterExtensions(new String[] { "*.csv", "*.*" });
		String file = files.open();
		if (file != null) {
			load(Path.of(file));
		}
	}

	/** Reads a file (off the UI thread) and shows its preview and bad rows. */
	public void load(Path file) {
		status.setText("");
		Background.run(getShell().getDisplay(), messages, () -> {
			try {
				return ContactCsv.read(file);
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}, this::show);
	}

	private void show(ContactCsv.Parsed p) {
		if (getShell() == null || getShell().isDisposed()) {
			return;
		}
		parsed = p;
		summary.setText(MessageFormat.format(messages.manage_encoding, p.encoding(), p.rows().size(), p.errors().size()));
		errors.removeAll();
		for (ContactCsv.RowError e : p.errors()) {
			new TableItem(errors, SWT.NONE).setText(MessageFormat.format(messages.manage_error_row, e.line(), e.problem()));
		}
		preview.removeAll();
		for (ContactCsv.Row r : p.rows().subList(0, Math.min(PREVIEW_ROWS, p.rows().size()))) {
			Contact c = r.contact();
			new TableItem(preview, SWT.NONE).setText(new String[] { c.getName(), String.join("/", r.departmentPath()),
					c.getTitle() == null ? "" : c.getTitle(), c.getNumbers().stream()
							.map(n -> ContactDialog.kindLabel(messages, n.getKind()) + " " + n.getNumber())
							.reduce((a, b) -> a + "   " + b).orElse("") });
		}
		boolean good = p.errors().isEmpty() && !p.rows().isEmpty();
		importButton.setText(MessageFormat.format(messages.manage_doImport, good ? p.rows().size() : 0));
		importButton.setEnabled(good);
		importButton.getParent().layout(true);
		summary.getParent().layout(true);
	}

	private void importParsed() {
		ContactCsv.Parsed p = parsed;
		PhonebookKind kind = enterprise.getSelection() ? PhonebookKind.ENTERPRISE : PhonebookKind.PERSONAL;
		importButton.setEnabled(false);
		Background.run(getShell().getDisplay(), messages, () -> service.importContacts(p, kind), n -> {
			if (!status.isDisposed()) {
				status.setText(MessageFormat.format(messages.manage_imported, n));
				parsed = null;
			}
		});
	}

	private void chooseExport() {
		FileDialog files = new FileDialog(getShell(), SWT.SAVE);
		files.setFilterExtensions(new String[] { "*.csv" });
		files.setFileName("phonebook.csv");
		files.setOverwrite(true);
		String file = files.open();
		if (file != null) {
			export(Path.of(file));
		}
	}

	/** Writes the chosen book (off the UI thread). */
	public void export(Path file) {
		PhonebookKind kind = enterprise.getSelection() ? PhonebookKind.ENTERPRISE : PhonebookKind.PERSONAL;
		List<Contact> contacts = service.index().contactsIn(kind, 0);
		Background.run(getShell().getDisplay(), messages, () -> {
			try (OutputStream out = Files.newOutputStream(file)) {
				ContactCsv.write(contacts, service.index()::departmentPath, out);
				service.recordExport(contacts.size(), file.toString(), null);
			} catch (IOException e) {
				service.recordExport(contacts.size(), file.toString(), e);
				throw new UncheckedIOException(e);
			}
			return contacts.size();
		}, n -> {
			if (!status.isDisposed()) {
				status.setText(MessageFormat.format(messages.manage_exported, n, file));
			}
		});
	}
}
