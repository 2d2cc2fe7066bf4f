package org.switchboard.pbx.asterisk.internal.ami;

/** The AMI event `DbGetTreeComplete`, which Asterisk-Java 3.42.2 does not know. */
public class DbGetTreeCompleteEvent extends ListCompleteEvent {

	private static final long serialVersionUID = 1L;

	public DbGetTreeCompleteEvent(Object source) {
		super(source);
	}
}
