package org.switchboard.settings;

import java.util.Objects;

import org.switchboard.model.DialPermission;

/** A setting change a batch applies to each of its extensions. */
public sealed interface Change {

	/** S1: do-not-disturb on or off. */
	record Dnd(boolean on) implements Change {
	}

	/** S2: the dial permission. */
	record Permission(DialPermission permission) implements Change {
		public Permission {
			Objects.requireNonNull(permission, "permission");
		}
	}
}
