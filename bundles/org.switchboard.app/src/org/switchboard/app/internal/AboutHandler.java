package org.switchboard.app.internal;

import java.text.MessageFormat;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.FrameworkUtil;

import jakarta.inject.Named;

/** Help &gt; About Switchboard. */
public class AboutHandler {

	@Execute
	void execute(@Named("activeShell") Shell shell, @Translation Messages messages, @Optional EPartService parts) {
		String version = FrameworkUtil.getBundle(AboutHandler.class).getVersion().toString();
		MessageDialog.openInformation(shell, messages.about_title, MessageFormat.format(messages.about_text, version,
				System.getProperty("java.version"), System.getProperty("os.name") + " " + System.getProperty("os.arch")));
		giveBackTheKeyboard(shell, parts);
	}

	/**
	 * The window manager does not always hand the keyboard back to the main window when a dialog closes; until it
	 * has it, F-keys and typed digits go nowhere. The active part gets the focus again explicitly.
	 */
	static void giveBackTheKeyboard(Shell shell, EPartService parts) {
		if (shell == null || shell.isDisposed()) {
			return;
		}
		shell.forceActive();
		MPart active = parts == null ? null : parts.getActivePart();
		if (active != null && active.getObject() != null && active.getContext() != null) {
			ContextInjectionFactory.invoke(active.getObject(), Focus.class, active.getContext(), null);
		} else {
			shell.setFocus();
		}
	}
}
