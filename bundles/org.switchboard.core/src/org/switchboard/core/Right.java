package org.switchboard.core;

import java.util.EnumSet;
import java.util.Set;

import org.switchboard.model.Role;

/**
 * What a role may do beyond plain operating. Monitor, barge-in and force release are privileged: an administrator
 * decides whether operators have them; administration itself belongs to administrators alone.
 */
public enum Right {
	MONITOR, BARGE_IN, FORCE_RELEASE, ADMINISTRATION;

	/** Rights an administrator may grant to or take from the operator role. */
	public static final Set<Right> PRIVILEGED = EnumSet.of(MONITOR, BARGE_IN, FORCE_RELEASE);

	/** The rights of a role before an administrator changed anything. */
	public static Set<Right> defaults(Role role) {
		return role == Role.ADMINISTRATOR ? EnumSet.allOf(Right.class) : EnumSet.noneOf(Right.class);
	}
}
