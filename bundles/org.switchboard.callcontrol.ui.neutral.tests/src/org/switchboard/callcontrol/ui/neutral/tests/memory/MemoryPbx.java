package org.switchboard.callcontrol.ui.neutral.tests.memory;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.switchboard.model.ChannelState;
import org.switchboard.model.ConnectionStatus;
import org.switchboard.model.DeviceState;
import org.switchboard.model.DialPermission;
import org.switchboard.model.WakeUpOutcome;
import org.switchboard.model.live.LiveModel;
import org.switchboard.pbx.PbxEndpoint;
import org.switchboard.pbx.PbxException;
import org.switchboard.pbx.PbxException.Reason;
import org.switchboard.pbx.PbxGateway;
import org.switchboard.pbx.PbxInput;
import org.switchboard.pbx.PbxListener;
import org.switchboard.pbx.event.PbxEvent;
import org.switchboard.pbx.event.PbxEvent.ChannelInfo;
import org.switchboard.pbx.live.LiveModelUpdater;

/**
 * A PBX that lives in this process, written against the vendor-neutral PBX API alone: it keeps the truth about its
 * phones and channels itself and tells the console through {@link PbxEvent}s, which its {@link LiveModelUpdater}
 * applies to its own {@link LiveModel}, as any back-end does. The site: extensions {@value #FIRST}..1010 (1008 with
 * do-not-disturb on, 1010 not registered) and the queue {@value #QUEUE}. It models calls between its extensions,
 * hang-up, hold and resume, force release, do-not-disturb and dial permissions; every other operation fails with
 * {@link Reason#PBX_ERROR}.
 * <p>
 * All PBX state is owned by one thread ({@code memory-pbx}); phones ring and answer after {@link #RING}, so the
 * console sees each step as it would on a real PBX.
 */
public final class MemoryPbx implements PbxGateway {

	public static final String VENDOR = "memory";
	public static final int FIRST = 1001;
	public static final int EXTENSIONS = 10;
	public static final String QUEUE = "8000";
	/** Initially with do-not-disturb on. */
	public static final String DND_EXTENSION = "1008";
	/** Its phone is not registered: calls to it cannot reach it. */
	public static final String UNREGISTERED_EXTENSION = "1010";
	/** How long a phone rings before it answers. */
	static final Duration RING = Duration.ofMillis(150);
	private static final String DEVICE_PREFIX = "MEM/";

	/** A phone of the site; memory-pbx thread only. */
	private static final class Phone {
		final String number;
		final String name;
		final boolean registered;
		boolean dnd;
		DialPermission permission = DialPermission.INTERNATIONAL;

		Phone(String number, String name, boolean registered) {
			this.number = number;
			this.name = name;
			this.registered = registered;
		}
	}

	/** A channel: one phone's leg of a call; memory-pbx thread only. */
	private static final class Leg {
		final String id;
		final String linkedId;
		final Phone phone;
		final Instant createdAt = Instant.now();
		ChannelState state = ChannelState.RINGING;
		String bridge;
		boolean held;
		/** The operator's pending {@link #call}, completed when the call connects or the operator hangs up. */
		CompletableFuture<Void> pendingCall;

		Leg(String id, String linkedId, Phone phone) {
			this.id = id;
			this.linkedId = linkedId;
			this.phone = phone;
		}
	}

	private final LiveModel model = new LiveModel("memory-pbx-live-model");
	private final LiveModelUpdater updater = new LiveModelUpdater(model);
	private final ScheduledExecutorService pbx = Executors.newSingleThreadScheduledExecutor(r -> {
		Thread t = new Thread(r, "memory-pbx");
		t.setDaemon(true);
		return t;
	});
	private final Map<String, Phone> phones = new LinkedHashMap<>();
	private final Map<String, Leg> legs = new LinkedHashMap<>();
	private PbxEndpoint endpoint;
	private int nextId;

	public MemoryPbx() {
		for (int i = 0; i < EXTENSIONS; i++) {
			String number = String.valueOf(FIRST + i);
			Phone p = new Phone(number, "Desk " + number, !number.equals(UNREGISTERED_EXTENSION));
			p.dnd = number.equals(DND_EXTENSION);
			phones.put(number, p);
		}
	}

