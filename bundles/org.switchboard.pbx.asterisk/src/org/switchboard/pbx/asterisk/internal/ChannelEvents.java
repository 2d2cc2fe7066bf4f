package org.switchboard.pbx.asterisk.internal;

import static org.switchboard.pbx.asterisk.internal.AmiValues.blankToNull;
import static org.switchboard.pbx.asterisk.internal.AmiValues.duration;
import static org.switchboard.pbx.asterisk.internal.AmiValues.state;
import static org.switchboard.pbx.asterisk.internal.AmiValues.text;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.asteriskjava.manager.event.AbstractHoldEvent;
import org.asteriskjava.manager.event.BridgeEnterEvent;
import org.asteriskjava.manager.event.BridgeLeaveEvent;
import org.asteriskjava.manager.event.ChanSpyStartEvent;
import org.asteriskjava.manager.event.ChanSpyStopEvent;
import org.asteriskjava.manager.event.CoreShowChannelEvent;
import org.asteriskjava.manager.event.HangupEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.event.MusicOnHoldEvent;
import org.asteriskjava.manager.event.NewCallerIdEvent;
import org.asteriskjava.manager.event.NewChannelEvent;
import org.asteriskjava.manager.event.NewConnectedLineEvent;
import org.asteriskjava.manager.event.NewExtenEvent;
import org.asteriskjava.manager.event.NewStateEvent;
import org.asteriskjava.manager.event.OriginateResponseEvent;
import org.asteriskjava.manager.event.RenameEvent;
import org.switchboard.pbx.event.PbxEvent;
import org.switchboard.pbx.event.PbxEvent.ChannelBridged;
import org.switchboard.pbx.event.PbxEvent.ChannelHeld;
import org.switchboard.pbx.event.PbxEvent.ChannelHungup;
import org.switchboard.pbx.event.PbxEvent.ChannelInfo;
import org.switchboard.pbx.event.PbxEvent.ChannelSpied;
import org.switchboard.pbx.event.PbxEvent.ChannelUpdated;

/** The channel family: channels, their dialplan position, bridges, hold, spies, hang-ups. */
final class ChannelEvents {

	private final Supplier<Instant> clock;
	/** spyer unique id → barge (ChanSpy with the B option). */
	private final Map<String, Boolean> spyers = new HashMap<>();

	ChannelEvents(Supplier<Instant> clock) {
		this.clock = clock;
	}

	void beginSync() {
		spyers.clear();
	}

	/** Adds what the event means to {@code out}; false when the event is not of this family. */
	boolean map(ManagerEvent event, List<PbxEvent> out) {
		switch (event) {
		case NewChannelEvent e -> out.add(channel(e.getUniqueId(), e.getLinkedid(), e.getChannel(), e, clock.get()));
		case NewStateEvent e -> out.add(channel(e.getUniqueId(), e.getLinkedId(), e.getChannel(), e, null));
		case NewCallerIdEvent e -> out.add(channel(e.getUniqueId(), e.getLinkedId(), e.getChannel(), e, null));
		case NewConnectedLineEvent e -> out.add(channel(e.getUniqueId(), e.getLinkedId(), e.getChannel(), e, null));
		case NewExtenEvent e -> {
			if (e.getUniqueId() != null) {
				out.add(new ChannelUpdated(new ChannelInfo(e.getUniqueId(), e.getLinkedId(), e.getChannel(), null, null,
						null, null, null, text(e.getContext()), text(e.getExtension()), text(e.getApplication()), null)));
				if ("ChanSpy".equalsIgnoreCase(e.getApplication())) {
					spyers.put(e.getUniqueId(), isBarge(e.getAppData()));
				}
			}
		}
		case RenameEvent e -> {
			if (e.getUniqueId() != null && e.getNewname() != null) {
				out.add(new ChannelUpdated(new ChannelInfo(e.getUniqueId(), null, e.getNewname(), null, null, null,
						null, null, null, null, null, null)));
			}
		}
		case HangupEvent e -> {
			if (e.getUniqueId() != null) {
				spyers.remove(e.getUniqueId());
				out.add(new ChannelHungup(e.getUniqueId(), e.getCause() == null ? 0 : e.getCause(), e.getCauseTxt()));
			}
		}
		case CoreShowChannelEvent e -> coreShowChannel(e, out);
		case BridgeEnterEvent e -> out.add(new ChannelBridged(e.getUniqueId(), e.getBridgeUniqueId()));
		case BridgeLeaveEvent e -> out.add(new ChannelBridged(e.getUniqueId(), null));
		case AbstractHoldEvent e -> out.add(new ChannelHeld(e.getUniqueId(), e.isHold()));
		case MusicOnHoldEvent e -> out.add(new ChannelHeld(e.getUniqueId(), e.isStart()));
		case ChanSpyStartEvent e -> out.add(new ChannelSpied(e.getSpyerUniqueId(), e.getSpyeeUniqueId(),
				spyers.getOrDefault(e.getSpyerUniqueId(), false), true));
		case ChanSpyStopEvent e -> out.add(new ChannelSpied(e.getSpyerUniqueId(), e.getSpyeeUniqueId(),
				spyers.getOrDefault(e.getSpyerUniqueId(), false), false));
		case OriginateResponseEvent e -> {
			if ("ChanSpy".equalsIgnoreCase(e.getApplication()) && e.getUniqueId() != null) {
				spyers.put(e.getUniqueId(), isBarge(e.getData()));
			}
		}
		default -> {
			return false;
		}
		}
		return true;
	}

	private void coreShowChannel(CoreShowChannelEvent e, List<PbxEvent> out) {
		Duration d = duration(e.getDuration());
		Instant created = d == null ? null : clock.get().minus(d);
		ChannelInfo info = new ChannelInfo(e.getUniqueid(), e.getLinkedid(), e.getChannel(), state(e.getChannelState()),
				text(e.getCallerIdNum()), text(e.getCallerIdName()), text(e.getConnectedLineNum()),
				text(e.getConnectedLineName()), text(e.getContext()), text(e.getExten()), text(e.getApplication()),
				created);
		out.add(new ChannelUpdated(info));
		out.add(new ChannelBridged(e.getUniqueid(), blankToNull(e.getBridgeid())));
		if ("ChanSpy".equalsIgnoreCase(e.getApplication())) {
			spyers.put(e.getUniqueid(), isBarge(e.getApplicationdata()));
		}
	}

	private static ChannelUpdated channel(String uniqueId, String linkedId, String name, ManagerEvent e,
			Instant createdAt) {
		return new ChannelUpdated(new ChannelInfo(uniqueId, linkedId, name, state(e.getChannelState()),
				text(e.getCallerIdNum()), text(e.getCallerIdName()), text(e.getConnectedLineNum()),
				text(e.getConnectedLineName()), text(e.getContext()), text(e.getExten()), null, createdAt));
	}

	private static boolean isBarge(String chanSpyData) {
		if (chanSpyData == null) {
			return false;
		}
		int comma = chanSpyData.indexOf(',');
		return comma >= 0 && chanSpyData.substring(comma + 1).contains("B");
	}
}
