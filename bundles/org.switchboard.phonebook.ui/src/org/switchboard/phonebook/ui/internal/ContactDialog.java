package org.switchboard.phonebook.ui.internal;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.switchboard.model.Contact;
import org.switchboard.model.ContactNumber;
import org.switchboard.model.Department;
import org.switchboard.model.NumberKind;
import org.switchboard.model.SwitchboardFactory;
import org.switchboard.pbx.PbxException;
import org.switchboard.phonebook.PhonebookIndex;
import org.switchboard.phonebook.PhonebookService;
import org.switchboard.store.StoreException;
import org.switchboard.store.Versioned;
import org.switchboard.ui.Shells;
import org.switchboard.ui.WidgetIds;

/**
 * The contact dialog: name, department, title, one number per label (extension, office, mobile, home, other) and
 * notes. The numbers are checked when OK is pressed; a bad one is named in the dialog and nothing typed is lost.
 * An edit saved after another console saved the same contact is refused: the dialog stays open with what was typed,
 * shows what the other console saved, and offers to save over it (OK), show theirs (Reload) or keep theirs (Cancel).
 */
final class ContactDialog extends TitleAreaDialog {

	static final NumberKind[] KINDS = { NumberKind.EXTENSION, NumberKind.OFFICE, NumberKind.MOBILE, NumberKind.HOME,
			NumberKind.OTHER };

	private final Messages messages;
	private final Contact contact;
	private final List<Department> departments;
	private final PhonebookIndex index;
	private Text name;
	private Combo department;
	private Text title;
	private Text notes;
	private final Map<NumberKind, Text> numbers = new EnumMap<>(NumberKind.class);
	private final PhonebookService service;
	/** The stored version this edit starts from ({@code -1}: a new contact). */
	private long version;
	private Label conflict;
	/** What another console saved, after a save of this dialog was refused because of it. */
	private Contact theirs;

	/**
	 * Edits a copy of {@code contact}, a new one or a stored one read with its {@code version} (-1 for a new one).
	 * OK saves it in the background; the dialog closes once it is saved and otherwise stays open with what was typed.
	 */
	ContactDialog(Shell shell, Messages messages, PhonebookService service, Contact contact, long version,
			List<Department> departments, PhonebookIndex index) {
		super(shell);
		this.messages = messages;
		this.service = service;
		this.contact = EcoreUtil.copy(contact);
		this.version = version;
		this.departments = departments;
		this.index = index;
		setBlockOnOpen(false); // the UI thread goes on with the workbench's own event loop
	}

