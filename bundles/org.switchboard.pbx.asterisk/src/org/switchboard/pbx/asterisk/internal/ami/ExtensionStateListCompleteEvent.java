package org.switchboard.pbx.asterisk.internal.ami;

/** The AMI event `ExtensionStateListComplete`, which Asterisk-Java 3.42.2 does not know. */
public class ExtensionStateListCompleteEvent extends ListCompleteEvent {

	private static final long serialVersionUID = 1L;

	public ExtensionStateListCompleteEvent(Object source) {
		super(source);
	}
}
