package org.switchboard.pbx.simulator.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The parking lot "default" (res_parking.conf): park on 700, spaces 701-720, one holding bridge, music on hold,
 * 300 s time-out with comebacktoorigin (the parked call rings the parker again).
 */
final class Parking {

	static final String PARK_EXTEN = "700";
	static final int FIRST_SPACE = 701;
	static final int LAST_SPACE = 720;
	static final String LOT = "default";
	private static final int TIMEOUT_SECONDS = 300;
	/** How long the parker hears the space announced before its leg is released. */
	private static final long ANNOUNCEMENT_MILLIS = 2600;

	static final class Parked {
		final Channel channel;
		final int space;
		final String parkerDialString;
		final long since = System.currentTimeMillis();

		Parked(Channel channel, int space, String parkerDialString) {
			this.channel = channel;
			this.space = space;
			this.parkerDialString = parkerDialString;
		}

		int remaining() {
			return (int) Math.max(0, TIMEOUT_SECONDS - duration());
		}

		long duration() {
			return (System.currentTimeMillis() - since) / 1000;
		}
	}

	private final Site site;
	private final Map<Integer, Parked> spaces = new TreeMap<>();
	private Bridge holding;

	Parking(Site site) {
		this.site = site;
	}

	static boolean isSpace(String exten) {
		try {
			int n = Integer.parseInt(exten);
			return n >= FIRST_SPACE && n <= LAST_SPACE;
		} catch (NumberFormatException e) {
			return false;
		}
	}

	static String device(int space) {
		return "park:" + space + "@parkedcalls";
	}

	List<Parked> parked() {
		return new ArrayList<>(spaces.values());
	}

	/** AMI Park: the parkee leaves its bridge; the party left behind hears the space, then is released. */
	boolean park(Channel parkee, Channel announceTo) {
		int space = freeSpace();
		if (space < 0) {
			return false;
		}
		String parker = announceTo != null ? announceTo.device() : parkee.bridge != null && parkee.bridge.other(parkee) != null
				? parkee.bridge.other(parkee).device()
				: parkee.device();
		Bridge lot = lot();
		Bridge old = parkee.bridge;
		if (old != null) {
			site.calls.leave(parkee);
			Channel left = old.other(parkee);
			if (old.isBasic() && left != null && old.channels.size() == 1) {
				left.addTimer(site.loop.after(ANNOUNCEMENT_MILLIS, () -> releaseParker(old, left)));
			} else if (old.isBasic() && old.channels.isEmpty()) {
				site.calls.destroy(old);
			}
		}
		enterLot(parkee, lot, space, parker);
		return true;
	}

	/** Park() from the dialplan (exten 700): the caller parks itself. */
	void parkSelf(Channel c) {
		int space = freeSpace();
		if (space < 0) {
			site.calls.hangupApp(c, 16);
			return;
		}
		c.runs("Park", LOT + ":" + space);
		enterLot(c, lot(), space, c.device());
	}

	private void releaseParker(Bridge old, Channel parker) {
		if (parker.hungUp || parker.bridge != old) {
			return;
		}
		site.calls.leave(parker);
		site.calls.destroy(old);
		if (parker.pbx == Channel.Pbx.BRIDGING_APP) {
			site.calls.softHangupRequest(parker, 16);
		}
		site.calls.hangup(parker, 16, false);
	}

	private void enterLot(Channel parkee, Bridge lot, int space, String parkerDialString) {
		Parked p = new Parked(parkee, space, parkerDialString);
		spaces.put(space, p);
		site.cdr.fork(parkee);
		// a parked leg keeps showing its own application; only its CDR records Park
		parkee.cdrApplication = "Park";
		parkee.cdrData = LOT + ":" + space;
		parkee.pbx = Channel.Pbx.NONE;
		site.emit(parkedCall(AmiMessage.event("ParkedCall", Events.CALL), p));
		site.devices.set(device(space), DeviceStates.State.INUSE, String.valueOf(space), "parkedcalls");
		site.calls.enter(lot, parkee);
		site.calls.musicOnHold(parkee, true);
		parkee.hangupHooks.add(c -> giveUp(p));
		parkee.leaveHooks.add(() -> {
			if (spaces.remove(p.space) != null) {
				site.devices.set(device(p.space), DeviceStates.State.NOT_INUSE, String.valueOf(p.space), "parkedcalls");
			}
		});
		parkee.addTimer(site.loop.after(TIMEOUT_SECONDS * 1000L, () -> timeOut(p)));
	}

