package org.switchboard.pbx.asterisk.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.switchboard.model.Channel;
import org.switchboard.model.ChannelState;
import org.switchboard.model.Extension;
import org.switchboard.pbx.PbxException;
import org.switchboard.pbx.PbxException.Reason;
import org.switchboard.pbx.asterisk.internal.AsteriskGateway;
import org.switchboard.pbx.asterisk.internal.CallOutcome;
import org.switchboard.pbx.asterisk.tests.AmiReplay.Item;
import org.switchboard.pbx.simulator.AmiSimulator;
import org.switchboard.pbx.simulator.PhoneBehaviour;
import org.switchboard.pbx.simulator.SimulatorOptions;
import org.switchboard.pbx.transcripts.Transcript;

/**
 * C1 at the gateway: {@code call()} completes when the call is connected and fails with the right reason otherwise.
 * First from the real Asterisk's recorded events (transcripts 02 and 12, through Asterisk-Java's own event builder),
 * then end to end over a real AMI socket against the simulator.
 */
class CallOutcomeTest {

	private AmiSimulator simulator;
	private AsteriskGateway gateway;

	@BeforeEach
	void start() throws Exception {
		// PBX timings ten times faster: the 30 s ring time-out of the dialplan takes 3 s
		simulator = AmiSimulator.start(SimulatorOptions.defaults().withPort(0).withExtensions(11)
				.withUnregistered(Set.of("1011")).withAnswerDelayMillis(50).withTimeScale(0.1));
		gateway = SimulatorEndpoints.connectedTo(simulator);
	}

	@AfterEach
	void stop() {
		gateway.close();
		simulator.close();
	}

	// ---------------------------------------------------------------- recorded on a real Asterisk 22

	@Test
	@DisplayName("recorded: the operator's call to 1002 is connected when its channel enters the bridge")
	void recordedAnsweredCall() throws Exception {
		CallOutcome call = feed("02-originate-1001-to-1002", "PJSIP/1001", "1002");
		assertTrue(call.result().isDone(), "decided");
		assertNull(call.result().get());
	}

	@Test
	@DisplayName("recorded: a call to an extension with do-not-disturb fails busy, a call above the dial permission fails not permitted")
	void recordedBusyAndNotPermitted() {
		assertEquals(Reason.BUSY, failure(feed("12-db-dnd-callperm", "PJSIP/1002", "1003")));
		assertEquals(Reason.NOT_PERMITTED, failure(feed("12-db-dnd-callperm", "PJSIP/1004", "00301234567")));
	}

	private static CallOutcome feed(String transcript, String device, String number) {
		CallOutcome call = new CallOutcome(device, number, "not-in-the-transcript", id -> false);
		List<Item> items = AmiReplay.items(Transcript.load(transcript).serverBytes());
		for (Item item : items) {
			if (item.event() != null) {
				call.observe(item.event());
			}
		}
		return call;
	}

	private static Reason failure(CallOutcome call) {
		assertTrue(call.result().isCompletedExceptionally(), "failed");
		try {
			call.result().get();
			return fail("not failed");
		} catch (ExecutionException | InterruptedException e) {
			return assertInstanceOf(PbxException.class, e.getCause()).reason();
		}
	}

	// ---------------------------------------------------------------- over the simulator

	@Test
	@DisplayName("a call that is answered completes, with the operator bridged to the number")
	void answered() throws Exception {
		gateway.call("1001", "1002").get(20, TimeUnit.SECONDS);
		assertTrue(read(() -> {
			Extension op = gateway.model().extension("1001");
			return op.getChannels().stream().anyMatch(c -> c.getBridgeId() != null && c.getState() == ChannelState.UP);
		}), "the operator's channel is bridged");
	}

	@Test
	@DisplayName("a call that reaches a service (a caller of the operator queue) completes")
	void reachesAService() throws Exception {
		gateway.call("1002", "8000").get(20, TimeUnit.SECONDS);
	}

	@Test
	@DisplayName("do-not-disturb and a busy phone fail busy")
	void busy() {
		simulator.dbPut("DND", "1004", "YES");
		assertEquals(Reason.BUSY, reasonOf(gateway.call("1001", "1004")));
		simulator.setBehaviour("1005", PhoneBehaviour.BUSY);
		assertEquals(Reason.BUSY, reasonOf(gateway.call("1001", "1005")));
	}

	@Test
	@DisplayName("do-not-disturb set by a phone's feature code (value 1) or by the console (YES) fails busy, do not disturb; a busy phone only busy")
	void doNotDisturbIsToldApartFromBusy() {
		simulator.dbPut("DND", "1004", "1");
		PbxException dnd = failureOf(gateway.call("1001", "1004"));
		assertEquals(Reason.BUSY, dnd.reason());
		assertEquals(PbxException.Detail.DO_NOT_DISTURB, dnd.detail());
		simulator.dbPut("DND", "1006", "YES");
		assertEquals(PbxException.Detail.DO_NOT_DISTURB, failureOf(gateway.call("1001", "1006")).detail());
		simulator.setBehaviour("1005", PhoneBehaviour.BUSY);
		PbxException busy = failureOf(gateway.call("1001", "1005"));
		assertEquals(Reason.BUSY, busy.reason());
		assertNull(busy.detail(), "a phone that answers busy is not in do-not-disturb");
	}

