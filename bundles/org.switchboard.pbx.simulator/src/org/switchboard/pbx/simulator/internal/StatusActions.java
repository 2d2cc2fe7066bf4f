package org.switchboard.pbx.simulator.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The state queries: channels, hints, device states, endpoints, contacts, bridges, parked calls, core. */
final class StatusActions {

	static final String VERSION = "22.10.1";

	void register(ActionDispatcher d) {
		d.register("CoreShowChannels", this::coreShowChannels);
		d.register("Status", this::status);
		d.register("ExtensionStateList", this::extensionStateList);
		d.register("DeviceStateList", this::deviceStateList);
		d.register("PJSIPShowEndpoints", this::endpoints);
		d.register("PJSIPShowContacts", this::contacts);
		d.register("BridgeList", this::bridgeList);
		d.register("ParkedCalls", this::parkedCalls);
		d.register("CoreStatus", this::coreStatus);
		d.register("CoreSettings", this::coreSettings);
		d.register("Command", this::command);
	}

	private static List<Channel> newestFirst(Site site) {
		List<Channel> list = new ArrayList<>(site.channels.values());
		java.util.Collections.reverse(list);
		return list;
	}

	private void coreShowChannels(ActionRequest r) {
		r.listStart("Channels will follow");
		List<Channel> list = newestFirst(r.site);
		for (Channel c : list) {
			r.send(Events.channel(r.item("CoreShowChannel"), "", c).add("Application", c.application)
					.add("ApplicationData", c.applicationData).add("Duration", Clock.duration(c.createdMillis))
					.add("BridgeId", c.bridge == null ? "" : c.bridge.id));
		}
		r.listComplete("CoreShowChannelsComplete", list.size());
	}

	private void status(ActionRequest r) {
		String only = r.header("Channel");
		List<Channel> list = new ArrayList<>();
		for (Channel c : r.site.channels.values()) {
			if (only.isEmpty() || c.name.equalsIgnoreCase(only)) {
				list.add(c);
			}
		}
		if (!only.isEmpty() && list.isEmpty()) {
			r.error("No such channel");
			return;
		}
		r.listStart("Channel status will follow");
		for (Channel c : list) {
			r.send(Events.channel(r.item("Status"), "", c).add("Type", c.isLocal() ? "Local" : "PJSIP")
					.add("DNID", "").add("EffectiveConnectedLineNum", c.connectedNum)
					.add("EffectiveConnectedLineName", c.connectedName).add("TimeToHangup", 0)
					.add("BridgeID", c.bridge == null ? "" : c.bridge.id).add("Application", c.application)
					.add("Data", c.applicationData).add("Nativeformats", "(ulaw)").add("Readformat", "ulaw")
					.add("Readtrans", "").add("Writeformat", "ulaw").add("Writetrans", "").add("Callgroup", 0)
					.add("Pickupgroup", 0).add("Seconds", (System.currentTimeMillis() - c.createdMillis) / 1000));
		}
		r.send(r.item("StatusComplete").add("EventList", "Complete").add("ListItems", list.size()).add("Items",
				list.size()));
		r.complete();
	}

	private void extensionStateList(ActionRequest r) {
		r.listStart("Extension Statuses will follow");
		int n = 0;
		for (Phone p : r.site.phones.values()) {
			DeviceStates.State s = r.site.devices.of(p.device());
			r.send(r.item("ExtensionStatus").add("Exten", p.extension).add("Context", "internal").add("Hint", p.device())
					.add("Status", s.extensionStatus).add("StatusText", s.extensionText));
			n++;
		}
		for (int space = Parking.FIRST_SPACE; space <= Parking.LAST_SPACE; space++) {
			DeviceStates.State s = r.site.devices.of(Parking.device(space));
			r.send(r.item("ExtensionStatus").add("Exten", space).add("Context", "parkedcalls")
					.add("Hint", "park:" + space + "@parkedcalls").add("Status", s.extensionStatus)
					.add("StatusText", s.extensionText));
			n++;
		}
		r.listComplete("ExtensionStateListComplete", n);
	}

	private void deviceStateList(ActionRequest r) {
		r.listStart("Device State Changes will follow");
		Map<String, DeviceStates.State> all = r.site.devices.all();
		for (Map.Entry<String, DeviceStates.State> e : all.entrySet()) {
			r.send(r.item("DeviceStateChange").add("Device", e.getKey()).add("State", e.getValue().name()));
		}
		r.listComplete("DeviceStateListComplete", all.size());
	}

