package org.switchboard.pbx.simulator.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

import org.switchboard.pbx.simulator.PhoneBehaviour;

/**
 * The call engine: channels, their states, bridges, the Dial application and hang-ups, with the events Asterisk
 * sends for each step.
 */
final class Calls {

	/** What the Dial application does with its result. */
	interface DialOutcome {
		void answered(Channel callee);

		void failed(String dialStatus);
	}

	private final Site site;

	Calls(Site site) {
		this.site = site;
	}

	// ------------------------------------------------------------------ channels

	Channel newPhoneChannel(Phone phone, String linkedid, ChannelState state, String context, String exten) {
		Channel c = newChannel(site.factory.nextPjsipName(phone.extension), linkedid, phone);
		c.callerNum = phone.extension;
		c.callerName = phone.name;
		c.state = state;
		c.at(context, exten, 1);
		site.emit(Events.channel("Newchannel", c));
		if (state != ChannelState.DOWN) {
			site.devices.refresh(phone);
		}
		return c;
	}

	/** An inbound channel from the simulated trunk (outside callers). */
	Channel newTrunkChannel(String callerNum, String context, String exten) {
		Channel c = newChannel(site.factory.nextPjsipName("trunk"), null, null);
		c.callerNum = callerNum;
		c.callerName = "";
		c.state = ChannelState.RING;
		c.at(context, exten, 1);
		site.emit(Events.channel("Newchannel", c));
		return c;
	}

	/** A Local channel pair; ;2 runs the dialplan at exten@context. */
	Channel[] newLocalPair(String exten, String context, String linkedid) {
		String base = site.factory.nextLocalBase(exten, context);
		Channel one = newChannel(base + ";1", linkedid, null);
		Channel two = newChannel(base + ";2", linkedid, null);
		for (Channel c : List.of(one, two)) {
			c.callerNum = "<unknown>";
			c.callerName = "<unknown>";
			c.at(context, exten, 1);
		}
		two.state = ChannelState.RING;
		one.localPartner = two;
		two.localPartner = one;
		site.emit(Events.channel("Newchannel", one));
		site.emit(Events.channel("Newchannel", two));
		return new Channel[] { one, two };
	}

	private Channel newChannel(String name, String linkedid, Phone phone) {
		String uniqueid = site.factory.nextUniqueid();
		Channel c = new Channel(name, uniqueid, linkedid == null ? uniqueid : linkedid, phone);
		site.channels.put(name, c);
		site.processedCalls++;
		return c;
	}

	void setState(Channel c, ChannelState state) {
		if (c.state == state || c.hungUp) {
			return;
		}
		c.state = state;
		if (state == ChannelState.UP && c.answeredMillis == 0) {
			c.answeredMillis = System.currentTimeMillis();
		}
		site.emit(Events.channel("Newstate", c));
		refreshDevice(c);
		if (state == ChannelState.UP) {
			List<Runnable> hooks = new ArrayList<>(c.answerHooks);
			c.answerHooks.clear();
			hooks.forEach(Runnable::run);
		}
	}

	void refreshDevice(Channel c) {
		if (c.phone != null) {
			site.devices.refresh(c.phone);
		} else if (c.isLocal() && (c.state == ChannelState.RINGING || c.state == ChannelState.UP)) {
			site.devices.publish(c.device(), DeviceStates.State.INUSE);
		}
	}

	void connectedLine(Channel c, String num, String name) {
		c.connectedNum = num;
		c.connectedName = name;
		site.emit(Events.channel("NewConnectedLine", c));
	}

	void callerId(Channel c, String num, String name) {
		c.callerNum = num;
		c.callerName = name;
		site.emit(Events.newCallerid(c));
	}

	void musicOnHold(Channel c, boolean on) {
		if (c.inMusicOnHold == on) {
			return;
		}
		c.inMusicOnHold = on;
		site.emit(on ? Events.musicOnHoldStart(c) : Events.channel("MusicOnHoldStop", c));
	}

	// ------------------------------------------------------------------ bridges

	Bridge createBridge() {
		Bridge b = Bridge.basic();
		site.bridges.put(b.id, b);
		site.emit(Events.bridgeEvent("BridgeCreate", b));
		return b;
	}

