package org.switchboard.logs.ui.internal;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.switchboard.logs.ui.LogsUiIds;
import org.switchboard.pbx.live.ExtensionView;
import org.switchboard.store.Store;
import org.switchboard.ui.Selections;

import jakarta.inject.Named;

/** Log query menu commands and the extension menu's Recent calls (E3). */
public final class LogHandlers {

	private LogHandlers() {
	}

	static MPart show(EPartService parts, String id) {
		return parts.showPart(id, PartState.ACTIVATE);
	}

	/** Log query > Call records. */
	public static class ShowCallRecords {
		@CanExecute
		boolean can(@Optional Store store) {
			return store != null;
		}

		@Execute
		void execute(EPartService parts) {
			show(parts, LogsUiIds.PART_CALLS);
		}
	}

	/** Log query > Handover records. */
	public static class ShowHandovers {
		@CanExecute
		boolean can(@Optional Store store) {
			return store != null;
		}

		@Execute
		void execute(EPartService parts) {
			show(parts, LogsUiIds.PART_HANDOVERS);
		}
	}

	/** Log query > Operation log. */
	public static class ShowOperationLog {
		@CanExecute
		boolean can(@Optional Store store) {
			return store != null;
		}

		@Execute
		void execute(EPartService parts) {
			show(parts, LogsUiIds.PART_OPERATIONS);
		}
	}

	/** E3: the call records of the extension right-clicked (or selected), the last week. */
	public static class RecentCalls {
		@CanExecute
		boolean can(@Optional @Named(Selections.TARGET) Object target, @Optional Store store) {
			return store != null && target instanceof ExtensionView;
		}

		@Execute
		void execute(@Named(Selections.TARGET) Object target, EPartService parts) {
			MPart part = show(parts, LogsUiIds.PART_CALLS);
			if (part != null && part.getObject() instanceof CallRecordsPart calls) {
				calls.showNumber(((ExtensionView) target).number());
			}
		}
	}
}
