package org.switchboard.pbx.event;

import java.time.Instant;

import org.switchboard.model.CallDisposition;
import org.switchboard.model.ChannelState;
import org.switchboard.model.ConnectionStatus;
import org.switchboard.model.DeviceState;
import org.switchboard.model.DialPermission;

/**
 * What a PBX back-end reports, in vendor-neutral terms. A back-end turns its protocol's events into these; the
 * {@code LiveModelUpdater} applies them to the live model on its owner thread; listeners hear them afterwards.
 * <p>
 * Synchronisation: on every (re)connect a back-end sends {@link SyncStarted}, then what its initial lists say
 * (extensions, channels, queues, AstDB settings), then {@link SyncCompleted}. Whatever the live model held before and
 * was not reported again between the two is stale and gets removed: no ghost channel or queue entry survives a
 * reconnect.
 */
public sealed interface PbxEvent {

	/** The connection changed (connecting, synchronising, connected, lost, failed). */
	record ConnectionChanged(ConnectionStatus status, String host, int port, String pbxVersion, String message)
			implements PbxEvent {
	}

	/** A full resynchronisation begins: what follows until {@link SyncCompleted} is the PBX's whole state. */
	record SyncStarted() implements PbxEvent {
	}

	/** The resynchronisation is complete; unreported objects are removed. */
	record SyncCompleted() implements PbxEvent {
	}

	/** An extension exists (from the PBX's lists): number, display name, the device it rings. */
	record ExtensionSeen(String number, String name, String device) implements PbxEvent {
	}

	record ExtensionStateChanged(String number, DeviceState state) implements PbxEvent {
	}

	/** A phone registered ({@code contact} = its URI) or went away. */
	record RegistrationChanged(String number, boolean registered, String contact) implements PbxEvent {
	}

	record DndChanged(String number, boolean on) implements PbxEvent {
	}

	record DialPermissionChanged(String number, DialPermission permission) implements PbxEvent {
	}

	/** Night service of a queue: {@code nightNumber} null when off. */
	record NightServiceChanged(String queue, String nightNumber, String prompt) implements PbxEvent {
	}

	/**
	 * A channel's complete current description. Its {@code name} is the device it runs on (as in
	 * {@link ExtensionSeen#device()}), a dash, and a suffix without dashes ({@code PJSIP/1002-0000000a}): the live
	 * model finds the channel's extension by the part before the last dash.
	 */
	record ChannelInfo(String uniqueId, String linkedId, String name, ChannelState state, String callerNumber,
			String callerName, String connectedNumber, String connectedName, String context, String exten,
			String application, Instant createdAt) {
	}

	/** A channel appeared or changed (state, caller id, connected line, dialplan position). */
	record ChannelUpdated(ChannelInfo channel) implements PbxEvent {
	}

	/** A channel entered a bridge ({@code bridgeId} set) or left it ({@code bridgeId} null). */
	record ChannelBridged(String uniqueId, String bridgeId) implements PbxEvent {
	}

	/** A channel was put on hold (hears music on hold) or taken off hold. */
	record ChannelHeld(String uniqueId, boolean held) implements PbxEvent {
	}

	/** A channel ended. */
	record ChannelHungup(String uniqueId, int cause, String causeText) implements PbxEvent {
	}

	/** Someone started or stopped listening to ({@code barge} false) or joining ({@code barge} true) a channel. */
	record ChannelSpied(String spyerUniqueId, String spyeeUniqueId, boolean barge, boolean started)
			implements PbxEvent {
	}

	/** A queue exists (from the PBX's lists). */
	record QueueSeen(String queue, String strategy) implements PbxEvent {
	}

	/** A member of a queue was added, removed, paused or unpaused. */
	record QueueMemberChanged(String queue, String memberInterface, boolean member, boolean paused)
			implements PbxEvent {
	}

	/** A caller joined a queue (or was found waiting there by a resynchronisation). */
	record QueueEntryJoined(String queue, String uniqueId, String channel, String callerNumber, String callerName,
			int position, Instant joinedAt) implements PbxEvent {
	}

	/** A caller left a queue: answered, diverted, or hung up while waiting ({@code abandoned}). */
	record QueueEntryLeft(String queue, String uniqueId, boolean abandoned) implements PbxEvent {
	}

	/** A call detail record: a finished call, for the call records. */
	record CdrRecorded(String uniqueId, String linkedId, String callerNumber, String callerName, String calleeNumber,
			Instant startedAt, Instant answeredAt, Instant endedAt, int durationSeconds, int billableSeconds,
			CallDisposition disposition, String channel, String destinationChannel) implements PbxEvent {
	}
}
