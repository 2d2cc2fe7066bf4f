package org.switchboard.callcontrol.ui.tests;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.switchboard.core.OperationLog;
import org.switchboard.core.OperatorSession;
import org.switchboard.model.Call;
import org.switchboard.model.CallState;
import org.switchboard.model.Channel;
import org.switchboard.model.ChannelState;
import org.switchboard.model.DeviceState;
import org.switchboard.model.DialPermission;
import org.switchboard.model.Extension;
import org.switchboard.model.Outcome;
import org.switchboard.model.Queue;
import org.switchboard.model.QueueEntry;
import org.switchboard.model.Role;
import org.switchboard.model.Site;
import org.switchboard.model.SwitchboardFactory;
import org.switchboard.model.WakeUpOutcome;
import org.switchboard.model.live.LiveModel;
import org.switchboard.pbx.PbxEndpoint;
import org.switchboard.pbx.PbxException;
import org.switchboard.pbx.PbxGateway;
import org.switchboard.pbx.PbxInput;
import org.switchboard.pbx.PbxListener;

/**
 * A PBX stand-in behind the real {@link PbxGateway} interface: every operation is recorded and changes the live
 * model (on its owner thread) the way the Asterisk gateway's updater does: channels with linked calls, device
 * states, hold, queue entries. Also the operation log and the session of the logged-in operator.
 */
final class FakePbx implements PbxGateway, OperationLog {

	static final SwitchboardFactory F = SwitchboardFactory.eINSTANCE;

	final LiveModel model = new LiveModel("test-live-model");
	final List<String> operations = new CopyOnWriteArrayList<>();
	final List<String> log = new CopyOnWriteArrayList<>();
	private final AtomicInteger ids = new AtomicInteger(100);
	private volatile PbxException failNext;

	final OperatorSession session = new OperatorSession() {
		@Override
		public String account() {
			return "demo";
		}

		@Override
		public String displayName() {
			return "Demo";
		}

		@Override
		public Role role() {
			return Role.OPERATOR;
		}

		@Override
		public String extension() {
			return "1001";
		}

		@Override
		public Instant startedAt() {
			return Instant.now();
		}
	};

	/** Adds extensions 1001..1000+count, idle; departments by hundreds of the index. */
	void extensions(int count, String... departments) {
		model.post(site -> {
			for (int i = 1; i <= count; i++) {
				Extension e = F.createExtension();
				e.setNumber(String.valueOf(1000 + i));
				e.setName("Ext " + (1000 + i));
				e.setDepartment(departments.length == 0 ? "" : departments[(i - 1) % departments.length]);
				e.setDeviceState(DeviceState.IDLE);
				e.setRegistered(true);
				site.getExtensions().add(e);
			}
			Queue q = F.createQueue();
			q.setNumber("8000");
			site.getQueues().add(q);
		}).join();
	}

	void change(Consumer<Site> change) {
		model.post(change).join();
	}

	void failNext(PbxException e) {
		failNext = e;
	}

	// ---------------------------------------------------------------- helpers that act like the PBX

	private String id() {
		return "1700000000." + ids.incrementAndGet();
	}

	Channel channel(Site site, String extension, String number, ChannelState state) {
		Channel c = F.createChannel();
		c.setUniqueId(id());
		c.setName("PJSIP/" + (extension != null ? extension : number) + "-" + c.getUniqueId());
		c.setState(state);
		c.setCreatedAt(Instant.now());
		c.setCallerNumber(number);
		site.getChannels().add(c);
		if (extension != null) {
			Extension e = model.extension(extension);
			c.setExtension(e);
			c.setCallerName(e.getName());
			e.setDeviceState(state == ChannelState.UP ? DeviceState.IN_USE : DeviceState.RINGING);
		}
		return c;
	}

	Call call(Site site, Channel a, Channel b) {
		Call call = F.createCall();
		call.setId(a.getUniqueId());
		call.setState(CallState.CONNECTED);
		call.setStartedAt(Instant.now());
		call.setAnsweredAt(Instant.now());
		site.getCalls().add(call);
		a.setCall(call);
		b.setCall(call);
		a.setLinkedId(call.getId());
		b.setLinkedId(call.getId());
		return call;
	}

