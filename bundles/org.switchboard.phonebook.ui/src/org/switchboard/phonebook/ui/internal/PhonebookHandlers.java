package org.switchboard.phonebook.ui.internal;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Shell;
import org.switchboard.phonebook.PhonebookService;

import jakarta.inject.Named;

/** The phonebook's commands. */
public final class PhonebookHandlers {

	public static final String PART_ID = "org.switchboard.phonebook.part";

	private PhonebookHandlers() {
	}

	/** Business management > Phonebook management: import and export. */
	public static final class Manage {
		@CanExecute
		boolean canExecute(@Optional PhonebookService service) {
			return service != null;
		}

		@Execute
		void execute(@Named("activeShell") Shell shell, PhonebookService service, @Translation Messages messages) {
			// not blocking the handler: the dialog is modal for the operator, and the workbench goes on
			ManagementDialog dialog = new ManagementDialog(shell, messages, service);
			dialog.setBlockOnOpen(false);
			dialog.open();
		}
	}

	/** Shows the phonebook part and puts the cursor in its search box (Ctrl+B). */
	public static final class Search {
		@Execute
		void execute(EPartService parts) {
			MPart part = parts.showPart(PART_ID, EPartService.PartState.ACTIVATE);
			if (part != null && part.getObject() instanceof PhonebookPart p) {
				p.focusSearch();
			}
		}
	}
}
