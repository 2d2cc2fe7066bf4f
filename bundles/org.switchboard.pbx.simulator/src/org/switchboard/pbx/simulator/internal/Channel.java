package org.switchboard.pbx.simulator.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.function.Consumer;

/** A channel of the simulated PBX with the fields Asterisk puts in every channel event. */
public final class Channel {

	/** Whether the channel runs dialplan, and how its application reacts when its bridge ends. */
	enum Pbx {
		/** Callee legs, channels originated to an application, channels pulled into a bridge: no dialplan. */
		NONE,
		/** In an application that bridges (Dial, Queue, ParkedCall): the application returns when the bridge ends. */
		BRIDGING_APP,
		/** In another application (Busy, Playback, MusicOnHold, Echo, waiting in a queue). */
		OTHER_APP
	}

	final String name;
	final String uniqueid;
	String linkedid;
	/** The endpoint of a PJSIP channel; null for Local and trunk channels. */
	final Phone phone;
	final long createdMillis = System.currentTimeMillis();
	long answeredMillis;

	ChannelState state = ChannelState.DOWN;
	String callerNum;
	String callerName;
	String connectedNum = "<unknown>";
	String connectedName = "<unknown>";
	String context;
	String exten;
	int priority = 1;
	String application = "";
	String applicationData = "";
	Pbx pbx = Pbx.NONE;

	Bridge bridge;
	boolean onHold;
	boolean inMusicOnHold;
	boolean hungUp;
	boolean softHangupSent;
	/** The other half of a Local channel pair. */
	Channel localPartner;
	/** The dialplan location the CDR reports (Gosub subroutines do not change it). */
	String cdrContext;
	String cdrExten;
	/** The last application the channel ran, as the CDR's LastApplication/LastData. */
	String cdrApplication = "";
	String cdrData = "";

	final List<ScheduledFuture<?>> timers = new ArrayList<>();
	/** Run first when the channel hangs up (queue abandon, spy stop, dial cancel ...). */
	final List<Consumer<Channel>> hangupHooks = new ArrayList<>();
	/** Run when the channel is sent elsewhere (Redirect, transfer) and so leaves its application. */
	final List<Runnable> leaveHooks = new ArrayList<>();
	/** Run when the bridge this channel's application made ends; the argument says whether the peer hung up. */
	final List<Consumer<Boolean>> bridgeEndHooks = new ArrayList<>();
	final List<CdrEngine.Record> cdrRecords = new ArrayList<>();
	/** Run once when a phone this channel dials starts ringing (a Local ;2 passing it to its ;1). */
	final List<Runnable> ringingHooks = new ArrayList<>();
	/** When set and it returns true, the channel was taken care of after its bridge peer left (atxfer abort). */
	java.util.function.BooleanSupplier peerLeftOverride;
	/** Run once when the channel is answered (a Local half answering its partner). */
	final List<Runnable> answerHooks = new ArrayList<>();

	Channel(String name, String uniqueid, String linkedid, Phone phone) {
		this.name = name;
		this.uniqueid = uniqueid;
		this.linkedid = linkedid;
		this.phone = phone;
	}

	boolean isLocal() {
		return name.startsWith("Local/");
	}

	/** "1002" for PJSIP/1002-0000000a, the device part of any other channel name. */
	String device() {
		int dash = name.lastIndexOf('-');
		return dash > 0 ? name.substring(0, dash) : name;
	}

	void at(String context, String exten, int priority) {
		this.context = context;
		this.exten = exten;
		this.priority = priority;
		if (!"sub-permission".equals(context)) {
			cdrContext = context;
			cdrExten = exten;
		}
	}

	void runs(String application, String data) {
		this.application = application;
		this.applicationData = data;
		if (!application.isEmpty()) {
			cdrApplication = application;
			cdrData = data;
		}
	}

	void addTimer(ScheduledFuture<?> timer) {
		if (timer != null) {
			timers.add(timer);
		}
	}

	void cancelTimers() {
		for (ScheduledFuture<?> t : timers) {
			t.cancel(false);
		}
		timers.clear();
	}

	@Override
	public String toString() {
		return name;
	}
}
