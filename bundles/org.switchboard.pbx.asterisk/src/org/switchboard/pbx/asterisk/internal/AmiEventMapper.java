package org.switchboard.pbx.asterisk.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.asteriskjava.manager.event.ManagerEvent;
import org.switchboard.model.WakeUpOutcome;
import org.switchboard.pbx.event.PbxEvent;
import org.switchboard.pbx.event.PbxEvent.ChannelInfo;

/**
 * Turns Asterisk-Java's {@link ManagerEvent}s into vendor-neutral {@link PbxEvent}s, one event family at a time
 * (channels, extensions and devices, queues, AstDB, CDRs). Not thread-safe: one thread (the live model's owner) calls
 * it, in the order the events arrived. Its small memory (which device an extension rings, which spy is a barge, the
 * night-service settings) is rebuilt on every synchronisation.
 * <p>
 * A {@link ChannelInfo} field it leaves {@code null} was not in the event: the live model keeps what it had. Asterisk's
 * {@code <unknown>} caller id or name never passes: it becomes "".
 */
public final class AmiEventMapper {

	private final ChannelEvents channels;
	private final DeviceEvents devices = new DeviceEvents();
	private final QueueEvents queues;
	private final AstDbEvents astDb = new AstDbEvents();
	private final CdrEvents cdrs = new CdrEvents();

	public AmiEventMapper() {
		this(Instant::now);
	}

	public AmiEventMapper(Supplier<Instant> clock) {
		channels = new ChannelEvents(clock);
		queues = new QueueEvents(clock);
	}

	/** Announcements of setting changes that carry this console id are this console's own: ignored. */
	public void ignoreAnnouncementsFrom(String consoleId) {
		astDb.ignoreAnnouncementsFrom(consoleId);
	}

	/** A synchronisation starts: forget what the previous one reported. */
	public void beginSync() {
		astDb.beginSync();
		channels.beginSync();
	}

	/** The extension a device belongs to (from the hints seen so far), or null. */
	public String extensionOf(String device) {
		return devices.extensionOf(device);
	}

	public List<PbxEvent> map(ManagerEvent event) {
		List<PbxEvent> out = new ArrayList<>(2);
		try {
			if (!channels.map(event, out) && !devices.map(event, out) && !queues.map(event, out)
					&& !astDb.map(event, out)) {
				cdrs.map(event, out);
			}
		} catch (RuntimeException e) {
			// a malformed event is dropped, never allowed to stop the stream
			out.clear();
		}
		return out;
	}

	/** The outcome of a wake-up call from the OriginateResponse reason. */
	public static WakeUpOutcome wakeUpOutcome(Integer reason) {
		return AmiValues.wakeUpOutcome(reason);
	}
}
