package org.switchboard.pbx.tests;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import org.switchboard.pbx.live.ExtensionView;
import org.switchboard.pbx.live.ExtensionViews;
import org.switchboard.model.ChannelState;
import org.switchboard.model.DeviceState;
import org.switchboard.model.live.LiveModel;
import org.switchboard.pbx.event.PbxEvent;
import org.switchboard.pbx.event.PbxEvent.ChannelInfo;
import org.switchboard.pbx.live.LiveModelUpdater;

/**
 * A live model fed with vendor-neutral PBX events through the real {@link LiveModelUpdater}, on a clock the test
 * sets, for the logic tests of every bundle that works on the live model (pbx, extensions, callcontrol).
 * Extensions 1001 (the operator), 1002, 1003 and 1004 exist, idle, with devices {@code PJSIP/<number>}.
 */
public final class LiveSite implements AutoCloseable {

	public static final Instant T0 = Instant.parse("2026-11-30T09:00:00Z");

	public final LiveModel model = new LiveModel("tests-live-model");
	private volatile Instant now = T0;
	public final LiveModelUpdater updater = new LiveModelUpdater(model, () -> now);

	public LiveSite() {
		apply(new PbxEvent.ExtensionSeen("1001", "Operator", "PJSIP/1001"),
				new PbxEvent.ExtensionSeen("1002", "Reception", "PJSIP/1002"),
				new PbxEvent.ExtensionSeen("1003", "Kitchen", "PJSIP/1003"),
				new PbxEvent.ExtensionSeen("1004", "Lobby", "PJSIP/1004"));
		for (String n : List.of("1001", "1002", "1003", "1004")) {
			apply(new PbxEvent.ExtensionStateChanged(n, DeviceState.IDLE));
		}
	}

	public Instant now() {
		return now;
	}

	/** Moves the clock on; later events happen then. */
	public Instant later(Duration d) {
		now = now.plus(d);
		return now;
	}

	/** Applies the events as one change of the live model and waits until listeners heard of it. */
	public void apply(PbxEvent... events) {
		updater.post(List.of(events)).join();
	}

	public ExtensionView view(String number) {
		return model.read(s -> ExtensionViews.of(model.extension(number))).join();
	}

	/** A new channel of the operator's phone for a call it places to {@code number} (the PBX rings it first). */
	public PbxEvent newOutgoing(String uniqueId, String extension, String number) {
		return new PbxEvent.ChannelUpdated(new ChannelInfo(uniqueId, uniqueId, "PJSIP/" + extension + "-" + uniqueId,
				ChannelState.RINGING, extension, null, null, null, "internal", number, null, now));
	}

	public <T> T read(Supplier<T> query) {
		return model.read(s -> query.get()).join();
	}

	/** A new channel of an extension's phone, created now, in the call {@code linkedId}. */
	public PbxEvent newChannel(String uniqueId, String linkedId, String extension, ChannelState state) {
		return new PbxEvent.ChannelUpdated(new ChannelInfo(uniqueId, linkedId, "PJSIP/" + extension + "-" + uniqueId,
				state, extension, null, null, null, "internal", null, null, now));
	}

	/** A channel that belongs to no extension (a Local channel, a trunk). */
	public PbxEvent otherChannel(String uniqueId, String linkedId, String name, ChannelState state, String callerNumber,
			String callerName) {
		return new PbxEvent.ChannelUpdated(new ChannelInfo(uniqueId, linkedId, name, state, callerNumber, callerName,
				null, null, "internal", null, null, now));
	}

	public static PbxEvent state(String uniqueId, ChannelState state) {
		return new PbxEvent.ChannelUpdated(
				new ChannelInfo(uniqueId, null, null, state, null, null, null, null, null, null, null, null));
	}

	public static PbxEvent connectedLine(String uniqueId, String number, String name) {
		return new PbxEvent.ChannelUpdated(
				new ChannelInfo(uniqueId, null, null, null, null, null, number, name, null, null, null, null));
	}

	public static PbxEvent bridge(String uniqueId, String bridgeId) {
		return new PbxEvent.ChannelBridged(uniqueId, bridgeId);
	}

	public static PbxEvent hold(String uniqueId, boolean held) {
		return new PbxEvent.ChannelHeld(uniqueId, held);
	}

	public static PbxEvent hangup(String uniqueId) {
		return new PbxEvent.ChannelHungup(uniqueId, 16, "Normal Clearing");
	}

	/**
	 * X2 as a real Asterisk 22 reports it (transcript 07-atxfer-to-1003): 1001 talks to 1002 in bridge B1, starts an
	 * attended transfer to 1003. The PBX flags 1001's leg as the holder and 1002's as hearing music on hold; 1001's
	 * leg moves to bridge B2 with a Local channel whose other half is bridged to 1003 in B3.
	 */
	public void attendedTransferInProgress() {
		apply(newChannel("12", "12", "1001", ChannelState.UP), newChannel("13", "12", "1002", ChannelState.UP),
				bridge("13", "B1"), bridge("12", "B1"));
		apply(hold("12", true), hold("13", true));
		apply(otherChannel("14", "12", "Local/1003@internal-00000000;1", ChannelState.UP, "1003", "Ext 1003"),
				otherChannel("15", "12", "Local/1003@internal-00000000;2", ChannelState.UP, "1001", "Operator"),
				bridge("14", "B2"), bridge("12", "B2"));
		apply(newChannel("16", "12", "1003", ChannelState.UP), bridge("16", "B3"), bridge("15", "B3"));
	}

	@Override
	public void close() {
		model.close();
	}
}
