package org.switchboard.phonebook.ui.internal;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.List;
import org.eclipse.swt.widgets.Shell;
import org.switchboard.ui.WidgetIds;

/** Picks one department (by its path) for a batch move. */
final class DepartmentChooser extends Dialog {

	private final String title;
	private final String message;
	private final String[] paths;
	private List list;
	private int chosen = -1;

	DepartmentChooser(Shell shell, String title, String message, String[] paths) {
		super(shell);
		this.title = title;
		this.message = message;
		this.paths = paths;
	}

	int chosen() {
		return chosen;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		new Label(area, SWT.NONE).setText(message);
		list = new List(area, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL);
		WidgetIds.set(list, "phonebook.move.departments");
		GridData d = new GridData(SWT.FILL, SWT.FILL, true, true);
		d.heightHint = 240;
		d.widthHint = 320;
		list.setLayoutData(d);
		list.setItems(paths);
		list.addListener(SWT.DefaultSelection, e -> okPressed());
		return area;
	}

	@Override
	protected void okPressed() {
		chosen = list.getSelectionIndex();
		super.okPressed();
	}
}
