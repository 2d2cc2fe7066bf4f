package org.switchboard.pbx.asterisk.internal.ami;

/** The AMI event `BridgeListComplete`, which Asterisk-Java 3.42.2 does not know. */
public class BridgeListCompleteEvent extends ListCompleteEvent {

	private static final long serialVersionUID = 1L;

	public BridgeListCompleteEvent(Object source) {
		super(source);
	}
}
