package org.switchboard.store;

import java.util.List;

import org.switchboard.model.OperationLogEntry;

/**
 * The operation log's rows. Areas do not write here directly: they record through the core's {@code OperationLog},
 * which batches entries on a background writer.
 */
public interface OperationLogRepository {

	/** Writes entries in one transaction with a batched statement: all or none. */
	default void insertAll(List<OperationLogEntry> entries) {
		write(entries, List.of());
	}

	/**
	 * In one transaction, all or none: inserts {@code inserts} (an entry {@link
	 * org.switchboard.model.Outcome#IN_PROGRESS in progress} gets its new id set, once committed, so that it can be
	 * completed later), then sets the outcome and detail of each of {@code completions} on the row with its id.
	 */
	void write(List<OperationLogEntry> inserts, List<OperationLogEntry> completions);

	/** One page of matching entries, newest first. */
	Page<OperationLogEntry> find(OperationLogQuery query, PageCursor after, int limit);
}
