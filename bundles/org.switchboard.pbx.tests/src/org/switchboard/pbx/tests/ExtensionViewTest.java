package org.switchboard.pbx.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.switchboard.pbx.live.ExtensionStatus;
import org.switchboard.pbx.live.ExtensionView;
import org.switchboard.pbx.live.ExtensionViews;
import org.switchboard.model.DeviceState;
import org.switchboard.model.DialPermission;

/** The snapshot record on its own: filter, peer label, defaults; and the order of extension numbers. */
class ExtensionViewTest {

	private static ExtensionView view(String number, String name, String department, String peerNumber,
			String peerName) {
		return new ExtensionView(number, name, department, DeviceState.IDLE, ExtensionStatus.IDLE, false,
				DialPermission.INTERNATIONAL, peerNumber, peerName, null, null);
	}

	@ParameterizedTest(name = "\"{0}\" matches: {1}")
	@CsvSource(value = { "NULL, true", "'', true", "'   ', true", "1002, true", "100, true", "02, true",
			"1003, false", "recep, true", "RECEPTION, true", "'  front ', true", "Front Desk, true",
			"kitchen, false", "Bob, false" }, nullValues = "NULL")
	void theFilterMatchesNumberNameOrDepartmentIgnoringCase(String filter, boolean matches) {
		ExtensionView v = view("1002", "Reception", "Front Desk", "1099", "Bob");
		assertEquals(matches, v.matches(filter));
	}

	@ParameterizedTest(name = "peer \"{0}\" / \"{1}\" -> \"{2}\"")
	@CsvSource({ "1003, Kitchen, 1003 Kitchen", "1003, '', 1003", "'', Kitchen, Kitchen", "1003, 1003, 1003",
			"'', '', ''" })
	void thePeerIsOneShortText(String number, String name, String label) {
		ExtensionView v = view("1002", "Reception", "", number, name);
		assertEquals(label, v.peerLabel());
		assertEquals(!label.isEmpty(), v.hasPeer());
	}

	@Test
	void missingValuesBecomeEmptyOrTheDefaults() {
		ExtensionView v = new ExtensionView("1002", null, null, null, ExtensionStatus.UNKNOWN, false, null, null, null,
				null, null);
		assertEquals("", v.name());
		assertEquals("", v.department());
		assertEquals("", v.peerNumber());
		assertEquals("", v.peerName());
		assertEquals("", v.channelId());
		assertEquals(DeviceState.UNKNOWN, v.deviceState());
		assertEquals(DialPermission.INTERNATIONAL, v.permission(), "no restriction when the PBX has none");
		assertFalse(v.hasPeer());
		assertThrows(NullPointerException.class, () -> view(null, "x", "", "", ""));
	}

	@Test
	void onlyTalkingOrHeldCountAsInACall() {
		for (ExtensionStatus s : ExtensionStatus.values()) {
			assertEquals(s == ExtensionStatus.IN_CALL || s == ExtensionStatus.ON_HOLD, s.inCall(), s.name());
		}
	}

	@Test
	void numbersSortNaturallyShorterNumbersFirstThenText() {
		List<String> numbers = new ArrayList<>(List.of("1010", "lobby", "999", "1001", "2000", "100", "0800",
				"Bar", "1002"));
		numbers.sort(ExtensionViews.NUMBER_ORDER);
		assertEquals(List.of("100", "999", "0800", "1001", "1002", "1010", "2000", "Bar", "lobby"), numbers);
		assertTrue(ExtensionViews.NUMBER_ORDER.compare("999", "1000") < 0);
		assertTrue(ExtensionViews.NUMBER_ORDER.compare("1000", "999") > 0);
		assertEquals(0, ExtensionViews.NUMBER_ORDER.compare("1001", "1001"));
		assertTrue(ExtensionViews.NUMBER_ORDER.compare("", "1") < 0);
	}
}
