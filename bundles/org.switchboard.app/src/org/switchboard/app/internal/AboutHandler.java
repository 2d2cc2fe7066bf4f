package org.switchboard.app.internal;

import java.text.MessageFormat;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.FrameworkUtil;

import jakarta.inject.Named;

/** Help &gt; About Switchboard. */
public class AboutHandler {

	@Execute
	void execute(@Named("activeShell") Shell shell, @Translation Messages messages) {
		String version = FrameworkUtil.getBundle(AboutHandler.class).getVersion().toString();
		MessageDialog.openInformation(shell, messages.about_title, MessageFormat.format(messages.about_text, version,
				System.getProperty("java.version"), System.getProperty("os.name") + " " + System.getProperty("os.arch")));
	}
}
