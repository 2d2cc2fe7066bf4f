package org.switchboard.nightservice.ui.internal;

import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.menu.MToolItem;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.switchboard.model.Queue;
import org.switchboard.nightservice.NightService.QueueNight;
import org.switchboard.nightservice.ui.NightServiceUiIds;
import org.switchboard.pbx.PbxGateway;
import org.switchboard.pbx.PbxListener;
import org.switchboard.pbx.event.PbxEvent;
import org.switchboard.ui.StatusReport;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * Follows the PBX's night service (whoever switched it: this console, another one, or a change found by the periodic
 * re-check): shows the toolbar toggle while it is on, tells the status line when it changes, and publishes the state
 * on {@link NightServiceUiIds#TOPIC_STATE} for the status line's indicator.
 */
public final class NightServiceAddon {

	private static volatile List<QueueNight> current = List.of();

	@Inject
	private IEventBroker broker;
	@Inject
	private UISynchronize sync;
	@Inject
	private MApplication application;
	@Inject
	private EModelService models;
	@Inject
	@Translation
	private Messages messages;

	private PbxGateway gateway;
	private final PbxListener listener = this::onEvent;
	/** The queues with night service on, as last shown (UI thread). */
	private Map<String, QueueNight> shown = new HashMap<>();

	/** The queues that have night service on now, as the console shows them. */
	public static List<QueueNight> current() {
		return current;
	}

	@Inject
	void connected(@Optional PbxGateway g) {
		if (gateway == g) {
			return;
		}
		if (gateway != null) {
			gateway.removeListener(listener);
		}
		gateway = g;
		if (g != null) {
			g.addListener(listener);
			refresh(g);
		} else {
			sync.asyncExec(() -> show(List.of(), false));
		}
	}

	@PreDestroy
	void stop() {
		if (gateway != null) {
			gateway.removeListener(listener);
		}
	}

	/** On the live model's thread: only night service changes and resyncs matter. */
	private void onEvent(PbxEvent event) {
		PbxGateway g = gateway;
		if (g != null && (event instanceof PbxEvent.NightServiceChanged || event instanceof PbxEvent.SyncCompleted)) {
			refresh(g);
		}
	}

	private void refresh(PbxGateway g) {
		g.model().read(site -> {
			List<QueueNight> on = new java.util.ArrayList<>();
			for (Queue q : site.getQueues()) {
				if (q.getNightNumber() != null && !q.getNightNumber().isEmpty()) {
					on.add(new QueueNight(q.getNumber(), q.getNightNumber(), q.getNightPrompt()));
				}
			}
			return on;
		}).thenAccept(on -> sync.asyncExec(() -> show(on, true)));
	}

	/** UI thread. */
	private void show(List<QueueNight> on, boolean report) {
		Map<String, QueueNight> now = new HashMap<>();
		on.forEach(q -> now.put(q.queue(), q));
		if (report) {
			now.forEach((queue, q) -> {
				QueueNight before = shown.get(queue);
				if (before == null || !Objects.equals(before.nightNumber(), q.nightNumber())) {
					broker.post(StatusReport.TOPIC,
							new StatusReport(MessageFormat.format(messages.status_on, queue, q.nightNumber()), false));
				}
			});
			shown.keySet().stream().filter(queue -> !now.containsKey(queue)).forEach(queue -> broker
					.post(StatusReport.TOPIC, new StatusReport(MessageFormat.format(messages.status_off, queue), false)));
		}
		shown = now;
		current = List.copyOf(on);
		for (MToolItem item : models.findElements(application, NightServiceUiIds.TOOL_ITEM, MToolItem.class, null,
				EModelService.ANYWHERE | EModelService.IN_TRIM)) {
			item.setVisible(!on.isEmpty());
			item.setSelected(!on.isEmpty());
		}
		broker.post(NightServiceUiIds.TOPIC_STATE, current);
	}
}
