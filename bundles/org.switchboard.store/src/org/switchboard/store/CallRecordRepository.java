package org.switchboard.store;

import java.time.Instant;
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

	/**
	 * Inserts a record unless one with the same unique id, start time and destination channel is stored already (a CDR heard twice: by
	 * two consoles, or again after a reconnect). Returns whether it was inserted.
	 */
	boolean insertIfNew(CallRecord record);

	/** Records a gap in recording; {@code to} may be null while it lasts (see {@link #closeGaps}). */
	void addGap(Instant from, Instant to);

	/** Ends every gap still open at {@code to}. */
	void closeGaps(Instant to);

	/** The gaps that overlap [from, to), newest first (an open one counts as lasting until now). */
	List<RecordingGap> gaps(Instant from, Instant to);
}
