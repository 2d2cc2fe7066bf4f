package org.switchboard.pbx.simulator;

/** A read-only snapshot of a simulated channel. {@code bridgeId} is empty when the channel is not bridged. */
public record ChannelView(String name, String uniqueid, String linkedid, String state, String callerIdNum,
		String callerIdName, String connectedLineNum, String connectedLineName, String context, String exten,
		String application, String bridgeId) {
}
