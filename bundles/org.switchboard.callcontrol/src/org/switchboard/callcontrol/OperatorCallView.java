package org.switchboard.callcontrol;

import org.switchboard.pbx.live.Spying;

import java.time.Instant;

/**
 * One of the operator's calls, as a snapshot.
 *
 * @param operatorChannelId the operator phone's channel in this call (empty when the other party was put on hold
 *                          and the operator's leg ended)
 * @param peerChannelId     the other party's channel (empty while it does not exist yet, e.g. the operator's
 *                          phone still rings for an outgoing call)
 * @param peerNumber        the other party's number
 * @param peerName          the other party's name (may be empty)
 * @param state             what the call is doing
 * @param since             start of the current state (for the duration column)
 * @param spying            X3/X4: the operator's leg listens to (monitor) or joins (barge-in) this call of others,
 *                          or null for a call of the operator's own
 */
public record OperatorCallView(String operatorChannelId, String peerChannelId, String peerNumber, String peerName,
		CallPhase state, Instant since, Spying spying) {

	/** A call of the operator's own. */
	public OperatorCallView(String operatorChannelId, String peerChannelId, String peerNumber, String peerName,
			CallPhase state, Instant since) {
		this(operatorChannelId, peerChannelId, peerNumber, peerName, state, since, null);
	}

	/** What an operator's call is doing. */
	public enum CallPhase {
		/** The operator's phone or the other party is ringing. */
		RINGING,
		/** Operator and other party are talking. */
		CONNECTED,
		/** The other party hears music on hold. */
		ON_HOLD
	}

	public OperatorCallView {
		operatorChannelId = operatorChannelId == null ? "" : operatorChannelId;
		peerChannelId = peerChannelId == null ? "" : peerChannelId;
		peerNumber = peerNumber == null ? "" : peerNumber;
		peerName = peerName == null ? "" : peerName;
	}

	/** A stable key of the row: the channel that lives longest in it. */
	public String key() {
		return !peerChannelId.isEmpty() ? peerChannelId : operatorChannelId;
	}

	/** A monitor or barge-in leg: nothing to transfer or hold, only to hang up. */
	public boolean isSpyLeg() {
		return spying != null;
	}

	public boolean held() {
		return state == CallPhase.ON_HOLD;
	}
}
