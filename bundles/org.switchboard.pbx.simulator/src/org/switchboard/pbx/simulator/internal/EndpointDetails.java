package org.switchboard.pbx.simulator.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code PJSIPShowEndpoint}: one endpoint's details as Asterisk 22 lists them (transcript 18): EndpointDetail (with
 * the endpoint's caller id, the name the PBX gives the extension), AuthDetail, TransportDetail, AorDetail, a
 * ContactStatusDetail per registered contact, then EndpointDetailComplete. The lab's configuration is the same for
 * every endpoint, so the fields are templates with the endpoint's own values filled in.
 */
final class EndpointDetails {

	/** {@code EndpointDetail}, as Asterisk 22 sends it for the lab's endpoints (transcript 18). */
	private static final String[] ENDPOINT = {
			"ObjectType", "endpoint", "ObjectName", "$EXT", "RpidImmediate", "false", "Webrtc", "no",
			"Ignore183WithoutSdp", "false", "SendAoc", "false", "DeviceStateBusyAt", "0", "T38UdptlMaxdatagram", "0",
			"CodecPrefsIncomingAnswer", "prefer:pending, operation:intersect, keep:all, transcode:allow",
			"SecurityNegotiation", "no", "DtlsRekey", "0", "RtpPortEnd", "0", "NamedPickupGroup", "",
			"DirectMediaMethod", "invite", "SendRpid", "true", "PickupGroup", "", "SdpSession", "Asterisk",
			"DtlsVerify", "No", "MessageContext", "", "Tenantid", "", "Mailboxes", "", "RecordOnFeature", "automixmon",
			"DtlsPrivateKey", "", "DtlsFingerprint", "SHA-256", "OverlapContext", "", "OutgoingCallOfferPref", "remote_merge",
			"RtpPortStart", "0", "FromDomain", "", "TimersSessExpires", "1800", "NamedCallGroup", "", "DtlsCipher", "",
			"MediaEncryptionOptimistic", "false", "SuppressQ850ReasonHeaders", "false", "Aors", "$EXT",
			"IdentifyBy", "username,ip", "CalleridPrivacy", "allowed_not_screened", "MwiSubscribeReplacesUnsolicited", "no",
			"CosAudio", "0", "FollowEarlyMediaFork", "true", "Context", "internal", "RtpSymmetric", "true",
			"Transport", "transport-udp", "MohSuggest", "default", "T38Udptl", "false", "FaxDetect", "false",
			"T38BindUdptlToMediaAddress", "false", "TosVideo", "0", "SrtpTag32", "false", "ReferBlindProgress", "true",
			"MaxAudioStreams", "1", "Bundle", "false", "UseAvpf", "false", "CallGroup", "", "SendConnectedLine", "yes",
			"FaxDetectTimeout", "0", "SdpOwner", "-", "ForceRport", "true", "CalleridTag", "", "RtpTimeoutHold", "0",
			"SuppressMohOnSendonly", "false", "UsePtime", "false", "MediaAddress", "127.0.0.1", "VoicemailExtension", "",
			"RtpTimeout", "0", "StirShaken", "no", "SetVar", "", "ContactAcl", "", "PreferredCodecOnly", "false",
			"GeolocOutgoingCallProfile", "", "ForceAvp", "false", "RecordOffFeature", "automixmon", "FromUser", "",
			"SendDiversion", "true", "SendHistoryInfo", "false", "T38UdptlIpv6", "false", "ToneZone", "", "Language", "en",
			"AllowSubscribe", "true", "RtpIpv6", "false", "Callerid", "$CALLERID", "MohPassthrough", "false", "CosVideo", "0",
			"DtlsAutoGenerateCert", "No", "AsymmetricRtpCodec", "false", "GeolocIncomingCallProfile", "",
			"IceSupport", "false", "AggregateMwi", "true", "OneTouchRecording", "false", "MwiFromUser", "",
			"RedirectMethod", "user", "Accountcode", "",
			"CodecPrefsOutgoingAnswer", "prefer:pending, operation:intersect, keep:all, transcode:allow",
			"Allow", "(ulaw|alaw|gsm)", "RewriteContact", "true", "UserEqPhone", "false", "RtpEngine", "asterisk",
			"FollowRedirectMethods", "", "SubscribeContext", "", "NotifyEarlyInuseRinging", "false", "IncomingMwiMailbox", "",
			"IncomingCallOfferPref", "local", "AllowUnauthenticatedOptions", "false", "Auth", "$EXT",
			"DirectMediaGlareMitigation", "none", "TrustIdInbound", "true", "StirShakenProfile", "",
			"BindRtpToMediaAddress", "true", "DisableDirectMediaOnNat", "false", "MediaEncryption", "no",
			"MediaUseReceivedTransport", "false", "AllowOverlap", "true", "DtmfMode", "rfc4733", "OutboundAuth", "",
			"TosAudio", "0", "DtlsCertFile", "", "DtlsCaPath", "", "DtlsSetup", "active", "ConnectedLineMethod", "invite",
			"G726NonStandard", "false", "100rel", "yes", "Timers", "yes", "DirectMedia", "false", "Acl", "",
			"TimersMinSe", "90", "TrustIdOutbound", "false", "SubMinExpiry", "0", "RtcpMux", "false", "MaxVideoStreams", "1",
			"AcceptMultipleSdpAnswers", "false",
			"CodecPrefsIncomingOffer", "prefer:pending, operation:intersect, keep:all, transcode:allow",
			"CodecPrefsOutgoingOffer", "prefer:pending, operation:union, keep:all, transcode:allow",
			"TrustConnectedLine", "yes", "SendPai", "true", "RtpKeepalive", "0", "T38UdptlEc", "none", "T38UdptlNat", "false",
			"AllowTransfer", "true", "DtlsCaFile", "", "OutboundProxy", "", "InbandProgress", "false",
			"DeviceState", "$DEVICESTATE", "ActiveChannels", "$ACTIVE" };

