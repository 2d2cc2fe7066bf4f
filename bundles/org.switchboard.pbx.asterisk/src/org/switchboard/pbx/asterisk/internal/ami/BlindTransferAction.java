package org.switchboard.pbx.asterisk.internal.ami;

import org.asteriskjava.manager.action.AbstractManagerAction;

/**
 * AMI {@code BlindTransfer} (missing in Asterisk-Java 3.42.2): {@code Channel} is the transferer's own leg (the
 * operator's); its peer is sent to {@code Exten@Context}.
 */
public class BlindTransferAction extends AbstractManagerAction {

	private static final long serialVersionUID = 1L;
	private final String channel;
	private final String exten;
	private final String context;

	public BlindTransferAction(String channel, String exten, String context) {
		this.channel = channel;
		this.exten = exten;
		this.context = context;
	}

	@Override
	public String getAction() {
		return "BlindTransfer";
	}

	public String getChannel() {
		return channel;
	}

	public String getExten() {
		return exten;
	}

	public String getContext() {
		return context;
	}
}
