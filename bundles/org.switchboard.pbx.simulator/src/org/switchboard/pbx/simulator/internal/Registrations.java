package org.switchboard.pbx.simulator.internal;

/**
 * Phones registering and unregistering, with the security, peer and contact events chan_pjsip sends
 * (transcript 15: a baresip UA stopped and started again).
 */
final class Registrations {

	private final Site site;

	Registrations(Site site) {
		this.site = site;
	}

	void setRegistered(Phone phone, boolean registered) {
		if (phone.registered == registered) {
			return;
		}
		authenticate(phone);
		if (!registered) {
			String uri = phone.contactUri();
			phone.registered = false;
			site.emit(peerStatus(phone, "Unreachable"));
			site.devices.refresh(phone);
			site.emit(contactStatus(uri, "Removed", phone, 0));
		} else {
			phone.registered = true;
			phone.contactGeneration++;
			site.emit(contactStatus(phone.contactUri(), "NonQualified", phone, 0));
			site.devices.refresh(phone);
			site.emit(peerStatus(phone, "Reachable"));
			site.emit(contactStatus(phone.contactUri(), "Reachable", phone, phone.roundtripUsec()));
		}
	}

	private void authenticate(Phone phone) {
		String local = "IPV4/UDP/127.0.0.1/5060";
		String remote = "IPV4/UDP/127.0.0.1/" + phone.port;
		site.emit(Events.securityEvent("ChallengeSent", "PJSIP", phone.extension, phone.callId, local, remote)
				.add("Challenge", ""));
		site.emit(Events.securityEvent("SuccessfulAuth", "PJSIP", phone.extension, phone.callId, local, remote)
				.add("UsingPassword", 1));
	}

	private static AmiMessage peerStatus(Phone phone, String status) {
		return AmiMessage.event("PeerStatus", Events.SYSTEM).add("ChannelType", "PJSIP").add("Peer", phone.device())
				.add("PeerStatus", status);
	}

	private static AmiMessage contactStatus(String uri, String status, Phone phone, int roundtrip) {
		return AmiMessage.event("ContactStatus", Events.SYSTEM).add("URI", uri).add("ContactStatus", status)
				.add("AOR", phone.extension).add("EndpointName", phone.extension).add("RoundtripUsec", roundtrip);
	}
}
