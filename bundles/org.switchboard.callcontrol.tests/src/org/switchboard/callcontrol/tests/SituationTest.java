package org.switchboard.callcontrol.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.switchboard.callcontrol.CallAction;
import org.switchboard.callcontrol.CallControl;
import org.switchboard.callcontrol.OperatorCallView;
import org.switchboard.callcontrol.OperatorCallView.CallPhase;
import org.switchboard.callcontrol.QueueCallerView;
import org.switchboard.callcontrol.Situation;
import org.switchboard.pbx.live.ExtensionStatus;
import org.switchboard.pbx.live.ExtensionView;
import org.switchboard.model.DeviceState;
import org.switchboard.model.DialPermission;

/**
 * The truth table of the business buttons: in each situation, exactly which actions are enabled and what each one
 * acts on. A row names the enabled actions with their object (the number to call, the caller to answer, the call
 * to hang up/hold/resume, [call, target] for transfers, the extension for monitor/barge/release); every other action
 * must be disabled and find nothing to act on.
 */
class SituationTest {

	private static final String OP = "1001";
	private static final Instant T0 = Instant.parse("2026-11-30T09:00:00Z");

	private static ExtensionView ext(String number, ExtensionStatus status, String channelId) {
		return new ExtensionView(number, "Ext " + number, "", DeviceState.IDLE, status, false,
				DialPermission.INTERNATIONAL, "", "", T0, channelId);
	}

	private static OperatorCallView call(String operatorChannel, String peerChannel, String peerNumber,
			CallPhase phase) {
		return new OperatorCallView(operatorChannel, peerChannel, peerNumber, "", phase, T0);
	}

	private static QueueCallerView caller(String uniqueId, String number, int position, int waitedSeconds) {
		return new QueueCallerView("8000", uniqueId, number, "", position, T0.minusSeconds(waitedSeconds));
	}

	private static final ExtensionView IDLE = ext("1003", ExtensionStatus.IDLE, "");
	private static final ExtensionView DND = ext("1008", ExtensionStatus.DND, "");
	private static final ExtensionView RINGING = ext("1004", ExtensionStatus.RINGING, "c-4");
	private static final ExtensionView IN_CALL = ext("1005", ExtensionStatus.IN_CALL, "c-5");
	private static final ExtensionView ON_HOLD = ext("1006", ExtensionStatus.ON_HOLD, "c-6");
	private static final ExtensionView UNAVAILABLE = ext("1007", ExtensionStatus.UNAVAILABLE, "");
	private static final ExtensionView OWN = ext(OP, ExtensionStatus.IN_CALL, "op-1");
	private static final ExtensionView PARTNER = ext("1002", ExtensionStatus.IN_CALL, "peer-1");

	/** The operator talks to 1002. */
	private static final OperatorCallView TALKING = call("op-1", "peer-1", "1002", CallPhase.CONNECTED);
	/** The operator's phone rings for a call the operator places (the number is not dialled yet). */
	private static final OperatorCallView OWN_PHONE_RINGING = call("op-2", "", "1009", CallPhase.RINGING);
	/** The same call once 1009 answered. */
	private static final OperatorCallView ANSWERED = call("op-2", "peer-2", "1009", CallPhase.CONNECTED);
	/** A party this console put on hold: the operator's leg has ended. */
	private static final OperatorCallView HELD = call("", "peer-3", "1010", CallPhase.ON_HOLD);
	/** A call to a service (echo test): talking, but no other party's channel. */
	private static final OperatorCallView SERVICE = call("op-4", "", "600", CallPhase.CONNECTED);

	/** X3: the operator's phone listens to 1006's call with 1007: a spy leg, no call of the operator's own. */
	private static final OperatorCallView SPY = new OperatorCallView("op-5", "", "1006 \u2194 1007", "",
			CallPhase.CONNECTED, T0, new org.switchboard.pbx.live.Spying(false, "1006", "1007"));
	private static final QueueCallerView ALICE = caller("q-1", "0211234567", 1, 90);
	private static final QueueCallerView BOB = caller("q-2", "0217654321", 2, 30);
	private static final QueueCallerView GONE = caller("q-0", "0219999999", 1, 120);

	private static Situation situation(Object target, List<OperatorCallView> calls, List<QueueCallerView> waiting,
			String dial) {
		return new Situation(target, calls, waiting, OP, dial);
	}

	private static Arguments row(String name, Situation s, Object... enabled) {
		Map<CallAction, Object> expected = new EnumMap<>(CallAction.class);
		for (int i = 0; i < enabled.length; i += 2) {
			expected.put((CallAction) enabled[i], enabled[i + 1]);
		}
		return Arguments.of(name, s, expected);
	}