	@Test
	@DisplayName("a call that is never answered is undecided while it rings and fails no answer when the PBX gives up")
	void unansweredIsUndecidedWhileItRings() throws Exception {
		simulator.setBehaviour("1009", PhoneBehaviour.NO_ANSWER);
		long start = System.nanoTime();
		CompletableFuture<Void> call = gateway.call("1001", "1009");
		awaitValue(() -> gateway.model().extension("1009").getChannels().isEmpty() ? null : true);
		// the dialplan rings 30 s, 3 s at this time scale: a failure before that is a wrong one
		Thread.sleep(2000);
		assertFalse(call.isDone(), "decided while 1009 still rings");
		assertEquals(Reason.NO_ANSWER, reasonOf(call));
		assertTrue(System.nanoTime() - start >= TimeUnit.MILLISECONDS.toNanos(2900), "failed before the ring time ended");
	}

	@Test
	@DisplayName("an attended transfer that starts a consultation call completes; one the PBX accepts and drops (no core sounds) fails")
	void attendedTransferWithoutConsultationFails() throws Exception {
		gateway.call("1001", "1002").get(20, TimeUnit.SECONDS);
		String operatorChannel = awaitValue(() -> gateway.model().extension("1001").getChannels().stream()
				.filter(c -> c.getBridgeId() != null).map(Channel::getUniqueId).findFirst().orElse(null));
		simulator.setCoreSounds(false);
		PbxException dropped = failureOf(gateway.attendedTransfer(operatorChannel, "1003"));
		assertEquals(Reason.REJECTED, dropped.reason());
		assertEquals(PbxException.Detail.NO_CONSULTATION, dropped.detail());
		simulator.setCoreSounds(true);
		gateway.attendedTransfer(operatorChannel, "1003").get(20, TimeUnit.SECONDS);
		awaitValue(() -> gateway.model().extension("1003").getChannels().isEmpty() ? null : true);
	}

	@Test
	@DisplayName("a number above the operator's dial permission fails not permitted")
	void notPermitted() {
		simulator.dbPut("CALLPERM", "1001", "internal");
		assertEquals(Reason.NOT_PERMITTED, reasonOf(gateway.call("1001", "00301234567")));
	}

	@Test
	@DisplayName("a phone that rings out fails no answer, a refused one congestion, an unknown number not found")
	void noAnswerCongestionNotFound() {
		simulator.setBehaviour("1009", PhoneBehaviour.NO_ANSWER);
		assertEquals(Reason.NO_ANSWER, reasonOf(gateway.call("1001", "1009")));
		simulator.setBehaviour("1006", PhoneBehaviour.CONGESTION);
		assertEquals(Reason.CONGESTION, reasonOf(gateway.call("1001", "1006")));
		assertEquals(Reason.NOT_FOUND, reasonOf(gateway.call("1001", "5555")));
	}

	@Test
	@DisplayName("a call the operator hangs up through the gateway before it is answered is not a failure")
	void operatorHangsUpFirst() throws Exception {
		simulator.setBehaviour("1009", PhoneBehaviour.NO_ANSWER);
		CompletableFuture<Void> call = gateway.call("1001", "1009");
		String operatorChannel = awaitValue(() -> {
			Extension callee = gateway.model().extension("1009");
			Extension op = gateway.model().extension("1001");
			if (callee.getChannels().isEmpty()) {
				return null;
			}
			return op.getChannels().stream().filter(c -> c.getState() == ChannelState.UP).map(Channel::getUniqueId)
					.findFirst().orElse(null);
		});
		assertFalse(call.isDone(), "still ringing");
		gateway.hangup(operatorChannel).get(10, TimeUnit.SECONDS);
		assertNull(call.get(10, TimeUnit.SECONDS));
	}

	@Test
	@DisplayName("hanging up the operator's own ringing phone through the gateway is not a failure either")
	void operatorHangsUpWhileOwnPhoneRings() throws Exception {
		simulator.setBehaviour("1001", PhoneBehaviour.NO_ANSWER);
		CompletableFuture<Void> call = gateway.call("1001", "1002");
		String ringing = awaitValue(() -> gateway.model().extension("1001").getChannels().stream()
				.map(Channel::getUniqueId).findFirst().orElse(null));
		gateway.hangup(ringing).get(10, TimeUnit.SECONDS);
		assertNull(call.get(10, TimeUnit.SECONDS));
		// whereas a phone that is not answered at all is
		simulator.setBehaviour("1001", PhoneBehaviour.BUSY);
		assertEquals(Reason.BUSY, reasonOf(gateway.call("1001", "1002")));
	}

	private static PbxException failureOf(CompletableFuture<Void> call) {
		try {
			call.get(30, TimeUnit.SECONDS);
			return fail("did not fail");
		} catch (ExecutionException e) {
			return assertInstanceOf(PbxException.class, e.getCause());
		} catch (Exception e) {
			return fail(e);
		}
	}

	private static Reason reasonOf(CompletableFuture<Void> call) {
		try {
			call.get(30, TimeUnit.SECONDS);
			return fail("the call did not fail");
		} catch (ExecutionException e) {
			return assertInstanceOf(PbxException.class, e.getCause()).reason();
		} catch (Exception e) {
			return fail(e);
		}
	}

	private <T> T read(java.util.function.Supplier<T> query) throws Exception {
		return gateway.model().read(site -> query.get()).get(5, TimeUnit.SECONDS);
	}

	private <T> T awaitValue(java.util.function.Supplier<T> query) throws Exception {
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
		while (System.nanoTime() < end) {
			T value = read(query);
			if (value != null) {
				return value;
			}
			Thread.sleep(20);
		}
		return fail("timed out");
	}
}
