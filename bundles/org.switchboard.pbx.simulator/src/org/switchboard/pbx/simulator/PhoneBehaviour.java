package org.switchboard.pbx.simulator;

/** How a simulated phone answers an incoming call. */
public enum PhoneBehaviour {
	/** Rings, then answers after the configured answer delay (the lab's baresip phones). */
	AUTO_ANSWER,
	/** Rings and never answers (the lab's 1009). */
	NO_ANSWER,
	/** Refuses with 486 Busy Here. */
	BUSY,
	/** Refuses with 503 Service Unavailable. */
	CONGESTION,
	/** Rings, then declines (603). */
	REJECT
}
