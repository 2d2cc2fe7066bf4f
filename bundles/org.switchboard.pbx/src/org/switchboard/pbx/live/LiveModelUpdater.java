package org.switchboard.pbx.live;

import java.util.logging.Level;
import java.util.logging.Logger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import org.switchboard.model.Call;
import org.switchboard.model.CallState;
import org.switchboard.model.Channel;
import org.switchboard.model.ChannelState;
import org.switchboard.model.ConnectionState;
import org.switchboard.model.DeviceState;
import org.switchboard.model.DialPermission;
import org.switchboard.model.Extension;
import org.switchboard.model.Queue;
import org.switchboard.model.QueueEntry;
import org.switchboard.model.Site;
import org.switchboard.model.SwitchboardFactory;
import org.switchboard.model.live.LiveModel;
import org.switchboard.pbx.PbxListener;
import org.switchboard.pbx.event.PbxEvent;
import org.switchboard.pbx.event.PbxEvent.ChannelBridged;
import org.switchboard.pbx.event.PbxEvent.ChannelHeld;
import org.switchboard.pbx.event.PbxEvent.ChannelHungup;
import org.switchboard.pbx.event.PbxEvent.ChannelInfo;
import org.switchboard.pbx.event.PbxEvent.ChannelSpied;
import org.switchboard.pbx.event.PbxEvent.ChannelUpdated;
import org.switchboard.pbx.event.PbxEvent.ConnectionChanged;
import org.switchboard.pbx.event.PbxEvent.DialPermissionChanged;
import org.switchboard.pbx.event.PbxEvent.DndChanged;
import org.switchboard.pbx.event.PbxEvent.ExtensionSeen;
import org.switchboard.pbx.event.PbxEvent.ExtensionStateChanged;
import org.switchboard.pbx.event.PbxEvent.NightServiceChanged;
import org.switchboard.pbx.event.PbxEvent.QueueEntryJoined;
import org.switchboard.pbx.event.PbxEvent.QueueEntryLeft;
import org.switchboard.pbx.event.PbxEvent.QueueMemberChanged;
import org.switchboard.pbx.event.PbxEvent.QueueSeen;
import org.switchboard.pbx.event.PbxEvent.RegistrationChanged;

/**
 * Applies {@link PbxEvent}s to a {@link LiveModel}, vendor-neutrally, on the model's owner thread; then tells its
 * {@link PbxListener}s.
 * <ul>
 * <li>Channels are keyed by unique id. In a {@link ChannelInfo} a {@code null} field means "not reported by this
 * event": the model keeps what it had. A channel belongs to the extension whose device its name starts with
 * ({@code PJSIP/1002-0000000a} → the extension with device {@code PJSIP/1002}).</li>
 * <li>Calls are the channels grouped by linked id. Caller: the channel that started the call (unique id = linked
 * id, else the oldest); callee: the first other channel, else the number the caller dialled. State: on hold if a
 * channel is held, connected if a channel shares a bridge with another one, ringing if a channel rings, else
 * dialling; a call without channels is ended and removed.</li>
 * <li>Synchronisation is mark-and-sweep: between {@link PbxEvent.SyncStarted} and {@link PbxEvent.SyncCompleted}
 * everything reported is marked; what was not reported (channels, calls, queue entries and members, extensions,
 * queues, DND, dial permissions, night service) is removed or reset at the end. No ghost survives a resync.</li>
 * </ul>
 */
public final class LiveModelUpdater {

	private static final Logger LOG = Logger.getLogger(LiveModelUpdater.class.getName());

	private static final SwitchboardFactory F = SwitchboardFactory.eINSTANCE;

	private final LiveModel model;
	private final List<PbxListener> listeners = new CopyOnWriteArrayList<>();
	private final Supplier<Instant> clock;
	/** device (e.g. PJSIP/1002) → extension number; owner thread only. */
	private final Map<String, String> deviceToExtension = new HashMap<>();
	/** Non-null while a synchronisation runs; owner thread only. */
	private Sweep sweep;
	/**
	 * bridge id → the channels this updater put in it; owner thread only. Kept where a channel enters, leaves or
	 * hangs up, because scanning every channel for each bridge change made a resynchronisation of 2,000 channels
	 * quadratic (issue 14, P2: the live model took 10 s after the lists had arrived). Read through
	 * {@link #bridgeMembers}, which checks each member still is in that bridge.
	 */
	private final Map<String, Set<Channel>> bridges = new HashMap<>();

