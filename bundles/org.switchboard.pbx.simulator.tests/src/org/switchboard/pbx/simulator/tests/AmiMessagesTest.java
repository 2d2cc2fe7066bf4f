package org.switchboard.pbx.simulator.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.switchboard.pbx.simulator.AmiMessages;

/** The one AMI parser and action writer. */
class AmiMessagesTest {

	private static AmiMessages.Reader reader(String text, int maxLine, int maxHeaders) {
		return new AmiMessages.Reader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), maxLine,
				maxHeaders);
	}

	@Test
	void parseSplitsMessagesKeepsWireOrderAndSkipsTheBanner() {
		List<Map<String, String>> messages = AmiMessages.parse("Asterisk Call Manager/11.0.0\r\n"
				+ "Response: Success\r\nActionID: a-1\r\nMessage: Authentication accepted\r\n\r\n"
				+ "Event: FullyBooted\r\nPrivilege: system,all\r\nStatus: Fully Booted\r\n\r\n");
		assertEquals(2, messages.size());
		assertEquals(List.of("Response", "ActionID", "Message"), new ArrayList<>(messages.get(0).keySet()));
		assertEquals("Authentication accepted", messages.get(0).get("Message"));
		assertEquals("Fully Booted", messages.get(1).get("Status"));
	}

	@Test
	void parseStripsValuesKeepsTheLastOfRepeatedKeysAndTakesBareLineFeeds() {
		List<Map<String, String>> messages = AmiMessages
				.parse("Event: VarSet\nValue:\nVariable: A=1\nVariable: B=2\n\n\n\nEvent: Cdr\nSource:  1002 \n");
		assertEquals(2, messages.size());
		assertEquals("", messages.get(0).get("Value"));
		assertEquals("B=2", messages.get(0).get("Variable"));
		assertEquals("1002", messages.get(1).get("Source"), "a last message without its blank line still counts");
	}

	@Test
	void valuesAreUtf8AndKeepTheirColons() {
		Map<String, String> m = AmiMessages.parse("Event: UserEvent\r\nCallerIDName: 张伟\r\nData: a:b:c\r\n\r\n").get(0);
		assertEquals("张伟", m.get("CallerIDName"));
		assertEquals("a:b:c", m.get("Data"));
	}

	@Test
	void theReaderGivesTheBannerThenRepeatedHeadersInOrderThenTheEnd() throws IOException {
		AmiMessages.Reader r = reader("Asterisk Call Manager/11.0.0\r\nAction: Originate\r\nVariable: A=1\r\n"
				+ "Variable: B=2\r\n\r\n", 100, 10);
		assertEquals("Asterisk Call Manager/11.0.0", r.readLine());
		List<String> headers = new ArrayList<>();
		assertEquals(true, r.next((k, v) -> headers.add(k + "=" + v)));
		assertEquals(List.of("Action=Originate", "Variable=A=1", "Variable=B=2"), headers);
		assertNull(r.next());
	}

	@Test
	void theReaderRefusesALineOverItsLimit() {
		AmiMessages.Reader r = reader("Action: Ping\r\nX: " + "A".repeat(200) + "\r\n\r\n", 100, 10);
		assertThrows(AmiMessages.TooLargeException.class, r::next);
	}

	@Test
	void theReaderRefusesMoreHeadersThanItsLimit() {
		StringBuilder text = new StringBuilder("Action: Ping\r\n");
		for (int i = 0; i < 11; i++) {
			text.append("X").append(i).append(": v\r\n");
		}
		AmiMessages.Reader r = reader(text.append("\r\n").toString(), 100, 10);
		assertThrows(AmiMessages.TooLargeException.class, r::next);
	}

	@Test
	void anActionStartsWithActionAndKeepsTheOrderOfItsHeaders() {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("ActionID", "x-1");
		headers.put("Channel", "PJSIP/1002");
		headers.put("Exten", "1003");
		String wire = new String(AmiMessages.action("Originate", headers), StandardCharsets.UTF_8);
		assertEquals("Action: Originate\r\nActionID: x-1\r\nChannel: PJSIP/1002\r\nExten: 1003\r\n\r\n", wire);
		assertEquals(List.of(Map.of("Action", "Originate", "ActionID", "x-1", "Channel", "PJSIP/1002", "Exten", "1003")),
				AmiMessages.parse(wire));
	}

	@Test
	void crOrLfInAValueOrAKeyNeverReachesTheWire() {
		assertThrows(IllegalArgumentException.class,
				() -> AmiMessages.action("Hangup", Map.of("Channel", "PJSIP/1002\r\nAction: Logoff")));
		assertThrows(IllegalArgumentException.class,
				() -> AmiMessages.action("Hangup", Map.of("Channel", "PJSIP/1002\nAction: Logoff")));
		assertThrows(IllegalArgumentException.class, () -> AmiMessages.action("Hangup", Map.of("Chan\rnel", "x")));
		assertThrows(IllegalArgumentException.class, () -> AmiMessages.action("Ping\r\nAction: Logoff", Map.of()));
		assertThrows(IllegalArgumentException.class, () -> AmiMessages.message(Map.of("Action: Logoff", "x")));
	}
}
