package org.switchboard.pbx.simulator.internal;

/** Asterisk's channel states (ast_channel_state) with their AMI numbers and texts. */
public enum ChannelState {
	DOWN(0, "Down"), RING(4, "Ring"), RINGING(5, "Ringing"), UP(6, "Up");

	final int code;
	final String text;

	ChannelState(int code, String text) {
		this.code = code;
		this.text = text;
	}
}
