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

	/**
	 * The entries once those matching {@code wanted} number {@code count}, or after 10 s as they are: an entry is
	 * written when its action's result is known, which may be just after a batch reported that result.
	 */
	List<String> await(java.util.function.Predicate<String> wanted, int count) throws InterruptedException {
		long end = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
		while (entries().stream().filter(wanted).count() < count && System.nanoTime() < end) {
			Thread.sleep(10);
		}
		return entries();
	}
}
