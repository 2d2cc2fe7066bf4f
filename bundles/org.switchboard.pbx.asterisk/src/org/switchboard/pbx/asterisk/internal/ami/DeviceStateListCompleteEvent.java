package org.switchboard.pbx.asterisk.internal.ami;

/** The AMI event `DeviceStateListComplete`, which Asterisk-Java 3.42.2 does not know. */
public class DeviceStateListCompleteEvent extends ListCompleteEvent {

	private static final long serialVersionUID = 1L;

	public DeviceStateListCompleteEvent(Object source) {
		super(source);
	}
}
