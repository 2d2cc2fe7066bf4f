package org.switchboard.phonebook.ui.internal;

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
import org.switchboard.ui.WidgetIds;

/**
 * The contact dialog: name, department, title, one number per label (extension, office, mobile, home, other) and
 * notes. The numbers are checked when OK is pressed; a bad one is named in the dialog and nothing typed is lost.
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

	/** Edits a copy of {@code contact}; {@link #result()} is the edited copy after OK. */
	ContactDialog(Shell shell, Messages messages, Contact contact, List<Department> departments, PhonebookIndex index) {
		super(shell);
		this.messages = messages;
		this.contact = EcoreUtil.copy(contact);
		this.departments = departments;
		this.index = index;
	}

	Contact result() {
		return contact;
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
		return area;
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
		contact.setName(edited.getName());
		contact.setDepartmentId(edited.getDepartmentId());
		contact.setTitle(edited.getTitle());
		contact.setNote(edited.getNote());
		contact.getNumbers().clear();
		contact.getNumbers().addAll(edited.getNumbers());
		super.okPressed();
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		WidgetIds.set(getButton(IDialogConstants.OK_ID), "phonebook.contact.ok");
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
