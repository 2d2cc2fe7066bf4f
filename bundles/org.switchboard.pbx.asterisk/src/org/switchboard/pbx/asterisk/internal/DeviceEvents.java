package org.switchboard.pbx.asterisk.internal;

import static org.switchboard.pbx.asterisk.internal.AmiValues.deviceState;
import static org.switchboard.pbx.asterisk.internal.AmiValues.extensionState;
import static org.switchboard.pbx.asterisk.internal.AmiValues.isNumber;
import static org.switchboard.pbx.asterisk.internal.AmiValues.text;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.asteriskjava.manager.event.ContactList;
import org.asteriskjava.manager.event.ContactStatusEvent;
import org.asteriskjava.manager.event.DeviceStateChangeEvent;
import org.asteriskjava.manager.event.EndpointList;
import org.asteriskjava.manager.event.ExtensionStatusEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.switchboard.model.DeviceState;
import org.switchboard.pbx.event.PbxEvent;

/** The extension family: hints (which device an extension rings), extension and device states, registrations. */
final class DeviceEvents {

	/** device (PJSIP/1002) → extension number, from the hints. */
	private final Map<String, String> deviceToExtension = new HashMap<>();

	String extensionOf(String device) {
		return deviceToExtension.get(device);
	}

	boolean map(ManagerEvent event, List<PbxEvent> out) {
		switch (event) {
		case ExtensionStatusEvent e -> extensionStatus(e, out);
		case DeviceStateChangeEvent e -> {
			String number = deviceToExtension.get(e.getDevice());
			if (number != null) {
				out.add(new PbxEvent.ExtensionStateChanged(number, deviceState(e.getState())));
			}
		}
		case EndpointList e -> {
			if (isNumber(e.getObjectName())) {
				// the configured endpoints are the extensions, registered or not (a hint alone misses the ones
				// whose phones have not registered yet, e.g. just after the PBX restarted)
				String number = e.getObjectName();
				String device = "PJSIP/" + number;
				deviceToExtension.putIfAbsent(device, number);
				out.add(new PbxEvent.ExtensionSeen(number, null, device));
				String uri = firstContactUri(text(e.getContacts()));
				out.add(new PbxEvent.RegistrationChanged(number, uri != null, uri));
				if (uri == null) {
					out.add(new PbxEvent.ExtensionStateChanged(number, DeviceState.UNAVAILABLE));
				}
			}
		}
		case ContactList e -> {
			if (isNumber(e.getEndpoint())) {
				out.add(new PbxEvent.RegistrationChanged(e.getEndpoint(),
						reachable(e.getStatus() == null ? null : e.getStatus().name()), e.getUri()));
			}
		}
		case ContactStatusEvent e -> {
			String number = e.getAor() != null ? e.getAor() : e.getEndpointName();
			if (isNumber(number)) {
				out.add(new PbxEvent.RegistrationChanged(number, reachable(e.getContactStatus()), e.getUri()));
			}
		}
		default -> {
			return false;
		}
		}
		return true;
	}

	private void extensionStatus(ExtensionStatusEvent e, List<PbxEvent> out) {
		String number = e.getExten();
		String hint = e.getHint();
		if (!isNumber(number) || hint == null) {
			return;
		}
		String device = hint.split("&")[0].trim();
		if (!device.contains("/") || device.contains(":")) {
			return; // parking spaces (park:701@parkedcalls), custom states
		}
		deviceToExtension.put(device, number);
		out.add(new PbxEvent.ExtensionSeen(number, null, device));
		out.add(new PbxEvent.ExtensionStateChanged(number, extensionState(e.getStatus())));
	}

	/** {@code 1001/sip:1001-0x...@127.0.0.1:5210,} → {@code sip:1001-0x...@127.0.0.1:5210}. */
	private static String firstContactUri(String contacts) {
		if (contacts == null || contacts.isBlank()) {
			return null;
		}
		String first = contacts.split(",")[0].trim();
		int slash = first.indexOf('/');
		String uri = slash >= 0 ? first.substring(slash + 1) : first;
		return uri.isEmpty() ? null : uri;
	}

	private static boolean reachable(String status) {
		if (status == null) {
			return false;
		}
		return switch (status.toLowerCase(Locale.ROOT)) {
		case "reachable", "created", "updated", "nonqualified", "unknown" -> true;
		default -> false;
		};
	}
}