	public LiveModelUpdater(LiveModel model) {
		this(model, Instant::now);
	}

	public LiveModelUpdater(LiveModel model, Supplier<Instant> clock) {
		this.model = Objects.requireNonNull(model, "model");
		this.clock = Objects.requireNonNull(clock, "clock");
	}

	public LiveModel model() {
		return model;
	}

	/** Told of every event after it was applied, on the owner thread; must not block. */
	public void addListener(PbxListener listener) {
		listeners.add(Objects.requireNonNull(listener));
	}

	public void removeListener(PbxListener listener) {
		listeners.remove(listener);
	}

	/** Applies the event on the owner thread (from any thread). */
	public CompletableFuture<Void> post(PbxEvent event) {
		return model.post(site -> apply(event));
	}

	/** Applies the events in order, as one change of the live model. */
	public CompletableFuture<Void> post(List<? extends PbxEvent> events) {
		return model.post(site -> events.forEach(this::apply));
	}

	/** True between SyncStarted and SyncCompleted; owner thread only. */
	public boolean isSynchronizing() {
		return sweep != null;
	}

	/** Applies the event now; only on the owner thread (inside a posted change or a listener). */
	public void apply(PbxEvent event) {
		Site site = model.site();
		switch (event) {
		case ConnectionChanged e -> connection(site, e);
		case PbxEvent.SyncStarted e -> sweep = new Sweep();
		case PbxEvent.SyncCompleted e -> completeSync(site);
		case ExtensionSeen e -> extensionSeen(site, e);
		case ExtensionStateChanged e -> withExtension(e.number(), x -> {
			if (x.getDeviceState() != e.state() || x.getStateSince() == null) {
				x.setDeviceState(e.state());
				x.setStateSince(clock.get());
			}
		});
		case RegistrationChanged e -> withExtension(e.number(), x -> {
			mark(s -> s.registrations.add(e.number()));
			x.setRegistered(e.registered());
			x.setContact(e.registered() && e.contact() != null ? e.contact() : "");
		});
		case DndChanged e -> withExtension(e.number(), x -> {
			mark(s -> s.dnd.add(e.number()));
			x.setDnd(e.on());
		});
		case DialPermissionChanged e -> withExtension(e.number(), x -> {
			mark(s -> s.permissions.add(e.number()));
			x.setDialPermission(e.permission() == null ? DialPermission.INTERNATIONAL : e.permission());
		});
		case NightServiceChanged e -> {
			Queue q = queue(site, e.queue());
			mark(s -> s.night.add(e.queue()));
			q.setNightNumber(e.nightNumber());
			q.setNightPrompt(e.nightNumber() == null ? null : e.prompt());
		}
		case ChannelUpdated e -> channelUpdated(site, e.channel());
		case ChannelBridged e -> channelBridged(site, e);
		case ChannelHeld e -> {
			Channel c = model.channel(e.uniqueId());
			if (c != null) {
				c.setOnHold(e.held());
				updateCall(site, c.getCall());
			}
		}
		case ChannelHungup e -> {
			Channel c = model.channel(e.uniqueId());
			if (c != null) {
				removeChannel(site, c);
			}
			for (Queue q : site.getQueues()) {
				removeEntry(q, e.uniqueId());
			}
		}
		case ChannelSpied e -> channelSpied(e);
		case QueueSeen e -> {
			Queue q = queue(site, e.queue());
			if (e.strategy() != null) {
				q.setStrategy(e.strategy());
			}
		}
		case QueueMemberChanged e -> queueMember(site, e);
		case QueueEntryJoined e -> queueEntryJoined(site, e);
		case QueueEntryLeft e -> {
			Queue q = model.queue(e.queue());
			if (q != null) {
				removeEntry(q, e.uniqueId());
			}
		}
		case PbxEvent.CdrRecorded e -> {
			// records are stored by whoever listens; the live state does not change
		}
		}
		for (PbxListener l : listeners) {
			try {
				l.onEvent(event);
			} catch (RuntimeException ex) {
				LOG.log(Level.WARNING, "PBX listener failed on " + event, ex);
			}
		}
	}

