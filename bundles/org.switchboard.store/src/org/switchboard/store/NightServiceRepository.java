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
}