	/** A call between two extensions, both talking. */
	void talk(String a, String b) {
		change(site -> call(site, channel(site, a, a, ChannelState.UP), channel(site, b, b, ChannelState.UP)));
	}

	/** An outside caller waits in queue 8000. */
	String queueCaller(String number, String name) {
		String[] id = new String[1];
		change(site -> {
			Channel c = channel(site, null, number, ChannelState.UP);
			c.setCallerName(name);
			QueueEntry e = F.createQueueEntry();
			e.setUniqueId(c.getUniqueId());
			e.setChannel(c.getName());
			e.setCallerNumber(number);
			e.setCallerName(name);
			e.setPosition(model.queue("8000").getEntries().size() + 1);
			e.setJoinedAt(Instant.now().minusSeconds(5));
			model.queue("8000").getEntries().add(e);
			id[0] = c.getUniqueId();
		});
		return id[0];
	}

	private void end(Site site, Channel c) {
		if (c == null) {
			return;
		}
		Extension e = c.getExtension();
		Call call = c.getCall();
		c.setCall(null);
		c.setExtension(null);
		site.getChannels().remove(c);
		if (e != null && e.getChannels().isEmpty()) {
			e.setDeviceState(DeviceState.IDLE);
		}
		if (call != null && call.getChannels().isEmpty()) {
			site.getCalls().remove(call);
		}
	}

	private void endCall(Site site, Call call) {
		if (call != null) {
			for (Channel c : new ArrayList<>(call.getChannels())) {
				end(site, c);
			}
		}
	}

	private CompletableFuture<Void> op(String description, Consumer<Site> effect) {
		operations.add(description);
		PbxException f = failNext;
		if (f != null) {
			failNext = null;
			return CompletableFuture.failedFuture(f);
		}
		return model.post(effect);
	}

	// ---------------------------------------------------------------- PbxGateway

	@Override
	public LiveModel model() {
		return model;
	}

	@Override
	public CompletableFuture<Void> connect(PbxEndpoint endpoint) {
		return CompletableFuture.completedFuture(null);
	}

	@Override
	public CompletableFuture<Void> disconnect() {
		return CompletableFuture.completedFuture(null);
	}

	@Override
	public void addListener(PbxListener listener) {
	}

	@Override
	public void removeListener(PbxListener listener) {
	}

	@Override
	public CompletableFuture<Void> call(String operatorExtension, String number) {
		PbxInput.requireNumber("number", number);
		return op("call " + operatorExtension + " " + number, site -> {
			Channel mine = channel(site, operatorExtension, operatorExtension, ChannelState.UP);
			Extension target = model.extension(number);
			Channel peer = channel(site, target != null ? number : null, number, ChannelState.UP);
			call(site, mine, peer);
		});
	}

	@Override
	public CompletableFuture<Void> answer(String queue, String callerUniqueId, String operatorExtension) {
		return op("answer " + queue + " " + callerUniqueId + " " + operatorExtension, site -> {
			Queue q = model.queue(queue);
			q.getEntries().removeIf(e -> e.getUniqueId().equals(callerUniqueId));
			Channel caller = model.channel(callerUniqueId);
			call(site, channel(site, operatorExtension, operatorExtension, ChannelState.UP), caller);
		});
	}

	@Override
	public CompletableFuture<Void> hangup(String channelUniqueId) {
		return op("hangup " + channelUniqueId, site -> {
			Channel c = model.channel(channelUniqueId);
			if (c == null) {
				return;
			}
			Call call = c.getCall();
			// an attended transfer completes when the operator hangs up the consultation
			Channel held = call == null ? null : heldPartner(site, c);
			endCall(site, call);
			end(site, c);
			if (held != null) {
				held.setOnHold(false);
				Extension target = model.extension(pendingTransferTarget);
				pendingTransferTarget = null;
				Channel peer = channel(site, target.getNumber(), target.getNumber(), ChannelState.UP);
				Call old = held.getCall();
				held.setCall(null);
				if (old != null) {
					endCall(site, old);
				}
				call(site, held, peer);
			}
		});
	}

	private volatile String pendingTransferTarget;
	private volatile String pendingTransferHeld;