	static Stream<Arguments> table() {
		List<OperatorCallView> none = List.of();
		List<OperatorCallView> talking = List.of(TALKING);
		return Stream.of(
				row("nothing selected, nothing going on", situation(null, none, null, "")),
				row("idle extension", situation(IDLE, none, null, ""), CallAction.CALL, "1003"),
				row("extension with do-not-disturb (the PBX refuses, the console may try)",
						situation(DND, none, null, ""), CallAction.CALL, "1008"),
				row("ringing extension", situation(RINGING, none, null, ""), CallAction.CALL, "1004",
						CallAction.FORCE_RELEASE, RINGING),
				row("extension in a call", situation(IN_CALL, none, null, ""), CallAction.CALL, "1005",
						CallAction.MONITOR, IN_CALL, CallAction.BARGE, IN_CALL, CallAction.FORCE_RELEASE, IN_CALL),
				row("extension on hold", situation(ON_HOLD, none, null, ""), CallAction.CALL, "1006",
						CallAction.MONITOR, ON_HOLD, CallAction.BARGE, ON_HOLD, CallAction.FORCE_RELEASE, ON_HOLD),
				row("unavailable extension", situation(UNAVAILABLE, none, null, "")),
				row("unavailable extension while talking: no transfer to it", situation(UNAVAILABLE, talking, null, ""),
						CallAction.HANGUP, TALKING, CallAction.HOLD, TALKING),
				row("the operator's own extension", situation(OWN, none, null, "")),
				row("the operator's own extension while talking", situation(OWN, talking, null, ""),
						CallAction.HANGUP, TALKING, CallAction.HOLD, TALKING),
				row("the operator's call partner: no transfer to it, no monitor/barge/release of it",
						situation(PARTNER, talking, null, ""), CallAction.CALL, "1002", CallAction.HANGUP, TALKING,
						CallAction.HOLD, TALKING),
				row("idle extension while talking", situation(IDLE, talking, null, ""), CallAction.CALL, "1003",
						CallAction.HANGUP, TALKING, CallAction.HOLD, TALKING, CallAction.BLIND_TRANSFER,
						List.of(TALKING, "1003"), CallAction.ATTENDED_TRANSFER, List.of(TALKING, "1003")),
				row("extension in another call while talking", situation(IN_CALL, talking, null, ""), CallAction.CALL,
						"1005", CallAction.HANGUP, TALKING, CallAction.HOLD, TALKING, CallAction.BLIND_TRANSFER,
						List.of(TALKING, "1005"), CallAction.ATTENDED_TRANSFER, List.of(TALKING, "1005"),
						CallAction.MONITOR, IN_CALL, CallAction.BARGE, IN_CALL, CallAction.FORCE_RELEASE, IN_CALL),
				row("the extension the operator is calling, ringing: no release of it",
						situation(ext("1009", ExtensionStatus.RINGING, "peer-2"),
								List.of(call("op-2", "peer-2", "1009", CallPhase.RINGING)), null, ""),
						CallAction.CALL, "1009", CallAction.HANGUP,
						call("op-2", "peer-2", "1009", CallPhase.RINGING)),
				row("dial pad with a valid number", situation(null, none, null, "0211234567"), CallAction.CALL,
						"0211234567"),
				row("dial pad with blanks around the number", situation(null, none, null, " 1003 "), CallAction.CALL,
						"1003"),
				row("dial pad with a valid number while talking", situation(null, talking, null, "0211234567"),
						CallAction.CALL, "0211234567", CallAction.HANGUP, TALKING, CallAction.HOLD, TALKING,
						CallAction.BLIND_TRANSFER, List.of(TALKING, "0211234567"), CallAction.ATTENDED_TRANSFER,
						List.of(TALKING, "0211234567")),
				row("dial pad with an invalid number", situation(null, talking, null, "12a4"), CallAction.HANGUP,
						TALKING, CallAction.HOLD, TALKING),
				row("dial pad and a selected extension: the pad is called, the extension is the transfer target",
						situation(IDLE, talking, null, "0211234567"), CallAction.CALL, "0211234567", CallAction.HANGUP,
						TALKING, CallAction.HOLD, TALKING, CallAction.BLIND_TRANSFER, List.of(TALKING, "1003"),
						CallAction.ATTENDED_TRANSFER, List.of(TALKING, "1003")),
				row("an invalid dial pad blocks calling the selected extension, not transferring to it",
						situation(IDLE, talking, null, "12a4"), CallAction.HANGUP, TALKING, CallAction.HOLD, TALKING,
						CallAction.BLIND_TRANSFER, List.of(TALKING, "1003"), CallAction.ATTENDED_TRANSFER,
						List.of(TALKING, "1003")),
				row("callers waiting, none selected: the longest waiting", situation(null, none, List.of(ALICE, BOB), ""),
						CallAction.ANSWER, ALICE),
				row("a waiting caller selected", situation(BOB, none, List.of(ALICE, BOB), ""), CallAction.ANSWER, BOB),
				row("a selected caller who left the queue: the longest waiting instead",
						situation(GONE, none, List.of(ALICE), ""), CallAction.ANSWER, ALICE),
				row("a selected caller who left an empty queue", situation(GONE, none, List.of(), "")),
				row("only the operator's own phone ringing for an outgoing call",
						situation(null, List.of(OWN_PHONE_RINGING), null, ""), CallAction.HANGUP, OWN_PHONE_RINGING),
				row("only a party held by this console", situation(null, List.of(HELD), null, ""), CallAction.HANGUP,
						HELD, CallAction.RESUME, HELD),
				row("talking and a held party: hang up and hold the talk, resume the held",
						situation(null, List.of(HELD, TALKING), null, ""), CallAction.HANGUP, TALKING, CallAction.HOLD,
						TALKING, CallAction.RESUME, HELD),
				row("the held call selected while talking", situation(HELD, List.of(HELD, TALKING), null, ""),
						CallAction.HANGUP, HELD, CallAction.RESUME, HELD),
				row("the talking call selected while one is held", situation(TALKING, List.of(HELD, TALKING), null, ""),
						CallAction.HANGUP, TALKING, CallAction.HOLD, TALKING),
				row("a call selected while it rang, answered since: the current call, found by the operator's leg",
						situation(OWN_PHONE_RINGING, List.of(HELD, ANSWERED), null, ""), CallAction.HANGUP, ANSWERED,
						CallAction.HOLD, ANSWERED),
				row("a selected call that has ended: the call in progress instead",
						situation(call("op-9", "peer-9", "1011", CallPhase.CONNECTED), List.of(HELD, TALKING), null, ""),
						CallAction.HANGUP, TALKING, CallAction.HOLD, TALKING, CallAction.RESUME, HELD),
				row("a monitor leg and a number typed: no transfer, no hold, only hang up",
						situation(null, List.of(SPY), null, "1003"), CallAction.CALL, "1003", CallAction.HANGUP, SPY),
				row("a monitor leg and an extension selected: no transfer, no hold, only hang up",
						situation(IDLE, List.of(SPY), null, ""), CallAction.CALL, "1003", CallAction.HANGUP, SPY),
				row("a call to a service: no party to hold, but it can be transferred",
						situation(null, List.of(SERVICE), null, "1003"), CallAction.CALL, "1003", CallAction.HANGUP,
						SERVICE, CallAction.BLIND_TRANSFER, List.of(SERVICE, "1003"), CallAction.ATTENDED_TRANSFER,
						List.of(SERVICE, "1003")),
				row("a held party only: nothing to transfer", situation(IDLE, List.of(HELD), null, ""), CallAction.CALL,
						"1003", CallAction.HANGUP, HELD, CallAction.RESUME, HELD));
	}

