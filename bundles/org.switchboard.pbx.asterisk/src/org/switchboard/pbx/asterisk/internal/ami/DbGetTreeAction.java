package org.switchboard.pbx.asterisk.internal.ami;

import org.asteriskjava.manager.action.AbstractManagerAction;
import org.asteriskjava.manager.action.EventGeneratingAction;
import org.asteriskjava.manager.event.ResponseEvent;

/**
 * AMI {@code DBGetTree} (missing in Asterisk-Java 3.42.2): every key of an AstDB family as
 * {@code DBGetTreeResponse} events ({@code Key: /FAMILY/key}), then {@code DBGetTreeComplete}.
 */
public class DbGetTreeAction extends AbstractManagerAction implements EventGeneratingAction {

	private static final long serialVersionUID = 1L;
	private final String family;

	public DbGetTreeAction(String family) {
		this.family = family;
	}

	@Override
	public String getAction() {
		return "DBGetTree";
	}

	public String getFamily() {
		return family;
	}

	@Override
	public Class<? extends ResponseEvent> getActionCompleteEventClass() {
		return DbGetTreeCompleteEvent.class;
	}
}