	/** {@code AuthDetail}, as Asterisk 22 sends it for the lab's endpoints (transcript 18). */
	private static final String[] AUTH = {
			"ObjectType", "auth", "ObjectName", "$EXT", "OauthSecret", "", "PasswordDigest", "",
			"SupportedAlgorithmsUas", "MD5", "RefreshToken", "", "Username", "$EXT", "Md5Cred", "", "Realm", "",
			"AuthType", "userpass", "Password", "$PASSWORD", "SupportedAlgorithmsUac", "MD5", "NonceLifetime", "32",
			"OauthClientid", "", "EndpointName", "$EXT" };

	/** {@code TransportDetail}, as Asterisk 22 sends it for the lab's endpoints (transcript 18). */
	private static final String[] TRANSPORT = {
			"ObjectType", "transport", "ObjectName", "transport-udp", "WebsocketWriteTimeout", "100", "Cos", "0",
			"TcpKeepaliveEnable", "false", "Protocol", "udp", "SymmetricTransport", "false", "Domain", "",
			"VerifyServer", "No", "LocalNet", "", "Bind", "127.0.0.1:5060", "AllowWildcardCerts", "No",
			"TcpKeepaliveIntervalTime", "1", "AsyncOperations", "1", "ExternalMediaAddress", "", "Method", "unspecified",
			"ExternalSignalingAddress", "", "RequireClientCert", "No", "TcpKeepaliveIdleTime", "30", "Tos", "0",
			"CaListPath", "", "Cipher", "", "CertFile", "", "ExternalSignalingPort", "0", "Password", "",
			"AllowReload", "false", "VerifyClient", "No", "TcpKeepaliveProbeCount", "5", "PrivKeyFile", "", "CaListFile", "",
			"EndpointName", "$EXT" };

