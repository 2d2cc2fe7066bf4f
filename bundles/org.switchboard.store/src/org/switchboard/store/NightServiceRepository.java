package org.switchboard.store;

import java.util.List;
import java.util.Optional;

import org.switchboard.model.NightServiceSetting;

/** The night-service setting of each queue (one row per queue). */
public interface NightServiceRepository {

	Optional<NightServiceSetting> find(String queue);

	List<NightServiceSetting> all();

	/** Saves the queue's setting, replacing the one before (sets the id). */
	NightServiceSetting save(NightServiceSetting setting);

	/** The queue's setting with the version it has now (see {@link #save(NightServiceSetting, long)}). */
	Optional<Versioned<NightServiceSetting>> findVersioned(String queue);

	/**
	 * Saves the queue's setting only if it still has {@code expectedVersion}, the version the change started from
	 * (0: the queue had no setting yet); returns the new version (sets the id). If another console saved it in
	 * between, nothing is changed and this fails with {@link StoreException.Reason#CHANGED_ELSEWHERE}.
	 */
	long save(NightServiceSetting setting, long expectedVersion);
}