	/** What the action acts on in the situation; for transfers the call and the target. */
	private static Object actsOn(CallAction action, Situation s) {
		return switch (action) {
		case CALL -> s.numberToCall();
		case ANSWER -> s.callerToAnswer();
		case HANGUP -> s.callToHangUp();
		case HOLD -> s.callToHold();
		case RESUME -> s.callToResume();
		case BLIND_TRANSFER, ATTENDED_TRANSFER -> s.callToTransfer() == null || s.transferTarget() == null ? null
				: List.of(s.callToTransfer(), s.transferTarget());
		case MONITOR, BARGE -> s.extensionInCall();
		case FORCE_RELEASE -> s.extensionInCall() != null ? s.extensionInCall() : s.extensionRinging();
		};
	}

	/** What the status line names as the action's target, for an enabled action acting on {@code object}. */
	private static String expectedTarget(CallAction action, Object object) {
		return switch (object) {
		case String number -> number;
		case QueueCallerView q -> q.number();
		case OperatorCallView c -> c.peerNumber();
		case ExtensionView e -> e.number();
		case List<?> transfer -> (String) transfer.get(1);
		default -> throw new AssertionError(action + " on " + object);
		};
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("table")
	void exactlyTheseActionsAreEnabledAndActOnThis(String name, Situation s, Map<CallAction, Object> enabled) {
		for (CallAction action : CallAction.values()) {
			Object expected = enabled.get(action);
			assertEquals(expected != null, s.allows(action), action + " enabled");
			if (expected == null) {
				assertNull(actsOn(action, s), action + " finds nothing to act on");
			} else {
				assertEquals(expected, actsOn(action, s), action + " acts on");
				assertEquals(expectedTarget(action, expected), CallControl.targetOf(action, s), action + " target");
			}
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("table")
	void monitorAndBargeGoTogetherAndReleaseCoversThem(String name, Situation s, Map<CallAction, Object> enabled) {
		assertEquals(s.allows(CallAction.MONITOR), s.allows(CallAction.BARGE));
		assertEquals(s.allows(CallAction.BLIND_TRANSFER), s.allows(CallAction.ATTENDED_TRANSFER));
		assertTrue(!s.allows(CallAction.MONITOR) || s.allows(CallAction.FORCE_RELEASE));
	}
}
