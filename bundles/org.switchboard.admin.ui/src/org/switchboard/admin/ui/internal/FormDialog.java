package org.switchboard.admin.ui.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.switchboard.ui.WidgetIds;

/** A small form (label and field per row) for the administration dialogs; the values are read after OK. */
final class FormDialog extends Dialog {

	private record Row(String label, String id, int style, String[] choices, String initial) {
	}

	private final String title;
	private final Messages m;
	private final Map<String, Row> rows = new LinkedHashMap<>();
	private final Map<String, Control> controls = new LinkedHashMap<>();
	private final Map<String, String> values = new LinkedHashMap<>();

	FormDialog(Shell parent, String title, Messages m) {
		super(parent);
		this.title = title;
		this.m = m;
	}

	FormDialog text(String id, String label, String initial) {
		rows.put(id, new Row(label, id, SWT.BORDER, null, initial));
		return this;
	}

	FormDialog password(String id, String label) {
		rows.put(id, new Row(label, id, SWT.BORDER | SWT.PASSWORD, null, ""));
		return this;
	}

	FormDialog choice(String id, String label, String... choices) {
		rows.put(id, new Row(label, id, SWT.READ_ONLY, choices, choices[0]));
		return this;
	}

	String value(String id) {
		return values.getOrDefault(id, "");
	}

	/** The index chosen in a choice row. */
	int chosen(String id) {
		Row r = rows.get(id);
		for (int i = 0; i < r.choices().length; i++) {
			if (r.choices()[i].equals(value(id))) {
				return i;
			}
		}
		return 0;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		area.setLayout(new GridLayout(2, false));
		for (Row r : rows.values()) {
			new Label(area, SWT.NONE).setText(r.label());
			Control c;
			if (r.choices() != null) {
				Combo combo = new Combo(area, r.style());
				combo.setItems(r.choices());
				combo.select(0);
				c = combo;
			} else {
				Text t = new Text(area, r.style());
				t.setText(r.initial() == null ? "" : r.initial());
				c = t;
			}
			WidgetIds.set(c, r.id());
			GridData gd = new GridData(SWT.FILL, SWT.CENTER, true, false);
			gd.widthHint = 240;
			c.setLayoutData(gd);
			controls.put(r.id(), c);
		}
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		WidgetIds.set(createButton(parent, IDialogConstants.OK_ID, m.ok, true), "admin.form.ok");
		WidgetIds.set(createButton(parent, IDialogConstants.CANCEL_ID, m.cancel, false), "admin.form.cancel");
	}

	@Override
	protected void okPressed() {
		for (Map.Entry<String, Control> e : controls.entrySet()) {
			values.put(e.getKey(), e.getValue() instanceof Text t ? t.getText() : ((Combo) e.getValue()).getText());
		}
		super.okPressed();
	}
}
