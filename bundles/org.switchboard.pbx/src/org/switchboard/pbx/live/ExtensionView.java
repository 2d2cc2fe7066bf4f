package org.switchboard.pbx.live;

import java.time.Instant;
import java.util.Objects;

import org.switchboard.model.DeviceState;
import org.switchboard.model.DialPermission;

/**
 * An immutable snapshot of one extension as the operator sees it, taken on the live model's owner thread and safe
 * to hand to any other thread.
 *
 * @param number         extension number
 * @param name           display name (may be empty)
 * @param department     department for grouping (may be empty)
 * @param deviceState    the PBX's device state
 * @param status         what the tile shows
 * @param dnd            do-not-disturb is on
 * @param permission     dial permission
 * @param peerNumber     the other party of its current call (empty when none)
 * @param peerName       the other party's name (empty when unknown)
 * @param since          when the current state began (may be null)
 * @param channelId      the unique id of its current channel (empty when none)
 * @param spying         X3/X4: what its current channel spies on (monitor or barge-in), or null
 */
public record ExtensionView(String number, String name, String department, DeviceState deviceState,
		ExtensionStatus status, boolean dnd, DialPermission permission, String peerNumber, String peerName,
		Instant since, String channelId, Spying spying) {

	/** An extension whose current channel spies on nobody. */
	public ExtensionView(String number, String name, String department, DeviceState deviceState,
			ExtensionStatus status, boolean dnd, DialPermission permission, String peerNumber, String peerName,
			Instant since, String channelId) {
		this(number, name, department, deviceState, status, dnd, permission, peerNumber, peerName, since, channelId,
				null);
	}

	public ExtensionView {
		Objects.requireNonNull(number, "number");
		name = name == null ? "" : name;
		department = department == null ? "" : department;
		peerNumber = peerNumber == null ? "" : peerNumber;
		peerName = peerName == null ? "" : peerName;
		channelId = channelId == null ? "" : channelId;
		deviceState = deviceState == null ? DeviceState.UNKNOWN : deviceState;
		permission = permission == null ? DialPermission.INTERNATIONAL : permission;
	}

	public boolean hasPeer() {
		return !peerNumber.isEmpty() || !peerName.isEmpty();
	}

	/** "1003 Alice", "1003" or "Alice": the other party as one short text. */
	public String peerLabel() {
		if (peerNumber.isEmpty()) {
			return peerName;
		}
		return peerName.isEmpty() || peerName.equals(peerNumber) ? peerNumber : peerNumber + " " + peerName;
	}

	/** Whether the filter text (number, name or department; case-insensitive) matches. */
	public boolean matches(String filter) {
		if (filter == null || filter.isBlank()) {
			return true;
		}
		String f = filter.strip().toLowerCase(java.util.Locale.ROOT);
		return number.contains(f) || name.toLowerCase(java.util.Locale.ROOT).contains(f)
				|| department.toLowerCase(java.util.Locale.ROOT).contains(f);
	}
}
