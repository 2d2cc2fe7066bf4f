package org.switchboard.callcontrol;

import java.time.Instant;

/**
 * A caller waiting in a queue, as a snapshot.
 *
 * @param queue    the queue's number
 * @param uniqueId the caller channel's unique id
 * @param number   caller number
 * @param name     caller name (from the PBX; a phonebook name replaces it when known)
 * @param position place in the queue, 1 first
 * @param joinedAt when the caller joined (for the waiting time)
 */
public record QueueCallerView(String queue, String uniqueId, String number, String name, int position,
		Instant joinedAt) {

	public QueueCallerView {
		number = number == null ? "" : number;
		name = name == null ? "" : name;
	}
}
