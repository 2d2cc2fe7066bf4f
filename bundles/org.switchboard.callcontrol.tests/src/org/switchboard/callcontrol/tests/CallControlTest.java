package org.switchboard.callcontrol.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.switchboard.pbx.tests.LiveSite.bridge;
import static org.switchboard.pbx.tests.LiveSite.hangup;
import static org.switchboard.pbx.tests.LiveSite.hold;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.switchboard.pbx.tests.LiveSite;
import org.switchboard.callcontrol.CallAction;
import org.switchboard.callcontrol.CallControl;
import org.switchboard.core.AccessDeniedException;
import org.switchboard.core.Right;
import org.switchboard.callcontrol.CallFeed;
import org.switchboard.callcontrol.OperatorCallView;
import org.switchboard.callcontrol.OperatorCallView.CallPhase;
import org.switchboard.callcontrol.QueueCallerView;
import org.switchboard.callcontrol.Situation;
import org.switchboard.pbx.live.ExtensionStatus;
import org.switchboard.pbx.live.ExtensionView;
import org.switchboard.model.ChannelState;
import org.switchboard.model.DeviceState;
import org.switchboard.model.DialPermission;
import org.switchboard.pbx.PbxException;
import org.switchboard.pbx.event.PbxEvent;

/**
 * CallControl's own logic against a recording gateway: which PBX operation each button becomes, on which channel,
 * the hold bookkeeping with the call feed, and the operation log entry of each action with its outcome.
 */
class CallControlTest {

	private static final Instant T0 = Instant.parse("2026-11-30T09:00:00Z");

	private final LiveSite site = new LiveSite();
	private final RecordingGateway gateway = new RecordingGateway(site.model);
	private final RecordingLog log = new RecordingLog();
	private final CallControl control = new CallControl(gateway, log, "1001", null, r -> true);

	@AfterEach
	void close() {
		site.close();
	}

	private static ExtensionView ext(String number, ExtensionStatus status) {
		return new ExtensionView(number, "", "", DeviceState.IDLE, status, false, DialPermission.INTERNATIONAL, "", "",
				T0, "c-" + number);
	}

	private static OperatorCallView call(String mine, String peer, String number, CallPhase phase) {
		return new OperatorCallView(mine, peer, number, "", phase, T0);
	}

	private static final OperatorCallView TALKING = call("op-1", "peer-1", "1002", CallPhase.CONNECTED);
	private static final OperatorCallView HELD = call("", "peer-3", "1010", CallPhase.ON_HOLD);
	private static final QueueCallerView BOB = new QueueCallerView("8000", "q-2", "0217654321", "Bob", 2, T0);

	private static Situation situation(Object target, List<OperatorCallView> calls, String dial) {
		return new Situation(target, calls,
				List.of(new QueueCallerView("8000", "q-1", "0211234567", "", 1, T0.minusSeconds(60)), BOB), "1001",
				dial);
	}

	private static Throwable failure(Future<?> f) throws Exception {
		try {
			f.get(5, TimeUnit.SECONDS);
		} catch (ExecutionException e) {
			return e.getCause();
		}
		throw new AssertionError("completed without failure");
	}

