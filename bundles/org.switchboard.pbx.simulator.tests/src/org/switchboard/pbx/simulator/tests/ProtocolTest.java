package org.switchboard.pbx.simulator.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.pbx.simulator.SitePhones;
import org.switchboard.pbx.simulator.AmiSimulator;

/** The AMI protocol as manager.c speaks it: banner, login, ActionID, lists, errors, event filtering. */
class ProtocolTest {

	private AmiSimulator simulator;

	@BeforeEach
	void start() throws IOException {
		simulator = AmiSimulator.start(TranscriptConformanceTest.fastLab());
	}

	@AfterEach
	void stop() {
		simulator.close();
	}

	private SitePhones loggedIn() throws IOException {
		SitePhones client = SitePhones.open("127.0.0.1", simulator.port(), SitePhones.History.KEEP);
		assertEquals("Success", client.login("console", "console").get("Response"));
		return client;
	}

	@Test
	void greetsWithTheAsteriskCallManagerBanner() throws IOException {
		try (SitePhones client = SitePhones.open("127.0.0.1", simulator.port(), SitePhones.History.KEEP)) {
			assertEquals("Asterisk Call Manager/11.0.0", client.banner());
		}
	}

	@Test
	void loginSendsFullyBootedAndSuccessfulAuth() throws IOException {
		try (SitePhones client = loggedIn()) {
			client.awaitEvent("FullyBooted", m -> "Fully Booted".equals(m.get("Status")));
			Map<String, String> auth = client.awaitEvent("SuccessfulAuth", m -> "AMI".equals(m.get("Service")));
			assertEquals("console", auth.get("AccountID"));
			assertTrue(auth.get("RemoteAddress").startsWith("IPV4/TCP/127.0.0.1/"));
		}
	}

	@Test
	void wrongSecretIsRefusedThenTheConnectionIsClosed() throws IOException {
		try (SitePhones client = SitePhones.open("127.0.0.1", simulator.port(), SitePhones.History.KEEP)) {
			Map<String, String> answer = client.login("console", "wrong");
			assertEquals("Error", answer.get("Response"));
			assertEquals("Authentication failed", answer.get("Message"));
			assertTrue(client.awaitClosed(SitePhones.TIMEOUT), "Asterisk ends the session after a failed login");
		}
	}

	@Test
	void actionsBeforeLoginArePermissionDenied() throws IOException {
		try (SitePhones client = SitePhones.open("127.0.0.1", simulator.port(), SitePhones.History.KEEP)) {
			Map<String, String> answer = client.awaitResponse(client.send("Action", "CoreShowChannels"));
			assertEquals("Error", answer.get("Response"));
			assertEquals("Permission denied", answer.get("Message"));
		}
	}

	@Test
	void md5ChallengeLoginIsAccepted() throws IOException, NoSuchAlgorithmException {
		try (SitePhones client = SitePhones.open("127.0.0.1", simulator.port(), SitePhones.History.KEEP)) {
			Map<String, String> challenge = client.awaitResponse(client.send("Action", "Challenge", "AuthType", "md5"));
			String key = HexFormat.of().formatHex(MessageDigest.getInstance("MD5")
					.digest((challenge.get("Challenge") + "console").getBytes(StandardCharsets.UTF_8)));
			Map<String, String> login = client.awaitResponse(
					client.send("Action", "Login", "AuthType", "md5", "Username", "console", "Key", key));
			assertEquals("Authentication accepted", login.get("Message"));
		}
	}

	@Test
	void actionIdIsEchoedOnTheResponseEveryListItemAndTheCompleteEvent() throws IOException {
		try (SitePhones client = loggedIn()) {
			String id = client.send("Action", "ExtensionStateList", "ActionID", "my-id-42");
			List<Map<String, String>> list = client.awaitList(id);
			assertEquals("my-id-42", list.get(0).get("ActionID"));
			assertEquals("start", list.get(0).get("EventList"));
			Map<String, String> complete = list.get(list.size() - 1);
			assertEquals("ExtensionStateListComplete", complete.get("Event"));
			assertEquals("Complete", complete.get("EventList"));
			assertEquals(list.size() - 2, Integer.parseInt(complete.get("ListItems")));
			assertEquals(30, list.size() - 2, "10 phones and 20 parking spaces have hints");
		}
	}

	@Test
	void unknownActionIsAnInvalidUnknownCommand() throws IOException {
		try (SitePhones client = loggedIn()) {
			Map<String, String> answer = client.awaitResponse(client.send("Action", "FlyToTheMoon"));
			assertEquals("Error", answer.get("Response"));
			assertTrue(answer.get("Message").startsWith("Invalid/unknown command: FlyToTheMoon."), answer.get("Message"));
		}
	}