	/** ParkedCall(default,701): the retriever is bridged with the parked call. */
	void retrieve(Channel retriever, int space) {
		retriever.runs("ParkedCall", LOT + "," + space);
		retriever.pbx = Channel.Pbx.BRIDGING_APP;
		Parked p = spaces.remove(space);
		if (p == null) {
			site.calls.hangupApp(retriever, 16);
			return;
		}
		Channel parkee = p.channel;
		parkee.hangupHooks.clear();
		parkee.leaveHooks.clear();
		parkee.cancelTimers();
		AmiMessage unparked = AmiMessage.event("UnParkedCall", Events.CALL);
		Events.channel(unparked, "Parkee", parkee);
		Events.channel(unparked, "Retriever", retriever);
		site.emit(unparked.add("ParkerDialString", p.parkerDialString).add("Parkinglot", LOT)
				.add("ParkingSpace", space).add("ParkingTimeout", p.remaining()).add("ParkingDuration", p.duration()));
		for (CdrEngine.Record r : retriever.cdrRecords) {
			site.cdr.finish(r);
		}
		site.cdr.fork(parkee);
		site.cdr.answered(parkee, retriever);
		Bridge b = site.calls.createBridge();
		site.calls.musicOnHold(parkee, false);
		site.devices.set(device(space), DeviceStates.State.NOT_INUSE, String.valueOf(space), "parkedcalls");
		site.calls.leave(parkee);
		site.calls.enter(b, parkee);
		site.calls.enter(b, retriever);
		site.calls.connectedLine(retriever, parkee.callerNum, parkee.callerName);
	}

	private void giveUp(Parked p) {
		if (spaces.remove(p.space) == null) {
			return;
		}
		site.emit(parkedCall(AmiMessage.event("ParkedCallGiveUp", Events.CALL), p));
		site.devices.set(device(p.space), DeviceStates.State.NOT_INUSE, String.valueOf(p.space), "parkedcalls");
	}

	/** comebacktoorigin: the parked call leaves the lot and rings the parker's phone. */
	private void timeOut(Parked p) {
		if (spaces.remove(p.space) == null || p.channel.hungUp) {
			return;
		}
		Channel c = p.channel;
		c.hangupHooks.clear();
		c.leaveHooks.clear();
		site.emit(parkedCall(AmiMessage.event("ParkedCallTimeOut", Events.CALL), p));
		site.devices.set(device(p.space), DeviceStates.State.NOT_INUSE, String.valueOf(p.space), "parkedcalls");
		site.calls.musicOnHold(c, false);
		site.calls.leave(c);
		Phone parker = site.phoneOfDevice(p.parkerDialString);
		if (parker == null) {
			site.calls.hangup(c, 16, false);
			return;
		}
		c.at("park-dial", p.parkerDialString, 1);
		c.pbx = Channel.Pbx.OTHER_APP;
		site.calls.dialPhone(c, parker, p.parkerDialString + ",20", new Calls.DialOutcome() {
			@Override
			public void answered(Channel callee) {
				// bridged with the parker again
			}

			@Override
			public void failed(String dialStatus) {
				site.calls.hangupApp(c, 16);
			}
		});
	}

	AmiMessage parkedCall(AmiMessage m, Parked p) {
		Events.channel(m, "Parkee", p.channel);
		return m.add("ParkerDialString", p.parkerDialString).add("Parkinglot", LOT).add("ParkingSpace", p.space)
				.add("ParkingTimeout", p.remaining()).add("ParkingDuration", p.duration());
	}

	boolean canPark() {
		return freeSpace() > 0;
	}

	private int freeSpace() {
		for (int s = FIRST_SPACE; s <= LAST_SPACE; s++) {
			if (!spaces.containsKey(s)) {
				return s;
			}
		}
		return -1;
	}

	private Bridge lot() {
		if (holding == null) {
			holding = Bridge.parking();
			site.bridges.put(holding.id, holding);
			site.emit(Events.bridgeEvent("BridgeCreate", holding));
		}
		return holding;
	}
}
