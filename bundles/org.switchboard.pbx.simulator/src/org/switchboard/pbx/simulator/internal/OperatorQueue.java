package org.switchboard.pbx.simulator.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Queue 8000 of queues.conf: ringall, time-out 15 s, retry 3 s, ringinuse=no, static member PJSIP/1001
 * "Operator 1001"; dynamic members may be added over AMI. Callers wait with music on hold until a member answers.
 */
final class OperatorQueue {

	static final String NAME = "8000";
	private static final long MEMBER_TIMEOUT_MILLIS = 15_000;
	private static final long RETRY_MILLIS = 3_000;
	private static final long MAX_WAIT_MILLIS = 300_000;

	static final class Member {
		final String location;
		final String name;
		final String stateInterface;
		final boolean dynamic;
		final int penalty;
		boolean paused;
		String pausedReason = "";
		long lastPause;
		int callsTaken;
		long lastCall;
		final long loginTime = Clock.epochSeconds();
		boolean inCall;
		DeviceStates.State state = DeviceStates.State.NOT_INUSE;

		Member(String location, String name, String stateInterface, boolean dynamic, int penalty) {
			this.location = location;
			this.name = name;
			this.stateInterface = stateInterface;
			this.dynamic = dynamic;
			this.penalty = penalty;
		}

		boolean available() {
			return !paused && state == DeviceStates.State.NOT_INUSE;
		}
	}

	static final class Entry {
		final Channel caller;
		final long joined = System.currentTimeMillis();
		final int originalPosition;
		final Map<Member, Channel> ringing = new LinkedHashMap<>();

		Entry(Channel caller, int originalPosition) {
			this.caller = caller;
			this.originalPosition = originalPosition;
		}

		long waitSeconds() {
			return (System.currentTimeMillis() - joined) / 1000;
		}
	}

	private final Site site;
	final List<Member> members = new ArrayList<>();
	final List<Entry> waiting = new ArrayList<>();
	int completed;
	int abandoned;
	private long totalHoldSeconds;
	private long totalTalkSeconds;
	private boolean dispatchScheduled;

	OperatorQueue(Site site) {
		this.site = site;
	}

	void init() {
		if (site.phone("1001") != null) {
			members.add(new Member("PJSIP/1001", "Operator 1001", "PJSIP/1001", false, 0));
		}
		for (Member m : members) {
			m.state = site.phone("1001").registered ? DeviceStates.State.NOT_INUSE : DeviceStates.State.UNAVAILABLE;
			site.devices.preset(pauseDevice(m), DeviceStates.State.NOT_INUSE);
		}
		site.devices.preset(availDevice(), anyAvailable() ? DeviceStates.State.NOT_INUSE : DeviceStates.State.INUSE);
	}

	Member member(String location) {
		for (Member m : members) {
			if (m.location.equalsIgnoreCase(location)) {
				return m;
			}
		}
		return null;
	}

	int averageHold() {
		return completed == 0 ? 0 : (int) (totalHoldSeconds / completed);
	}

	int averageTalk() {
		return completed == 0 ? 0 : (int) (totalTalkSeconds / completed);
	}

	private static String availDevice() {
		return "Queue:" + NAME + "_avail";
	}

	private static String pauseDevice(Member m) {
		return "Queue:" + NAME + "_pause_" + m.location;
	}

	private boolean anyAvailable() {
		return members.stream().anyMatch(Member::available);
	}

	// ------------------------------------------------------------------ callers

	void join(Channel c) {
		c.runs("Queue", NAME + ",t,,,300");
		c.pbx = Channel.Pbx.OTHER_APP;
		Entry e = new Entry(c, waiting.size() + 1);
		waiting.add(e);
		queueDevice();
		site.emit(Events.channel(AmiMessage.event("QueueCallerJoin", Events.AGENT), "", c).add("Queue", NAME)
				.add("Position", waiting.size()).add("Count", waiting.size()));
		site.calls.musicOnHold(c, true);
		c.hangupHooks.add(gone -> abandon(e));
		c.leaveHooks.add(() -> {
			cancelRinging(e);
			leave(e);
		});
		c.addTimer(site.loop.after(MAX_WAIT_MILLIS, () -> {
			cancelRinging(e);
			leave(e);
			site.calls.musicOnHold(c, false);
			c.priority = 5;
			site.calls.hangupApp(c, 16);
		}));
		dispatch();
	}

	private void abandon(Entry e) {
		if (!waiting.contains(e)) {
			return;
		}
		cancelRinging(e);
		site.calls.musicOnHold(e.caller, false);
		abandoned++;
		site.emit(Events.channel(AmiMessage.event("QueueCallerAbandon", Events.AGENT), "", e.caller).add("Queue", NAME)
				.add("Position", waiting.indexOf(e) + 1).add("OriginalPosition", e.originalPosition)
				.add("HoldTime", e.waitSeconds()));
		leave(e);
	}