	// ---- connection

	private void connection(Site site, ConnectionChanged e) {
		ConnectionState c = site.getConnection();
		if (c == null) {
			c = F.createConnectionState();
			site.setConnection(c);
		}
		if (c.getStatus() != e.status()) {
			c.setSince(clock.get());
		}
		c.setStatus(e.status());
		if (e.host() != null) {
			c.setHost(e.host());
			c.setPort(e.port());
		}
		if (e.pbxVersion() != null) {
			c.setPbxVersion(e.pbxVersion());
		}
		c.setMessage(e.message() == null ? "" : e.message());
	}

	// ---- extensions

	private void extensionSeen(Site site, ExtensionSeen e) {
		Extension x = model.extension(e.number());
		if (x == null) {
			x = F.createExtension();
			x.setNumber(e.number());
			x.setDeviceState(DeviceState.UNKNOWN);
			x.setDialPermission(DialPermission.INTERNATIONAL);
			x.setContact("");
			site.getExtensions().add(x);
		}
		if (e.name() != null) {
			x.setName(e.name());
		}
		if (e.device() != null && !e.device().equals(x.getDevice())) {
			if (x.getDevice() != null) {
				deviceToExtension.remove(x.getDevice(), x.getNumber());
			}
			x.setDevice(e.device());
			deviceToExtension.put(e.device(), e.number());
			// channels that appeared before the extension was known
			for (Channel c : site.getChannels()) {
				if (c.getExtension() == null && e.device().equals(device(c.getName()))) {
					c.setExtension(x);
				}
			}
		}
		String number = e.number();
		mark(s -> s.extensions.add(number));
	}

	private void withExtension(String number, java.util.function.Consumer<Extension> change) {
		Extension x = number == null ? null : model.extension(number);
		if (x != null) {
			change.accept(x);
		}
	}

	// ---- channels and calls

	private void channelUpdated(Site site, ChannelInfo info) {
		if (info.uniqueId() == null) {
			return;
		}
		Channel c = model.channel(info.uniqueId());
		boolean created = c == null;
		if (created) {
			c = F.createChannel();
			c.setUniqueId(info.uniqueId());
			c.setState(ChannelState.UNKNOWN);
			c.setCreatedAt(info.createdAt() != null ? info.createdAt() : clock.get());
		} else if (info.createdAt() != null && (c.getCreatedAt() == null || info.createdAt().isBefore(c.getCreatedAt()))) {
			c.setCreatedAt(info.createdAt());
		}
		if (info.name() != null) {
			c.setName(info.name());
		}
		if (info.state() != null) {
			c.setState(info.state());
		}
		if (info.callerNumber() != null) {
			c.setCallerNumber(info.callerNumber());
		}
		if (info.callerName() != null) {
			c.setCallerName(info.callerName());
		}
		if (info.connectedNumber() != null) {
			c.setConnectedNumber(info.connectedNumber());
		}
		if (info.connectedName() != null) {
			c.setConnectedName(info.connectedName());
		}
		if (info.context() != null) {
			c.setContext(info.context());
		}
		if (info.exten() != null) {
			c.setExten(info.exten());
		}
		if (info.application() != null) {
			c.setApplication(info.application());
		}
		String linkedId = info.linkedId() != null ? info.linkedId()
				: c.getLinkedId() != null ? c.getLinkedId() : info.uniqueId();
		c.setLinkedId(linkedId);
		if (created) {
			site.getChannels().add(c);
		}
		String number = c.getName() == null ? null : deviceToExtension.get(device(c.getName()));
		Extension x = number == null ? null : model.extension(number);
		if (c.getExtension() != x) {
			c.setExtension(x);
		}
		Call old = c.getCall();
		Call call = old != null && linkedId.equals(old.getId()) ? old : callFor(site, linkedId, c);
		if (call != old) {
			c.setCall(call);
			if (old != null) {
				updateCall(site, old);
			}
		}
		updateCall(site, call);
		String id = info.uniqueId();
		mark(s -> s.channels.add(id));
	}

