package org.switchboard.pbx;

import org.switchboard.pbx.event.PbxEvent;

/** Hears PBX events after they were applied to the live model, on the live model's owner thread. */
@FunctionalInterface
public interface PbxListener {
	void onEvent(PbxEvent event);
}