	static String kindLabel(Messages m, NumberKind kind) {
		return switch (kind) {
		case EXTENSION -> m.kind_extension;
		case OFFICE -> m.kind_office;
		case MOBILE -> m.kind_mobile;
		case HOME -> m.kind_home;
		case FAX -> m.kind_fax;
		case OTHER -> m.kind_other;
		};
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(contact.getId() == 0 ? messages.dialog_contact_add : messages.dialog_contact_edit);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle(contact.getId() == 0 ? messages.dialog_contact_add : messages.dialog_contact_edit);
		setMessage(messages.dialog_contact_message);
		Composite area = (Composite) super.createDialogArea(parent);
		Composite form = new Composite(area, SWT.NONE);
		form.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		form.setLayout(new GridLayout(2, false));
		name = field(form, messages.dialog_contact_name, contact.getName(), "phonebook.contact.name");
		new Label(form, SWT.NONE).setText(messages.dialog_contact_department);
		department = new Combo(form, SWT.READ_ONLY);
		WidgetIds.set(department, "phonebook.contact.department");
		department.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		department.add("—");
		department.select(0);
		for (int i = 0; i < departments.size(); i++) {
			department.add(index.departmentPath(departments.get(i).getId()));
			if (departments.get(i).getId() == contact.getDepartmentId()) {
				department.select(i + 1);
			}
		}
		title = field(form, messages.dialog_contact_title, contact.getTitle(), "phonebook.contact.title");
		for (NumberKind kind : KINDS) {
			String value = contact.getNumbers().stream()
					.filter(n -> n.getKind() == kind || kind == NumberKind.OTHER && n.getKind() == NumberKind.FAX)
					.map(ContactNumber::getNumber).findFirst().orElse("");
			numbers.put(kind, field(form, kindLabel(messages, kind), value,
					"phonebook.contact.number." + kind.getLiteral().toLowerCase(java.util.Locale.ROOT)));
		}
		new Label(form, SWT.NONE).setText(messages.dialog_contact_notes);
		notes = new Text(form, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
		WidgetIds.set(notes, "phonebook.contact.notes");
		GridData nd = new GridData(SWT.FILL, SWT.FILL, true, true);
		nd.heightHint = 60;
		notes.setLayoutData(nd);
		notes.setText(contact.getNote() == null ? "" : contact.getNote());
		conflict = new Label(form, SWT.WRAP);
		WidgetIds.set(conflict, "phonebook.contact.conflict");
		GridData cd = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
		cd.widthHint = 420;
		cd.exclude = true;
		conflict.setLayoutData(cd);
		conflict.setVisible(false);
		return area;
	}

	/** Puts a contact's fields into the form (Reload: what another console saved). */
	private void show(Contact c) {
		name.setText(c.getName() == null ? "" : c.getName());
		department.select(0);
		for (int i = 0; i < departments.size(); i++) {
			if (departments.get(i).getId() == c.getDepartmentId()) {
				department.select(i + 1);
			}
		}
		title.setText(c.getTitle() == null ? "" : c.getTitle());
		for (NumberKind kind : KINDS) {
			numbers.get(kind).setText(c.getNumbers().stream()
					.filter(n -> n.getKind() == kind || kind == NumberKind.OTHER && n.getKind() == NumberKind.FAX)
					.map(ContactNumber::getNumber).findFirst().orElse(""));
		}
		notes.setText(c.getNote() == null ? "" : c.getNote());
	}

	/** A contact in one line, to show what another console saved. */
	private String describe(Contact c) {
		StringBuilder b = new StringBuilder(c.getName());
		for (ContactNumber n : c.getNumbers()) {
			b.append(" · ").append(kindLabel(messages, n.getKind())).append(' ').append(n.getNumber());
		}
		if (c.getTitle() != null) {
			b.append(" · ").append(c.getTitle());
		}
		if (c.getNote() != null) {
			b.append(" · ").append(c.getNote());
		}
		return b.toString();
	}

	private void showConflict(String text) {
		conflict.setText(text);
		((GridData) conflict.getLayoutData()).exclude = false;
		conflict.setVisible(true);
		Shells.growHeightToFit(getShell());
		conflict.getParent().layout(true);
	}

	/** What a save came to: saved, or refused because another console changed (or deleted) the contact. */
	private record Saved(boolean done, Versioned<Contact> current) {
	}

	private static Text field(Composite form, String label, String value, String id) {
		new Label(form, SWT.NONE).setText(label);
		Text t = new Text(form, SWT.BORDER);
		WidgetIds.set(t, id);
		GridData d = new GridData(SWT.FILL, SWT.CENTER, true, false);
		d.widthHint = 320;
		t.setLayoutData(d);
		t.setText(value == null ? "" : value);
		return t;
	}

	@Override
	protected void okPressed() {
		Contact edited = EcoreUtil.copy(contact);
		edited.setName(name.getText().strip());
		int d = department.getSelectionIndex();
		edited.setDepartmentId(d <= 0 ? 0 : departments.get(d - 1).getId());
		edited.setTitle(blankToNull(title.getText()));
		edited.setNote(blankToNull(notes.getText()));
		List<ContactNumber> list = new ArrayList<>();
		for (NumberKind kind : KINDS) {
			String v = numbers.get(kind).getText().strip().replace(" ", "").replace("-", "");
			if (!v.isEmpty()) {
				ContactNumber n = SwitchboardFactory.eINSTANCE.createContactNumber();
				n.setKind(kind);
				n.setNumber(v);
				list.add(n);
			}
		}
		edited.getNumbers().clear();
		edited.getNumbers().addAll(list);
		try {
			PhonebookService.validate(edited);
		} catch (PbxException e) {
			setErrorMessage(e.getMessage());
			return;
		}
		Button ok = getButton(IDialogConstants.OK_ID);
		ok.setEnabled(false);
		setErrorMessage(null);
		setMessage(messages.dialog_contact_saving);
		long from = version;
		Background.run(getShell().getDisplay(), () -> {
			if (from < 0) {
				service.save(edited);
				return new Saved(true, null);
			}
			try {
				service.update(edited, from);
				return new Saved(true, null);
			} catch (StoreException e) {
				if (e.reason() != StoreException.Reason.CHANGED_ELSEWHERE) {
					throw e;
				}
				return new Saved(false, service.forEdit(edited.getId()).orElse(null));
			}
		}, saved -> {
			if (getShell() == null || getShell().isDisposed()) {
				return;
			}
			ok.setEnabled(true);
			setMessage(messages.dialog_contact_message);
			if (saved.done()) {
				close();
			} else if (saved.current() == null) {
				// deleted elsewhere: OK now adds what the operator typed as a new contact
				contact.setId(0);
				version = -1;
				theirs = null;
				getButton(RELOAD_ID).setEnabled(false);
				setErrorMessage(messages.dialog_contact_changed);
				showConflict(messages.dialog_contact_deleted);
			} else {
				// OK again saves over what the other console saved; Reload shows theirs; Cancel keeps theirs
				theirs = saved.current().value();
				version = saved.current().version();
				getButton(RELOAD_ID).setEnabled(true);
				setErrorMessage(messages.dialog_contact_changed);
				showConflict(MessageFormat.format(messages.dialog_contact_theirs, describe(theirs)));
			}
		}, error -> {
			if (getShell() == null || getShell().isDisposed()) {
				return;
			}
			ok.setEnabled(true);
			setMessage(messages.dialog_contact_message);
			setErrorMessage(Background.describe(messages, error));
		});
	}

	private static final int RELOAD_ID = IDialogConstants.CLIENT_ID + 1;

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		Button reload = createButton(parent, RELOAD_ID, messages.dialog_contact_reload, false);
		WidgetIds.set(reload, "phonebook.contact.reload");
		reload.setEnabled(false);
		super.createButtonsForButtonBar(parent);
		WidgetIds.set(getButton(IDialogConstants.OK_ID), "phonebook.contact.ok");
		WidgetIds.set(getButton(IDialogConstants.CANCEL_ID), "phonebook.contact.cancel");
	}

	@Override
	protected void buttonPressed(int id) {
		if (id == RELOAD_ID) {
			if (theirs != null) {
				show(theirs);
				setErrorMessage(null);
				conflict.setText(messages.dialog_contact_reloaded);
			}
			return;
		}
		super.buttonPressed(id);
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
