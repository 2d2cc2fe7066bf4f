package org.switchboard.pbx.live;

import java.util.Comparator;

import org.switchboard.model.Call;
import org.switchboard.model.Channel;
import org.switchboard.model.ChannelState;
import org.switchboard.model.DeviceState;
import org.switchboard.model.Extension;

/** Turns live model extensions into {@link ExtensionView}s (on the live model's owner thread). */
public final class ExtensionViews {

	/** Extension numbers in natural order: 999 before 1000, then text order. */
	public static final Comparator<String> NUMBER_ORDER = (a, b) -> {
		// numbers of one length compare as text; only numbers of different lengths need to be looked at (sorting
		// 10,000 tiles, the digit checks of every comparison were about 40 ms of the first layout on a slow machine)
		if (a.length() != b.length() && isDigits(a) && isDigits(b)) {
			return Integer.compare(a.length(), b.length());
		}
		return a.compareTo(b);
	};

	private ExtensionViews() {
	}

	private static boolean isDigits(String s) {
		for (int i = 0; i < s.length(); i++) {
			if (!Character.isDigit(s.charAt(i))) {
				return false;
			}
		}
		return !s.isEmpty();
	}

	/** A snapshot of the extension; call only on the live model's owner thread. */
	public static ExtensionView of(Extension e) {
		Channel current = currentChannel(e);
		ExtensionStatus status = status(e, current);
		String peerNumber = "";
		String peerName = "";
		Spying spying = spying(current);
		if (current != null && spying == null) {
			Party peer = partyOf(current);
			peerNumber = peer.number();
			peerName = peer.name();
			if (e.getNumber().equals(peerNumber)) {
				peerNumber = "";
				peerName = "";
			}
		}
		return new ExtensionView(e.getNumber(), e.getName(), e.getDepartment(), e.getDeviceState(), status,
				e.isDnd(), e.getDialPermission(), clean(peerNumber), clean(peerName),
				current != null && current.getCreatedAt() != null ? current.getCreatedAt() : e.getStateSince(),
				current == null ? "" : current.getUniqueId(), spying);
	}

	/**
	 * X3/X4: what the channel spies on (its spied-on call's two parties), or null when it is no spy leg; call only on
	 * the live model's owner thread.
	 */
	public static Spying spying(Channel c) {
		String target = c == null ? null : c.getSpying();
		if (target == null || target.isEmpty() || !(c.eContainer() instanceof org.switchboard.model.Site site)) {
			return null;
		}
		for (Channel spied : site.getChannels()) {
			if (target.equals(spied.getUniqueId())) {
				Channel peer = peerOf(spied);
				return new Spying(c.isBarging(), numberOf(spied), peer == null ? "" : numberOf(peer));
			}
		}
		return null;
	}

	/** Who is at the other end of a call: a number and a name, either possibly empty. */
	public record Party(String number, String name) {
	}

	/**
	 * The other party of a channel's call: the peer's extension (its number and name) or caller id, else what the
	 * channel's connected line says. Call only on the live model's owner thread.
	 */
	public static Party partyOf(Channel current) {
		String number = "";
		String name = "";
		Channel peer = peerOf(current);
		if (peer != null) {
			number = peer.getExtension() != null ? peer.getExtension().getNumber() : peer.getCallerNumber();
			name = peer.getExtension() != null && notEmpty(peer.getExtension().getName())
					? peer.getExtension().getName()
					: peer.getCallerName();
		}
		if (!notEmpty(number) && !notEmpty(name)) {
			number = current.getConnectedNumber();
			name = current.getConnectedName();
		}
		return new Party(clean(number), clean(name));
	}

	private static String numberOf(Channel c) {
		return c.getExtension() != null ? c.getExtension().getNumber() : clean(c.getCallerNumber());
	}

	private static String clean(String s) {
		return s == null ? "" : s;
	}

	private static boolean notEmpty(String s) {
		return s != null && !s.isEmpty();
	}

