package org.switchboard.app.internal;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.switchboard.ui.Palette;
import org.switchboard.ui.StatusReport;
import org.switchboard.ui.WidgetIds;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The status line at the bottom of the main window: the last {@link StatusReport} any area posted, in plain words.
 * Reports may be posted from any thread: {@code @UIEventTopic} delivers them here on the UI thread.
 */
public class StatusLine {

	/** The label's widget id (for tests). */
	public static final String WIDGET_ID = "app.status";

	private Label label;

	@Inject
	@Translation
	private Messages messages;

	@PostConstruct
	void create(Composite parent) {
		Composite box = new Composite(parent, SWT.NONE);
		GridLayout l = new GridLayout(1, false);
		l.marginHeight = 2;
		l.marginWidth = 8;
		box.setLayout(l);
		label = new Label(box, SWT.NONE);
		WidgetIds.set(label, WIDGET_ID);
		GridData gd = new GridData(SWT.FILL, SWT.CENTER, true, false);
		gd.widthHint = 700;
		label.setLayoutData(gd);
		label.setText(messages.status_ready);
		label.setForeground(Palette.TEXT_MUTED);
	}

	@Inject
	@Optional
	void show(@UIEventTopic(StatusReport.TOPIC) StatusReport report) {
		if (label == null || label.isDisposed() || report == null) {
			return;
		}
		label.setText(report.text().replace("&", "&&"));
		label.setToolTipText(report.text());
		label.setForeground(report.error() ? Palette.ERROR : Palette.TEXT);
	}

	public Label label() {
		return label;
	}
}