	@Test
	void missingMandatoryHeadersAreRefusedWithAsterisksMessages() throws IOException {
		try (SitePhones client = loggedIn()) {
			assertError(client, "Channel not specified", "Action", "Originate", "Exten", "1002");
			assertError(client, "No channel specified", "Action", "Hangup");
			assertError(client, "No such channel", "Action", "Hangup", "Channel", "PJSIP/1002-0000ffff");
			assertError(client, "Context not specified", "Action", "Redirect", "Channel", "PJSIP/1002-00000000");
			assertError(client, "No family specified.", "Action", "DBGet", "Key", "1003");
			assertError(client, "Database entry not found", "Action", "DBGet", "Family", "DND", "Key", "1003");
			assertError(client, "No extension specified", "Action", "BlindTransfer", "Channel", "PJSIP/1001-0");
			assertError(client, "Originate with 'Exten' requires 'Context' and 'Priority'", "Action", "Originate",
					"Channel", "PJSIP/1001", "Exten", "1002");
			client.sendRaw("ActionID: lonely\r\nFoo: bar\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
			assertEquals("Missing action in request", client.awaitResponse("lonely").get("Message"));
		}
	}

	private static void assertError(SitePhones client, String message, String... action) throws IOException {
		Map<String, String> answer = client.awaitResponse(client.send(action));
		assertEquals("Error", answer.get("Response"), message);
		assertEquals(message, answer.get("Message"));
	}

	@Test
	void pingAnswersPongWithATimestamp() throws IOException {
		try (SitePhones client = loggedIn()) {
			Map<String, String> pong = client.awaitResponse(client.send("Action", "Ping"));
			assertEquals("Pong", pong.get("Ping"));
			assertTrue(pong.get("Timestamp").matches("\\d+\\.\\d{6}"));
		}
	}

	@Test
	void eventsOffAtLoginKeepsTheClientQuietWhileOthersSeeEvents() throws IOException {
		try (SitePhones quiet = SitePhones.open("127.0.0.1", simulator.port(), SitePhones.History.KEEP);
				SitePhones loud = loggedIn()) {
			quiet.awaitResponse(quiet.send("Action", "Login", "Username", "console", "Secret", "console", "Events", "off"));
			String originate = loud.send("Action", "Originate", "Channel", "PJSIP/1001", "Context", "internal", "Exten",
					"1002", "Priority", "1", "Async", "true");
			loud.awaitEvent("OriginateResponse", m -> originate.equals(m.get("ActionID")));
			loud.awaitEvent("BridgeEnter", m -> "2".equals(m.get("BridgeNumChannels")));
			// the site answers the Ping after every event above went out: none may have reached the quiet client
			quiet.awaitResponse(quiet.send("Action", "Ping"));
			assertFalse(quiet.messages().stream().anyMatch(m -> m.containsKey("Event")), quiet.messages().toString());
		}
	}

	@Test
	void eventsActionSwitchesEventsOffAndOn() throws IOException {
		try (SitePhones client = loggedIn()) {
			assertEquals("Off", client.awaitResponse(client.send("Action", "Events", "EventMask", "off")).get("Events"));
			assertEquals("On", client.awaitResponse(client.send("Action", "Events", "EventMask", "on")).get("Events"));
		}
	}

	@Test
	void logoffSaysGoodbyeAndCloses() throws IOException {
		try (SitePhones client = loggedIn()) {
			Map<String, String> bye = client.awaitResponse(client.send("Action", "Logoff"));
			assertEquals("Goodbye", bye.get("Response"));
			assertEquals("Thanks for all the fish.", bye.get("Message"));
			assertTrue(client.awaitClosed(SitePhones.TIMEOUT));
		}
	}

	@Test
	void staticQueueMemberIsPausedNotAddedOrRemovedWhileDynamicMembersCome() throws IOException {
		try (SitePhones client = loggedIn()) {
			assertError(client, "Unable to add interface: Already there", "Action", "QueueAdd", "Queue", "8000",
					"Interface", "PJSIP/1001");
			assertError(client, "Unable to remove interface: Member not dynamic", "Action", "QueueRemove", "Queue",
					"8000", "Interface", "PJSIP/1001");
			Map<String, String> pause = client.awaitResponse(client.send("Action", "QueuePause", "Queue", "8000",
					"Interface", "PJSIP/1001", "Paused", "true", "Reason", "lunch"));
			assertEquals("Interface paused successfully", pause.get("Message"));
			Map<String, String> paused = client.awaitEvent("QueueMemberPause", m -> "PJSIP/1001".equals(m.get("Interface")));
			assertEquals("1", paused.get("Paused"));
			assertEquals("lunch", paused.get("PausedReason"));
			Map<String, String> add = client.awaitResponse(
					client.send("Action", "QueueAdd", "Queue", "8000", "Interface", "PJSIP/1002", "MemberName", "Backup"));
			assertEquals("Added interface to queue", add.get("Message"));
			client.awaitEvent("QueueMemberAdded", m -> "dynamic".equals(m.get("Membership")));
			Map<String, String> remove = client.awaitResponse(
					client.send("Action", "QueueRemove", "Queue", "8000", "Interface", "PJSIP/1002"));
			assertEquals("Removed interface from queue", remove.get("Message"));
		}
	}

	@Test
	void astDbTreeListsWhatWasPutAndDeleteTreeClearsIt() throws IOException {
		try (SitePhones client = loggedIn()) {
			client.awaitResponse(client.send("Action", "DBPut", "Family", "CALLPERM", "Key", "1004", "Val", "local"));
			client.awaitResponse(client.send("Action", "DBPut", "Family", "CALLPERM", "Key", "1005", "Val", "national"));
			List<Map<String, String>> tree = client.awaitList(client.send("Action", "DBGetTree", "Family", "CALLPERM"));
			assertEquals("/CALLPERM/1004", tree.get(1).get("Key"));
			assertEquals("national", tree.get(2).get("Val"));
			assertEquals("2", tree.get(3).get("ListItems"));
			assertEquals("Key tree deleted successfully",
					client.awaitResponse(client.send("Action", "DBDelTree", "Family", "CALLPERM")).get("Message"));
			assertTrue(simulator.astdb().isEmpty());
		}
	}
}
