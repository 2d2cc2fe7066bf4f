package org.switchboard.callcontrol.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;

import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.model.ConnectionStatus;
import org.switchboard.pbx.simulator.AmiSimulator;
import org.switchboard.testsupport.ScreenshotOnFailure;
import org.switchboard.testsupport.Ui;
import org.switchboard.testsupport.UiWatchdog;

/**
 * R4: hostile input from the PBX and from the operator's keyboard, with the UI thread watched (a ping every 50 ms):
 * no freeze (no gap over 2 s), no crash, nothing injected, and the console still shows the PBX's truth afterwards.
 * The worst UI-thread wait is printed (recorded in docs/benchmarks.md), never asserted as a speed.
 */
@ExtendWith(ScreenshotOnFailure.class)
class HostileInputTest {

	/** A freeze, not a speed target. */
	private static final long FREEZE_MILLIS = 2000;
	private HomeScreen home;

	@BeforeEach
	void open() {
		home = HomeScreen.open();
	}

	@AfterEach
	void close() {
		home.close();
	}

	@Test
	@DisplayName("R4 hostile AMI from the PBX (garbage, a 1 MB header, 50,000 events at once, stray responses) leaves the console connected and answering, and a call made afterwards is shown")
	void hostileAmi() throws Exception {
		java.time.Instant since = home.read(site -> site.getConnection().getSince());
		byte[] garbage = new byte[4 * 1024]; // its base64 fits an AMI line (the simulator allows 8 KiB)
		new Random(14).nextBytes(garbage);
		String flood = "Event: VarSet\r\nPrivilege: dialplan,all\r\nChannel: PJSIP/1002-00000001\r\nVariable: FLOOD\r\n"
				+ "Value: 1\r\nUniqueid: 1700000000.1\r\n\r\n"
				+ "Event: FromAFutureAsterisk\r\nPrivilege: call,all\r\nWhatever: 1\r\n\r\n";
		long worst;
		try (UiWatchdog watchdog = new UiWatchdog(Ui.display())) {
			// sent off the UI thread (the phone side blocks on its socket); the UI thread keeps spinning meanwhile;
			// the worst wait of each kind is printed as well, measured over the second after it was sent
			StringBuilder phases = new StringBuilder();
			CompletableFuture<Void> sent = CompletableFuture.runAsync(() -> {
				try {
					watchdog.worstMillisAndRestart();
					raw(garbage, 1, 0);
					phase(watchdog, phases, "binary garbage");
					raw("\r\n\r\nno colon here\r\n: no key\r\nEvent\r\n\r\nEvent: Newchannel\r\nPrivilege: call,all\r\n"
							+ "CallerIDName: \u5f20\u0000\u001b[31m\r\n\r\n", 1, 0);
					phase(watchdog, phases, "malformed lines");
					raw("Event: VarSet\r\nPrivilege: dialplan,all\r\nChannel: PJSIP/1002-00000001\r\nVariable: X\r\n"
							+ "Value: %PAD\r\n\r\n", 1, 1024 * 1024);
					phase(watchdog, phases, "1 MB header");
					raw("Response: Success\r\nMessage: nobody asked\r\n\r\nResponse: Error\r\n\r\n", 1, 0);
					phase(watchdog, phases, "stray responses");
					raw(flood, 25_000, 0);
					phase(watchdog, phases, "50,000 events");
				} catch (java.io.IOException e) {
					throw new java.io.UncheckedIOException(e);
				}
			});
			Ui.waitUntil(sent::isDone, Duration.ofSeconds(30), () -> "the hostile bytes to be sent");
			sent.join();
			// measured up to here: dialNow below waits for the PBX on the UI thread (the test's own wait, not the app's)
			worst = Math.max(worstSoFar, watchdog.worstMillis());
			home.phones.dialNow("1004", "1005");
			home.waitForState("1004", "In call");
			home.waitForState("1005", "In call");
			System.out.println("R4 hostile AMI: worst UI-thread wait " + worst + " ms over " + watchdog.pings()
					+ " pings (freeze bound " + FREEZE_MILLIS + " ms); by kind:" + phases);
		}
		assertTrue(worst < FREEZE_MILLIS, "the UI thread did not answer for " + worst + " ms");
		assertEquals(ConnectionStatus.CONNECTED, home.read(site -> site.getConnection().getStatus()));
		assertEquals(since, home.read(site -> site.getConnection().getSince()),
				"the console lost its PBX connection over the garbage");
		assertFalse(home.status().contains("Exception"), home.status());
	}

