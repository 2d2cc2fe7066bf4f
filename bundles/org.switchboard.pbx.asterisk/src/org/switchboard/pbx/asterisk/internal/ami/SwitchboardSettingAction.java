package org.switchboard.pbx.asterisk.internal.ami;

import org.asteriskjava.manager.action.AbstractManagerAction;

/**
 * AMI {@code UserEvent} with {@code UserEvent: SwitchboardSetting}, as transcript 17: tells every AMI connection
 * (the other consoles) that an AstDB setting changed. Written here rather than with Asterisk-Java's
 * {@code UserEventAction}, which lower-cases the name and adds a header of its own.
 */
public class SwitchboardSettingAction extends AbstractManagerAction {

	public static final String NAME = "SwitchboardSetting";
	private static final long serialVersionUID = 1L;
	private final String family;
	private final String key;
	private final String value;
	private final String console;

	/** {@code value} empty when the key was deleted. */
	public SwitchboardSettingAction(String family, String key, String value, String console) {
		this.family = family;
		this.key = key;
		this.value = value == null ? "" : value;
		this.console = console;
	}

	@Override
	public String getAction() {
		return "UserEvent";
	}

	public String getUserEvent() {
		return NAME;
	}

	public String getFamily() {
		return family;
	}

	public String getKey() {
		return key;
	}

	public String getValue() {
		return value;
	}

	public String getConsole() {
		return console;
	}
}
