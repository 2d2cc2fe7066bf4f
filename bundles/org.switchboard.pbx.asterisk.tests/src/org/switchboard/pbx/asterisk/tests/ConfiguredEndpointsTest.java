package org.switchboard.pbx.asterisk.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.switchboard.model.DeviceState;
import org.switchboard.model.Extension;
import org.switchboard.pbx.PbxEndpoint;
import org.switchboard.pbx.asterisk.internal.AsteriskGateway;
import org.switchboard.pbx.live.ExtensionStatus;
import org.switchboard.pbx.live.ExtensionViews;

/**
 * The extensions are the PBX's configured endpoints ({@code PJSIPShowEndpoints}), registered or not. Just after an
 * Asterisk restart the phones re-register over half a minute; a console that took its extensions from the hints it
 * was told about showed three tiles of ten and filled up as phones came back. Here the PBX knows the hints of two
 * phones only and configures three endpoints, one with no contact.
 */
class ConfiguredEndpointsTest {

	private static final String HINTS = "Event: ExtensionStatus\r\nExten: 1001\r\nContext: internal\r\nHint: PJSIP/1001\r\nStatus: 0\r\n\r\n"
			+ "Event: ExtensionStatus\r\nExten: 1002\r\nContext: internal\r\nHint: PJSIP/1002\r\nStatus: 0\r\n";
	private static final String ENDPOINTS = endpoint("1001", "1001/sip:1001-0x1@127.0.0.1:5210,", "Not in use")
			+ endpoint("1002", "1002/sip:1002-0x2@127.0.0.1:5220,", "Not in use") + endpoint("1007", "", "Unavailable")
			+ endpoint("trunk", "", "Unavailable");

	private static String endpoint(String name, String contacts, String state) {
		return "Event: EndpointList\r\nObjectType: endpoint\r\nObjectName: " + name + "\r\nTransport: transport-udp\r\n"
				+ "Aor: " + name + "\r\nAuths: " + name + "\r\nOutboundAuths: \r\nContacts: " + contacts + "\r\n"
				+ "DeviceState: " + state + "\r\nActiveChannels: 0\r\n\r\n";
	}

	private FakeAmi ami;
	private AsteriskGateway gateway;

	@AfterEach
	void stop() throws Exception {
		if (gateway != null) {
			gateway.close();
		}
		if (ami != null) {
			ami.close();
		}
	}

	@Test
	void everyConfiguredEndpointIsAnExtensionAndAnUnregisteredOneIsUnavailable() throws Exception {
		ami = new FakeAmi();
		ami.listItems.put("extensionstatelist", HINTS);
		ami.listItems.put("pjsipshowendpoints", ENDPOINTS);
		gateway = new AsteriskGateway();
		gateway.connect(new PbxEndpoint("127.0.0.1", ami.port(), "console", "console")).get(20, TimeUnit.SECONDS);
		List<String> numbers = gateway.model()
				.read(site -> site.getExtensions().stream().map(Extension::getNumber).sorted().toList()).get(5,
						TimeUnit.SECONDS);
		assertEquals(List.of("1001", "1002", "1007"), numbers, "the numeric endpoints, registered or not");
		Extension x1007 = gateway.model().read(site -> gateway.model().extension("1007")).get(5, TimeUnit.SECONDS);
		assertFalse(x1007.isRegistered());
		assertEquals(DeviceState.UNAVAILABLE, x1007.getDeviceState());
		assertEquals("PJSIP/1007", x1007.getDevice());
		assertEquals(ExtensionStatus.UNAVAILABLE, gateway.model()
				.read(site -> ExtensionViews.of(gateway.model().extension("1007")).status()).get(5, TimeUnit.SECONDS));
		assertTrue(gateway.model().read(site -> gateway.model().extension("1002").isRegistered()).get(5,
				TimeUnit.SECONDS));
	}
}
