package org.switchboard.pbx.asterisk.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.model.ConnectionStatus;
import org.switchboard.model.Extension;
import org.switchboard.model.Site;
import org.switchboard.pbx.asterisk.internal.AsteriskGateway;
import org.switchboard.pbx.simulator.AmiSimulator;
import org.switchboard.pbx.simulator.SimulatorOptions;

/**
 * Hostile AMI from the PBX (R4 at the gateway, over a real socket): whatever a broken or malicious PBX writes, the
 * gateway stays up, its reader thread survives (or it reconnects and resynchronises), actions still get their
 * answers and the PBX's real events after the garbage still reach the live model.
 */
class HostileAmiTest {

	private AmiSimulator simulator;
	private AsteriskGateway gateway;

	@BeforeEach
	void start() throws Exception {
		simulator = AmiSimulator.start(SimulatorOptions.defaults().withPort(0).withAnswerDelayMillis(20));
		gateway = new AsteriskGateway();
		gateway.connect(SimulatorEndpoints.of(simulator)).get(30, TimeUnit.SECONDS);
	}

	@AfterEach
	void stop() {
		gateway.close();
		simulator.close();
	}

	@Test
	void malformedLinesAreIgnored() throws Exception {
		hostile("no colon on this line\r\n: no key\r\nEvent\r\nEvent:\r\n\r\n\r\n\r\nResponse\r\n\r\n"
				+ "Event: Newchannel\r\nUniqueid\r\n::::\r\n\r\n");
	}

	@Test
	void eventsMissingTheirFieldsAreIgnored() throws Exception {
		hostile("Event: Newchannel\r\nPrivilege: call,all\r\n\r\n" + "Event: Hangup\r\nPrivilege: call,all\r\n\r\n"
				+ "Event: DeviceStateChange\r\nPrivilege: call,all\r\nDevice: PJSIP/1002\r\n\r\n"
				+ "Event: ExtensionStatus\r\nPrivilege: call,all\r\nExten: 1002\r\nStatus: banana\r\n\r\n"
				+ "Event: Newstate\r\nPrivilege: call,all\r\nChannel: PJSIP/1002-0000ffff\r\nChannelState: 99999999999999999999\r\n\r\n"
				+ "Event: Cdr\r\nPrivilege: cdr,all\r\nDuration: -1\r\nBillableSeconds: x\r\nStartTime: yesterday\r\n\r\n"
				+ "Event: DBGetTreeResponse\r\nFamily: DND\r\nKey: /DND/1002\r\n\r\n");
	}

	/**
	 * A finding: Asterisk-Java 3.42.2's bridge bookkeeping (its backwards-compatibility layer, on the reader thread)
	 * throws on a BridgeEnter without BridgeUniqueid and its reader thread dies. Its classes are not exported, so the
	 * gateway cannot guard them; it notices the loss and reconnects and resynchronises at once (events sent meanwhile
	 * are lost, the state shown is the PBX's).
	 */
	@Test
	void aBridgeEventWithoutItsIdKillsAsteriskJavasReaderAndTheGatewayReconnectsAtOnce() throws Exception {
		java.time.Instant since = gateway.model().read(site -> site.getConnection().getSince()).get(5, TimeUnit.SECONDS);
		simulator.sendRaw("Event: BridgeEnter\r\nPrivilege: call,all\r\nChannel: PJSIP/1002-0000ffff\r\n\r\n"
				.getBytes(StandardCharsets.US_ASCII));
		await(site -> !since.equals(site.getConnection().getSince())
				&& site.getConnection().getStatus() == ConnectionStatus.CONNECTED, Duration.ofSeconds(5),
				"the gateway to reconnect");
		assertStillWorking();
	}

	@Test
	void aPacketCutOffByTheConnectionDroppingIsForgottenAndTheGatewayReconnects() throws Exception {
		simulator.sendRaw("Event: Newchannel\r\nPrivilege: call,all\r\nChannel: PJSIP/10".getBytes(StandardCharsets.US_ASCII));
		Thread.sleep(200);
		simulator.dropConnections();
		assertStillWorking();
	}