	void enter(Bridge b, Channel c) {
		b.channels.add(c);
		c.bridge = b;
		String oldest = c.linkedid;
		for (Channel other : b.channels) {
			if (sequence(other.linkedid) < sequence(oldest)) {
				oldest = other.linkedid;
			}
		}
		for (Channel other : b.channels) {
			other.linkedid = oldest;
		}
		site.emit(Events.bridgeChannel("BridgeEnter", b, c));
	}

	/** The counter part of a uniqueid: bridged channels share the oldest linkedid. */
	private static long sequence(String uniqueid) {
		return Long.parseLong(uniqueid.substring(uniqueid.indexOf('.') + 1));
	}

	void leave(Channel c) {
		Bridge b = c.bridge;
		if (b == null) {
			return;
		}
		b.channels.remove(c);
		c.bridge = null;
		site.emit(Events.bridgeChannel("BridgeLeave", b, c));
	}

	void destroy(Bridge b) {
		if (!b.destroyed) {
			b.destroyed = true;
			site.bridges.remove(b.id);
			site.emit(Events.bridgeEvent("BridgeDestroy", b));
		}
	}

	/** A new basic bridge with both channels; the first one enters first (Asterisk: the callee). */
	Bridge bridge(Channel first, Channel second) {
		Bridge b = createBridge();
		enter(b, first);
		enter(b, second);
		return b;
	}

	/** Takes a channel out of its bridge for a move (transfer, redirect, park); the peer left behind reacts. */
	void moveOut(Channel c, List<Channel> followers) {
		Bridge b = c.bridge;
		if (b == null) {
			return;
		}
		leave(c);
		if (b.isBasic()) {
			breakUp(b, followers, false);
		}
	}

	/** After a channel left a basic bridge: a lone channel left behind leaves too and the bridge goes. */
	private void breakUp(Bridge b, List<Channel> followers, boolean peerHungUp) {
		if (b.channels.size() == 1) {
			Channel other = b.channels.get(0);
			leave(other);
			destroy(b);
			peerLeft(other, followers, peerHungUp);
		} else if (b.channels.isEmpty()) {
			destroy(b);
		}
	}

	private void peerLeft(Channel c, List<Channel> followers, boolean peerHungUp) {
		java.util.function.BooleanSupplier override = c.peerLeftOverride;
		c.peerLeftOverride = null;
		if (override != null && override.getAsBoolean()) {
			return;
		}
		if (c.pbx == Channel.Pbx.BRIDGING_APP) {
			// the application returns and the dialplan ends with Hangup()
			softHangupRequest(c, 16);
		}
		runBridgeEndHooks(c, peerHungUp);
		followers.add(c);
	}

	private void runBridgeEndHooks(Channel c, boolean peerHungUp) {
		List<java.util.function.Consumer<Boolean>> hooks = new ArrayList<>(c.bridgeEndHooks);
		c.bridgeEndHooks.clear();
		hooks.forEach(h -> h.accept(peerHungUp));
	}

	// ------------------------------------------------------------------ hang-up

	void softHangupRequest(Channel c, int cause) {
		if (!c.softHangupSent) {
			c.softHangupSent = true;
			site.emit(Events.softHangupRequest(c, cause));
		}
	}

	/**
	 * Hangs a channel up. {@code direct}: asked for from outside (AMI Hangup, the phone); a channel running dialplan
	 * outside a bridge then reports a SoftHangupRequest first, as Asterisk's PBX thread does.
	 */
	void hangup(Channel c, int cause, boolean direct) {
		hangup(c, cause, direct, true);
	}

