package org.switchboard.pbx.asterisk.internal.ami;

import java.util.List;

import org.asteriskjava.manager.event.ManagerEvent;

/** The event classes Switchboard adds to Asterisk-Java; register each with {@code registerUserEventClass}. */
public final class AmiClasses {

	public static final List<Class<? extends ManagerEvent>> EVENTS = List.of(ExtensionStateListCompleteEvent.class,
			DeviceStateListCompleteEvent.class, DbGetTreeResponseEvent.class, DbGetTreeCompleteEvent.class,
			DbGetCompleteEvent.class, BridgeListItemEvent.class, BridgeListCompleteEvent.class,
			ExtensionStatusEvent.class, DeviceStateChangeEvent.class, SwitchboardSettingEvent.class);

	private AmiClasses() {
	}
}