	private Channel heldPartner(Site site, Channel hungUp) {
		if (pendingTransferTarget == null || hungUp.getExtension() == null
				|| !hungUp.getExtension().getNumber().equals(session.extension())) {
			return null;
		}
		return model.channel(pendingTransferHeld);
	}

	@Override
	public CompletableFuture<Void> hold(String channelUniqueId) {
		return op("hold " + channelUniqueId, site -> model.channel(channelUniqueId).setOnHold(true));
	}

	@Override
	public CompletableFuture<Void> resume(String heldChannelUniqueId, String operatorExtension) {
		return op("resume " + heldChannelUniqueId, site -> model.channel(heldChannelUniqueId).setOnHold(false));
	}

	@Override
	public CompletableFuture<Void> blindTransfer(String operatorChannelUniqueId, String target) {
		return op("blindTransfer " + operatorChannelUniqueId + " " + target, site -> {
			Channel mine = model.channel(operatorChannelUniqueId);
			Channel peer = null;
			for (Channel c : mine.getCall().getChannels()) {
				if (c != mine) {
					peer = c;
				}
			}
			end(site, mine);
			Call old = peer.getCall();
			peer.setCall(null);
			if (old != null && old.getChannels().isEmpty()) {
				site.getCalls().remove(old);
			}
			call(site, peer, channel(site, target, target, ChannelState.UP));
		});
	}

	@Override
	public CompletableFuture<Void> attendedTransfer(String operatorChannelUniqueId, String target) {
		return op("attendedTransfer " + operatorChannelUniqueId + " " + target, site -> {
			Channel mine = model.channel(operatorChannelUniqueId);
			Channel peer = null;
			for (Channel c : mine.getCall().getChannels()) {
				if (c != mine) {
					peer = c;
				}
			}
			peer.setOnHold(true);
			pendingTransferTarget = target;
			pendingTransferHeld = peer.getUniqueId();
			// the operator's leg now talks to the target
			Call old = mine.getCall();
			mine.setCall(null);
			call(site, mine, channel(site, target, target, ChannelState.UP));
			peer.setCall(old);
		});
	}

	@Override
	public CompletableFuture<Void> monitor(String operatorExtension, String targetExtension) {
		return op("monitor " + operatorExtension + " " + targetExtension, site -> {
			Extension e = model.extension(targetExtension);
			e.getChannels().get(0).getCall().setMonitored(true);
		});
	}

	@Override
	public CompletableFuture<Void> barge(String operatorExtension, String targetExtension) {
		return op("barge " + operatorExtension + " " + targetExtension, site -> {
			Extension e = model.extension(targetExtension);
			e.getChannels().get(0).getCall().setBarged(true);
		});
	}

	@Override
	public CompletableFuture<Void> forceRelease(String extension) {
		return op("forceRelease " + extension, site -> {
			Extension e = model.extension(extension);
			endCall(site, e.getChannels().isEmpty() ? null : e.getChannels().get(0).getCall());
		});
	}

	@Override
	public CompletableFuture<Void> setDnd(String extension, boolean on) {
		return op("dnd " + extension + " " + on, site -> model.extension(extension).setDnd(on));
	}

	@Override
	public CompletableFuture<Void> setDialPermission(String extension, DialPermission permission) {
		return op("permission " + extension + " " + permission,
				site -> model.extension(extension).setDialPermission(permission));
	}

	@Override
	public CompletableFuture<WakeUpOutcome> wakeUp(String extension, String prompt, Duration ringFor) {
		return CompletableFuture.completedFuture(WakeUpOutcome.ANSWERED);
	}

	@Override
	public CompletableFuture<Void> setNightService(String queue, boolean on, String nightNumber, String prompt) {
		return CompletableFuture.completedFuture(null);
	}

	@Override
	public CompletableFuture<Void> setOperatorOnline(String queue, String operatorExtension, boolean online) {
		return CompletableFuture.completedFuture(null);
	}

	@Override
	public void close() {
		model.close();
	}

	// ---------------------------------------------------------------- OperationLog

	@Override
	public void record(String action, String target, Outcome outcome, String detail) {
		log.add(action + " " + target + " " + outcome + (detail.isEmpty() ? "" : " " + detail));
	}
}
