package org.switchboard.pbx.asterisk.internal.ami;

import org.asteriskjava.manager.action.AbstractManagerAction;
import org.asteriskjava.manager.action.EventGeneratingAction;
import org.asteriskjava.manager.event.ResponseEvent;

/** AMI {@code DeviceStateList} (missing in Asterisk-Java 3.42.2); items arrive as {@code DeviceStateChange}. */
public class DeviceStateListAction extends AbstractManagerAction implements EventGeneratingAction {

	private static final long serialVersionUID = 1L;

	@Override
	public String getAction() {
		return "DeviceStateList";
	}

	@Override
	public Class<? extends ResponseEvent> getActionCompleteEventClass() {
		return DeviceStateListCompleteEvent.class;
	}
}