	@Override
	public LiveModel model() {
		return model;
	}

	@Override
	public void addListener(PbxListener listener) {
		updater.addListener(listener);
	}

	@Override
	public void removeListener(PbxListener listener) {
		updater.removeListener(listener);
	}

	// ------------------------------------------------------------------ connection

	@Override
	public CompletableFuture<Void> connect(PbxEndpoint to) {
		return onPbx(() -> {
			endpoint = Objects.requireNonNull(to, "endpoint");
			List<PbxEvent> sync = new ArrayList<>();
			sync.add(new PbxEvent.ConnectionChanged(ConnectionStatus.SYNCHRONIZING, to.host(), to.port(), null, ""));
			sync.add(new PbxEvent.SyncStarted());
			for (Phone p : phones.values()) {
				sync.add(new PbxEvent.ExtensionSeen(p.number, p.name, DEVICE_PREFIX + p.number));
				sync.add(new PbxEvent.RegistrationChanged(p.number, p.registered, p.registered ? "mem:" + p.number : null));
				sync.add(new PbxEvent.ExtensionStateChanged(p.number, deviceState(p)));
				if (p.dnd) {
					sync.add(new PbxEvent.DndChanged(p.number, true));
				}
				if (p.permission != DialPermission.INTERNATIONAL) {
					sync.add(new PbxEvent.DialPermissionChanged(p.number, p.permission));
				}
			}
			sync.add(new PbxEvent.QueueSeen(QUEUE, "ringall"));
			for (Leg leg : legs.values()) {
				sync.add(new PbxEvent.ChannelUpdated(info(leg)));
				sync.add(new PbxEvent.ChannelBridged(leg.id, leg.bridge));
				sync.add(new PbxEvent.ChannelHeld(leg.id, leg.held));
			}
			sync.add(new PbxEvent.SyncCompleted());
			sync.add(new PbxEvent.ConnectionChanged(ConnectionStatus.CONNECTED, to.host(), to.port(),
					"in-memory PBX 1", ""));
			return updater.post(sync);
		});
	}

	@Override
	public CompletableFuture<Void> disconnect() {
		return onPbx(() -> {
			if (endpoint == null) {
				return CompletableFuture.completedFuture(null);
			}
			endpoint = null;
			return updater.post(new PbxEvent.ConnectionChanged(ConnectionStatus.DISCONNECTED, null, 0, null, ""));
		});
	}

	@Override
	public void close() {
		try {
			disconnect().get(5, TimeUnit.SECONDS);
		} catch (Exception e) {
			// closing anyway: nobody waits for a PBX that is going away
		}
		pbx.shutdownNow();
		model.close();
	}

	// ------------------------------------------------------------------ calls

	@Override
	public CompletableFuture<Void> call(String operatorExtension, String number) {
		return onPbx(() -> {
			PbxInput.requireNumber("operator extension", operatorExtension);
			PbxInput.requireNumber("number", number);
			Phone op = phone(operatorExtension);
			CompletableFuture<Void> done = new CompletableFuture<>();
			Leg opLeg = newLeg(null, op);
			opLeg.pendingCall = done;
			post(List.of(new PbxEvent.ChannelUpdated(info(opLeg, number)), stateOf(op)));
			later(() -> operatorAnswered(opLeg, number));
			return done;
		});
	}

	/** The operator's phone was answered: now the number is dialled. */
	private void operatorAnswered(Leg opLeg, String number) {
		if (!legs.containsKey(opLeg.id)) {
			return;
		}
		opLeg.state = ChannelState.UP;
		post(List.of(new PbxEvent.ChannelUpdated(info(opLeg, number)), stateOf(opLeg.phone)));
		Phone callee = phones.get(number);
		PbxException refused = callee == null ? unknownNumber(opLeg.phone, number)
				: callee == opLeg.phone || callee.dnd || !legsOf(callee).isEmpty()
						? new PbxException(Reason.BUSY, number + " is busy")
						: !callee.registered ? new PbxException(Reason.UNREACHABLE, number + " is not registered") : null;
		if (refused != null) {
			CompletableFuture<Void> pending = opLeg.pendingCall;
			opLeg.pendingCall = null;
			end(opLeg, refused.reason() == Reason.BUSY ? 17 : 1);
			pending.completeExceptionally(refused);
			return;
		}
		Leg calleeLeg = newLeg(opLeg.linkedId, callee);
		post(List.of(new PbxEvent.ChannelUpdated(info(calleeLeg, opLeg.phone.number)), stateOf(callee)));
		later(() -> calleeAnswered(opLeg, calleeLeg));
	}

