package org.switchboard.wakeup.tests;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.switchboard.core.OperationLog;
import org.switchboard.model.Outcome;

/** An operation log that keeps its entries in memory, for assertions. */
final class RecordingLog implements OperationLog {

	record Entry(String action, String target, Outcome outcome, String detail) {
	}

	final List<Entry> entries = new CopyOnWriteArrayList<>();

	@Override
	public void record(String action, String target, Outcome outcome, String detail) {
		entries.add(new Entry(action, target, outcome, detail));
	}

	List<Entry> of(String action) {
		return entries.stream().filter(e -> e.action().equals(action)).toList();
	}
}
