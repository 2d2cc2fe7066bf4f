package org.switchboard.app.internal;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.e4.ui.di.UISynchronize;
import org.switchboard.model.ConnectionStatus;
import org.switchboard.pbx.PbxGateway;
import org.switchboard.pbx.PbxListener;
import org.switchboard.pbx.event.PbxEvent;
import org.switchboard.ui.Palette;
import org.switchboard.ui.StatusReport;
import org.switchboard.ui.WidgetIds;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The status line at the bottom of the main window: the last {@link StatusReport} any area posted, in plain words.
 * Reports may be posted from any thread: {@code @UIEventTopic} delivers them here on the UI thread. While the PBX
 * connection is lost it says so first, at once (A9); once the console is connected again it says that instead of
 * whatever failed meanwhile (an action refused while disconnected is no news after the reconnect).
 */
public class StatusLine {

	/** The label's widget id (for tests). */
	public static final String WIDGET_ID = "app.status";

	private Label label;
	private PbxGateway gateway;
	private PbxListener listener;
	/** The PBX connection is lost and being re-established (UI thread). */
	private boolean pbxDown;

	@Inject
	private UISynchronize sync;

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
		if (report == null) {
			return;
		}
		if (pbxDown) {
			setText(messages.status_pbxDown + "  ·  " + report.text(), true);
		} else {
			setText(report.text(), report.error());
		}
	}

	private void setText(String text, boolean error) {
		if (label == null || label.isDisposed()) {
			return;
		}
		label.setText(text.replace("&", "&&"));
		label.setToolTipText(text);
		label.setForeground(error ? Palette.ERROR : Palette.TEXT);
	}

	/** The session's gateway (none while nobody is logged in): its connection state is told here. */
	@Inject
	void pbx(@Optional PbxGateway pbx) {
		if (pbx == gateway) {
			return;
		}
		if (gateway != null && listener != null) {
			gateway.removeListener(listener);
		}
		gateway = pbx;
		listener = null;
		pbxDown = false;
		if (pbx == null) {
			return;
		}
		PbxListener l = event -> {
			if (event instanceof PbxEvent.ConnectionChanged c) {
				ConnectionStatus status = c.status();
				sync.asyncExec(() -> connection(pbx, status));
			}
		};
		listener = l;
		pbx.addListener(l);
		pbx.model().read(site -> site.getConnection() == null ? null : site.getConnection().getStatus())
				.thenAccept(status -> {
					if (status != null) {
						sync.asyncExec(() -> connection(pbx, status));
					}
				});
	}

	private void connection(PbxGateway from, ConnectionStatus status) {
		if (from != gateway) {
			return;
		}
		if (status == ConnectionStatus.RECONNECTING && !pbxDown) {
			pbxDown = true;
			setText(messages.status_pbxDown, true);
		} else if (status == ConnectionStatus.CONNECTED && pbxDown) {
			pbxDown = false;
			setText(messages.status_pbxBack, false);
		}
	}

	@PreDestroy
	void dispose() {
		if (gateway != null && listener != null) {
			gateway.removeListener(listener);
		}
	}

	public Label label() {
		return label;
	}
}
