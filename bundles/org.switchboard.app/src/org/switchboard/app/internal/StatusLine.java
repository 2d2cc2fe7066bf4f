package org.switchboard.app.internal;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.switchboard.core.OperatorSession;
import org.switchboard.core.QueueState;
import org.switchboard.core.SessionService;
import org.switchboard.pbx.PbxException;
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
	/** The operator's queue state and its toggle (SPEC Q1). */
	public static final String QUEUE_WIDGET_ID = "app.queue";

	private Label label;
	private Button queue;
	private QueueState shown = QueueState.UNKNOWN;
	private boolean toggling;

	@Inject
	@Optional
	private SessionService sessions;
	@Inject
	private UISynchronize sync;
	@Inject
	private IEventBroker broker;
	private PbxGateway gateway;
	private PbxListener listener;
	/** The PBX connection is lost and being re-established (UI thread). */
	private boolean pbxDown;

	@Inject
	@Translation
	private Messages messages;

	@PostConstruct
	void create(Composite parent) {
		Composite box = new Composite(parent, SWT.NONE);
		GridLayout l = new GridLayout(2, false);
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
		queue = new Button(box, SWT.PUSH | SWT.FLAT);
		WidgetIds.set(queue, QUEUE_WIDGET_ID);
		queue.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));
		queue.addListener(SWT.Selection, e -> toggleQueue());
		showQueue(QueueState.UNKNOWN);
		refreshQueue();
	}

	/**
	 * Reads the queue state off the UI thread and shows it. Called when the console starts, when the operator changes
	 * (handover) and when the PBX tells of a change that can alter it (a member of the operator queue changed, a
	 * resynchronisation ended, the connection changed): the live model has applied the event before listeners hear it.
	 */
	private void refreshQueue() {
		if (queue == null || queue.isDisposed()) {
			return;
		}
		SessionService s = sessions;
		if (s == null) {
			showQueue(QueueState.UNKNOWN);
		} else {
			s.queueState().whenComplete((state, error) -> sync.asyncExec(() -> {
				if (error == null) {
					showQueue(state);
				}
			}));
		}
	}

	/** A handover changes whose queue state is shown. */
	@Inject
	@Optional
	void operator(OperatorSession session) {
		if (queue != null && !queue.isDisposed()) {
			refreshQueue();
		}
	}

	private boolean changesQueueState(PbxEvent event) {
		return switch (event) {
		case PbxEvent.QueueMemberChanged m -> sessions != null && m.queue().equals(sessions.operatorQueue());
		case PbxEvent.QueueSeen q -> true;
		case PbxEvent.SyncCompleted s -> true;
		case PbxEvent.ConnectionChanged c -> true;
		default -> false;
		};
	}

	private void showQueue(QueueState state) {
		if (queue == null || queue.isDisposed()) {
			return;
		}
		shown = state;
		SessionService s = sessions;
		String name = s == null || s.operatorQueue() == null ? "" : s.operatorQueue();
		String text = switch (state) {
		case ONLINE -> messages.queue_online;
		case PAUSED -> messages.queue_paused;
		case OFFLINE -> messages.queue_offline;
		case UNKNOWN -> messages.queue_unknown;
		};
		queue.setText(java.text.MessageFormat.format(messages.queue_state, name, text));
		queue.setToolTipText(state == QueueState.ONLINE ? messages.queue_toggle_offline
				: state == QueueState.UNKNOWN ? "" : messages.queue_toggle_online);
		queue.setForeground(state == QueueState.ONLINE ? Palette.TEXT : Palette.ERROR);
		queue.setEnabled(!toggling && state != QueueState.UNKNOWN);
		queue.getParent().layout(true, true);
	}

	/** Online goes offline (paused for a static member); paused or offline goes online. Logged by the session. */
	private void toggleQueue() {
		SessionService s = sessions;
		if (s == null || toggling || shown == QueueState.UNKNOWN) {
			return;
		}
		boolean online = !shown.receivesCalls();
		toggling = true;
		queue.setEnabled(false);
		s.setOnline(online).whenComplete((v, error) -> {
			if (error != null) {
				broker.post(StatusReport.TOPIC,
						new StatusReport(java.text.MessageFormat.format(messages.queue_failed, reason(error)), true));
			}
			sync.asyncExec(() -> {
				toggling = false;
				if (queue != null && !queue.isDisposed()) {
					queue.setEnabled(true);
				}
			});
		});
	}

	/** The operator's words for a PBX refusal (the exception's message is for the log). */
	private String reason(Throwable t) {
		while (!(t instanceof PbxException) && t.getCause() != null && t != t.getCause()) {
			t = t.getCause();
		}
		if (t instanceof PbxException p && p.reason() != null) {
			return switch (p.reason()) {
			case NOT_CONNECTED, UNREACHABLE -> messages.queue_reason_notConnected;
			case TIMEOUT -> messages.queue_reason_timeout;
			default -> java.text.MessageFormat.format(messages.queue_reason_pbx, p.getMessage());
			};
		}
		return String.valueOf(t.getMessage());
	}

	public Button queueButton() {
		return queue;
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
			if (changesQueueState(event)) {
				sync.asyncExec(this::refreshQueue);
			}
		};
		listener = l;
		pbx.addListener(l);
		if (queue != null && !queue.isDisposed()) {
			sync.asyncExec(this::refreshQueue);
		}
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