	private Call callFor(Site site, String linkedId, Channel first) {
		Call call = model.call(linkedId);
		if (call == null) {
			call = F.createCall();
			call.setId(linkedId);
			call.setState(CallState.DIALING);
			call.setStartedAt(first.getCreatedAt() != null ? first.getCreatedAt() : clock.get());
			site.getCalls().add(call);
		}
		return call;
	}

	private void channelBridged(Site site, ChannelBridged e) {
		Channel c = model.channel(e.uniqueId());
		if (c == null) {
			return;
		}
		String old = c.getBridgeId();
		c.setBridgeId(e.bridgeId());
		leaveBridge(c, old);
		if (e.bridgeId() != null && !e.bridgeId().isEmpty()) {
			bridges.computeIfAbsent(e.bridgeId(), k -> new LinkedHashSet<>()).add(c);
		}
		if (e.bridgeId() != null && !e.bridgeId().isEmpty() && !e.bridgeId().equals(old)) {
			// the music of a dialplan application (a queue, the hold context) ends when the channel enters a bridge;
			// a hold inside the bridge is announced afterwards by a music-on-hold start of its own (A6: a queue
			// caller answered must not stay "on hold" should the PBX's stop not reach us)
			c.setOnHold(false);
		}
		Set<Call> affected = new LinkedHashSet<>();
		affected.add(c.getCall());
		for (Channel other : bridgeMembers(site, old)) {
			affected.add(other.getCall());
		}
		for (Channel other : bridgeMembers(site, e.bridgeId())) {
			affected.add(other.getCall());
		}
		affected.forEach(call -> updateCall(site, call));
	}

	private void channelSpied(ChannelSpied e) {
		Channel spyer = model.channel(e.spyerUniqueId());
		if (spyer != null) {
			spyer.setSpying(e.started() ? e.spyeeUniqueId() : null);
			spyer.setBarging(e.started() && e.barge());
		}
		Channel spyee = model.channel(e.spyeeUniqueId());
		if (spyee == null || spyee.getCall() == null) {
			return;
		}
		Call call = spyee.getCall();
		call.setMonitored(e.started() && !e.barge());
		call.setBarged(e.started() && e.barge());
	}

	private void removeChannel(Site site, Channel c) {
		Call call = c.getCall();
		String bridge = c.getBridgeId();
		c.setCall(null);
		c.setExtension(null);
		site.getChannels().remove(c);
		leaveBridge(c, bridge);
		if (call != null) {
			updateCall(site, call);
		}
		for (Channel other : bridgeMembers(site, bridge)) {
			if (other.getCall() != null) {
				updateCall(site, other.getCall());
			}
		}
	}

	private void leaveBridge(Channel c, String bridgeId) {
		Set<Channel> members = bridgeId == null ? null : bridges.get(bridgeId);
		if (members != null) {
			members.remove(c);
			if (members.isEmpty()) {
				bridges.remove(bridgeId);
			}
		}
	}

	/** The site's channels now in the bridge (a copy: updating a call may change the bridges). */
	private List<Channel> bridgeMembers(Site site, String bridgeId) {
		Set<Channel> members = bridgeId == null ? null : bridges.get(bridgeId);
		if (members == null) {
			return List.of();
		}
		List<Channel> now = new ArrayList<>(members.size());
		for (Channel c : members) {
			if (c.eContainer() == site && bridgeId.equals(c.getBridgeId())) {
				now.add(c);
			}
		}
		return now;
	}

