package org.switchboard.store;

import java.time.Instant;
import java.util.List;
import java.util.function.LongConsumer;

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
	 * The start times (epoch milliseconds) of every record that started in [from, to), in no particular order: for
	 * counting (e.g. calls per hour) without reading whole records. This default pages through {@link #find}; a store
	 * reads only the start times.
	 */
	default void startTimes(Instant from, Instant to, LongConsumer each) {
		CallRecordQuery query = CallRecordQuery.between(from, to);
		PageCursor after = null;
		do {
			Page<CallRecord> page = find(query, after, 1000);
			for (CallRecord r : page.items()) {
				each.accept(r.getStartedAt().toEpochMilli());
			}
			after = page.next();
		} while (after != null);
	}

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
