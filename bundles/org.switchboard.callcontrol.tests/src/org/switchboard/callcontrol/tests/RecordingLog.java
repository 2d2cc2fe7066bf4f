package org.switchboard.callcontrol.tests;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.switchboard.core.OperationLog;
import org.switchboard.model.Outcome;

/** An operation log that keeps its entries as {@code action target OUTCOME detail}. */
final class RecordingLog implements OperationLog {

	final List<String> entries = new CopyOnWriteArrayList<>();

	@Override
	public void record(String action, String target, Outcome outcome, String detail) {
		entries.add(action + " " + target + " " + outcome + (detail.isEmpty() ? "" : " " + detail));
	}

	/**
	 * The entries once there are {@code n} of them: an entry is written when the result completes, possibly just
	 * after the test saw the result.
	 */
	List<String> await(int n) throws InterruptedException {
		long end = System.nanoTime() + 5_000_000_000L;
		while (entries.size() < n && System.nanoTime() < end) {
			Thread.sleep(1);
		}
		return List.copyOf(entries);
	}
}