	/**
	 * {@code calleesFirst}: a callee left alone in the bridge goes before this channel finishes (one channel hung
	 * up); false when several channels are being hung up at once (a Hangup regex), where Asterisk finishes the
	 * channel it was asked for first.
	 */
	void hangup(Channel c, int cause, boolean direct, boolean calleesFirst) {
		if (c.hungUp) {
			return;
		}
		if (direct && c.bridge == null && c.pbx != Channel.Pbx.NONE) {
			softHangupRequest(c, cause);
		}
		c.hungUp = true;
		c.cancelTimers();
		List<java.util.function.Consumer<Channel>> hooks = new ArrayList<>(c.hangupHooks);
		c.hangupHooks.clear();
		hooks.forEach(h -> h.accept(c));
		if (c.inMusicOnHold) {
			musicOnHold(c, false);
		}
		List<Channel> followers = new ArrayList<>();
		Bridge b = c.bridge;
		if (b != null) {
			leave(c);
			if (b.isBasic()) {
				breakUp(b, followers, true);
			}
			if (calleesFirst) {
				for (Channel f : List.copyOf(followers)) {
					if (f.pbx == Channel.Pbx.NONE) {
						followers.remove(f);
						hangup(f, 16, false);
					}
				}
			}
			if (c.pbx == Channel.Pbx.BRIDGING_APP) {
				softHangupRequest(c, cause);
			}
			runBridgeEndHooks(c, false);
		}
		site.cdr.emitAll(c);
		site.emit(Events.hangup(c, cause));
		site.channels.remove(c.name);
		if (c.phone != null) {
			site.devices.refresh(c.phone);
		} else if (c.isLocal()) {
			site.devices.publish(c.device(), DeviceStates.State.NOT_INUSE);
		}
		Channel partner = c.localPartner;
		if (partner != null && !partner.hungUp) {
			site.emit(Events.hangupRequest(partner, cause));
			hangup(partner, cause, false);
		}
		for (Channel f : followers) {
			hangup(f, 16, false);
		}
	}

	/** The Hangup() application: the channel ends its own dialplan. */
	void hangupApp(Channel c, int cause) {
		if (c.hungUp) {
			return;
		}
		c.runs("Hangup", cause == 16 ? "" : String.valueOf(cause));
		softHangupRequest(c, 16);
		hangup(c, cause, false);
	}

	// ------------------------------------------------------------------ phones

	/**
	 * How the phone behind a new leg reacts: rings (and answers after the configured delay), or refuses with a cause
	 * (486 busy, 503 congestion, 603 decline).
	 */
	void phoneResponds(Channel leg, Runnable ringing, Runnable answer, IntConsumer refused) {
		PhoneBehaviour behaviour = leg.phone.behaviour;
		switch (behaviour) {
		case BUSY -> refused.accept(17);
		case CONGESTION -> refused.accept(34);
		case REJECT -> {
			ringing.run();
			leg.addTimer(site.loop.afterReal(site.options.answerDelayMillis(), () -> {
				if (!leg.hungUp) {
					refused.accept(21);
				}
			}));
		}
		case NO_ANSWER -> ringing.run();
		case AUTO_ANSWER -> {
			ringing.run();
			leg.addTimer(site.loop.afterReal(site.options.answerDelayMillis(), () -> {
				if (!leg.hungUp && leg.state != ChannelState.UP) {
					answer.run();
				}
			}));
		}
		}
	}

	/** DialEnd of a Dial; a caller running Dial in the dialplan first gets its DIALSTATUS, as Asterisk sets it. */
	void dialEnd(Channel caller, Channel callee, String status) {
		if (caller != null && "Dial".equals(caller.application) && !"CANCEL".equals(status)) {
			site.emit(Events.varSet(caller, "DIALSTATUS", status));
		}
		site.emit(Events.dial("DialEnd", caller, callee).add("DialStatus", status));
	}

	static String dialStatusOf(int cause) {
		return switch (cause) {
		case 17 -> "BUSY";
		case 34 -> "CONGESTION";
		default -> "CHANUNAVAIL";
		};
	}

	// ------------------------------------------------------------------ the Dial application

	/** Dial(PJSIP/ext,30,...) from a channel in the dialplan. */
	void dialPhone(Channel caller, Phone target, String dialData, DialOutcome outcome) {
		caller.runs("Dial", dialData);
		caller.pbx = Channel.Pbx.BRIDGING_APP;
		if (!target.registered) {
			site.emit(Events.varSet(caller, "DIALSTATUS", "CHANUNAVAIL"));
			outcome.failed("CHANUNAVAIL");
			return;
		}
		Channel callee = newPhoneChannel(target, caller.linkedid, ChannelState.DOWN, "internal", "s");
		callee.exten = caller.exten;
		callee.runs("AppDial", "(Outgoing Line)");
		site.emit(Events.newexten(callee));
		connectedLine(callee, caller.callerNum, caller.callerName);
		site.emit(Events.dial("DialBegin", caller, callee).add("DialString", target.extension));
		connectedLine(caller, callee.callerNum, callee.callerName);
		ringCallee(caller, callee, site.options.ringTimeoutMillis(), outcome);
	}

