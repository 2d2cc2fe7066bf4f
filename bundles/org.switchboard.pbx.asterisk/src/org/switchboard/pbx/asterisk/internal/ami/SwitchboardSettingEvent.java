package org.switchboard.pbx.asterisk.internal.ami;

import org.asteriskjava.manager.event.UserEvent;

/**
 * {@code Event: UserEvent} / {@code UserEvent: SwitchboardSetting}: a console (or a phone's feature code in the
 * dialplan) announces an AstDB change, since AstDB changes raise no AMI event of their own (transcript 17). Registered
 * with registerUserEventClass; Asterisk-Java finds it by its name (the user event's name + "Event").
 */
public class SwitchboardSettingEvent extends UserEvent {

	private static final long serialVersionUID = 1L;
	private String family;
	private String key;
	private String value;
	private String console;
	private String operator;

	public SwitchboardSettingEvent(Object source) {
		super(source);
	}

	public String getFamily() {
		return family;
	}

	public void setFamily(String family) {
		this.family = family;
	}

	public String getKey() {
		return key;
	}

	public void setKey(String key) {
		this.key = key;
	}

	public String getValue() {
		return value;
	}

	public void setValue(String value) {
		this.value = value;
	}

	/** The announcing console's id (none from a phone's feature code). */
	public String getConsole() {
		return console;
	}

	public void setConsole(String console) {
		this.console = console;
	}

	public String getOperator() {
		return operator;
	}

	public void setOperator(String operator) {
		this.operator = operator;
	}
}