	@Test
	@DisplayName("R4 hostile text in the dial pad and the extension filter (AMI and SQL injection, control characters, 100,000 characters) is refused or kept harmless, and nothing reaches the PBX")
	void hostileKeyboard() throws Exception {
		int mark = home.phones.mark();
		int tiles = home.panel().totalCount();
		Text pad = home.dialPad().number();
		Text filter = home.extensions().filter();
		long worst;
		try (UiWatchdog watchdog = new UiWatchdog(Ui.display())) {
			Ui.setText(pad, "1002\r\nAction: Originate\r\nChannel: PJSIP/1009\u0000");
			assertNoControl(pad.getText());
			assertTrue(pad.getText().length() <= 32, pad.getText());
			Ui.setText(pad, "'; DROP TABLE operation_log; --");
			assertNoControl(pad.getText());
			Ui.setText(pad, "9".repeat(100_000));
			assertTrue(pad.getText().length() <= 32, "the dial pad took " + pad.getText().length() + " characters");
			Ui.setText(pad, "");

			for (String hostile : new String[] { "'; DROP TABLE operation_log; --", "%_%\\", "\u0000\u001b[2J",
					"\u001b[2J", "\ud800", "x".repeat(100_000) }) {
				Ui.setText(filter, hostile);
				Ui.pause(Duration.ofMillis(150));
				// GTK's text field ends its text at a NUL: then the field is empty and every tile shows
				int expected = filter.getText().isBlank() ? tiles : 0;
				assertEquals(expected, home.panel().shownCount(), "tiles shown for " + printable(hostile));
			}
			Ui.setText(filter, "");
			Ui.waitUntil(() -> home.panel().shownCount() == tiles, "every tile back after the filter is cleared");
			worst = watchdog.worstMillis();
			System.out.println("R4 hostile keyboard: worst UI-thread wait " + worst + " ms over " + watchdog.pings()
					+ " pings (freeze bound " + FREEZE_MILLIS + " ms)");
		}
		assertTrue(worst < FREEZE_MILLIS, "the UI thread did not answer for " + worst + " ms");
		Ui.pause(Duration.ofMillis(500));
		assertFalse(home.phones.rangSince(mark, "1009"), "1009 rang: text from the dial pad reached the PBX");
		assertFalse(home.phones.rangSince(mark, "1002"), "1002 rang: text from the dial pad reached the PBX");
		assertEquals(ConnectionStatus.CONNECTED, home.read(site -> site.getConnection().getStatus()));
	}

	/** The worst UI-thread wait of the phases so far (each phase restarts the watchdog). */
	private volatile long worstSoFar;

	/** Lets a second pass and notes the worst UI-thread wait since the last phase. */
	private void phase(UiWatchdog watchdog, StringBuilder phases, String what) {
		try {
			Thread.sleep(1000);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		long worst = watchdog.worstMillisAndRestart();
		worstSoFar = Math.max(worstSoFar, worst);
		phases.append(' ').append(what).append(' ').append(worst).append(" ms;");
	}

	private void raw(String text, int repeat, int pad) throws java.io.IOException {
		raw(text.getBytes(StandardCharsets.UTF_8), repeat, pad);
	}

	private void raw(byte[] bytes, int repeat, int pad) throws java.io.IOException {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("Base64", Base64.getEncoder().encodeToString(bytes));
		fields.put("Repeat", String.valueOf(repeat));
		fields.put("PadBytes", String.valueOf(pad));
		Map<String, String> answer = home.phones.action(AmiSimulator.SEND_RAW_ACTION, fields);
		if (!"Success".equals(answer.get("Response"))) {
			throw new AssertionError("the simulator refused to send: " + answer);
		}
	}

	private static void assertNoControl(String text) {
		assertTrue(text.chars().noneMatch(c -> c < 0x20 || c == 0x7f), "a control character in " + printable(text));
	}

	private static String printable(String s) {
		StringBuilder out = new StringBuilder();
		for (char c : s.substring(0, Math.min(40, s.length())).toCharArray()) {
			out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
		}
		return out.toString();
	}
}
