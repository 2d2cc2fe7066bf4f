package org.switchboard.settings.ui.internal;

import java.text.MessageFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.model.application.ui.menu.MItem;
import org.switchboard.model.DialPermission;
import org.switchboard.pbx.PbxException;
import org.switchboard.pbx.live.ExtensionView;
import org.switchboard.settings.ChangedElsewhereException;
import org.switchboard.settings.SettingsService;
import org.switchboard.settings.ui.SettingsUiIds;
import org.switchboard.ui.Selections;
import org.switchboard.ui.StatusReport;

import jakarta.inject.Named;

/** S1 / S2 quick: the extension right-click menu's DND and dial permission entries (and their keys). */
public final class QuickHandlers {

	private QuickHandlers() {
	}

	/** Reports the outcome in the status line (from any thread: the status line hops to the UI thread). */
	static void report(CompletableFuture<Void> result, IEventBroker broker, String done, String what, String target,
			Messages messages) {
		result.whenComplete((v, error) -> {
			Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
			StatusReport report = error == null ? new StatusReport(done, false)
					: cause instanceof ChangedElsewhereException c
							? new StatusReport(MessageFormat.format(messages.changedElsewhere, c.extension(),
									c.now() == null ? "?" : messages.permission(c.now())), true)
							: new StatusReport(MessageFormat.format(messages.failed, what, target,
									cause instanceof PbxException p ? messages.reason(p.reason()) : cause.getMessage()),
									true);
			if (broker != null) {
				broker.post(StatusReport.TOPIC, report);
			}
		});
	}

	/** S1 quick: do-not-disturb on (Ctrl+D). */
	public static class SetDnd {
		@CanExecute
		boolean can(@Optional @Named(Selections.TARGET) Object target, @Optional SettingsService service) {
			return service != null && target instanceof ExtensionView v && !v.dnd();
		}

		@Execute
		void execute(@Named(Selections.TARGET) Object target, SettingsService service, @Optional IEventBroker broker,
				@Translation Messages messages) {
			ExtensionView v = (ExtensionView) target;
			report(service.setDnd(v.number(), true), broker, MessageFormat.format(messages.done_dnd_on, v.number()),
					messages.command_dnd_set, v.number(), messages);
		}
	}

	/** S1 quick: do-not-disturb off (Ctrl+Shift+D). */
	public static class ClearDnd {
		@CanExecute
		boolean can(@Optional @Named(Selections.TARGET) Object target, @Optional SettingsService service) {
			return service != null && target instanceof ExtensionView v && v.dnd();
		}

		@Execute
		void execute(@Named(Selections.TARGET) Object target, SettingsService service, @Optional IEventBroker broker,
				@Translation Messages messages) {
			ExtensionView v = (ExtensionView) target;
			report(service.setDnd(v.number(), false), broker, MessageFormat.format(messages.done_dnd_off, v.number()),
					messages.command_dnd_clear, v.number(), messages);
		}
	}

	/**
	 * S2 quick: the dial permission submenu (Ctrl+Alt+1..4). Its radio items show the extension's level: each item's
	 * check is set here, when the menu asks whether it can execute.
	 */
	public static class SetPermission {
		@CanExecute
		boolean can(@Optional @Named(Selections.TARGET) Object target, @Optional SettingsService service,
				@Optional @Named(SettingsUiIds.COMMAND_PERMISSION_PARAMETER) String value, @Optional MItem item) {
			DialPermission p = value == null ? null : DialPermission.get(value);
			boolean extension = target instanceof ExtensionView;
			if (item != null) {
				item.setSelected(extension && p != null && ((ExtensionView) target).permission() == p);
			}
			return service != null && extension && p != null;
		}

		@Execute
		void execute(@Named(Selections.TARGET) Object target, SettingsService service,
				@Named(SettingsUiIds.COMMAND_PERMISSION_PARAMETER) String value, @Optional IEventBroker broker,
				@Translation Messages messages) {
			ExtensionView v = (ExtensionView) target;
			DialPermission p = DialPermission.get(value);
			if (v.permission() == p) {
				return; // the current level: nothing to change
			}
			// from the level of the selection (as last painted): changed meanwhile by another console, it is told
			report(service.setDialPermission(v.number(), v.permission(), p), broker,
					MessageFormat.format(messages.done_permission, v.number(), messages.permission(p)),
					messages.command_permission, v.number(), messages);
		}
	}
}
