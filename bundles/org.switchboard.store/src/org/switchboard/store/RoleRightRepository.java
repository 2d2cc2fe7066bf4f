package org.switchboard.store;

import java.util.Map;

/**
 * What an administrator granted to or took from a role beyond its defaults (e.g. monitor for operators). Roles and
 * rights are names here; the core knows what they mean.
 */
public interface RoleRightRepository {

	/** The rights set for the role, by name (granted or taken); rights never set are absent. */
	Map<String, Boolean> find(String role);

	/** Grants or takes a right of a role. */
	void set(String role, String right, boolean granted);
}