	/** Recomputes the call's parties and state from its channels; removes it when it has none. */
	private void updateCall(Site site, Call call) {
		if (call == null || call.eContainer() != site) {
			return;
		}
		List<Channel> channels = call.getChannels();
		if (channels.isEmpty()) {
			call.setState(CallState.ENDED);
			site.getCalls().remove(call);
			return;
		}
		Channel origin = null;
		for (Channel c : channels) {
			if (call.getId().equals(c.getUniqueId())) {
				origin = c;
			}
		}
		if (origin == null) {
			for (Channel c : channels) {
				if (origin == null || (c.getCreatedAt() != null && origin.getCreatedAt() != null
						&& c.getCreatedAt().isBefore(origin.getCreatedAt()))) {
					origin = c;
				}
			}
		}
		setIfChanged(call.getCallerNumber(), origin.getCallerNumber(), call::setCallerNumber);
		setIfChanged(call.getCallerName(), origin.getCallerName(), call::setCallerName);
		Channel peer = null;
		for (Channel c : channels) {
			if (c != origin && !isLocal(c)) {
				peer = c;
				break;
			}
		}
		String calleeNumber;
		String calleeName;
		if (peer != null) {
			calleeNumber = peer.getCallerNumber();
			calleeName = peer.getCallerName();
		} else if (present(origin.getConnectedNumber())
				&& !origin.getConnectedNumber().equals(origin.getCallerNumber())) {
			calleeNumber = origin.getConnectedNumber();
			calleeName = origin.getConnectedName();
		} else if (origin.getExten() != null && origin.getExten().matches("[0-9*#+]+")) {
			calleeNumber = origin.getExten();
			calleeName = null;
		} else {
			calleeNumber = call.getCalleeNumber();
			calleeName = call.getCalleeName();
		}
		setIfChanged(call.getCalleeNumber(), calleeNumber, call::setCalleeNumber);
		setIfChanged(call.getCalleeName(), calleeName, call::setCalleeName);

		boolean held = false;
		boolean ringing = false;
		String connectedBridge = null;
		for (Channel c : channels) {
			held |= c.isOnHold();
			ringing |= c.getState() == ChannelState.RINGING || c.getState() == ChannelState.RING;
			if (connectedBridge == null && c.getBridgeId() != null && bridgeMembers(site, c.getBridgeId()).size() >= 2) {
				connectedBridge = c.getBridgeId();
			}
		}
		CallState state = held ? CallState.ON_HOLD
				: connectedBridge != null ? CallState.CONNECTED : ringing ? CallState.RINGING : CallState.DIALING;
		if (call.getState() != state) {
			call.setState(state);
		}
		if (call.isHeld() != held) {
			call.setHeld(held);
		}
		setIfChanged(call.getBridgeId(), connectedBridge, call::setBridgeId);
		if (state == CallState.CONNECTED && call.getAnsweredAt() == null) {
			call.setAnsweredAt(clock.get());
		}
	}

	private static boolean isLocal(Channel c) {
		return c.getName() != null && c.getName().startsWith("Local/");
	}

	private static boolean present(String s) {
		return s != null && !s.isEmpty();
	}

	private static void setIfChanged(String old, String value, java.util.function.Consumer<String> setter) {
		if (!Objects.equals(old, value)) {
			setter.accept(value);
		}
	}

	/** The device part of a channel name: {@code PJSIP/1002-0000000a} → {@code PJSIP/1002}. */
	public static String device(String channelName) {
		if (channelName == null) {
			return null;
		}
		int dash = channelName.lastIndexOf('-');
		return dash > 0 ? channelName.substring(0, dash) : channelName;
	}

	// ---- queues

	private Queue queue(Site site, String number) {
		Queue q = model.queue(number);
		if (q == null) {
			q = F.createQueue();
			q.setNumber(number);
			site.getQueues().add(q);
		}
		mark(s -> s.queues.add(number));
		return q;
	}

	private void queueMember(Site site, QueueMemberChanged e) {
		Queue q = queue(site, e.queue());
		String iface = e.memberInterface();
		if (e.member()) {
			if (!q.getMembers().contains(iface)) {
				q.getMembers().add(iface);
			}
			if (e.paused() && !q.getPausedMembers().contains(iface)) {
				q.getPausedMembers().add(iface);
			} else if (!e.paused()) {
				q.getPausedMembers().remove(iface);
			}
			mark(s -> s.members.add(e.queue() + "\n" + iface));
		} else {
			q.getMembers().remove(iface);
			q.getPausedMembers().remove(iface);
		}
	}