	/** The ringing phase shared by every Dial: cancel on caller hang-up, answer → bridge, time-out. */
	void ringCallee(Channel caller, Channel callee, long ringTimeoutPbxMillis, DialOutcome outcome) {
		java.util.function.Consumer<Channel> cancel = c -> {
			if (!callee.hungUp) {
				dialEnd(caller, callee, "CANCEL");
				hangup(callee, 16, false);
			}
		};
		caller.hangupHooks.add(cancel);
		callee.addTimer(site.loop.after(ringTimeoutPbxMillis, () -> {
			if (!callee.hungUp && callee.state != ChannelState.UP && !caller.hungUp) {
				caller.hangupHooks.remove(cancel);
				dialEnd(caller, callee, "NOANSWER");
				hangup(callee, 19, false);
				outcome.failed("NOANSWER");
			}
		}));
		phoneResponds(callee, () -> {
			setState(callee, ChannelState.RINGING);
			site.emit(Events.dial("DialState", caller, callee).add("DialStatus", "RINGING"));
			List<Runnable> hooks = new ArrayList<>(caller.ringingHooks);
			caller.ringingHooks.clear();
			hooks.forEach(Runnable::run);
		}, () -> {
			if (caller.hungUp) {
				return;
			}
			caller.hangupHooks.remove(cancel);
			setState(callee, ChannelState.UP);
			callee.exten = "";
			dialEnd(caller, callee, "ANSWER");
			if ("AppDial".equals(callee.application)) {
				site.emit(Events.newexten(callee));
			}
			if (caller.state != ChannelState.UP) {
				setState(caller, ChannelState.UP);
			}
			site.cdr.answered(caller, callee);
			caller.priority = Math.max(caller.priority, 2);
			bridge(callee, caller);
			outcome.answered(callee);
		}, cause -> {
			caller.hangupHooks.remove(cancel);
			dialEnd(caller, callee, dialStatusOf(cause));
			hangup(callee, cause, false);
			outcome.failed(dialStatusOf(cause));
		});
	}

	/** Dial(Local/number@pstn-sim,30): the simulated outside world answers at once. */
	void dialOutside(Channel caller, String number, DialOutcome outcome) {
		caller.runs("Dial", "Local/" + number + "@pstn-sim,30");
		caller.pbx = Channel.Pbx.BRIDGING_APP;
		Channel[] pair = newLocalPair(number, "pstn-sim", caller.linkedid);
		Channel one = pair[0];
		Channel two = pair[1];
		one.exten = caller.exten;
		one.connectedNum = caller.callerNum;
		one.connectedName = caller.callerName;
		callerId(one, caller.exten, caller.callerName);
		connectedLine(one, caller.callerNum, caller.callerName);
		two.connectedNum = caller.exten;
		two.connectedName = caller.callerName;
		callerId(two, caller.callerNum, caller.callerName);
		connectedLine(two, caller.exten, caller.callerName);
		site.emit(Events.localBridge(one, two));
		site.emit(Events.dial("DialBegin", caller, one).add("DialString", number + "@pstn-sim"));
		site.cdr.open(two);
		two.pbx = Channel.Pbx.OTHER_APP;
		one.answerHooks.add(() -> {
			one.exten = "";
			dialEnd(caller, one, "ANSWER");
			if (caller.state != ChannelState.UP) {
				setState(caller, ChannelState.UP);
			}
			site.cdr.answered(caller, one);
			one.runs("AppDial", "(Outgoing Line)");
			bridge(one, caller);
			outcome.answered(one);
		});
		two.answerHooks.add(() -> setState(one, ChannelState.UP));
		site.dialplan.pstn(two);
	}
}
