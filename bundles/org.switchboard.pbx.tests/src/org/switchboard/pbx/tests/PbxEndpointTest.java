package org.switchboard.pbx.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.switchboard.pbx.PbxEndpoint;
import org.switchboard.pbx.PbxException;

class PbxEndpointTest {

	@Test
	@DisplayName("the short form uses the lab's conventions and a 5 s response time-out")
	void defaults() {
		PbxEndpoint ep = new PbxEndpoint("pbx.example", 5038, "console", "s3cret");
		assertEquals("internal", ep.context());
		assertEquals("8000", ep.operatorQueue());
		assertEquals(Duration.ofSeconds(5), ep.responseTimeout());
		assertEquals(Duration.ofSeconds(5),
				new PbxEndpoint("pbx.example", 5038, "console", "s3cret", "internal", "8000", null).responseTimeout());
	}

	@Test
	@DisplayName("its text for logs and messages never shows the secret")
	void toStringHidesTheSecret() {
		PbxEndpoint ep = new PbxEndpoint("pbx.example", 5038, "console", "s3cret");
		assertEquals("console@pbx.example:5038", ep.toString());
		assertFalse(ep.toString().contains("s3cret"));
	}

	@Test
	@DisplayName("ports out of range, missing values and values with line breaks are refused")
	void refused() {
		assertThrows(IllegalArgumentException.class, () -> new PbxEndpoint("h", 0, "u", "s"));
		assertThrows(IllegalArgumentException.class, () -> new PbxEndpoint("h", 65536, "u", "s"));
		assertThrows(NullPointerException.class, () -> new PbxEndpoint(null, 5038, "u", "s"));
		assertThrows(NullPointerException.class, () -> new PbxEndpoint("h", 5038, "u", null));
		for (Runnable bad : new Runnable[] { () -> new PbxEndpoint("h", 5038, "console\r\nAction: Originate", "s"),
				() -> new PbxEndpoint("h", 5038, "u", "s\n"), () -> new PbxEndpoint("", 5038, "u", "s"),
				() -> new PbxEndpoint("h", 5038, "u", "s", "inter nal", "8000", null),
				() -> new PbxEndpoint("h", 5038, "u", "s", "internal", "80a0", null) }) {
			assertEquals(PbxException.Reason.INVALID_INPUT, assertThrows(PbxException.class, bad::run).reason());
		}
	}
}