	private void queueEntryJoined(Site site, QueueEntryJoined e) {
		Queue q = queue(site, e.queue());
		QueueEntry entry = null;
		for (QueueEntry x : q.getEntries()) {
			if (x.getUniqueId().equals(e.uniqueId())) {
				entry = x;
			}
		}
		boolean created = entry == null;
		if (created) {
			entry = F.createQueueEntry();
			entry.setUniqueId(e.uniqueId());
			entry.setJoinedAt(e.joinedAt() != null ? e.joinedAt() : clock.get());
		} else if (e.joinedAt() != null && entry.getJoinedAt() != null && e.joinedAt().isBefore(entry.getJoinedAt())) {
			entry.setJoinedAt(e.joinedAt());
		}
		if (e.channel() != null) {
			entry.setChannel(e.channel());
		}
		if (e.callerNumber() != null) {
			entry.setCallerNumber(e.callerNumber());
		}
		if (e.callerName() != null) {
			entry.setCallerName(e.callerName());
		}
		if (e.position() > 0) {
			entry.setPosition(e.position());
		}
		if (created) {
			q.getEntries().add(entry);
		}
		mark(s -> s.entries.add(e.uniqueId()));
	}

	private static void removeEntry(Queue q, String uniqueId) {
		QueueEntry removed = null;
		for (QueueEntry x : q.getEntries()) {
			if (x.getUniqueId().equals(uniqueId)) {
				removed = x;
			}
		}
		if (removed == null) {
			return;
		}
		int position = removed.getPosition();
		q.getEntries().remove(removed);
		for (QueueEntry x : q.getEntries()) {
			if (position > 0 && x.getPosition() > position) {
				x.setPosition(x.getPosition() - 1);
			}
		}
	}

	// ---- synchronisation

	private void mark(java.util.function.Consumer<Sweep> marking) {
		if (sweep != null) {
			marking.accept(sweep);
		}
	}

	private void completeSync(Site site) {
		Sweep s = sweep;
		sweep = null;
		if (s == null) {
			return;
		}
		for (Channel c : new ArrayList<>(site.getChannels())) {
			if (!s.channels.contains(c.getUniqueId())) {
				removeChannel(site, c);
			}
		}
		for (Call call : new ArrayList<>(site.getCalls())) {
			updateCall(site, call);
		}
		for (Iterator<Queue> it = site.getQueues().iterator(); it.hasNext();) {
			Queue q = it.next();
			if (!s.queues.contains(q.getNumber())) {
				it.remove();
				continue;
			}
			for (QueueEntry entry : new ArrayList<>(q.getEntries())) {
				if (!s.entries.contains(entry.getUniqueId())) {
					removeEntry(q, entry.getUniqueId());
				}
			}
			for (String member : new ArrayList<>(q.getMembers())) {
				if (!s.members.contains(q.getNumber() + "\n" + member)) {
					q.getMembers().remove(member);
					q.getPausedMembers().remove(member);
				}
			}
			if (!s.night.contains(q.getNumber())) {
				q.setNightNumber(null);
				q.setNightPrompt(null);
			}
		}
		for (Extension x : new ArrayList<>(site.getExtensions())) {
			if (!s.extensions.contains(x.getNumber())) {
				deviceToExtension.remove(x.getDevice(), x.getNumber());
				for (Channel c : new ArrayList<>(x.getChannels())) {
					c.setExtension(null);
				}
				site.getExtensions().remove(x);
				continue;
			}
			if (!s.dnd.contains(x.getNumber()) && x.isDnd()) {
				x.setDnd(false);
			}
			if (!s.permissions.contains(x.getNumber()) && x.getDialPermission() != DialPermission.INTERNATIONAL) {
				x.setDialPermission(DialPermission.INTERNATIONAL);
			}
			if (!s.registrations.contains(x.getNumber()) && x.isRegistered()) {
				x.setRegistered(false);
				x.setContact("");
			}
		}
	}

	/** What a synchronisation reported. */
	private static final class Sweep {
		final Set<String> extensions = new HashSet<>();
		final Set<String> registrations = new HashSet<>();
		final Set<String> dnd = new HashSet<>();
		final Set<String> permissions = new HashSet<>();
		final Set<String> channels = new HashSet<>();
		final Set<String> queues = new HashSet<>();
		final Set<String> members = new HashSet<>();
		final Set<String> entries = new HashSet<>();
		final Set<String> night = new HashSet<>();
	}
}