	@Test
	void aOneMegabyteHeaderIsSurvived() throws Exception {
		byte[] huge = new byte[1024 * 1024];
		java.util.Arrays.fill(huge, (byte) 'x');
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes("Event: VarSet\r\nPrivilege: dialplan,all\r\nChannel: PJSIP/1002-00000001\r\nVariable: X\r\nValue: "
				.getBytes(StandardCharsets.US_ASCII));
		out.writeBytes(huge);
		out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
		hostile(out.toByteArray());
	}

	/**
	 * Asterisk-Java keeps reading a line as long as it lasts; the gateway's relay (AmiGuard) drops a connection whose
	 * line passes 4 MiB, and the gateway reconnects and resynchronises.
	 */
	@Test
	void anEndlessLineIsCutOffAndTheGatewayReconnects() throws Exception {
		java.time.Instant since = gateway.model().read(site -> site.getConnection().getSince()).get(5, TimeUnit.SECONDS);
		byte[] endless = new byte[6 * 1024 * 1024];
		java.util.Arrays.fill(endless, (byte) 'x');
		System.arraycopy("Event: VarSet\r\nValue: ".getBytes(StandardCharsets.US_ASCII), 0, endless, 0, 22);
		simulator.sendRaw(endless);
		await(site -> !since.equals(site.getConnection().getSince())
				&& site.getConnection().getStatus() == ConnectionStatus.CONNECTED, Duration.ofSeconds(10),
				"the gateway to drop the connection and reconnect");
		assertStillWorking();
	}

	@Test
	void endlessHeadersAreCutOffAndTheGatewayReconnects() throws Exception {
		java.time.Instant since = gateway.model().read(site -> site.getConnection().getSince()).get(5, TimeUnit.SECONDS);
		StringBuilder headers = new StringBuilder("Event: VarSet\r\n");
		for (int i = 0; headers.length() < 17 * 1024 * 1024; i++) {
			headers.append("X-").append(i).append(": ").append("y".repeat(100)).append("\r\n");
		}
		simulator.sendRaw(headers.toString().getBytes(StandardCharsets.US_ASCII));
		await(site -> !since.equals(site.getConnection().getSince())
				&& site.getConnection().getStatus() == ConnectionStatus.CONNECTED, Duration.ofSeconds(10),
				"the gateway to drop the connection and reconnect");
		assertStillWorking();
	}

	@Test
	void unknownEventsAreIgnored() throws Exception {
		hostile("Event: FromAFutureAsterisk\r\nPrivilege: call,all\r\nWhatever: 1\r\n\r\n"
				+ "Event: \u0001\u0002\r\nPrivilege: call,all\r\n\r\n" + "Event: UserEvent\r\nUserEvent: x\r\n\r\n");
	}

	@Test
	void aFloodOfFiftyThousandEventsIsTakenAndTheGatewayStillAnswers() throws Exception {
		StringBuilder one = new StringBuilder();
		one.append("Event: VarSet\r\nPrivilege: dialplan,all\r\nChannel: PJSIP/1002-00000001\r\n")
				.append("Variable: FLOOD\r\nValue: 1\r\nUniqueid: 1700000000.1\r\n\r\n");
		one.append("Event: FromAFutureAsterisk\r\nPrivilege: call,all\r\nWhatever: 1\r\n\r\n");
		byte[] unit = one.toString().getBytes(StandardCharsets.US_ASCII);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (int i = 0; i < 25_000; i++) {
			out.writeBytes(unit);
		}
		hostile(out.toByteArray());
	}

	@Test
	void responsesWithoutActionIdAreIgnored() throws Exception {
		hostile("Response: Success\r\nMessage: nobody asked\r\n\r\n" + "Response: Error\r\nMessage: nobody asked\r\n\r\n"
				+ "Response: Follows\r\nPrivilege: Command\r\n--END COMMAND--\r\n\r\n"
				+ "Response: Success\r\nActionID: not-ours-42\r\nMessage: not ours\r\n\r\n");
	}

