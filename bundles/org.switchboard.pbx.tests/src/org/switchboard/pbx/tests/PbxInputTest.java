package org.switchboard.pbx.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.switchboard.pbx.PbxException;
import org.switchboard.pbx.PbxInput;

/** Nothing that could add its own lines to an AMI action (CR, LF, other control characters) passes validation. */
class PbxInputTest {

	@ParameterizedTest
	@ValueSource(strings = { "1001", "0", "*78", "#", "+8613800000000", "00301234567", "12345678901234567890123456789012" })
	@DisplayName("dialable numbers pass")
	void numbersThatPass(String number) {
		assertEquals(number, PbxInput.requireNumber("number", number));
		assertTrue(PbxInput.isNumber(number));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "10a1", "1001\r\nAction: Originate", "1001\n", "10 01", "++1", "1+1", "１００１",
			"123456789012345678901234567890123" })
	@DisplayName("anything else is invalid input, and says why without echoing control characters")
	void numbersThatFail(String number) {
		PbxException e = assertThrows(PbxException.class, () -> PbxInput.requireNumber("number", number));
		assertEquals(PbxException.Reason.INVALID_INPUT, e.reason());
		assertFalse(e.getMessage().contains("\r") || e.getMessage().contains("\n"), e.getMessage());
		assertFalse(PbxInput.isNumber(number));
	}

	@Test
	@DisplayName("a missing number is invalid input")
	void nullNumber() {
		assertEquals(PbxException.Reason.INVALID_INPUT,
				assertThrows(PbxException.class, () -> PbxInput.requireNumber("number", null)).reason());
		assertFalse(PbxInput.isNumber(null));
	}

	@ParameterizedTest
	@ValueSource(strings = { "internal", "from-internal", "dial_ext.2", "8000" })
	@DisplayName("context and queue names of letters, digits, - _ . pass")
	void namesThatPass(String name) {
		assertEquals(name, PbxInput.requireName("context", name));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "in ternal", "internal\r\n", "a/b", "ctx;1",
			"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" })
	@DisplayName("other names are invalid input")
	void namesThatFail(String name) {
		assertEquals(PbxException.Reason.INVALID_INPUT,
				assertThrows(PbxException.class, () -> PbxInput.requireName("context", name)).reason());
	}

	@Test
	@DisplayName("free text passes up to its limit, in any script, but never with a control or line separator")
	void text() {
		assertEquals("Zhang Wei 张伟 (front desk)", PbxInput.requireText("name", "Zhang Wei 张伟 (front desk)"));
		assertEquals("x".repeat(PbxInput.MAX_TEXT), PbxInput.requireText("name", "x".repeat(PbxInput.MAX_TEXT)));
		for (String bad : new String[] { null, "x".repeat(PbxInput.MAX_TEXT + 1), "a\rb", "a\nb", "a\u0000b", "a\u007fb",
				"a\u2028b", "a\u2029b", "tab\there" }) {
			assertEquals(PbxException.Reason.INVALID_INPUT,
					assertThrows(PbxException.class, () -> PbxInput.requireText("name", bad)).reason(), String.valueOf(bad));
		}
	}
}
