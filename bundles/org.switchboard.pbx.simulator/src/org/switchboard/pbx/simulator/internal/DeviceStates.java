package org.switchboard.pbx.simulator.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Device states (PJSIP endpoints, parking spaces, queues, Local channels) and the hints over them: every change is
 * published as ExtensionStatus (for hinted devices) and DeviceStateChange, like Asterisk's device state engine.
 */
final class DeviceStates {

	enum State {
		UNKNOWN(0, "Unknown", -1, "Unknown"), NOT_INUSE(1, "Not in use", 0, "Idle"), INUSE(2, "In use", 1, "InUse"),
		BUSY(3, "Busy", 2, "Busy"), UNAVAILABLE(5, "Unavailable", 4, "Unavailable"), RINGING(6, "Ringing", 8, "Ringing"),
		RINGINUSE(7, "Ring+Inuse", 9, "InUse&Ringing"), ONHOLD(8, "On Hold", 16, "Hold");

		final int code;
		final String text;
		final int extensionStatus;
		final String extensionText;

		State(int code, String text, int extensionStatus, String extensionText) {
			this.code = code;
			this.text = text;
			this.extensionStatus = extensionStatus;
			this.extensionText = extensionText;
		}
	}

	private final Site site;
	/** Asterisk's device state cache, in the order devices became known (DeviceStateList). */
	private final Map<String, State> states = new LinkedHashMap<>();

	DeviceStates(Site site) {
		this.site = site;
	}

	Map<String, State> all() {
		return states;
	}

	State of(String device) {
		return states.getOrDefault(device, State.NOT_INUSE);
	}

	/** Initial state without events (start-up). */
	void preset(String device, State state) {
		states.put(device, state);
	}

	State compute(Phone phone) {
		if (!phone.registered) {
			return State.UNAVAILABLE;
		}
		boolean ringing = false;
		boolean inUse = false;
		boolean held = false;
		for (Channel c : site.channelsOf(phone)) {
			switch (c.state) {
			case RINGING -> ringing = true;
			case RING -> inUse = true;
			case UP -> {
				if (c.onHold) {
					held = true;
				} else {
					inUse = true;
				}
			}
			default -> {
			}
			}
		}
		if (ringing) {
			return inUse || held ? State.RINGINUSE : State.RINGING;
		}
		return inUse ? State.INUSE : held ? State.ONHOLD : State.NOT_INUSE;
	}

	void refresh(Phone phone) {
		State state = compute(phone);
		if (state == states.get(phone.device())) {
			return;
		}
		states.put(phone.device(), state);
		extensionStatus(phone.extension, "internal", phone.device(), state);
		site.emit(change(phone.device(), state));
		site.queue.memberDeviceChanged(phone.device(), state);
	}

	/** A hinted device other than a phone (parking spaces). */
	void set(String device, State state, String hintExten, String hintContext) {
		if (state == states.get(device)) {
			return;
		}
		states.put(device, state);
		if (hintExten != null) {
			extensionStatus(hintExten, hintContext, device, state);
		}
		site.emit(change(device, state));
	}

	/** Local channel devices publish on every state change of either half, duplicates included. */
	void publish(String device, State state) {
		states.put(device, state);
		site.emit(change(device, state));
	}

	private void extensionStatus(String exten, String context, String hint, State state) {
		site.emit(AmiMessage.event("ExtensionStatus", Events.CALL).add("Exten", exten).add("Context", context)
				.add("Hint", hint).add("Status", state.extensionStatus).add("StatusText", state.extensionText));
	}

	private static AmiMessage change(String device, State state) {
		return AmiMessage.event("DeviceStateChange", Events.CALL).add("Device", device).add("State", state.name());
	}
}
