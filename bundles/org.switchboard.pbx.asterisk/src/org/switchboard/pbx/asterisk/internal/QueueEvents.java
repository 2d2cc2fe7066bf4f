package org.switchboard.pbx.asterisk.internal;

import static org.switchboard.pbx.asterisk.internal.AmiValues.intValue;
import static org.switchboard.pbx.asterisk.internal.AmiValues.text;

import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import org.asteriskjava.manager.event.AbstractQueueMemberEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.event.QueueCallerAbandonEvent;
import org.asteriskjava.manager.event.QueueCallerJoinEvent;
import org.asteriskjava.manager.event.QueueCallerLeaveEvent;
import org.asteriskjava.manager.event.QueueEntryEvent;
import org.asteriskjava.manager.event.QueueMemberAddedEvent;
import org.asteriskjava.manager.event.QueueMemberEvent;
import org.asteriskjava.manager.event.QueueMemberPausedEvent;
import org.asteriskjava.manager.event.QueueMemberRemovedEvent;
import org.asteriskjava.manager.event.QueueParamsEvent;
import org.switchboard.pbx.event.PbxEvent;

/** The queue family: queues, their members, and the callers waiting in them. */
final class QueueEvents {

	private final Supplier<Instant> clock;

	QueueEvents(Supplier<Instant> clock) {
		this.clock = clock;
	}

	boolean map(ManagerEvent event, List<PbxEvent> out) {
		switch (event) {
		case QueueParamsEvent e -> out.add(new PbxEvent.QueueSeen(e.getQueue(), e.getStrategy()));
		case QueueMemberEvent e -> out.add(new PbxEvent.QueueMemberChanged(e.getQueue(),
				e.getLocation() != null ? e.getLocation() : e.getInterface(), true, Boolean.TRUE.equals(e.getPaused())));
		case QueueMemberRemovedEvent e ->
			out.add(new PbxEvent.QueueMemberChanged(e.getQueue(), memberInterface(e), false, false));
		case QueueMemberAddedEvent e -> out.add(new PbxEvent.QueueMemberChanged(e.getQueue(), memberInterface(e), true,
				Boolean.TRUE.equals(e.getPaused())));
		case QueueMemberPausedEvent e -> out.add(new PbxEvent.QueueMemberChanged(e.getQueue(), memberInterface(e),
				true, Boolean.TRUE.equals(e.getPaused())));
		case QueueEntryEvent e -> {
			Instant joined = e.getWait() == null ? clock.get() : clock.get().minusSeconds(e.getWait());
			out.add(new PbxEvent.QueueEntryJoined(e.getQueue(), e.getUniqueId(), e.getChannel(),
					text(e.getCallerIdNum()), text(e.getCallerIdName()), intValue(e.getPosition()), joined));
		}
		case QueueCallerJoinEvent e -> out.add(new PbxEvent.QueueEntryJoined(e.getQueue(), e.getUniqueId(),
				e.getChannel(), text(e.getCallerIdNum()), text(e.getCallerIdName()), intValue(e.getPosition()),
				clock.get()));
		case QueueCallerAbandonEvent e -> out.add(new PbxEvent.QueueEntryLeft(e.getQueue(), e.getUniqueId(), true));
		case QueueCallerLeaveEvent e -> out.add(new PbxEvent.QueueEntryLeft(e.getQueue(), e.getUniqueId(), false));
		default -> {
			return false;
		}
		}
		return true;
	}

	private static String memberInterface(AbstractQueueMemberEvent e) {
		return e.getInterface() != null ? e.getInterface() : e.getLocation();
	}
}
