package org.switchboard.extensions.ui.internal;

import java.text.MessageFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.switchboard.extensions.ExtensionService;
import org.switchboard.pbx.live.ExtensionView;
import org.switchboard.extensions.ui.ExtensionsUiIds;
import org.switchboard.model.DialPermission;
import org.switchboard.ui.Selections;
import org.switchboard.ui.StatusReport;

import jakarta.inject.Named;

/** Handlers of the extension panel's commands (E2 mode switch, E3 right-click actions, filter). */
public final class ExtensionHandlers {

	private ExtensionHandlers() {
	}

	/** Reports the outcome of an extension setting in the status line. */
	static void report(CompletableFuture<Void> result, IEventBroker broker, String done, String what, String target,
			Messages messages) {
		result.whenComplete((v, error) -> {
			Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
			StatusReport report = error == null ? new StatusReport(done, false)
					: new StatusReport(MessageFormat.format(messages.failed, what, target, cause.getMessage()), true);
			if (broker != null) {
				broker.post(StatusReport.TOPIC, report); // any thread: the status line hops to the UI thread
			}
		});
	}

	/** S1 quick: do-not-disturb on (Ctrl+D). */
	public static class SetDnd {
		@CanExecute
		boolean can(@Optional @Named(Selections.TARGET) Object target, @Optional ExtensionService service) {
			return service != null && target instanceof ExtensionView v && !v.dnd();
		}

		@Execute
		void execute(@Named(Selections.TARGET) Object target, ExtensionService service,
				@Optional IEventBroker broker, @Translation Messages messages) {
			ExtensionView v = (ExtensionView) target;
			report(service.setDnd(v.number(), true), broker,
					MessageFormat.format(messages.done_dnd_on, v.number()), messages.command_dnd_set, v.number(),
					messages);
		}
	}

	/** S1 quick: do-not-disturb off (Ctrl+Shift+D). */
	public static class ClearDnd {
		@CanExecute
		boolean can(@Optional @Named(Selections.TARGET) Object target, @Optional ExtensionService service) {
			return service != null && target instanceof ExtensionView v && v.dnd();
		}

		@Execute
		void execute(@Named(Selections.TARGET) Object target, ExtensionService service,
				@Optional IEventBroker broker, @Translation Messages messages) {
			ExtensionView v = (ExtensionView) target;
			report(service.setDnd(v.number(), false), broker,
					MessageFormat.format(messages.done_dnd_off, v.number()), messages.command_dnd_clear, v.number(),
					messages);
		}
	}

	/** S2 quick: the dial permission submenu (Ctrl+Alt+1..4). */
	public static class SetPermission {
		@CanExecute
		boolean can(@Optional @Named(Selections.TARGET) Object target, @Optional ExtensionService service,
				@Optional @Named(ExtensionsUiIds.COMMAND_PERMISSION_PARAMETER) String value) {
			return service != null && target instanceof ExtensionView v && value != null
					&& DialPermission.get(value) != null && v.permission() != DialPermission.get(value);
		}

		@Execute
		void execute(@Named(Selections.TARGET) Object target, ExtensionService service,
				@Named(ExtensionsUiIds.COMMAND_PERMISSION_PARAMETER) String value, @Optional IEventBroker broker,
				@Translation Messages messages) {
			ExtensionView v = (ExtensionView) target;
			DialPermission p = DialPermission.get(value);
			report(service.setDialPermission(v.number(), p), broker,
					MessageFormat.format(messages.done_permission, v.number(), messages.permission(p)),
					messages.command_permission, v.number(), messages);
		}
	}

	private static ExtensionsPart part(EPartService parts) {
		MPart part = parts.findPart(ExtensionsUiIds.PART);
		if (part == null) {
			return null;
		}
		if (part.getObject() == null) {
			parts.showPart(part, EPartService.PartState.VISIBLE);
		}
		return part.getObject() instanceof ExtensionsPart p ? p : null;
	}

	/** E2: panel mode (Ctrl+Shift+P). */
	public static class ShowPanel {
		@Execute
		void execute(EPartService parts) {
			ExtensionsPart p = part(parts);
			if (p != null) {
				p.setMode(ExtensionsPart.Mode.PANEL);
			}
		}
	}

	/** E2: list mode (Ctrl+Shift+L). */
	public static class ShowList {
		@Execute
		void execute(EPartService parts) {
			ExtensionsPart p = part(parts);
			if (p != null) {
				p.setMode(ExtensionsPart.Mode.LIST);
			}
		}
	}

	/** Ctrl+F: to the filter box. */
	public static class FocusFilter {
		@Execute
		void execute(EPartService parts) {
			MPart model = parts.findPart(ExtensionsUiIds.PART);
			if (model != null) {
				parts.activate(model);
				if (model.getObject() instanceof ExtensionsPart p) {
					p.focusFilter();
				}
			}
		}
	}
}
