package org.switchboard.callcontrol.ui.internal;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Path;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.ui.bindings.EBindingService;
import org.eclipse.jface.bindings.TriggerSequence;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Control;
import org.osgi.framework.FrameworkUtil;
import org.switchboard.callcontrol.CallAction;

/** Icons and shortcut texts of the business actions, shared by the buttons, the dial pad and the lists. */
final class ActionUi {

	/** The key of each action, as bound in fragment.e4xmi (shown when the binding service is not at hand). */
	static final Map<CallAction, String> KEYS = new EnumMap<>(Map.of(CallAction.CALL, "F2", CallAction.ANSWER, "F3",
			CallAction.HANGUP, "F4", CallAction.HOLD, "F5", CallAction.RESUME, "F6", CallAction.BLIND_TRANSFER, "F7",
			CallAction.ATTENDED_TRANSFER, "F8", CallAction.MONITOR, "F9", CallAction.BARGE, "F11",
			CallAction.FORCE_RELEASE, "F12"));

	private ActionUi() {
	}

	/** The shortcut of an action as the binding service knows it (e.g. "F5"). */
	static String shortcut(CallAction action, ECommandService commands, EBindingService bindings) {
		if (commands != null && bindings != null) {
			ParameterizedCommand command = commands.createCommand(action.commandId(), null);
			TriggerSequence sequence = command == null ? null : bindings.getBestSequenceFor(command);
			if (sequence != null) {
				return sequence.format();
			}
		}
		return KEYS.get(action);
	}

	/** "Hold (F5)\nPut the other party on hold". */
	static String tooltip(CallAction action, Messages messages, String shortcut) {
		return messages.label(action).replace("&", "") + " (" + shortcut + ")\n" + messages.description(action);
	}

	/** The action's blue icon; disposed with the control. */
	static Image icon(CallAction action, Control owner) {
		var url = FileLocator.find(FrameworkUtil.getBundle(ActionUi.class), new Path("icons/" + action.id() + ".png"));
		if (url == null) {
			return null;
		}
		Image image = ImageDescriptor.createFromURL(url).createImage(false);
		if (image != null) {
			owner.addListener(org.eclipse.swt.SWT.Dispose, e -> image.dispose());
		}
		return image;
	}
}