	/** The channel that matters most: a talking one, else a held or ringing one, else any. */
	static Channel currentChannel(Extension e) {
		Channel best = null;
		int bestRank = Integer.MAX_VALUE;
		for (Channel c : e.getChannels()) {
			int rank = c.getState() == ChannelState.UP ? (held(c) ? 1 : 0)
					: c.getState() == ChannelState.RINGING || c.getState() == ChannelState.RING ? 2 : 3;
			if (rank < bestRank) {
				best = c;
				bestRank = rank;
			}
		}
		return best;
	}

	/**
	 * The other leg of the channel's call: the channel in the same bridge when it is bridged (during an attended
	 * transfer one call holds the held party, the transferer and the target, and only the bridge tells who talks to
	 * whom), else the first channel of the call that is not this one.
	 */
	public static Channel peerOf(Channel channel) {
		Call call = channel.getCall();
		if (call == null) {
			return null;
		}
		String bridge = channel.getBridgeId();
		if (bridge != null && !bridge.isEmpty()) {
			for (Channel c : call.getChannels()) {
				if (c != channel && bridge.equals(c.getBridgeId())) {
					return c;
				}
			}
		}
		Channel fallback = null;
		for (Channel c : call.getChannels()) {
			if (c == channel) {
				continue;
			}
			if (c.getExtension() != channel.getExtension() || channel.getExtension() == null) {
				return c;
			}
			fallback = c;
		}
		return fallback;
	}

	/**
	 * Whether the party on the channel waits on hold. The PBX flags both the channel that hears music on hold and the
	 * one that asked for the hold (Asterisk's {@code Hold} event names the holder: during an attended transfer the
	 * operator's leg, which meanwhile talks to the target). A flagged channel that talks in a bridge to a party that
	 * is not held itself is not waiting.
	 */
	public static boolean held(Channel channel) {
		if (channel == null || !channel.isOnHold()) {
			return false;
		}
		Channel partner = bridgedPeer(channel);
		return partner == null || partner.isOnHold();
	}

	private static Channel bridgedPeer(Channel channel) {
		String bridge = channel.getBridgeId();
		if (bridge == null || bridge.isEmpty() || channel.getCall() == null) {
			return null;
		}
		for (Channel c : channel.getCall().getChannels()) {
			if (c != channel && bridge.equals(c.getBridgeId())) {
				return c;
			}
		}
		return null;
	}

	/** Both legs up in one bridge, neither waiting on hold. */
	private static boolean talking(Channel current, Channel peer) {
		return peer != null && current.getState() == ChannelState.UP && peer.getState() == ChannelState.UP
				&& current.getBridgeId() != null && current.getBridgeId().equals(peer.getBridgeId()) && !held(current)
				&& !held(peer);
	}

	static ExtensionStatus status(Extension e, Channel current) {
		DeviceState s = e.getDeviceState();
		if (s == DeviceState.UNAVAILABLE) {
			return ExtensionStatus.UNAVAILABLE;
		}
		if (current != null) {
			if (current.getState() == ChannelState.RINGING) {
				// a ringing phone rings, whatever its caller hears (a queue caller hears music on hold meanwhile)
				return ExtensionStatus.RINGING;
			}
			Channel peer = peerOf(current);
			if (held(current) || held(peer) || s == DeviceState.ON_HOLD && !talking(current, peer)) {
				return ExtensionStatus.ON_HOLD;
			}
			if (current.getState() == ChannelState.UP) {
				return ExtensionStatus.IN_CALL;
			}
			if (current.getState() == ChannelState.RINGING || current.getState() == ChannelState.RING) {
				// RING is the caller's side hearing the ring-back: it is making a call, not being called
				return current.getState() == ChannelState.RINGING ? ExtensionStatus.RINGING : ExtensionStatus.IN_CALL;
			}
		}
		return switch (s) {
		case RINGING -> ExtensionStatus.RINGING;
		case IN_USE -> ExtensionStatus.IN_CALL;
		case ON_HOLD -> ExtensionStatus.ON_HOLD;
		case BUSY -> ExtensionStatus.BUSY;
		case IDLE -> e.isDnd() ? ExtensionStatus.DND : ExtensionStatus.IDLE;
		case UNKNOWN -> current != null ? ExtensionStatus.IN_CALL
				: e.isDnd() ? ExtensionStatus.DND : ExtensionStatus.UNKNOWN;
		default -> ExtensionStatus.UNKNOWN;
		};
	}
}
