package org.switchboard.store;

import java.util.List;
import java.util.Optional;

import org.switchboard.model.ServerProfile;

/** Server profiles an administrator keeps for a site. Secrets are never stored here (secure storage keeps them). */
public interface ServerProfileRepository {

	List<ServerProfile> all();

	Optional<ServerProfile> find(String name);

	/** Inserts a profile without id (and sets it), or updates the one with its id. */
	ServerProfile save(ServerProfile profile);

	boolean delete(long id);
}
