package org.switchboard.settings.ui.internal;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.switchboard.model.DialPermission;
import org.switchboard.pbx.live.ExtensionView;
import org.switchboard.settings.Change;
import org.switchboard.settings.NumberRanges;
import org.switchboard.settings.NumberRanges.RangeException;
import org.switchboard.ui.WidgetIds;

/**
 * S1 / S2 batch: picks extensions (ticked in a list, a number range, or a department) and the change (DND on or off,
 * or a dial permission). OK first shows what will happen ("Turn do not disturb ON for 40 extensions?", and the
 * numbers that are not extensions); a second OK ("Confirm") hands the choice on. It does not block while open (so
 * the console keeps updating), and nothing is lost on bad input: the message says what is wrong.
 */
public final class BatchDialog extends TitleAreaDialog {

	public enum Kind {
		DND, PERMISSION
	}

	/** Widget ids (for tests). */
	public static final String ID_SHELL = "settings.batch";
	public static final String ID_MODE_LIST = "settings.batch.mode.list";
	public static final String ID_MODE_RANGE = "settings.batch.mode.range";
	public static final String ID_MODE_DEPARTMENT = "settings.batch.mode.department";
	public static final String ID_TABLE = "settings.batch.table";
	public static final String ID_RANGE = "settings.batch.range";
	public static final String ID_DEPARTMENT = "settings.batch.department";
	public static final String ID_DND_ON = "settings.batch.dnd.on";
	public static final String ID_DND_OFF = "settings.batch.dnd.off";
	public static final String ID_PERMISSION = "settings.batch.permission";

	private static final DialPermission[] LEVELS = { DialPermission.INTERNAL, DialPermission.LOCAL,
			DialPermission.NATIONAL, DialPermission.INTERNATIONAL };

	private final Kind kind;
	private final List<ExtensionView> extensions;
	private final Messages messages;
	private final BiConsumer<Change, List<String>> onConfirmed;

	private Button byList;
	private Button byRange;
	private Button byDepartment;
	private Table table;
	private Text range;
	private Combo department;
	private Button dndOn;
	private Button dndOff;
	private Combo permission;
	private Label chosen;
	/** What the first OK worked out; the second OK confirms it. Any edit clears it. */
	private List<String> pending;
	private Change pendingChange;

