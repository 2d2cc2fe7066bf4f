package org.switchboard.settings.ui.internal;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.widgets.Shell;
import org.switchboard.pbx.live.ExtensionView;
import org.switchboard.settings.Batch;
import org.switchboard.settings.SettingsService;
import org.switchboard.ui.StatusReport;

import jakarta.inject.Named;

/** Business management &gt; DND management and &gt; Dial permission: the batch dialog, then the running batch. */
public final class BatchHandlers {

	private BatchHandlers() {
	}

	/** The last batch dialog opened (for tests and screenshots). */
	static volatile BatchDialog lastDialog;
	/** The last batch started (for tests and screenshots). */
	static volatile BatchProgressDialog lastProgress;

	public static BatchDialog lastDialog() {
		return lastDialog;
	}

	public static BatchProgressDialog lastProgress() {
		return lastProgress;
	}

	static void open(BatchDialog.Kind kind, Shell shell, SettingsService service, UISynchronize ui,
			IEventBroker broker, Messages messages) {
		// the extension list comes from the live model's thread; the dialog opens when it is there
		service.extensions().orTimeout(10, TimeUnit.SECONDS).whenComplete((List<ExtensionView> list, Throwable error) -> {
			if (error != null) {
				if (broker != null) {
					broker.post(StatusReport.TOPIC, new StatusReport(messages.batch_noPbx, true));
				}
				return;
			}
			ui.asyncExec(() -> {
				if (shell.isDisposed()) {
					return;
				}
				BatchDialog dialog = new BatchDialog(shell, kind, list, messages, (change, numbers) -> {
					BatchProgressDialog progress = new BatchProgressDialog(shell, Batch.of(service, change, numbers),
							messages);
					lastProgress = progress;
					progress.start();
				});
				lastDialog = dialog;
				dialog.open();
			});
		});
	}

	public static class Dnd {
		@CanExecute
		boolean can(@Optional SettingsService service) {
			return service != null;
		}

		@Execute
		void execute(@Named("activeShell") Shell shell, SettingsService service, UISynchronize ui,
				@Optional IEventBroker broker, @Translation Messages messages) {
			open(BatchDialog.Kind.DND, shell, service, ui, broker, messages);
		}
	}

	public static class Permission {
		@CanExecute
		boolean can(@Optional SettingsService service) {
			return service != null;
		}

		@Execute
		void execute(@Named("activeShell") Shell shell, SettingsService service, UISynchronize ui,
				@Optional IEventBroker broker, @Translation Messages messages) {
			open(BatchDialog.Kind.PERMISSION, shell, service, ui, broker, messages);
		}
	}
}