	private void leave(Entry e) {
		int position = waiting.indexOf(e) + 1;
		if (position == 0) {
			return;
		}
		waiting.remove(e);
		queueDevice();
		site.emit(Events.channel(AmiMessage.event("QueueCallerLeave", Events.AGENT), "", e.caller).add("Queue", NAME)
				.add("Position", position).add("Count", waiting.size()));
	}

	private void queueDevice() {
		site.devices.set("Queue:" + NAME, waiting.isEmpty() ? DeviceStates.State.NOT_INUSE : DeviceStates.State.RINGING,
				null, null);
	}

	private void cancelRinging(Entry e) {
		for (Map.Entry<Member, Channel> r : new ArrayList<>(e.ringing.entrySet())) {
			Channel leg = r.getValue();
			e.ringing.remove(r.getKey());
			if (!leg.hungUp) {
				site.emit(Events.dial("DialEnd", e.caller, leg).add("DialStatus", "CANCEL"));
				site.calls.hangup(leg, 16, false);
			}
		}
	}

	/** Rings every available member for the first waiting caller (ringall), as app_queue's poll does. */
	private void dispatch() {
		if (waiting.isEmpty()) {
			return;
		}
		Entry e = waiting.get(0);
		if (!e.ringing.isEmpty()) {
			return;
		}
		for (Member m : members) {
			Phone phone = site.phoneOfDevice(m.location);
			if (m.available() && phone != null && phone.registered) {
				ring(e, m, phone);
			}
		}
	}

	private void scheduleDispatch(long pbxMillis) {
		if (!dispatchScheduled) {
			dispatchScheduled = true;
			site.loop.after(pbxMillis, () -> {
				dispatchScheduled = false;
				dispatch();
			});
		}
	}

	private void ring(Entry e, Member m, Phone phone) {
		Channel c = e.caller;
		Channel leg = site.calls.newPhoneChannel(phone, c.linkedid, ChannelState.DOWN, "internal", "s");
		// app_queue publishes DialBegin from a snapshot taken before the member leg got the caller's details
		AmiMessage dialBegin = Events.dial("DialBegin", c, leg).add("DialString", m.location);
		leg.exten = NAME;
		leg.connectedNum = c.callerNum;
		leg.connectedName = c.callerName;
		leg.runs("AppQueue", "(Outgoing Line)");
		e.ringing.put(m, leg);
		long ringStart = System.currentTimeMillis();
		site.emit(agentEvent("AgentCalled", c, leg, m));
		site.emit(dialBegin);
		leg.addTimer(site.loop.after(MEMBER_TIMEOUT_MILLIS, () -> {
			if (e.ringing.remove(m) != null && !leg.hungUp) {
				site.emit(agentEvent("AgentRingNoAnswer", c, leg, m).add("RingTime",
						(System.currentTimeMillis() - ringStart) / 1000));
				site.emit(Events.dial("DialEnd", c, leg).add("DialStatus", "NOANSWER"));
				site.calls.hangup(leg, 16, false);
				scheduleDispatch(RETRY_MILLIS);
			}
		}));
		site.calls.phoneResponds(leg, () -> {
			site.calls.setState(leg, ChannelState.RINGING);
			site.emit(Events.channel("NewConnectedLine", leg));
			site.emit(Events.dial("DialState", c, leg).add("DialStatus", "RINGING"));
		}, () -> connect(e, m, leg, ringStart), cause -> {
			e.ringing.remove(m);
			site.emit(Events.dial("DialEnd", c, leg).add("DialStatus", Calls.dialStatusOf(cause)));
			site.calls.hangup(leg, cause, false);
			scheduleDispatch(RETRY_MILLIS);
		});
	}

