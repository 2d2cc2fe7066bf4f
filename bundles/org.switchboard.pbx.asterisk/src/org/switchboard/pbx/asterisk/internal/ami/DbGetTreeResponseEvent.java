package org.switchboard.pbx.asterisk.internal.ami;

import org.asteriskjava.manager.event.ResponseEvent;

/** The AMI event `DbGetTreeResponse`, which Asterisk-Java 3.42.2 does not know (registered with registerUserEventClass). */
public class DbGetTreeResponseEvent extends ResponseEvent {

	private static final long serialVersionUID = 1L;
	private String key;
	private String val;

	public DbGetTreeResponseEvent(Object source) {
		super(source);
	}

	public String getKey() {
		return key;
	}

	public void setKey(String key) {
		this.key = key;
	}

	public String getVal() {
		return val;
	}

	public void setVal(String val) {
		this.val = val;
	}
}
