package org.switchboard.store;

import java.util.List;

import org.switchboard.model.OperationLogEntry;

/**
 * The operation log's rows. Areas do not write here directly: they record through the core's {@code OperationLog},
 * which batches entries on a background writer.
 */
public interface OperationLogRepository {

	/** Writes entries in one transaction with a batched statement: all or none. */
	void insertAll(List<OperationLogEntry> entries);

	/** One page of matching entries, newest first. */
	Page<OperationLogEntry> find(OperationLogQuery query, PageCursor after, int limit);
}
