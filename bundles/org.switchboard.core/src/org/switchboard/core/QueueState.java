package org.switchboard.core;

/**
 * The operator's state in the operator queue (SPEC Q1), as the PBX reports it: a member that is not paused receives
 * queue calls; a paused member (a static member of queues.conf is taken offline by pausing it) and a non-member do
 * not.
 */
public enum QueueState {
	ONLINE, PAUSED, OFFLINE, UNKNOWN;

	/** Whether the operator receives queue calls. */
	public boolean receivesCalls() {
		return this == ONLINE;
	}
}