	static Stream<Arguments> actions() {
		return Stream.of(
				Arguments.of(CallAction.ANSWER, situation(BOB, List.of(), ""), "answer(8000, q-2, 1001)",
						"call.answer 0217654321 SUCCESS"),
				Arguments.of(CallAction.HANGUP, situation(null, List.of(TALKING), ""), "hangup(op-1)",
						"call.hangup 1002 SUCCESS"),
				Arguments.of(CallAction.HANGUP, situation(null, List.of(HELD), ""), "hangup(peer-3)",
						"call.hangup 1010 SUCCESS"),
				Arguments.of(CallAction.HOLD, situation(null, List.of(HELD, TALKING), ""), "hold(peer-1)",
						"call.hold 1002 SUCCESS"),
				Arguments.of(CallAction.RESUME, situation(null, List.of(HELD, TALKING), ""), "resume(peer-3, 1001)",
						"call.resume 1010 SUCCESS"),
				Arguments.of(CallAction.BLIND_TRANSFER, situation(ext("1003", ExtensionStatus.IDLE), List.of(TALKING), ""),
						"blindTransfer(op-1, 1003)", "call.blindTransfer 1002 -> 1003 SUCCESS"),
				Arguments.of(CallAction.ATTENDED_TRANSFER, situation(null, List.of(TALKING), "0211234567"),
						"attendedTransfer(op-1, 0211234567)", "call.attendedTransfer 1002 -> 0211234567 SUCCESS"),
				Arguments.of(CallAction.MONITOR, situation(ext("1005", ExtensionStatus.IN_CALL), List.of(), ""),
						"monitor(1001, 1005)", "call.monitor 1005 SUCCESS"),
				Arguments.of(CallAction.BARGE, situation(ext("1006", ExtensionStatus.ON_HOLD), List.of(), ""),
						"barge(1001, 1006)", "call.barge 1006 SUCCESS"),
				Arguments.of(CallAction.FORCE_RELEASE, situation(ext("1005", ExtensionStatus.IN_CALL), List.of(), ""),
						"forceRelease(1005)", "call.forceRelease 1005 SUCCESS"),
				Arguments.of(CallAction.FORCE_RELEASE, situation(ext("1004", ExtensionStatus.RINGING), List.of(), ""),
						"forceRelease(1004)", "call.forceRelease 1004 SUCCESS"));
	}

	@ParameterizedTest(name = "{0} -> {2}")
	@MethodSource("actions")
	void eachButtonBecomesOnePbxOperationAndOneLogEntry(CallAction action, Situation s, String operation,
			String entry) throws Exception {
		assertTrue(s.allows(action));
		assertNull(control.perform(action, s).get(5, TimeUnit.SECONDS));
		assertEquals(List.of(operation), gateway.operations);
		assertEquals(List.of(entry), log.await(1));
	}

	@Test
	void aRoleWithoutTheRightIsRefusedMonitorBargeAndForceReleaseWithoutAskingThePbx() throws Exception {
		CallControl plain = new CallControl(gateway, log, "1001", null, r -> r == Right.MONITOR);
		assertNull(plain.monitor("1002").get(5, TimeUnit.SECONDS));
		AccessDeniedException barge = assertInstanceOf(AccessDeniedException.class, failure(plain.barge("1002")));
		assertEquals(Right.BARGE_IN, barge.right());
		assertInstanceOf(AccessDeniedException.class, failure(plain.forceRelease("1002")));
		assertEquals(List.of("monitor(1001, 1002)"), gateway.operations);
		List<String> entries = log.await(3);
		assertTrue(entries.contains("call.monitor 1002 SUCCESS"), entries.toString());
		assertTrue(entries.stream().anyMatch(e -> e.startsWith("call.barge 1002 FAILURE")), entries.toString());
		assertTrue(entries.stream().anyMatch(e -> e.startsWith("call.forceRelease 1002 FAILURE")), entries.toString());
	}

	@Test
	void callingTheOperatorsOwnExtensionIsRefusedWithoutAskingThePbxAndLoggedAsFailed() throws Exception {
		Throwable e = failure(control.call("1001"));
		PbxException p = assertInstanceOf(PbxException.class, e);
		assertEquals(PbxException.Reason.INVALID_INPUT, p.reason());
		assertEquals(PbxException.Detail.OWN_EXTENSION, p.detail());
		assertEquals(List.of(), gateway.operations);
		assertEquals(1, log.await(1).size());
		assertTrue(log.await(1).get(0).startsWith("call.dial 1001 "), log.entries.toString());
		assertFalse(log.await(1).get(0).endsWith("SUCCESS"), log.entries.toString());
	}

	@Test
	void answeringWhileTalkingHoldsTheCallInProgressFirst() throws Exception {
		assertNull(control.perform(CallAction.ANSWER, situation(BOB, List.of(TALKING), "")).get(5, TimeUnit.SECONDS));
		assertEquals(List.of("hold(peer-1)", "answer(8000, q-2, 1001)"), gateway.operations);
		assertEquals(List.of("call.hold 1002 SUCCESS", "call.answer 0217654321 SUCCESS"), log.await(2));
	}

	@Test
	void whenTheHoldFailsTheCallerIsNotTaken() throws Exception {
		gateway.fail("hold", new PbxException(PbxException.Reason.NOT_FOUND, "channel peer-1 is gone"));
		Throwable e = failure(control.perform(CallAction.ANSWER, situation(BOB, List.of(TALKING), "")));
		assertEquals(PbxException.Reason.NOT_FOUND, ((PbxException) e).reason());
		assertEquals(List.of("hold(peer-1)"), gateway.operations);
	}

