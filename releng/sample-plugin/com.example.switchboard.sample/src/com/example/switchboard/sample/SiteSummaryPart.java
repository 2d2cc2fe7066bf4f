package com.example.switchboard.sample;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.switchboard.model.DeviceState;
import org.switchboard.model.Extension;
import org.switchboard.model.live.LiveModel;
import org.switchboard.ui.WidgetIds;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * A third party's view: how many extensions the site has and how many are in use, from the live model the
 * console injects after login. Counts once a second on the model's owner thread (never per PBX event: a site
 * has thousands of extensions) and shows the figures on the UI thread.
 */
public class SiteSummaryPart {

	private static final int REFRESH_MILLIS = 1000;

	@Inject
	private UISynchronize sync;
	@Inject
	@Optional
	private LiveModel model;

	private Label label;

	@PostConstruct
	void create(Composite parent) {
		parent.setLayout(new FillLayout());
		label = WidgetIds.set(new Label(parent, SWT.NONE), "sample.summary");
		refresh();
	}

	private void refresh() {
		if (label.isDisposed()) {
			return;
		}
		if (model != null) {
			model.read(site -> {
				int inUse = 0;
				for (Extension e : site.getExtensions()) {
					if (e.getDeviceState() == DeviceState.IN_USE || e.getDeviceState() == DeviceState.RINGING) {
						inUse++;
					}
				}
				return site.getExtensions().size() + " extensions, " + inUse + " in use";
			}).thenAccept(text -> sync.asyncExec(() -> {
				if (!label.isDisposed()) {
					label.setText(text);
				}
			}));
		}
		label.getDisplay().timerExec(REFRESH_MILLIS, this::refresh);
	}
}
