package org.switchboard.phonebook.ui.internal;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.dnd.TransferData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Text;
import org.switchboard.model.Contact;
import org.switchboard.model.ContactNumber;
import org.switchboard.model.Department;
import org.switchboard.model.PhonebookKind;
import org.switchboard.model.SwitchboardFactory;
import org.switchboard.phonebook.PhonebookIndex;
import org.switchboard.phonebook.PhonebookService;
import org.switchboard.ui.WidgetIds;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The phonebook part (S5): a search box (names, numbers, departments, pinyin), the enterprise and personal books,
 * each a department tree beside its contacts. Right-click a department to add a contact or a sub-department, rename
 * or delete it; drag departments and contacts onto a department to move them. Right-click contacts to edit, delete,
 * move, call one of their numbers or transfer the current call to it (call control's commands).
 */
public class PhonebookPart {

	/** Call control's commands and their number parameter (the phonebook does not require call control). */
	public static final String COMMAND_CALL = "org.switchboard.callcontrol.command.call";
	public static final String COMMAND_TRANSFER = "org.switchboard.callcontrol.command.transfer.blind";
	public static final String PARAMETER_NUMBER = "org.switchboard.callcontrol.command.number";
	static final int SEARCH_LIMIT = 500;

	/** The top of a book in the tree: the whole book. */
	record BookRoot(PhonebookKind kind) {
	}

	@Inject
	@Translation
	private Messages messages;
	@Inject
	private UISynchronize sync;
	@Inject
	private ECommandService commands;
	@Inject
	private EHandlerService handlers;

	private PhonebookService service;
	private AutoCloseable subscription;
	private PhonebookKind book = PhonebookKind.ENTERPRISE;
	private Text search;
	private Button enterprise;
	private Button personal;
	private Label count;
	private TreeViewer tree;
	private TableViewer table;
	private boolean refreshQueued;

	@PostConstruct
	void create(Composite parent) {
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		parent.setLayout(layout);
		Composite header = new Composite(parent, SWT.NONE);
		header.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		GridLayout hl = new GridLayout(4, false);
		hl.marginWidth = 8;
		hl.marginHeight = 4;
		header.setLayout(hl);
		search = new Text(header, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		WidgetIds.set(search, "phonebook.search");
		search.setMessage(messages.search_message);
		GridData sd = new GridData(SWT.FILL, SWT.CENTER, true, false);
		sd.minimumWidth = 200;
		search.setLayoutData(sd);
		search.addListener(SWT.Modify, e -> showContacts());
		search.addListener(SWT.KeyDown, e -> {
			if (e.keyCode == SWT.ESC) {
				search.setText("");
			} else if (e.keyCode == SWT.ARROW_DOWN || e.keyCode == SWT.CR) {
				table.getTable().setFocus();
			}
		});
		enterprise = bookButton(header, messages.book_enterprise, PhonebookKind.ENTERPRISE, "phonebook.book.enterprise");
		personal = bookButton(header, messages.book_personal, PhonebookKind.PERSONAL, "phonebook.book.personal");
		enterprise.setSelection(true);
		count = new Label(header, SWT.NONE);
		WidgetIds.set(count, "phonebook.count");
		GridData cd = new GridData(SWT.END, SWT.CENTER, false, false);
		cd.widthHint = 140;
		count.setLayoutData(cd);
		count.setText(messages.loading);

		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		createTree(sash);
		createTable(sash);
		sash.setWeights(25, 75);
		refresh();
	}

	private Button bookButton(Composite header, String label, PhonebookKind kind, String id) {
		Button b = new Button(header, SWT.RADIO);
		WidgetIds.set(b, id);
		b.setText(label);
		b.addListener(SWT.Selection, e -> {
			if (b.getSelection() && book != kind) {
				book = kind;
				refresh();
				tree.setSelection(new StructuredSelection(new BookRoot(kind)));
			}
		});
		return b;
	}

	@Inject
	void setService(@Optional PhonebookService service) {
		closeSubscription();
		this.service = service;
		if (service != null) {
			subscription = service.addListener(this::queueRefresh);
			service.loaded().whenComplete((v, e) -> queueRefresh());
		}
		if (tree != null) {
			refresh();
		}
	}

	@PreDestroy
	void dispose() {
		closeSubscription();
	}

	private void closeSubscription() {
		if (subscription != null) {
			try {
				subscription.close();
			} catch (Exception e) {
				// a listener list that cannot remove us only keeps calling a disposed part, which ignores it
			}
			subscription = null;
		}
	}

	@Focus
	void focus() {
		search.setFocus();
	}

	/** Puts the cursor in the search box with the text selected (Ctrl+B). */
	public void focusSearch() {
		search.setFocus();
		search.selectAll();
	}

	/** Changes come from any thread and in bursts (an import): one repaint per burst, on the UI thread. */
	private void queueRefresh() {
		synchronized (this) {
			if (refreshQueued) {
				return;
			}
			refreshQueued = true;
		}
		sync.asyncExec(() -> {
			synchronized (this) {
				refreshQueued = false;
			}
			if (!tree.getControl().isDisposed()) {
				refresh();
			}
		});
	}

	private PhonebookIndex index() {
		return service == null ? PhonebookIndex.empty() : service.index();
	}

	private void refresh() {
		Object[] expanded = tree.getExpandedElements();
		Object selected = tree.getStructuredSelection().getFirstElement();
		tree.setInput(book);
		tree.setExpandedElements(expanded);
		tree.expandToLevel(2);
		if (selected instanceof Department d) {
			index().department(d.getId()).ifPresent(now -> tree.setSelection(new StructuredSelection(now)));
		}
		showContacts();
	}

	private void showContacts() {
		PhonebookIndex index = index();
		String text = search.getText().strip();
		List<Contact> shown;
		if (!text.isEmpty()) {
			shown = index.search(text, SEARCH_LIMIT);
			count.setText(MessageFormat.format(messages.count_search, shown.size()));
		} else {
			Object selected = tree.getStructuredSelection().getFirstElement();
			long department = selected instanceof Department d ? d.getId() : 0;
			shown = index.contactsIn(book, department);
			count.setText(service != null && !service.loaded().isDone() ? messages.loading
					: MessageFormat.format(messages.count, shown.size()));
		}
		table.setInput(shown);
	}

	// The department tree

	private void createTree(Composite parent) {
		tree = new TreeViewer(parent, SWT.SINGLE | SWT.BORDER);
		WidgetIds.set(tree.getTree(), "phonebook.departments");
		tree.setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return new Object[] { new BookRoot((PhonebookKind) input) };
			}

			@Override
			public Object[] getChildren(Object parent) {
				long id = parent instanceof Department d ? d.getId() : 0;
				return index().departments(book).stream().filter(d -> d.getParentId() == id)
						.sorted((a, b) -> a.getName().compareToIgnoreCase(b.getName())).toArray();
			}

			@Override
			public Object getParent(Object element) {
				if (element instanceof Department d) {
					return d.getParentId() == 0 ? new BookRoot(d.getKind()) : index().department(d.getParentId()).orElse(null);
				}
				return null;
			}

			@Override
			public boolean hasChildren(Object element) {
				return getChildren(element).length > 0;
			}
		});
		tree.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				if (element instanceof BookRoot r) {
					return r.kind() == PhonebookKind.ENTERPRISE ? messages.book_enterprise : messages.book_personal;
				}
				return ((Department) element).getName();
			}
		});
		tree.addSelectionChangedListener(e -> {
			if (search.getText().isEmpty()) {
				showContacts();
			} else {
				search.setText("");
			}
		});
		Menu menu = new Menu(tree.getTree());
		menu.addListener(SWT.Show, e -> fillDepartmentMenu(menu));
		tree.getTree().setMenu(menu);

		tree.addDragSupport(DND.DROP_MOVE, new Transfer[] { LocalSelectionTransfer.getTransfer() },
				new DragSourceAdapter() {
					@Override
					public void dragStart(DragSourceEvent event) {
						IStructuredSelection s = tree.getStructuredSelection();
						event.doit = s.getFirstElement() instanceof Department;
						LocalSelectionTransfer.getTransfer().setSelection(s);
					}
				});
		tree.addDropSupport(DND.DROP_MOVE, new Transfer[] { LocalSelectionTransfer.getTransfer() },
				new ViewerDropAdapter(tree) {
					@Override
					public boolean validateDrop(Object target, int operation, TransferData type) {
						return target instanceof Department || target instanceof BookRoot;
					}

					@Override
					public boolean performDrop(Object data) {
						moveDropped(getCurrentTarget(), LocalSelectionTransfer.getTransfer().getSelection());
						return true;
					}
				});
	}

	/** Drops departments or contacts onto a department (or the top of the book): a move. */
	void moveDropped(Object target, org.eclipse.jface.viewers.ISelection dragged) {
		long to = target instanceof Department d ? d.getId() : 0;
		if (!(dragged instanceof IStructuredSelection s) || s.isEmpty() || service == null) {
			return;
		}
		if (s.getFirstElement() instanceof Department moved) {
			if (moved.getId() != to) {
				Background.run(tree.getControl().getDisplay(), messages, () -> {
					service.moveDepartment(moved.getId(), to);
					return null;
				}, null);
			}
		} else {
			List<Long> ids = contactIds(s);
			Background.run(tree.getControl().getDisplay(), messages, () -> service.move(ids, to), null);
		}
	}

	private void fillDepartmentMenu(Menu menu) {
		for (MenuItem item : menu.getItems()) {
			item.dispose();
		}
		Object selected = tree.getStructuredSelection().getFirstElement();
		if (selected == null || service == null) {
			return;
		}
		long id = selected instanceof Department d ? d.getId() : 0;
		item(menu, messages.menu_addContact, "phonebook.menu.addContact", () -> addContact(id));
		item(menu, id == 0 ? messages.menu_addDepartment : messages.menu_addSubDepartment,
				"phonebook.menu.addDepartment", () -> addDepartment(id));
		if (selected instanceof Department d) {
			item(menu, messages.menu_rename, "phonebook.menu.rename", () -> renameDepartment(d));
			new MenuItem(menu, SWT.SEPARATOR);
			item(menu, messages.menu_delete, "phonebook.menu.deleteDepartment", () -> deleteDepartment(d));
		}
	}

	void addDepartment(long parentId) {
		InputDialog dialog = new InputDialog(tree.getControl().getShell(), messages.dialog_department_add,
				messages.dialog_department_name, "", v -> v.isBlank() ? "" : null);
		if (dialog.open() == Window.OK) {
			String name = dialog.getValue().strip();
			PhonebookKind kind = book;
			Background.run(tree.getControl().getDisplay(), messages,
					() -> service.addDepartment(kind, parentId, name), null);
		}
	}

	private void renameDepartment(Department d) {
		InputDialog dialog = new InputDialog(tree.getControl().getShell(), messages.dialog_department_rename,
				messages.dialog_department_name, d.getName(), v -> v.isBlank() ? "" : null);
		if (dialog.open() == Window.OK) {
			String name = dialog.getValue().strip();
			Background.run(tree.getControl().getDisplay(), messages, () -> {
				service.renameDepartment(d.getId(), name);
				return null;
			}, null);
		}
	}

	private void deleteDepartment(Department d) {
		int contacts = service.contactsUnder(d.getId());
		if (MessageDialog.openQuestion(tree.getControl().getShell(), messages.delete_department_title,
				MessageFormat.format(messages.delete_department_question, d.getName(), contacts))) {
			Background.run(tree.getControl().getDisplay(), messages, () -> service.deleteDepartment(d.getId()), null);
		}
	}

	// The contacts

	private void createTable(Composite parent) {
		table = new TableViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.VIRTUAL);
		WidgetIds.set(table.getTable(), "phonebook.contacts");
		table.getTable().setHeaderVisible(true);
		table.setContentProvider(ArrayContentProvider.getInstance());
		column(messages.column_name, 160, c -> c.getName());
		column(messages.column_department, 180, c -> index().departmentPath(c.getDepartmentId()));
		column(messages.column_title, 120, c -> c.getTitle() == null ? "" : c.getTitle());
		column(messages.column_numbers, 360, this::numbers);
		table.addDoubleClickListener(e -> {
			if (e.getSelection() instanceof IStructuredSelection s && s.getFirstElement() instanceof Contact c) {
				editContact(c);
			}
		});
		Menu menu = new Menu(table.getTable());
		menu.addListener(SWT.Show, e -> fillContactMenu(menu));
		table.getTable().setMenu(menu);
		table.addDragSupport(DND.DROP_MOVE, new Transfer[] { LocalSelectionTransfer.getTransfer() },
				new DragSourceAdapter() {
					@Override
					public void dragStart(DragSourceEvent event) {
						LocalSelectionTransfer.getTransfer().setSelection(table.getStructuredSelection());
					}
				});
	}

	private void column(String title, int width, java.util.function.Function<Contact, String> text) {
		TableViewerColumn c = new TableViewerColumn(table, SWT.NONE);
		c.getColumn().setText(title);
		c.getColumn().setWidth(width);
		c.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Contact) element);
			}
		});
	}

	private String numbers(Contact c) {
		return c.getNumbers().stream().map(n -> ContactDialog.kindLabel(messages, n.getKind()) + " " + n.getNumber())
				.collect(Collectors.joining("   "));
	}

	private void fillContactMenu(Menu menu) {
		for (MenuItem item : menu.getItems()) {
			item.dispose();
		}
		IStructuredSelection s = table.getStructuredSelection();
		if (service == null) {
			return;
		}
		if (s.size() == 1 && s.getFirstElement() instanceof Contact c) {
			for (ContactNumber n : c.getNumbers()) {
				String label = ContactDialog.kindLabel(messages, n.getKind());
				item(menu, MessageFormat.format(messages.menu_call, label, n.getNumber()), "phonebook.menu.call",
						() -> runCallCommand(COMMAND_CALL, n.getNumber()));
			}
			for (ContactNumber n : c.getNumbers()) {
				String label = ContactDialog.kindLabel(messages, n.getKind());
				item(menu, MessageFormat.format(messages.menu_transfer, label, n.getNumber()), "phonebook.menu.transfer",
						() -> runCallCommand(COMMAND_TRANSFER, n.getNumber()));
			}
			if (!c.getNumbers().isEmpty()) {
				new MenuItem(menu, SWT.SEPARATOR);
			}
			item(menu, messages.menu_edit, "phonebook.menu.edit", () -> editContact(c));
		}
		if (!s.isEmpty()) {
			item(menu, messages.menu_move, "phonebook.menu.move", () -> moveContacts(contactIds(s)));
			item(menu, messages.menu_delete, "phonebook.menu.delete", () -> deleteContacts(contactIds(s)));
		}
	}

	private void runCallCommand(String command, String number) {
		ParameterizedCommand cmd = commands.createCommand(command, Map.of(PARAMETER_NUMBER, number));
		if (cmd != null) {
			handlers.executeHandler(cmd);
		}
	}

	void addContact(long departmentId) {
		Contact c = SwitchboardFactory.eINSTANCE.createContact();
		c.setKind(book);
		c.setDepartmentId(departmentId);
		openContactDialog(c);
	}

	/** Edits the contact as stored now (read in the background), not as the list last showed it. */
	private void editContact(Contact c) {
		Shell shell = table.getControl().getShell();
		Background.run(table.getControl().getDisplay(), messages, () -> service.forEdit(c.getId()), stored -> {
			if (shell.isDisposed()) {
				return;
			}
			if (stored.isEmpty()) {
				MessageDialog.openInformation(shell, messages.error_title, messages.dialog_contact_gone);
				return;
			}
			openContactDialog(stored.get().value(), stored.get().version());
		});
	}

	private void openContactDialog(Contact c) {
		openContactDialog(c, -1);
	}

	private void openContactDialog(Contact c, long version) {
		List<Department> books = index().departments(c.getKind());
		new ContactDialog(table.getControl().getShell(), messages, service, c, version, books, index()).open();
	}

	private void moveContacts(List<Long> ids) {
		List<Department> all = index().departments(book);
		String[] names = all.stream().map(d -> index().departmentPath(d.getId())).toArray(String[]::new);
		DepartmentChooser dialog = new DepartmentChooser(table.getControl().getShell(), messages.menu_move.replace("…", ""),
				MessageFormat.format(messages.dialog_move, ids.size()), names);
		if (dialog.open() == Window.OK && dialog.chosen() >= 0) {
			long to = all.get(dialog.chosen()).getId();
			Background.run(table.getControl().getDisplay(), messages, () -> service.move(ids, to), null);
		}
	}

	private void deleteContacts(List<Long> ids) {
		if (MessageDialog.openQuestion(table.getControl().getShell(), messages.delete_contacts_title,
				MessageFormat.format(messages.delete_contacts_question, ids.size()))) {
			Background.run(table.getControl().getDisplay(), messages, () -> service.delete(ids), null);
		}
	}

	private static List<Long> contactIds(IStructuredSelection s) {
		List<Long> ids = new ArrayList<>();
		for (Object o : s.toList()) {
			if (o instanceof Contact c) {
				ids.add(c.getId());
			}
		}
		return ids;
	}

	private static void item(Menu menu, String text, String id, Runnable action) {
		MenuItem item = new MenuItem(menu, SWT.PUSH);
		WidgetIds.set(item, id);
		item.setText(text);
		item.addListener(SWT.Selection, e -> action.run());
	}

	/** For tests: the names shown in the contact table now. */
	public List<String> shownNames() {
		List<String> out = new ArrayList<>();
		for (int i = 0; i < table.getTable().getItemCount(); i++) {
			Object o = table.getElementAt(i);
			out.add(o instanceof Contact c ? c.getName() : "");
		}
		return out;
	}
}
