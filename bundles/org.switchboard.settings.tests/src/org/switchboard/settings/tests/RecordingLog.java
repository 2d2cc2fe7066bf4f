package org.switchboard.settings.tests;

import java.util.ArrayList;
import java.util.List;

import org.switchboard.core.OperationLog;
import org.switchboard.model.Outcome;

/** An operation log that keeps its entries as "action target OUTCOME" lines. */
final class RecordingLog implements OperationLog {

	private final List<String> entries = new ArrayList<>();

	@Override
	public synchronized void record(String action, String target, Outcome outcome, String detail) {
		entries.add(action + " " + target + " " + outcome);
	}

	synchronized List<String> entries() {
		return List.copyOf(entries);
	}
}