	private static PbxException unknownNumber(Phone caller, String number) {
		// numbers longer than an extension go out of the site, which an internal-only phone may not do
		return number.length() > 4 && caller.permission == DialPermission.INTERNAL
				? new PbxException(Reason.NOT_PERMITTED, caller.number + " may not dial " + number)
				: new PbxException(Reason.NOT_FOUND, "no extension " + number + " on this PBX");
	}

	private void calleeAnswered(Leg opLeg, Leg calleeLeg) {
		if (!legs.containsKey(opLeg.id) || !legs.containsKey(calleeLeg.id)) {
			return;
		}
		calleeLeg.state = ChannelState.UP;
		String bridge = "bridge-" + (++nextId);
		CompletableFuture<Void> pending = opLeg.pendingCall;
		opLeg.pendingCall = null;
		List<PbxEvent> answered = new ArrayList<>();
		answered.add(new PbxEvent.ChannelUpdated(info(calleeLeg, opLeg.phone.number)));
		answered.add(stateOf(calleeLeg.phone));
		answered.addAll(bridge(bridge, opLeg, calleeLeg));
		post(answered).thenRun(() -> {
			if (pending != null) {
				pending.complete(null);
			}
		});
	}

	/** Puts the two legs in one bridge; the events that tell it. */
	private static List<PbxEvent> bridge(String bridge, Leg a, Leg b) {
		a.bridge = bridge;
		b.bridge = bridge;
		return List.of(new PbxEvent.ChannelBridged(a.id, bridge), new PbxEvent.ChannelBridged(b.id, bridge));
	}

	@Override
	public CompletableFuture<Void> hangup(String channelUniqueId) {
		return onPbx(() -> {
			Leg leg = leg(channelUniqueId);
			List<Leg> ending = new ArrayList<>();
			ending.add(leg);
			// a two-party call ends for both; a phone still ringing for this call stops ringing
			for (Leg other : legs.values()) {
				if (other != leg && (leg.bridge != null && leg.bridge.equals(other.bridge)
						|| other.linkedId.equals(leg.linkedId) && other.state != ChannelState.UP)) {
					ending.add(other);
				}
			}
			CompletableFuture<Void> done = CompletableFuture.completedFuture(null);
			for (Leg l : ending) {
				done = end(l, 16);
			}
			return done;
		});
	}

	@Override
	public CompletableFuture<Void> hold(String channelUniqueId) {
		return onPbx(() -> {
			Leg leg = leg(channelUniqueId);
			Leg partner = partner(leg);
			if (partner == null || leg.held) {
				throw new PbxException(Reason.NOT_FOUND, channelUniqueId + " is not in a two-party call");
			}
			// the held party waits alone with music; the holder's leg ends
			leg.held = true;
			leg.bridge = null;
			post(List.of(new PbxEvent.ChannelBridged(leg.id, null), new PbxEvent.ChannelHeld(leg.id, true),
					stateOf(leg.phone)));
			return end(partner, 16);
		});
	}

	@Override
	public CompletableFuture<Void> resume(String heldChannelUniqueId, String operatorExtension) {
		return onPbx(() -> {
			PbxInput.requireNumber("operator extension", operatorExtension);
			Leg held = leg(heldChannelUniqueId);
			Phone op = phone(operatorExtension);
			if (!held.held) {
				throw new PbxException(Reason.NOT_FOUND, heldChannelUniqueId + " is not on hold");
			}
			Leg opLeg = newLeg(held.linkedId, op);
			CompletableFuture<Void> done = new CompletableFuture<>();
			post(List.of(new PbxEvent.ChannelUpdated(info(opLeg, held.phone.number)), stateOf(op)));
			later(() -> {
				if (!legs.containsKey(opLeg.id) || !legs.containsKey(held.id)) {
					done.completeExceptionally(new PbxException(Reason.NOT_FOUND, "the held party hung up"));
					return;
				}
				opLeg.state = ChannelState.UP;
				held.held = false;
				List<PbxEvent> resumed = new ArrayList<>();
				resumed.add(new PbxEvent.ChannelUpdated(info(opLeg, held.phone.number)));
				resumed.add(new PbxEvent.ChannelHeld(held.id, false));
				resumed.addAll(bridge("bridge-" + (++nextId), opLeg, held));
				resumed.add(stateOf(op));
				resumed.add(stateOf(held.phone));
				post(resumed).thenRun(() -> done.complete(null));
			});
			return done;
		});
	}

