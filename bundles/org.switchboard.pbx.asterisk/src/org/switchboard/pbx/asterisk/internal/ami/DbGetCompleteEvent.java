package org.switchboard.pbx.asterisk.internal.ami;

/** The AMI event `DbGetComplete`, which Asterisk-Java 3.42.2 does not know. */
public class DbGetCompleteEvent extends ListCompleteEvent {

	private static final long serialVersionUID = 1L;

	public DbGetCompleteEvent(Object source) {
		super(source);
	}
}
