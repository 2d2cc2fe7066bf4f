package org.switchboard.callcontrol;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.EObject;
import org.switchboard.callcontrol.OperatorCallView.CallPhase;
import org.switchboard.pbx.live.ExtensionViews;
import org.switchboard.pbx.live.Spying;
import org.switchboard.model.Call;
import org.switchboard.model.Channel;
import org.switchboard.model.ChannelState;
import org.switchboard.model.Extension;
import org.switchboard.model.Queue;
import org.switchboard.model.QueueEntry;
import org.switchboard.model.Site;
import org.switchboard.model.live.LiveModel;

/**
 * The operator's calls and the callers waiting in the queues, kept up to date from the live model. Recomputed on
 * the owner thread after changes that can affect them; the work depends on the operator's few calls and the waiting
 * callers, not on the size of the site. The sink hears complete lists, only when they changed.
 */
public final class CallFeed implements AutoCloseable {

	/** Receives the lists on the live model's owner thread; must not block. */
	public interface Sink {
		void calls(List<OperatorCallView> calls);

		void queue(List<QueueCallerView> waiting);
	}

	private final LiveModel model;
	private final String operatorExtension;
	private final Sink sink;
	/** Channels this console put on hold: they stay in the call list after the operator's leg ended. */
	private final Set<String> heldHere = ConcurrentHashMap.newKeySet();
	private final LiveModel.Listener listener = this::changed;
	private List<OperatorCallView> lastCalls;
	private List<QueueCallerView> lastQueue;

	private CallFeed(LiveModel model, String operatorExtension, Sink sink) {
		this.model = model;
		this.operatorExtension = operatorExtension;
		this.sink = sink;
	}

	public static CallFeed start(LiveModel model, String operatorExtension, Sink sink) {
		CallFeed feed = new CallFeed(model, operatorExtension, sink);
		model.addListener(feed.listener);
		model.post(site -> {
			feed.publishCalls(site);
			feed.publishQueue(site);
		});
		return feed;
	}

	public String operatorExtension() {
		return operatorExtension;
	}

	/** Remembers that this console put a party on hold (so its row stays until resumed or hung up). */
	public void heldHere(String channelId, boolean held) {
		if (held) {
			heldHere.add(channelId);
		} else {
			heldHere.remove(channelId);
		}
		model.post(this::publishCalls);
	}

	private void changed(LiveModel m, Set<EObject> objects) {
		boolean calls = false;
		boolean queue = false;
		for (EObject o : objects) {
			if (o instanceof Channel || o instanceof Call
					|| o instanceof Extension e && operatorExtension.equals(e.getNumber())) {
				calls = true;
			} else if (o instanceof Queue || o instanceof QueueEntry) {
				queue = true;
			}
			if (calls && queue) {
				break;
			}
		}
		Site site = m.site();
		if (calls) {
			publishCalls(site);
		}
		if (queue) {
			publishQueue(site);
		}
	}

	private void publishCalls(Site site) {
		List<OperatorCallView> calls = new ArrayList<>();
		Set<String> listed = new LinkedHashSet<>();
		Extension op = model.extension(operatorExtension);
		if (op != null) {
			for (Channel c : op.getChannels()) {
				Channel peer = ExtensionViews.peerOf(c);
				calls.add(view(c, peer));
				listed.add(c.getUniqueId());
				if (peer != null) {
					listed.add(peer.getUniqueId());
				}
			}
			// X2: during an attended transfer the party waiting for it is on hold in the operator's call
			for (Channel c : op.getChannels()) {
				if (c.getCall() != null) {
					for (Channel other : c.getCall().getChannels()) {
						if (ExtensionViews.held(other) && other.getExtension() != op && listed.add(other.getUniqueId())) {
							calls.add(view(null, other));
						}
					}
				}
			}
		}
		for (String id : heldHere) {
			Channel held = model.channel(id);
			if (held == null) {
				heldHere.remove(id);
			} else if (!listed.contains(id)) {
				calls.add(view(null, held));
			}
		}
		if (!calls.equals(lastCalls)) {
			lastCalls = List.copyOf(calls);
			sink.calls(lastCalls);
		}
	}

	private static OperatorCallView view(Channel mine, Channel peer) {
		CallPhase phase;
		if (mine != null && mine.getState() == ChannelState.RINGING) {
			// the operator's phone rings; a queue caller meanwhile hears music on hold, which is not a held call
			phase = CallPhase.RINGING;
		} else if (ExtensionViews.held(peer) || ExtensionViews.held(mine)) {
			phase = CallPhase.ON_HOLD;
		} else if (mine != null && mine.getState() == ChannelState.UP && (peer == null || peer.getState() == ChannelState.UP)) {
			phase = peer == null && mine.getCall() == null && mine.getBridgeId() == null ? CallPhase.RINGING
					: CallPhase.CONNECTED;
		} else if (mine == null && peer != null && peer.getState() == ChannelState.UP) {
			phase = CallPhase.CONNECTED;
		} else {
			phase = CallPhase.RINGING;
		}
		String number = "";
		String name = "";
		if (peer != null) {
			number = peer.getExtension() != null ? peer.getExtension().getNumber() : peer.getCallerNumber();
			name = peer.getExtension() != null ? peer.getExtension().getName() : null;
			if (name == null || name.isEmpty()) {
				name = peer.getCallerName(); // the PBX may know no name for the extension; its caller id has one
			}
		}
		Spying spying = ExtensionViews.spying(mine);
		if (spying != null) {
			// X3/X4: the spy leg is shown by whose call it spies on, not by its own dialplan position ("s")
			number = spying.label();
			name = "";
		} else if ((number == null || number.isEmpty()) && mine != null) {
			number = mine.getConnectedNumber();
			name = mine.getConnectedName();
			if (number == null || number.isEmpty() || ownNumber(mine, number)) {
				// C1 to a service (8600 echo): nobody answers back, the connected line is the operator's own
				number = mine.getExten();
				name = "";
			}
		}
		Call call = mine != null ? mine.getCall() : peer.getCall();
		Instant since = call != null && call.getAnsweredAt() != null ? call.getAnsweredAt()
				: mine != null ? mine.getCreatedAt() : peer.getCreatedAt();
		return new OperatorCallView(mine == null ? "" : mine.getUniqueId(), peer == null ? "" : peer.getUniqueId(),
				number, name, phase, since, spying);
	}

	private static boolean ownNumber(Channel mine, String number) {
		return mine.getExtension() != null && number.equals(mine.getExtension().getNumber());
	}

	private void publishQueue(Site site) {
		List<QueueCallerView> waiting = new ArrayList<>();
		for (Queue q : site.getQueues()) {
			for (QueueEntry e : q.getEntries()) {
				waiting.add(new QueueCallerView(q.getNumber(), e.getUniqueId(), e.getCallerNumber(), e.getCallerName(),
						e.getPosition(), e.getJoinedAt()));
			}
		}
		waiting.sort((a, b) -> Objects.compare(a.joinedAt(), b.joinedAt(),
				(x, y) -> x == null ? (y == null ? 0 : 1) : y == null ? -1 : x.compareTo(y)));
		if (!waiting.equals(lastQueue)) {
			lastQueue = List.copyOf(waiting);
			sink.queue(lastQueue);
		}
	}

	@Override
	public void close() {
		model.removeListener(listener);
	}
}
