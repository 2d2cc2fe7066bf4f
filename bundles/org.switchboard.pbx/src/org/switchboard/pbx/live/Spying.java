package org.switchboard.pbx.live;

/**
 * X3/X4: what a spy leg (a channel that listens to another's call, or joins it) is about. The spy leg is nobody's
 * call of its own: it is shown by whom it spies on.
 *
 * @param barge      it joins the call (barge-in) rather than only listening (monitor)
 * @param number     the extension (or caller number) whose call it spies on
 * @param peerNumber the other party of that call (empty when none)
 */
public record Spying(boolean barge, String number, String peerNumber) {

	public Spying {
		number = number == null ? "" : number;
		peerNumber = peerNumber == null ? "" : peerNumber;
	}

	/** "1006 ↔ 1007", or "1006" when the spied-on call has no other party. */
	public String label() {
		return peerNumber.isEmpty() ? number : number + " \u2194 " + peerNumber;
	}
}
