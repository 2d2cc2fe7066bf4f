package org.switchboard.pbx.simulator.internal;

import java.util.Map;

/** Builds AMI events with the field names and order of Asterisk 22 (see the reference transcripts). */
final class Events {

	static final String CALL = "call,all";
	static final String SYSTEM = "system,all";
	static final String AGENT = "agent,all";
	static final String SECURITY = "security,all";
	static final String USER = "user,all";
	static final String DIALPLAN = "dialplan,all";

	private static final Map<Integer, String> CAUSE_TEXT = Map.ofEntries(Map.entry(0, "Unknown"),
			Map.entry(1, "Unallocated (unassigned) number"), Map.entry(16, "Normal Clearing"),
			Map.entry(17, "User busy"), Map.entry(18, "No user responding"), Map.entry(19, "User alerting, no answer"),
			Map.entry(20, "Subscriber absent"), Map.entry(21, "Call Rejected"), Map.entry(26, "Answered elsewhere"),
			Map.entry(34, "Circuit/channel congestion"));
	/** The SIP response chan_pjsip reports as TechCause for these causes. */
	private static final Map<Integer, Integer> SIP_CODE = Map.of(17, 486, 19, 480, 21, 403, 34, 503);

	private Events() {
	}

	static String causeText(int cause) {
		return CAUSE_TEXT.getOrDefault(cause, "Unknown");
	}

	static AmiMessage channel(String event, Channel c) {
		return channel(AmiMessage.event(event, CALL), "", c);
	}

	static AmiMessage channel(AmiMessage m, String prefix, Channel c) {
		return m.add(prefix + "Channel", c.name).add(prefix + "ChannelState", c.state.code)
				.add(prefix + "ChannelStateDesc", c.state.text).add(prefix + "CallerIDNum", c.callerNum)
				.add(prefix + "CallerIDName", c.callerName).add(prefix + "ConnectedLineNum", c.connectedNum)
				.add(prefix + "ConnectedLineName", c.connectedName).add(prefix + "Language", "en")
				.add(prefix + "AccountCode", "").add(prefix + "Context", c.context).add(prefix + "Exten", c.exten)
				.add(prefix + "Priority", c.priority).add(prefix + "Uniqueid", c.uniqueid)
				.add(prefix + "Linkedid", c.linkedid);
	}

	static AmiMessage bridge(AmiMessage m, String prefix, Bridge b) {
		return m.add(prefix + "BridgeUniqueid", b.id).add(prefix + "BridgeType", b.type)
				.add(prefix + "BridgeTechnology", b.technology).add(prefix + "BridgeCreator", b.creator)
				.add(prefix + "BridgeName", b.name).add(prefix + "BridgeNumChannels", b.channels.size())
				.add(prefix + "BridgeVideoSourceMode", "none");
	}

	static AmiMessage bridgeEvent(String event, Bridge b) {
		return bridge(AmiMessage.event(event, CALL), "", b);
	}

	static AmiMessage bridgeChannel(String event, Bridge b, Channel c) {
		return channel(bridge(AmiMessage.event(event, CALL), "", b), "", c);
	}

	/** Newexten: the channel executes one dialplan priority (Asterisk traces every one). */
	static AmiMessage newexten(Channel c) {
		return channel(AmiMessage.event("Newexten", DIALPLAN), "", c).add("Extension", c.exten)
				.add("Application", c.application).add("AppData", c.applicationData);
	}

	/** VarSet: the dialplan (or an application such as Dial) set a channel variable. */
	static AmiMessage varSet(Channel c, String variable, String value) {
		return channel(AmiMessage.event("VarSet", DIALPLAN), "", c).add("Variable", variable).add("Value", value);
	}

	static AmiMessage newCallerid(Channel c) {
		return channel("NewCallerid", c).add("CID-CallingPres", "0 (Presentation Allowed, Not Screened)");
	}

	static AmiMessage hangup(Channel c, int cause) {
		AmiMessage m = channel("Hangup", c).add("Cause", cause).add("Cause-txt", causeText(cause));
		if (c.phone != null && SIP_CODE.containsKey(cause)) {
			m.add("TechCause", SIP_CODE.get(cause));
		}
		return m;
	}

	static AmiMessage softHangupRequest(Channel c, int cause) {
		return channel("SoftHangupRequest", c).add("Cause", cause);
	}

	static AmiMessage hangupRequest(Channel c, int cause) {
		return channel("HangupRequest", c).add("Cause", cause);
	}

	/** DialBegin/DialState/DialEnd; the caller block is left out when nobody dials (Originate, atxfer). */
	static AmiMessage dial(String event, Channel caller, Channel dest) {
		AmiMessage m = AmiMessage.event(event, CALL);
		if (caller != null) {
			channel(m, "", caller);
		}
		return channel(m, "Dest", dest);
	}

	static AmiMessage musicOnHoldStart(Channel c) {
		return channel("MusicOnHoldStart", c).add("Class", "default");
	}

	static AmiMessage dtmfEnd(Channel c, char digit) {
		return channel(AmiMessage.event("DTMFEnd", "dtmf,all"), "", c).add("Digit", digit).add("DurationMs", 0)
				.add("Direction", "Received");
	}

	static AmiMessage localBridge(Channel one, Channel two) {
		AmiMessage m = AmiMessage.event("LocalBridge", CALL);
		channel(m, "LocalOne", one);
		channel(m, "LocalTwo", two);
		return m.add("Context", two.context).add("Exten", two.exten).add("LocalOptimization", "Yes");
	}

	static AmiMessage securityEvent(String event, String service, String account, String sessionId, String local,
			String remote) {
		return AmiMessage.event(event, SECURITY).add("EventTV", Clock.eventTv()).add("Severity", "Informational")
				.add("Service", service).add("EventVersion", 1).add("AccountID", account).add("SessionID", sessionId)
				.add("LocalAddress", local).add("RemoteAddress", remote);
	}
}
