package org.switchboard.core;

import java.util.EnumSet;
import java.util.Map;
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

	/**
	 * The rights of a role with what administrators granted or took (stored by right name); only privileged rights
	 * can be changed, so administration stays with administrators and administrators keep every right.
	 */
	public static Set<Right> of(Role role, Map<String, Boolean> stored) {
		Set<Right> rights = defaults(role);
		if (role == Role.ADMINISTRATOR) {
			return rights;
		}
		for (Right r : PRIVILEGED) {
			Boolean granted = stored.get(r.name());
			if (granted != null) {
				if (granted) {
					rights.add(r);
				} else {
					rights.remove(r);
				}
			}
		}
		return rights;
	}
}