	@Test
	void answeringWithOnlyHeldCallsHoldsNothing() throws Exception {
		assertNull(control.perform(CallAction.ANSWER, situation(BOB, List.of(HELD), "")).get(5, TimeUnit.SECONDS));
		assertEquals(List.of("answer(8000, q-2, 1001)"), gateway.operations);
	}

	@Test
	void aDisabledActionFailsWithoutTouchingThePbxOrTheLog() throws Exception {
		Throwable e = failure(control.perform(CallAction.HOLD, situation(null, List.of(HELD), "")));
		assertInstanceOf(PbxException.class, e);
		assertEquals(PbxException.Reason.NOT_FOUND, ((PbxException) e).reason());
		assertEquals(List.of(), gateway.operations);
		assertEquals(List.of(), log.entries);
	}

	@Test
	void aRefusedOperationIsLoggedAsAFailureWithTheReason() throws Exception {
		gateway.fail("hold", new PbxException(PbxException.Reason.NOT_FOUND, "channel peer-1 is gone"));
		Throwable e = failure(control.hold(TALKING));
		assertEquals(PbxException.Reason.NOT_FOUND, ((PbxException) e).reason());
		assertEquals(List.of("call.hold 1002 FAILURE channel peer-1 is gone"), log.await(1));
	}

	@Test
	void aGatewayThatThrowsStillGivesAFailedResultAndALogEntry() throws Exception {
		gateway.answer("blindTransfer", () -> {
			throw new PbxException(PbxException.Reason.INVALID_INPUT, "target \"1#\" is not a number");
		});
		CompletableFuture<Void> f = control.blindTransfer(TALKING, "1#");
		assertEquals(PbxException.Reason.INVALID_INPUT, ((PbxException) failure(f)).reason());
		assertEquals(List.of("call.blindTransfer 1002 -> 1# FAILURE target \"1#\" is not a number"), log.await(1));
	}

	@Test
	void aGatewayThatAnswersWithNoFutureIsAPbxError() throws Exception {
		gateway.answer("monitor", () -> null);
		assertEquals(PbxException.Reason.PBX_ERROR, ((PbxException) failure(control.monitor("1005"))).reason());
		assertEquals(1, log.await(1).size());
		assertTrue(log.entries.get(0).startsWith("call.monitor 1005 FAILURE"), log.entries.toString());
	}

	@Test
	void theOutcomeIsLoggedWhenThePbxAnswersNotBefore() throws Exception {
		CompletableFuture<Void> later = new CompletableFuture<>();
		gateway.answer("forceRelease", () -> later);
		CompletableFuture<Void> f = control.forceRelease("1005");
		assertFalse(f.isDone());
		assertEquals(List.of(), log.entries);
		later.complete(null);
		assertEquals(List.of("call.forceRelease 1005 SUCCESS"), log.await(1));
	}

	@Test
	void aCallThePbxRefusesFailsWithItsReasonAndIsLogged() throws Exception {
		gateway.fail("call", new PbxException(PbxException.Reason.BUSY, "1002 is busy"));
		Throwable e = failure(control.perform(CallAction.CALL, situation(ext("1002", ExtensionStatus.DND), List.of(), "")));
		assertEquals(PbxException.Reason.BUSY, ((PbxException) e).reason());
		assertEquals(List.of("call(1001, 1002)"), gateway.operations);
		assertEquals(List.of("call.dial 1002 FAILURE 1002 is busy"), log.await(1));
	}

	@Test
	void withoutALogTheActionsStillRun() throws Exception {
		CallControl unlogged = new CallControl(gateway, null, "1001", null, r -> true);
		assertNull(unlogged.hangup(TALKING).get(5, TimeUnit.SECONDS));
		assertEquals(List.of("hangup(op-1)"), gateway.operations);
		assertEquals("1001", unlogged.operatorExtension());
	}

	// ---- hold bookkeeping with the call feed

	private final List<List<OperatorCallView>> lists = new CopyOnWriteArrayList<>();

