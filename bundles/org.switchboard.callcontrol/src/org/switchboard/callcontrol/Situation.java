package org.switchboard.callcontrol;

import java.util.List;

import org.switchboard.pbx.live.ExtensionStatus;
import org.switchboard.pbx.live.ExtensionView;
import org.switchboard.pbx.PbxInput;

/**
 * What the operator has in front of them when pressing a button: the selected thing, their calls, the waiting
 * callers and the dial pad's number. Decides which actions are possible and what each one acts on; pure logic,
 * no UI, no PBX.
 *
 * @param target            the selection: an {@link ExtensionView}, an {@link OperatorCallView}, a
 *                          {@link QueueCallerView}, or null
 * @param calls             the operator's calls
 * @param waiting           the callers waiting in the queue
 * @param operatorExtension the operator's own extension
 * @param dialNumber        the number in the dial pad (may be empty)
 */
public record Situation(Object target, List<OperatorCallView> calls, List<QueueCallerView> waiting,
		String operatorExtension, String dialNumber) {

	public Situation {
		calls = calls == null ? List.of() : calls;
		waiting = waiting == null ? List.of() : waiting;
		dialNumber = dialNumber == null ? "" : dialNumber.strip();
		operatorExtension = operatorExtension == null ? "" : operatorExtension;
	}

	public boolean allows(CallAction action) {
		return switch (action) {
		case CALL -> numberToCall() != null;
		case ANSWER -> callerToAnswer() != null;
		case HANGUP -> callToHangUp() != null;
		case HOLD -> callToHold() != null;
		case RESUME -> callToResume() != null;
		case BLIND_TRANSFER, ATTENDED_TRANSFER -> transferTarget() != null && callToTransfer() != null;
		case MONITOR, BARGE -> extensionInCall() != null;
		case FORCE_RELEASE -> extensionInCall() != null || extensionRinging() != null;
		};
	}

	/** C1: the dial pad's number when one is typed, else the selected extension (not the operator's own). */
	public String numberToCall() {
		if (!dialNumber.isEmpty()) {
			return PbxInput.isNumber(dialNumber) ? dialNumber : null;
		}
		if (target instanceof ExtensionView e && !e.number().equals(operatorExtension)
				&& e.status() != ExtensionStatus.UNAVAILABLE) {
			return e.number();
		}
		return null;
	}

	/** C2: the selected waiting caller, else the one waiting longest. */
	public QueueCallerView callerToAnswer() {
		if (target instanceof QueueCallerView q && waiting.stream().anyMatch(w -> w.uniqueId().equals(q.uniqueId()))) {
			return q;
		}
		return waiting.isEmpty() ? null : waiting.get(0);
	}

	/** C3: the selected call, else the call in progress (talking, else ringing), else a held one. */
	public OperatorCallView callToHangUp() {
		OperatorCallView selected = selectedCall();
		if (selected != null) {
			return selected;
		}
		OperatorCallView c = first(OperatorCallView.CallPhase.CONNECTED);
		if (c == null) {
			c = first(OperatorCallView.CallPhase.RINGING);
		}
		return c != null ? c : first(OperatorCallView.CallPhase.ON_HOLD);
	}

	/** C4: the selected call if it is talking, else the one call that is talking. */
	public OperatorCallView callToHold() {
		OperatorCallView selected = selectedCall();
		if (selected != null) {
			return selected.state() == OperatorCallView.CallPhase.CONNECTED && !selected.peerChannelId().isEmpty()
					? selected
					: null;
		}
		OperatorCallView c = first(OperatorCallView.CallPhase.CONNECTED);
		return c != null && !c.peerChannelId().isEmpty() ? c : null;
	}

	/** C4: the selected call if it is held, else the first held call. */
	public OperatorCallView callToResume() {
		OperatorCallView selected = selectedCall();
		if (selected != null) {
			return selected.held() ? selected : null;
		}
		return first(OperatorCallView.CallPhase.ON_HOLD);
	}

	/** X1/X2: the operator's talking call (its operator leg is what is transferred). */
	public OperatorCallView callToTransfer() {
		for (OperatorCallView c : calls) {
			if (c.state() == OperatorCallView.CallPhase.CONNECTED && !c.operatorChannelId().isEmpty() && !c.isSpyLeg()) {
				return c;
			}
		}
		return null;
	}

	/** X1/X2: where to: the selected extension (not the operator's, not the party already in the call), or the dial pad's number. */
	public String transferTarget() {
		if (target instanceof ExtensionView e) {
			OperatorCallView call = callToTransfer();
			if (e.number().equals(operatorExtension) || e.status() == ExtensionStatus.UNAVAILABLE
					|| call != null && e.number().equals(call.peerNumber())) {
				return null;
			}
			return e.number();
		}
		return !dialNumber.isEmpty() && PbxInput.isNumber(dialNumber) ? dialNumber : null;
	}

	/** X3/X4/X5: the selected extension when it is in a call that is not the operator's own. */
	public ExtensionView extensionInCall() {
		if (target instanceof ExtensionView e && !e.number().equals(operatorExtension) && e.status().inCall()
				&& !inCallWithOperator(e)) {
			return e;
		}
		return null;
	}

	/** X5 also clears a ringing extension. */
	public ExtensionView extensionRinging() {
		if (target instanceof ExtensionView e && !e.number().equals(operatorExtension)
				&& e.status() == ExtensionStatus.RINGING && !inCallWithOperator(e)) {
			return e;
		}
		return null;
	}

	private boolean inCallWithOperator(ExtensionView e) {
		for (OperatorCallView c : calls) {
			if (e.number().equals(c.peerNumber()) || !e.channelId().isEmpty() && e.channelId().equals(c.peerChannelId())) {
				return true;
			}
		}
		return false;
	}

	private OperatorCallView selectedCall() {
		if (target instanceof OperatorCallView c) {
			for (OperatorCallView current : calls) {
				if (current.key().equals(c.key()) || !c.operatorChannelId().isEmpty()
						&& c.operatorChannelId().equals(current.operatorChannelId())) {
					return current;
				}
			}
		}
		return null;
	}

	private OperatorCallView first(OperatorCallView.CallPhase phase) {
		for (OperatorCallView c : calls) {
			if (c.state() == phase) {
				return c;
			}
		}
		return null;
	}
}
