package org.switchboard.callcontrol.ui.internal;

import java.text.MessageFormat;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.dialogs.MessageDialogWithToggle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;

/**
 * X5: force release cuts two people off; it asks first, unless the operator ticked "do not ask again" (the
 * preference {@value #PREFERENCE} of this bundle's instance scope, kept in the workspace).
 */
public final class ForceReleaseConfirmation {

	public static final String PREFERENCE = "confirmForceRelease";
	private static final String NODE = "org.switchboard.callcontrol.ui";

	private ForceReleaseConfirmation() {
	}

	public static boolean asks() {
		return preferences().getBoolean(PREFERENCE, true);
	}

	public static void setAsks(boolean asks) {
		IEclipsePreferences p = preferences();
		p.putBoolean(PREFERENCE, asks);
		try {
			p.flush();
		} catch (Exception e) {
			// BackingStoreException: kept for this run; the next start asks again, which is the safe side
		}
	}

	/** True when the release may go ahead: the preference is off, or the operator said yes. */
	static boolean confirmed(Shell shell, Messages messages, String extension) {
		if (!asks() || messages == null) {
			return true;
		}
		Dialog dialog = new Dialog(shell, messages.release_confirm_title,
				MessageFormat.format(messages.release_confirm_message, extension), new String[] {
						messages.action_release.replace("&", ""), messages.release_confirm_cancel },
				messages.release_confirm_toggle);
		dialog.open();
		boolean yes = dialog.release;
		if (yes && dialog.getToggleState()) {
			setAsks(false);
		}
		return yes;
	}

	/**
	 * Knows which button closed it: JFace gives a custom label an id of its own choosing (the index, or an internal
	 * id, by version), so the answer is read from the button itself.
	 */
	private static final class Dialog extends MessageDialogWithToggle {
		boolean release;

		Dialog(Shell shell, String title, String message, String[] buttons, String toggle) {
			super(shell, title, null, message, QUESTION, buttons, 1, toggle, false);
		}

		@Override
		protected void buttonPressed(int id) {
			Button first = getButton(0);
			release = first != null && Integer.valueOf(id).equals(first.getData());
			super.buttonPressed(id);
		}
	}

	private static IEclipsePreferences preferences() {
		return InstanceScope.INSTANCE.getNode(NODE);
	}
}