	@Override
	public CompletableFuture<Void> forceRelease(String extension) {
		return onPbx(() -> {
			PbxInput.requireNumber("extension", extension);
			Phone p = phone(extension);
			List<Leg> mine = legsOf(p);
			if (mine.isEmpty()) {
				throw new PbxException(Reason.NOT_FOUND, extension + " has no call");
			}
			List<Leg> ending = new ArrayList<>(mine);
			for (Leg leg : mine) {
				for (Leg other : legs.values()) {
					if (other.linkedId.equals(leg.linkedId) && !ending.contains(other)) {
						ending.add(other);
					}
				}
			}
			CompletableFuture<Void> done = CompletableFuture.completedFuture(null);
			for (Leg l : ending) {
				done = end(l, 16);
			}
			return done;
		});
	}

	// ------------------------------------------------------------------ settings

	@Override
	public CompletableFuture<Void> setDnd(String extension, boolean on) {
		return onPbx(() -> {
			PbxInput.requireNumber("extension", extension);
			Phone p = phone(extension);
			p.dnd = on;
			return post(List.of(new PbxEvent.DndChanged(extension, on)));
		});
	}

	@Override
	public CompletableFuture<Void> setDialPermission(String extension, DialPermission permission) {
		return onPbx(() -> {
			PbxInput.requireNumber("extension", extension);
			Phone p = phone(extension);
			p.permission = Objects.requireNonNull(permission, "permission");
			return post(List.of(new PbxEvent.DialPermissionChanged(extension, permission)));
		});
	}

	// ------------------------------------------------------------------ not modelled

	@Override
	public CompletableFuture<Void> answer(String queue, String callerUniqueId, String operatorExtension) {
		return notModelled("answering a queue caller");
	}

	@Override
	public CompletableFuture<Void> blindTransfer(String operatorChannelUniqueId, String target) {
		return notModelled("blind transfer");
	}

	@Override
	public CompletableFuture<Void> attendedTransfer(String operatorChannelUniqueId, String target) {
		return notModelled("attended transfer");
	}

	@Override
	public CompletableFuture<Void> monitor(String operatorExtension, String targetExtension) {
		return notModelled("monitoring");
	}

	@Override
	public CompletableFuture<Void> barge(String operatorExtension, String targetExtension) {
		return notModelled("barge-in");
	}

	@Override
	public CompletableFuture<WakeUpOutcome> wakeUp(String extension, String prompt, Duration ringFor) {
		return notModelled("wake-up calls");
	}

	@Override
	public CompletableFuture<Void> setNightService(String queue, boolean on, String nightNumber, String prompt) {
		return notModelled("night service");
	}

	@Override
	public CompletableFuture<Void> setOperatorOnline(String queue, String operatorExtension, boolean online) {
		return notModelled("queue membership");
	}

	private static <T> CompletableFuture<T> notModelled(String what) {
		return CompletableFuture.failedFuture(
				new PbxException(Reason.PBX_ERROR, "the in-memory PBX does not model " + what));
	}

	// ------------------------------------------------------------------ the PBX's own state (memory-pbx thread)

	/**
	 * Runs the operation on the PBX's thread: its future, or a failed one when it throws. Futures complete on the
	 * PBX's or the live model's thread, never on the caller's.
	 */
	private <T> CompletableFuture<T> onPbx(Supplier<CompletableFuture<T>> operation) {
		CompletableFuture<T> result = new CompletableFuture<>();
		try {
			pbx.execute(() -> {
				try {
					operation.get().whenComplete((v, e) -> {
						if (e != null) {
							result.completeExceptionally(e instanceof CompletionException
									&& e.getCause() != null ? e.getCause() : e);
						} else {
							result.complete(v);
						}
					});
				} catch (RuntimeException e) {
					result.completeExceptionally(e);
				}
			});
		} catch (RejectedExecutionException e) {
			result.completeExceptionally(new PbxException(Reason.NOT_CONNECTED, "the in-memory PBX is closed", e));
		}
		return result;
	}