	@Test
	void binaryAndBrokenUtf8GarbageIsSurvived() throws Exception {
		byte[] garbage = new byte[64 * 1024];
		new Random(4).nextBytes(garbage);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(garbage);
		// broken UTF-8, a NUL and terminal escapes inside an otherwise good event, then a blank line to end it
		out.writeBytes("\r\n\r\nEvent: Newchannel\r\nPrivilege: call,all\r\nCallerIDName: ".getBytes(StandardCharsets.US_ASCII));
		out.writeBytes(new byte[] { (byte) 0xe5, (byte) 0xbc, 0, 0x1b, '[', '3', '1', 'm', (byte) 0xff, (byte) 0xfe });
		out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
		hostile(out.toByteArray());
	}

	private void hostile(String text) throws Exception {
		hostile(text.getBytes(StandardCharsets.UTF_8));
	}

	/** Garbage on a live connection must not cost the connection: a reconnect would lose the events meanwhile. */
	private void hostile(byte[] bytes) throws Exception {
		java.time.Instant since = gateway.model().read(site -> site.getConnection().getSince()).get(5, TimeUnit.SECONDS);
		assertEquals(1, simulator.sendRaw(bytes), "the gateway's connection did not get the bytes");
		assertStillWorking();
		assertEquals(since, gateway.model().read(site -> site.getConnection().getSince()).get(5, TimeUnit.SECONDS),
				"the gateway lost its connection (reconnected) over the garbage");
		assertEquals(1, simulator.connectionCount(), "the gateway holds one connection");
	}

	/**
	 * Connected (again, within 5 s if the garbage made it reconnect), an action answered, and a call the PBX makes
	 * after the garbage reaches the live model.
	 */
	private void assertStillWorking() throws Exception {
		await(site -> site.getConnection().getStatus() == ConnectionStatus.CONNECTED, Duration.ofSeconds(10),
				"the gateway to be connected");
		retry(() -> gateway.setDnd("1004", true).get(5, TimeUnit.SECONDS));
		assertEquals("YES", simulator.astdb().get("/DND/1004"), "the DND action did not reach the PBX");
		await(site -> site.getExtensions().stream().anyMatch(x -> x.getNumber().equals("1004") && x.isDnd()),
				Duration.ofSeconds(5), "1004 in DND in the live model");
		simulator.callFrom("1005").to("1006");
		await(site -> inCall(site, "1005") && inCall(site, "1006"), Duration.ofSeconds(10),
				"the call 1005-1006 made after the garbage");
		assertTrue(gateway.model().read(site -> site.getConnection().getStatus()).get(5, TimeUnit.SECONDS)
				== ConnectionStatus.CONNECTED);
	}

	/**
	 * An action sent in the moment a reconnect starts is refused (NOT_CONNECTED), or, sent on the connection as it
	 * drops, gets no answer before the test stops waiting for it: the next one must work.
	 */
	private static void retry(Callable action) throws Exception {
		try {
			action.call();
		} catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
			Thread.sleep(1000);
			action.call();
		}
	}

	private interface Callable {
		void call() throws Exception;
	}

	private static boolean inCall(Site site, String number) {
		for (Extension x : site.getExtensions()) {
			if (x.getNumber().equals(number)) {
				return x.getChannels().stream().anyMatch(c -> c.getBridgeId() != null && !c.getBridgeId().isEmpty());
			}
		}
		return false;
	}

	private void await(Function<Site, Boolean> condition, Duration within, String what) throws Exception {
		long end = System.nanoTime() + within.toNanos();
		while (System.nanoTime() < end) {
			if (Boolean.TRUE.equals(gateway.model().read(condition).get(5, TimeUnit.SECONDS))) {
				return;
			}
			Thread.sleep(20);
		}
		throw new AssertionError("timed out waiting for " + what);
	}
}
