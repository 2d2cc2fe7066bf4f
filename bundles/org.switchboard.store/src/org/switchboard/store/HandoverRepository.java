package org.switchboard.store;

import java.time.Instant;

import org.switchboard.model.HandoverRecord;

/** Shift handovers between operators (SPEC S7, Q3). */
public interface HandoverRepository {

	HandoverRecord insert(HandoverRecord record);

	/** Handovers in [from, to), newest first. */
	Page<HandoverRecord> find(Instant from, Instant to, PageCursor after, int limit);
}
