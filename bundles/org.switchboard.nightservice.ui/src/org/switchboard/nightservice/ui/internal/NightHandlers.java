package org.switchboard.nightservice.ui.internal;

import java.text.MessageFormat;
import java.util.concurrent.TimeUnit;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.widgets.Shell;
import org.switchboard.nightservice.NightService;
import org.switchboard.nightservice.NightService.QueueNight;
import org.switchboard.ui.StatusReport;

import jakarta.inject.Named;

/** Business management &gt; Night service, and the toolbar toggle that switches it off. */
public final class NightHandlers {

	private NightHandlers() {
	}

	static volatile NightServiceDialog lastDialog;

	/** The last dialog opened (for tests and screenshots). */
	public static NightServiceDialog lastDialog() {
		return lastDialog;
	}

	public static class OpenDialog {
		@CanExecute
		boolean can(@Optional NightService service) {
			return service != null;
		}

		@Execute
		void execute(@Named("activeShell") Shell shell, NightService service, UISynchronize ui,
				@Optional IEventBroker broker, @Translation Messages messages) {
			service.queues().orTimeout(10, TimeUnit.SECONDS).whenComplete((queues, error) -> ui.asyncExec(() -> {
				if (shell.isDisposed()) {
					return;
				}
				if (error != null || queues.isEmpty()) {
					if (broker != null) {
						broker.post(StatusReport.TOPIC, new StatusReport(
								error != null ? messages.failure(error) : messages.dialog_noQueue, true));
					}
					return;
				}
				NightServiceDialog dialog = new NightServiceDialog(shell, service, queues, messages, ui);
				lastDialog = dialog;
				dialog.open();
			}));
		}
	}

	/** The toolbar toggle (shown while night service is on): switches it off for every queue that has it. */
	public static class SwitchOff {
		@CanExecute
		boolean can(@Optional NightService service) {
			return service != null && !NightServiceAddon.current().isEmpty();
		}

		@Execute
		void execute(NightService service, @Optional IEventBroker broker, @Translation Messages messages) {
			for (QueueNight q : NightServiceAddon.current()) {
				service.switchOff(q.queue()).whenComplete((v, error) -> {
					if (broker != null && error != null) {
						broker.post(StatusReport.TOPIC, new StatusReport(messages.failure(error), true));
					} else if (broker != null) {
						broker.post(StatusReport.TOPIC,
								new StatusReport(MessageFormat.format(messages.status_off, q.queue()), false));
					}
				});
			}
		}
	}
}
