package org.switchboard.wakeup.ui.internal;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.switchboard.core.OperatorSession;
import org.switchboard.pbx.live.ExtensionView;
import org.switchboard.ui.Selections;
import org.switchboard.ui.StatusReport;
import org.switchboard.wakeup.WakeUpService;

import jakarta.inject.Named;

/** Handlers of the wake-up commands: Business management &gt; Wake-up management, and E3's "Set wake-up...". */
public final class WakeUpHandlers {

	private WakeUpHandlers() {
	}

	static void status(IEventBroker broker, String line) {
		if (broker != null) {
			broker.post(StatusReport.TOPIC, new StatusReport(line, false));
		}
	}

	/** The window to open a dialog over: the active shell, else the main window's (none when the focus is elsewhere). */
	static Shell parent(Shell active, MWindow window) {
		if (active != null) {
			return active;
		}
		return window != null && window.getWidget() instanceof Shell s ? s : null;
	}

	static String operator(OperatorSession session) {
		return session == null ? "" : session.account();
	}

	/** S3: opens Wake-up management. */
	public static class Manage {
		@CanExecute
		boolean can(@Optional WakeUpService service) {
			return service != null;
		}

		@Execute
		void execute(@Optional @Named(IServiceConstants.ACTIVE_SHELL) Shell shell, @Optional MWindow window,
				WakeUpService service, @Translation Messages messages, @Optional OperatorSession session,
				@Optional IEventBroker broker) {
			new WakeUpManagementDialog(parent(shell, window), service, messages, operator(session),
					line -> status(broker, line)).open();
		}
	}

	/** E3: "Set wake-up..." on an extension opens the wake-up dialog for it. */
	public static class SetForExtension {
		@CanExecute
		boolean can(@Optional @Named(Selections.TARGET) Object target, @Optional WakeUpService service) {
			return service != null && target instanceof ExtensionView;
		}

		@Execute
		void execute(@Optional @Named(IServiceConstants.ACTIVE_SHELL) Shell shell, @Optional MWindow window,
				@Named(Selections.TARGET) Object target, WakeUpService service, @Translation Messages messages,
				@Optional OperatorSession session, @Optional IEventBroker broker) {
			ExtensionView v = (ExtensionView) target;
			new WakeUpEditDialog(parent(shell, window), service, messages, null, v.number(), operator(session),
					line -> status(broker, line)).open();
		}
	}
}