	private void later(Runnable step) {
		pbx.schedule(step, RING.toMillis(), TimeUnit.MILLISECONDS);
	}

	private CompletableFuture<Void> post(List<PbxEvent> events) {
		return updater.post(events);
	}

	private Phone phone(String number) {
		requireConnected();
		Phone p = phones.get(number);
		if (p == null) {
			throw new PbxException(Reason.NOT_FOUND, "no extension " + number + " on this PBX");
		}
		return p;
	}

	private Leg leg(String uniqueId) {
		requireConnected();
		Leg leg = uniqueId == null ? null : legs.get(uniqueId);
		if (leg == null) {
			throw new PbxException(Reason.NOT_FOUND, "no channel " + uniqueId);
		}
		return leg;
	}

	private void requireConnected() {
		if (endpoint == null) {
			throw new PbxException(Reason.NOT_CONNECTED, "the in-memory PBX is not connected");
		}
	}

	private Leg newLeg(String linkedId, Phone phone) {
		String id = "mem-" + (++nextId);
		Leg leg = new Leg(id, linkedId == null ? id : linkedId, phone);
		legs.put(id, leg);
		return leg;
	}

	private List<Leg> legsOf(Phone p) {
		List<Leg> out = new ArrayList<>();
		for (Leg leg : legs.values()) {
			if (leg.phone == p) {
				out.add(leg);
			}
		}
		return out;
	}

	private Leg partner(Leg leg) {
		if (leg.bridge == null) {
			return null;
		}
		for (Leg other : legs.values()) {
			if (other != leg && leg.bridge.equals(other.bridge)) {
				return other;
			}
		}
		return null;
	}

	/** The leg ends: its phone is free again; an operator still waiting for the call hears it ended. */
	private CompletableFuture<Void> end(Leg leg, int cause) {
		legs.remove(leg.id);
		if (leg.pendingCall != null) {
			leg.pendingCall.complete(null);
			leg.pendingCall = null;
		}
		return post(List.of(new PbxEvent.ChannelHungup(leg.id, cause, cause == 17 ? "User busy" : "Normal Clearing"),
				stateOf(leg.phone)));
	}

	private PbxEvent stateOf(Phone p) {
		return new PbxEvent.ExtensionStateChanged(p.number, deviceState(p));
	}

	private DeviceState deviceState(Phone p) {
		if (!p.registered) {
			return DeviceState.UNAVAILABLE;
		}
		DeviceState state = DeviceState.IDLE;
		for (Leg leg : legs.values()) {
			if (leg.phone == p) {
				DeviceState s = leg.held ? DeviceState.ON_HOLD
						: leg.state == ChannelState.UP ? DeviceState.IN_USE : DeviceState.RINGING;
				if (state == DeviceState.IDLE || s == DeviceState.IN_USE) {
					state = s;
				}
			}
		}
		return state;
	}

	/** Device, dash, a suffix without a dash: the live model finds the extension by the part before the last dash. */
	private static String channelName(Leg leg) {
		return DEVICE_PREFIX + leg.phone.number + "-" + String.format("%08x", Integer.parseInt(leg.id.substring(4)));
	}

	private ChannelInfo info(Leg leg) {
		return info(leg, null);
	}

	/** The leg as the PBX describes it; {@code other} the number at the other end (null: unchanged). */
	private ChannelInfo info(Leg leg, String other) {
		Phone peer = other == null ? null : phones.get(other);
		return new ChannelInfo(leg.id, leg.linkedId, channelName(leg), leg.state,
				leg.phone.number, leg.phone.name, other, peer == null ? null : peer.name, "internal",
				leg.id.equals(leg.linkedId) ? other : leg.phone.number, leg.held ? "Hold" : "Dial", leg.createdAt);
	}
}