	private CallFeed feed() {
		CallFeed feed = CallFeed.start(site.model, "1001", new CallFeed.Sink() {
			@Override
			public void calls(List<OperatorCallView> calls) {
				lists.add(calls);
			}

			@Override
			public void queue(List<QueueCallerView> waiting) {
				// not what these tests are about
			}
		});
		site.apply(site.newChannel("12", "12", "1001", ChannelState.UP),
				site.newChannel("13", "12", "1002", ChannelState.UP), bridge("12", "B1"), bridge("13", "B1"));
		return feed;
	}

	private List<OperatorCallView> current() {
		site.model.sync();
		return lists.get(lists.size() - 1);
	}

	/** What the PBX reports when it parks a party on hold: the operator's leg ends, the party hears music. */
	private void pbxParks13() {
		site.apply(bridge("13", null), hangup("12"), hold("13", true));
	}

	@Test
	void theHeldPartyStaysListedEvenWhenThePbxReportsTheHoldBeforeItsAnswer() throws Exception {
		try (CallFeed feed = feed()) {
			CallControl withFeed = new CallControl(gateway, log, "1001", feed, r -> true);
			CompletableFuture<Void> answer = new CompletableFuture<>();
			gateway.answer("hold", () -> answer);
			OperatorCallView talking = current().get(0);
			CompletableFuture<Void> f = withFeed.hold(talking);
			assertEquals(List.of("hold(13)"), gateway.operations);
			pbxParks13();
			answer.complete(null);
			f.get(5, TimeUnit.SECONDS);
			List<OperatorCallView> now = current();
			assertEquals(1, now.size(), now.toString());
			assertEquals("", now.get(0).operatorChannelId());
			assertEquals("13", now.get(0).peerChannelId());
			assertEquals(CallPhase.ON_HOLD, now.get(0).state());
		}
	}

	@Test
	void aFailedHoldIsForgotten() throws Exception {
		try (CallFeed feed = feed()) {
			CallControl withFeed = new CallControl(gateway, log, "1001", feed, r -> true);
			gateway.fail("hold", new PbxException(PbxException.Reason.NOT_FOUND, "gone"));
			failure(withFeed.hold(current().get(0)));
			// the operator's leg ends anyway: the party was not held by this console and leaves the list
			pbxParks13();
			assertEquals(List.of(), current());
		}
	}

	@Test
	void aResumedPartyIsNoLongerKeptAsHeldHere() throws Exception {
		try (CallFeed feed = feed()) {
			CallControl withFeed = new CallControl(gateway, log, "1001", feed, r -> true);
			withFeed.hold(current().get(0)).get(5, TimeUnit.SECONDS);
			pbxParks13();
			OperatorCallView held = current().get(0);
			withFeed.resume(held).get(5, TimeUnit.SECONDS);
			assertEquals(List.of("hold(13)", "resume(13, 1001)"), gateway.operations);
			assertEquals(List.of(), current(), "until the PBX connects it to the operator's phone again");
			// as Asterisk resumes (transcript 05): a new leg of the operator's phone, bridged to the party, then moved
			// into the party's call by its linked id
			site.apply(site.newChannel("40", "40", "1001", ChannelState.UP), hold("13", false), bridge("40", "B2"),
					bridge("13", "B2"));
			site.apply(new PbxEvent.ChannelUpdated(new PbxEvent.ChannelInfo("40", "12", null, null, null, null, "1002",
					"Reception", null, null, null, null)));
			assertEquals(List.of(List.of("40", "13", "CONNECTED")), current().stream()
					.map(c -> List.of(c.operatorChannelId(), c.peerChannelId(), c.state().name())).toList());
		}
	}

	@Test
	void hangingUpAPartyHeldHereHangsUpItsChannelAndDropsItsRow() throws Exception {
		try (CallFeed feed = feed()) {
			CallControl withFeed = new CallControl(gateway, log, "1001", feed, r -> true);
			withFeed.hold(current().get(0)).get(5, TimeUnit.SECONDS);
			pbxParks13();
			withFeed.hangup(current().get(0)).get(5, TimeUnit.SECONDS);
			assertEquals(List.of("hold(13)", "hangup(13)"), gateway.operations);
			assertEquals(List.of(), current(), "the row goes at once, before the PBX reports the hang-up");
			assertEquals(List.of("call.hold 1002 SUCCESS", "call.hangup 1002 SUCCESS"), log.await(2));
		}
	}
}