	private void connect(Entry e, Member m, Channel leg, long ringStart) {
		Channel c = e.caller;
		if (c.hungUp || !waiting.contains(e)) {
			return;
		}
		e.ringing.remove(m);
		cancelRinging(e);
		m.inCall = true;
		site.calls.setState(leg, ChannelState.UP);
		site.emit(Events.dial("DialEnd", c, leg).add("DialStatus", "ANSWER"));
		site.calls.connectedLine(c, leg.callerNum, leg.callerName);
		site.calls.musicOnHold(c, false);
		c.hangupHooks.clear();
		c.leaveHooks.clear();
		c.cancelTimers();
		long hold = e.waitSeconds();
		leave(e);
		site.emit(agentEvent("AgentConnect", c, leg, m).add("HoldTime", hold).add("RingTime",
				(System.currentTimeMillis() - ringStart) / 1000));
		c.pbx = Channel.Pbx.BRIDGING_APP;
		site.cdr.answered(c, leg);
		long talkStart = System.currentTimeMillis();
		boolean[] counted = { false };
		// the member's figures are up to date before its leg's hang-up changes its device state
		Runnable count = () -> {
			if (!counted[0]) {
				counted[0] = true;
				m.inCall = false;
				m.callsTaken++;
				m.lastCall = Clock.epochSeconds();
				completed++;
				totalHoldSeconds += hold;
				totalTalkSeconds += (System.currentTimeMillis() - talkStart) / 1000;
			}
		};
		leg.hangupHooks.add(gone -> count.run());
		c.bridgeEndHooks.add(peerHungUp -> {
			long talk = (System.currentTimeMillis() - talkStart) / 1000;
			AmiMessage complete = Events.channel(AmiMessage.event("AgentComplete", Events.AGENT), "", c);
			if (!leg.hungUp) {
				Events.channel(complete, "Dest", leg);
			}
			site.emit(complete.add("Queue", NAME).add("Interface", m.location).add("MemberName", m.name)
					.add("HoldTime", hold).add("TalkTime", talk).add("Reason", peerHungUp ? "agent" : "caller"));
			count.run();
		});
		site.calls.bridge(leg, c);
		scheduleDispatch(0);
	}

	private AmiMessage agentEvent(String name, Channel caller, Channel leg, Member m) {
		AmiMessage event = Events.channel(AmiMessage.event(name, Events.AGENT), "", caller);
		return Events.channel(event, "Dest", leg).add("Queue", NAME).add("Interface", m.location).add("MemberName",
				m.name);
	}

	// ------------------------------------------------------------------ members

	void memberDeviceChanged(String device, DeviceStates.State state) {
		boolean before = anyAvailable();
		for (Member m : members) {
			if (m.stateInterface.equalsIgnoreCase(device)) {
				m.state = state;
				site.emit(memberEvent("QueueMemberStatus", m));
			}
		}
		availability(before);
	}

	private void availability(boolean before) {
		boolean now = anyAvailable();
		if (now != before) {
			site.devices.set(availDevice(), now ? DeviceStates.State.NOT_INUSE : DeviceStates.State.INUSE, null, null);
		}
		if (now && !waiting.isEmpty()) {
			scheduleDispatch(1000);
		}
	}

	/** QueueAdd: false when the interface is already a member. */
	boolean add(String location, String name, String stateInterface, int penalty, boolean paused) {
		if (member(location) != null) {
			return false;
		}
		boolean before = anyAvailable();
		Member m = new Member(location, name.isEmpty() ? location : name,
				stateInterface.isEmpty() ? location : stateInterface, true, penalty);
		m.paused = paused;
		Phone phone = site.phoneOfDevice(m.stateInterface);
		m.state = phone == null ? DeviceStates.State.UNKNOWN : site.devices.compute(phone);
		members.add(m);
		site.emit(memberEvent("QueueMemberAdded", m));
		availability(before);
		return true;
	}

	/** QueueRemove: "Not there", "Member not dynamic" or null when removed. */
	String remove(String location) {
		Member m = member(location);
		if (m == null) {
			return "Unable to remove interface: Not there";
		}
		if (!m.dynamic) {
			return "Unable to remove interface: Member not dynamic";
		}
		boolean before = anyAvailable();
		members.remove(m);
		site.emit(memberEvent("QueueMemberRemoved", m));
		availability(before);
		return null;
	}

	boolean pause(String location, boolean paused, String reason) {
		Member m = member(location);
		if (m == null) {
			return false;
		}
		boolean before = anyAvailable();
		m.paused = paused;
		m.pausedReason = paused ? reason : "";
		m.lastPause = paused ? Clock.epochSeconds() : m.lastPause;
		site.emit(memberEvent("QueueMemberPause", m));
		site.devices.set(pauseDevice(m), paused ? DeviceStates.State.INUSE : DeviceStates.State.NOT_INUSE, null, null);
		availability(before);
		return true;
	}

	AmiMessage memberEvent(String name, Member m) {
		return AmiMessage.event(name, Events.AGENT).add("Queue", NAME).add("MemberName", m.name)
				.add("Interface", m.location).add("StateInterface", m.stateInterface)
				.add("Membership", m.dynamic ? "dynamic" : "static").add("Penalty", m.penalty)
				.add("CallsTaken", m.callsTaken).add("LastCall", m.lastCall).add("LastPause", m.lastPause)
				.add("LoginTime", m.loginTime).add("InCall", m.inCall ? 1 : 0).add("Status", m.state.code)
				.add("Paused", m.paused ? 1 : 0).add("PausedReason", m.pausedReason).add("Ringinuse", 0)
				.add("Wrapuptime", 0);
	}
}