	public BatchDialog(Shell parent, Kind kind, List<ExtensionView> extensions, Messages messages,
			BiConsumer<Change, List<String>> onConfirmed) {
		super(parent);
		this.kind = kind;
		this.extensions = List.copyOf(extensions);
		this.messages = messages;
		this.onConfirmed = onConfirmed;
		setBlockOnOpen(false);
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(kind == Kind.DND ? messages.batch_dnd_title : messages.batch_permission_title);
		WidgetIds.set(shell, ID_SHELL);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle(kind == Kind.DND ? messages.batch_dnd_title : messages.batch_permission_title);
		setMessage(kind == Kind.DND ? messages.batch_dnd_message : messages.batch_permission_message);
		Composite area = (Composite) super.createDialogArea(parent);
		Composite body = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		GridLayoutFactory.swtDefaults().numColumns(1).applyTo(body);

		Group pick = new Group(body, SWT.NONE);
		pick.setText(messages.batch_pick);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(pick);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(pick);

		byList = WidgetIds.set(new Button(pick, SWT.RADIO), ID_MODE_LIST);
		byList.setText(messages.batch_pick_list);
		byList.setSelection(true);
		GridDataFactory.fillDefaults().span(1, 1).applyTo(byList);
		Button all = new Button(pick, SWT.PUSH);
		all.setText(messages.batch_pick_all);
		GridDataFactory.swtDefaults().align(SWT.END, SWT.CENTER).grab(true, false).applyTo(all);
		Button none = new Button(pick, SWT.PUSH);
		none.setText(messages.batch_pick_none);

		table = WidgetIds.set(new Table(pick, SWT.CHECK | SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER), ID_TABLE);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, true).hint(560, 260).applyTo(table);
		String[] headers = { messages.batch_column_number, messages.batch_column_name, messages.batch_column_department,
				messages.batch_column_dnd, messages.batch_column_permission };
		int[] widths = { 80, 150, 130, 70, 130 };
		for (int i = 0; i < headers.length; i++) {
			TableColumn c = new TableColumn(table, SWT.LEFT);
			c.setText(headers[i]);
			c.setWidth(widths[i]);
		}
		for (ExtensionView v : extensions) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { v.number(), v.name(), v.department(),
					v.dnd() ? messages.batch_yes : messages.batch_no, messages.permission(v.permission()) });
			item.setData(v.number());
		}
		table.addListener(SWT.Selection, e -> {
			if (e.detail == SWT.CHECK) {
				mode(byList);
			}
			edited();
		});
		all.addListener(SWT.Selection, e -> tickAll(true));
		none.addListener(SWT.Selection, e -> tickAll(false));

		byRange = WidgetIds.set(new Button(pick, SWT.RADIO), ID_MODE_RANGE);
		byRange.setText(messages.batch_pick_range);
		range = WidgetIds.set(new Text(pick, SWT.BORDER | SWT.SINGLE), ID_RANGE);
		range.setMessage(messages.batch_pick_range_hint);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(range);
		range.addListener(SWT.Modify, e -> {
			if (!range.getText().isEmpty()) {
				mode(byRange);
			}
			edited();
		});

		byDepartment = WidgetIds.set(new Button(pick, SWT.RADIO), ID_MODE_DEPARTMENT);
		byDepartment.setText(messages.batch_pick_department);
		department = WidgetIds.set(new Combo(pick, SWT.READ_ONLY | SWT.DROP_DOWN), ID_DEPARTMENT);
		Set<String> departments = new TreeSet<>();
		extensions.forEach(v -> {
			if (!v.department().isBlank()) {
				departments.add(v.department());
			}
		});
		department.setItems(departments.toArray(String[]::new));
		department.setEnabled(!departments.isEmpty());
		byDepartment.setEnabled(!departments.isEmpty());
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(department);
		department.addListener(SWT.Selection, e -> {
			mode(byDepartment);
			edited();
		});
		for (Button b : new Button[] { byList, byRange, byDepartment }) {
			b.addListener(SWT.Selection, e -> {
				if (b.getSelection()) {
					mode(b); // one mode at a time, also when selected programmatically (keyboard, accessibility)
				}
				edited();
			});
		}

		Group change = new Group(body, SWT.NONE);
		change.setText(messages.batch_action);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(change);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(change);
		if (kind == Kind.DND) {
			dndOn = WidgetIds.set(new Button(change, SWT.RADIO), ID_DND_ON);
			dndOn.setText(messages.batch_dnd_on);
			dndOn.setSelection(true);
			dndOff = WidgetIds.set(new Button(change, SWT.RADIO), ID_DND_OFF);
			dndOff.setText(messages.batch_dnd_off);
			dndOn.addListener(SWT.Selection, e -> {
				dndOff.setSelection(!dndOn.getSelection());
				edited();
			});
			dndOff.addListener(SWT.Selection, e -> {
				dndOn.setSelection(!dndOff.getSelection());
				edited();
			});
		} else {
			new Label(change, SWT.NONE).setText(messages.batch_permission_level);
			permission = WidgetIds.set(new Combo(change, SWT.READ_ONLY | SWT.DROP_DOWN), ID_PERMISSION);
			for (DialPermission p : LEVELS) {
				permission.add(messages.permission(p));
			}
			permission.select(0);
			permission.addListener(SWT.Selection, e -> edited());
		}
		chosen = new Label(body, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(chosen);
		updateChosen();
		return area;
	}

	private void mode(Button which) {
		for (Button b : new Button[] { byList, byRange, byDepartment }) {
			b.setSelection(b == which);
		}
	}

	private void tickAll(boolean on) {
		for (TableItem item : table.getItems()) {
			item.setChecked(on);
		}
		mode(byList);
		edited();
	}

	/** Anything changed: back to the first step. */
	private void edited() {
		pending = null;
		pendingChange = null;
		setErrorMessage(null);
		setMessage(kind == Kind.DND ? messages.batch_dnd_message : messages.batch_permission_message);
		Button ok = getButton(IDialogConstants.OK_ID);
		if (ok != null) {
			ok.setText(messages.button_ok);
		}
		updateChosen();
	}

	private void updateChosen() {
		if (chosen != null && byList.getSelection()) {
			int n = 0;
			for (TableItem item : table.getItems()) {
				n += item.getChecked() ? 1 : 0;
			}
			chosen.setText(MessageFormat.format(messages.batch_selected, n));
		} else if (chosen != null) {
			chosen.setText("");
		}
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		// the dialog's own words: JFace's OK / Cancel are English only
		createButton(parent, IDialogConstants.OK_ID, messages.button_ok, true);
		createButton(parent, IDialogConstants.CANCEL_ID, messages.button_cancel, false);
	}

	@Override
	protected org.eclipse.swt.graphics.Point getInitialSize() {
		org.eclipse.swt.graphics.Point p = super.getInitialSize();
		return new org.eclipse.swt.graphics.Point(Math.min(p.x, 720), p.y);
	}

	private Change change() {
		if (kind == Kind.DND) {
			return new Change.Dnd(dndOn.getSelection());
		}
		return new Change.Permission(LEVELS[Math.max(0, permission.getSelectionIndex())]);
	}

	@Override
	protected void okPressed() {
		if (pending != null) {
			List<String> numbers = pending;
			Change c = pendingChange;
			super.okPressed();
			onConfirmed.accept(c, numbers);
			return;
		}
		List<String> numbers = new ArrayList<>();
		List<String> unknown = List.of();
		if (byList.getSelection()) {
			for (TableItem item : table.getItems()) {
				if (item.getChecked()) {
					numbers.add((String) item.getData());
				}
			}
		} else if (byRange.getSelection()) {
			Set<String> known = new HashSet<>();
			extensions.forEach(v -> known.add(v.number()));
			try {
				NumberRanges.Picked picked = NumberRanges.parse(range.getText(), known);
				numbers.addAll(picked.numbers());
				unknown = picked.unknown();
			} catch (RangeException e) {
				setErrorMessage(rangeError(e));
				return;
			}
		} else {
			String d = department.getSelectionIndex() < 0 ? null : department.getItem(department.getSelectionIndex());
			if (d == null) {
				setErrorMessage(messages.batch_error_department);
				return;
			}
			extensions.forEach(v -> {
				if (v.department().equals(d)) {
					numbers.add(v.number());
				}
			});
		}
		if (numbers.isEmpty()) {
			setErrorMessage(unknown.isEmpty() ? messages.batch_error_nothing
					: messages.batch_error_nothing + " " + MessageFormat.format(messages.batch_unknown, shortList(unknown)));
			return;
		}
		Change c = change();
		String question = switch (c) {
		case Change.Dnd d -> MessageFormat.format(d.on() ? messages.batch_confirm_dnd_on : messages.batch_confirm_dnd_off,
				numbers.size());
		case Change.Permission p -> MessageFormat.format(messages.batch_confirm_permission, numbers.size(),
				messages.permission(p.permission()));
		};
		// the unknown numbers below the lists: the title area has room for one line in every language
		chosen.setText(unknown.isEmpty() ? ""
				: MessageFormat.format(messages.batch_confirm_unknown, unknown.size(), shortList(unknown)));
		chosen.getParent().layout();
		setErrorMessage(null);
		setMessage(question, unknown.isEmpty() ? org.eclipse.jface.dialogs.IMessageProvider.INFORMATION
				: org.eclipse.jface.dialogs.IMessageProvider.WARNING);
		getButton(IDialogConstants.OK_ID).setText(messages.batch_confirm_title);
		getButton(IDialogConstants.OK_ID).getParent().layout();
		pending = List.copyOf(numbers);
		pendingChange = c;
	}

	/** The confirmation the first OK shows, or null (for tests). */
	public String pendingQuestion() {
		return pending == null ? null : getMessage() + (chosen.getText().isEmpty() ? "" : "\n" + chosen.getText());
	}

	private String rangeError(RangeException e) {
		return switch (e.reason()) {
		case EMPTY -> messages.batch_error_range_empty;
		case MALFORMED -> MessageFormat.format(messages.batch_error_range_malformed, e.item());
		case REVERSED -> MessageFormat.format(messages.batch_error_range_reversed, e.item());
		case TOO_MANY -> MessageFormat.format(messages.batch_error_range_tooMany, e.item(), NumberRanges.MAX_NUMBERS);
		};
	}

	private static String shortList(List<String> numbers) {
		if (numbers.size() <= 12) {
			return String.join(", ", numbers);
		}
		return String.join(", ", numbers.subList(0, 12)) + ", …";
	}
}
