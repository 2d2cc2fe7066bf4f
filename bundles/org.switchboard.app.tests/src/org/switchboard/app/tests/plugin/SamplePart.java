package org.switchboard.app.tests.plugin;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.switchboard.ui.WidgetIds;

import jakarta.annotation.PostConstruct;

/** The view of the sample plug-in. */
public class SamplePart {

	private Label label;

	@PostConstruct
	void create(Composite parent) {
		parent.setLayout(new FillLayout());
		label = WidgetIds.set(new Label(parent, SWT.NONE), "sample.label");
		label.setText("runs: 0");
	}

	void ran(int count) {
		if (!label.isDisposed()) {
			label.setText("runs: " + count);
		}
	}
}
