package org.switchboard.settings.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.switchboard.settings.NumberRanges;
import org.switchboard.settings.NumberRanges.Picked;
import org.switchboard.settings.NumberRanges.RangeException;

class NumberRangesTest {

	private static final Set<String> SITE = site();

	private static Set<String> site() {
		List<String> out = new ArrayList<>();
		for (int i = 1001; i <= 1030; i++) {
			out.add(String.valueOf(i));
		}
		out.add("0801");
		return Set.copyOf(out);
	}

	@Test
	@DisplayName("a range picks every extension in it, both ends included, and reports the numbers the site lacks")
	void rangeWithUnknownNumbers() throws Exception {
		Picked p = NumberRanges.parse("1001-1040", SITE);
		assertEquals(30, p.numbers().size());
		assertEquals("1001", p.numbers().get(0));
		assertEquals("1030", p.numbers().get(29));
		assertEquals(10, p.unknown().size());
		assertEquals(List.of("1031", "1032"), p.unknown().subList(0, 2));
	}

	@Test
	@DisplayName("numbers and ranges mixed, with spaces, commas and semicolons; each number once; leading zeros kept")
	void mixedList() throws Exception {
		Picked p = NumberRanges.parse(" 1005, 1003 - 1004;1005 0801 0800-0801 ", SITE);
		assertEquals(List.of("1005", "1003", "1004", "0801"), p.numbers());
		assertEquals(List.of("0800"), p.unknown());
	}

	@Test
	@DisplayName("bad input is refused with its reason and the offending part")
	void badInput() {
		assertEquals(RangeException.Reason.EMPTY, assertThrows(RangeException.class,
				() -> NumberRanges.parse("  ", SITE)).reason());
		RangeException m = assertThrows(RangeException.class, () -> NumberRanges.parse("1001, 10x2", SITE));
		assertEquals(RangeException.Reason.MALFORMED, m.reason());
		assertEquals("10x2", m.item());
		assertEquals(RangeException.Reason.MALFORMED, assertThrows(RangeException.class,
				() -> NumberRanges.parse("1001-", SITE)).reason());
		RangeException r = assertThrows(RangeException.class, () -> NumberRanges.parse("1040-1001", SITE));
		assertEquals(RangeException.Reason.REVERSED, r.reason());
		assertEquals("1040-1001", r.item());
		assertEquals(RangeException.Reason.TOO_MANY, assertThrows(RangeException.class,
				() -> NumberRanges.parse("100000-999999", SITE)).reason());
	}
}
