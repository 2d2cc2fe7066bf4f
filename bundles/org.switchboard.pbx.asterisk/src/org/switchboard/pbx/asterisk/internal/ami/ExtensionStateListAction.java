package org.switchboard.pbx.asterisk.internal.ami;

import org.asteriskjava.manager.action.AbstractManagerAction;
import org.asteriskjava.manager.action.EventGeneratingAction;
import org.asteriskjava.manager.event.ResponseEvent;

/**
 * AMI {@code ExtensionStateList} (missing in Asterisk-Java 3.42.2). The {@code ExtensionStatus} items reach the
 * global listeners only; the completion event ends the wait.
 */
public class ExtensionStateListAction extends AbstractManagerAction implements EventGeneratingAction {

	private static final long serialVersionUID = 1L;

	@Override
	public String getAction() {
		return "ExtensionStateList";
	}

	@Override
	public Class<? extends ResponseEvent> getActionCompleteEventClass() {
		return ExtensionStateListCompleteEvent.class;
	}
}
