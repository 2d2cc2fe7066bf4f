package org.switchboard.store;

import java.util.List;

import org.switchboard.model.CallRecord;

/** Every call on the PBX (from its CDRs): written in batches, read a filtered page at a time, newest first. */
public interface CallRecordRepository {

	void insert(CallRecord record);

	/** Inserts records in one transaction, with batched statements. Ids are not read back (use the queries). */
	void insertAll(List<CallRecord> records);

	/**
	 * One page of the records matching the query, newest first, starting after {@code after} (null: the first
	 * page). A number filter matches the caller or the callee; each side is read through its own index and the two
	 * are merged.
	 */
	Page<CallRecord> find(CallRecordQuery query, PageCursor after, int limit);
}
