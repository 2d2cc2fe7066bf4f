package org.switchboard.nightservice.ui.internal;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.switchboard.nightservice.NightService.QueueNight;
import org.switchboard.nightservice.ui.NightServiceUiIds;
import org.switchboard.ui.WidgetIds;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/** The status line's night service indicator: "Night service ON: 8000 → 1003" while it is on, nothing otherwise. */
public final class NightIndicator {

	public static final String ID_LABEL = "nightservice.indicator";

	@Inject
	@Translation
	private Messages messages;
	private Label label;

	@PostConstruct
	void create(Composite parent) {
		Composite box = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginHeight = 0;
		layout.marginWidth = 4;
		box.setLayout(layout);
		label = WidgetIds.set(new Label(box, SWT.NONE), ID_LABEL);
		label.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, true));
		show(NightServiceAddon.current());
	}

	@Inject
	@Optional
	void state(@UIEventTopic(NightServiceUiIds.TOPIC_STATE) List<QueueNight> on) {
		show(on);
	}

	private void show(List<QueueNight> on) {
		if (label == null || label.isDisposed()) {
			return;
		}
		if (on == null || on.isEmpty()) {
			label.setText("");
			label.setToolTipText(null);
		} else {
			List<String> items = new ArrayList<>();
			on.forEach(q -> items.add(MessageFormat.format(messages.indicator_item, q.queue(), q.nightNumber())));
			label.setText(MessageFormat.format(messages.indicator_on, String.join(", ", items)));
			label.setForeground(label.getDisplay().getSystemColor(SWT.COLOR_WHITE));
			label.setBackground(label.getDisplay().getSystemColor(SWT.COLOR_DARK_BLUE));
		}
		label.getParent().layout(true);
		label.getParent().getParent().layout(true, true);
	}
}