	private void endpoints(ActionRequest r) {
		r.listStart("A listing of Endpoints follows, presented as EndpointList events");
		for (Phone p : r.site.phones.values()) {
			r.send(r.item("EndpointList").add("ObjectType", "endpoint").add("ObjectName", p.extension)
					.add("Transport", "transport-udp").add("Aor", p.extension).add("Auths", p.extension)
					.add("OutboundAuths", "").add("Contacts", p.registered ? p.extension + "/" + p.contactUri() + "," : "")
					.add("DeviceState", r.site.devices.of(p.device()).text)
					.add("ActiveChannels", r.site.channelsOf(p).size()));
		}
		r.listComplete("EndpointListComplete", r.site.phones.size());
	}

	private void contacts(ActionRequest r) {
		r.listStart("A listing of Contacts follows, presented as ContactList events");
		int n = 0;
		for (Phone p : r.site.phones.values()) {
			if (!p.registered) {
				continue;
			}
			r.send(r.item("ContactList").add("ObjectType", "contact").add("ObjectName", p.extension + ";@" + p.contactHash)
					.add("ViaAddr", "127.0.0.1").add("QualifyTimeout", "3.000000").add("Qualify2xxOnly", "false")
					.add("CallId", p.callId).add("RegServer", "").add("PruneOnBoot", "no").add("Path", "")
					.add("Endpoint", p.extension).add("ViaPort", p.port).add("AuthenticateQualify", "no")
					.add("Uri", p.contactUri()).add("QualifyFrequency", 30)
					.add("UserAgent", "baresip v1.0.0 (x86_64/linux)").add("ExpirationTime", Clock.epochSeconds() + 120)
					.add("OutboundProxy", "").add("Status", "Reachable").add("RoundtripUsec", p.roundtripUsec()));
			n++;
		}
		r.listComplete("ContactListComplete", n);
	}

	private void bridgeList(ActionRequest r) {
		String type = r.header("BridgeType");
		r.listStart("Bridge listing will follow");
		int n = 0;
		for (Bridge b : r.site.bridges.values()) {
			if (type.isEmpty() || type.equalsIgnoreCase(b.type)) {
				r.send(Events.bridge(r.item("BridgeListItem"), "", b));
				n++;
			}
		}
		r.listComplete("BridgeListComplete", n);
	}

	private void parkedCalls(ActionRequest r) {
		r.listStart("Parked calls will follow");
		List<Parking.Parked> parked = r.site.parking.parked();
		for (Parking.Parked p : parked) {
			r.send(r.withTrailingId(r.site.parking.parkedCall(AmiMessage.event("ParkedCall"), p)));
		}
		r.send(r.item("ParkedCallsComplete").add("EventList", "Complete").add("ListItems", parked.size())
				.add("Total", parked.size()));
		r.complete();
	}

	private void coreStatus(ActionRequest r) {
		long start = r.site.startMillis;
		r.send(r.response("Success").add("CoreStartupDate", Clock.date(start)).add("CoreStartupTime", Clock.time(start))
				.add("CoreReloadDate", Clock.date(start)).add("CoreReloadTime", Clock.time(start))
				.add("CoreCurrentCalls", r.site.channels.size()).add("CoreProcessedCalls", r.site.processedCalls));
		r.complete();
	}

	private void coreSettings(ActionRequest r) {
		r.send(r.response("Success").add("AMIversion", "11.0.0").add("AsteriskVersion", VERSION)
				.add("SystemName", "").add("CoreMaxCalls", 0).add("CoreMaxLoadAvg", "0.000000").add("CoreRunUser", "")
				.add("CoreRunGroup", "").add("CoreMaxFilehandles", 0).add("CoreRealTimeEnabled", "No")
				.add("CoreCDRenabled", "Yes").add("CoreHTTPenabled", "No").add("SoundsSearchCustomDir", "No"));
		r.complete();
	}

	private void command(ActionRequest r) {
		String command = r.header("Command").strip();
		String output;
		if (command.equalsIgnoreCase("core show version")) {
			output = "Asterisk " + VERSION + " built by switchboard @ simulator on a x86_64 running Linux";
		} else if (command.isEmpty()) {
			r.error("No command provided");
			return;
		} else {
			output = "No such command '" + command + "' (type 'core show help " + command + "' for other possible commands)";
		}
		r.send(r.response("Success").add("Message", "Command output follows").add("Output", output));
		r.complete();
	}
}