	/** {@code AorDetail}, as Asterisk 22 sends it for the lab's endpoints (transcript 18). */
	private static final String[] AOR = {
			"ObjectType", "aor", "ObjectName", "$EXT", "MinimumExpiration", "60", "DefaultExpiration", "3600",
			"QualifyTimeout", "3.000000", "Qualify2xxOnly", "false", "Mailboxes", "", "SupportPath", "false",
			"RemoveUnavailable", "false", "VoicemailExtension", "", "MaxContacts", "1", "AuthenticateQualify", "false",
			"Contacts", "$CONTACTS", "MaximumExpiration", "7200", "QualifyFrequency", "30", "RemoveExisting", "true",
			"OutboundProxy", "", "TotalContacts", "$CONTACTCOUNT", "ContactsRegistered", "$CONTACTCOUNT",
			"EndpointName", "$EXT" };

	/** {@code ContactStatusDetail}, as Asterisk 22 sends it for the lab's endpoints (transcript 18). */
	private static final String[] CONTACT = {
			"AOR", "$EXT", "URI", "$URI", "UserAgent", "baresip v1.0.0 (x86_64/linux)", "RegExpire", "$REGEXPIRE",
			"ViaAddress", "$VIA", "CallID", "$CALLID", "Status", "Reachable", "RoundtripUsec", "$RTT", "EndpointName", "$EXT",
			"ID", "$ID", "AuthenticateQualify", "0", "OutboundProxy", "", "Path", "", "QualifyFrequency", "30",
			"QualifyTimeout", "3.000", "Qualify2xxOnly", "0" };

	private record Detail(String event, String[] template) {
	}

	private static final List<Detail> ALWAYS = List.of(new Detail("EndpointDetail", ENDPOINT),
			new Detail("AuthDetail", AUTH), new Detail("TransportDetail", TRANSPORT), new Detail("AorDetail", AOR));
	private static final Detail CONTACT_DETAIL = new Detail("ContactStatusDetail", CONTACT);

	private EndpointDetails() {
	}

	static void register(ActionDispatcher d) {
		d.register("PJSIPShowEndpoint", EndpointDetails::show);
	}

	private static void show(ActionRequest r) {
		String name = r.header("Endpoint");
		if (name.isEmpty()) {
			r.error("Endpoint parameter missing.");
			return;
		}
		Phone p = r.site.phone(name);
		if (p == null) {
			r.error("Unable to retrieve endpoint " + name);
			return;
		}
		Map<String, String> values = Map.ofEntries(Map.entry("$EXT", p.extension),
				Map.entry("$CALLERID", p.callerIdText()), Map.entry("$PASSWORD", "pass" + p.extension),
				Map.entry("$DEVICESTATE", r.site.devices.of(p.device()).text),
				Map.entry("$ACTIVE", String.valueOf(r.site.channelsOf(p).size())),
				Map.entry("$CONTACTS", p.registered ? p.extension + "/" + p.contactUri() : ""),
				Map.entry("$CONTACTCOUNT", p.registered ? "1" : "0"), Map.entry("$URI", p.contactUri()),
				Map.entry("$REGEXPIRE", String.valueOf(Clock.epochSeconds() + 120)),
				Map.entry("$VIA", "127.0.0.1:" + p.port), Map.entry("$CALLID", p.callId),
				Map.entry("$RTT", String.valueOf(p.roundtripUsec())),
				Map.entry("$ID", p.extension + ";@" + p.contactHash));
		r.listStart("Following are Events for each object associated with the Endpoint");
		List<Detail> details = new ArrayList<>(ALWAYS);
		if (p.registered) {
			details.add(CONTACT_DETAIL);
		}
		for (Detail d : details) {
			r.send(fill(r.item(d.event()), d.template(), values));
		}
		r.listComplete("EndpointDetailComplete", details.size());
	}

	private static AmiMessage fill(AmiMessage m, String[] template, Map<String, String> values) {
		for (int i = 0; i < template.length; i += 2) {
			String v = template[i + 1];
			m.add(template[i], v.startsWith("$") ? values.get(v) : v);
		}
		return m;
	}
}
