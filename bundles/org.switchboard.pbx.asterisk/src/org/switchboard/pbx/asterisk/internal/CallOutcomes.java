package org.switchboard.pbx.asterisk.internal;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.asteriskjava.manager.event.ManagerEvent;

/**
 * The calls being watched for their outcome, and the channels this console hung up (a call the operator ends before
 * it is answered has not failed).
 */
final class CallOutcomes {

	private static final int REMEMBERED_HANGUPS = 64;

	private final CopyOnWriteArrayList<CallOutcome> watched = new CopyOnWriteArrayList<>();
	private final Set<String> hungUpHere = ConcurrentHashMap.newKeySet();
	private final CopyOnWriteArrayList<ConsultationWatch> transfers = new CopyOnWriteArrayList<>();

	/** Any thread; events observed after this see the watch. */
	void watch(CallOutcome outcome) {
		watched.add(outcome);
		outcome.result().whenComplete((v, e) -> watched.remove(outcome));
	}

	void unwatch(CallOutcome outcome) {
		watched.remove(outcome);
	}

	/** Any thread; events observed after this see the watch. */
	void watch(ConsultationWatch transfer) {
		transfers.add(transfer);
		transfer.started().whenComplete((v, e) -> transfers.remove(transfer));
	}

	void unwatch(ConsultationWatch transfer) {
		transfers.remove(transfer);
	}

	/** Before this console hangs up a channel. */
	void hangingUp(String uniqueId) {
		if (hungUpHere.size() > REMEMBERED_HANGUPS) {
			hungUpHere.clear();
		}
		hungUpHere.add(uniqueId);
	}

	boolean wasHungUpHere(String uniqueId) {
		return uniqueId != null && hungUpHere.contains(uniqueId);
	}

	/** The live model's thread, in event order. */
	void observe(ManagerEvent event) {
		for (ConsultationWatch t : transfers) {
			t.observe(event);
		}
		if (watched.isEmpty()) {
			return;
		}
		for (CallOutcome o : watched) {
			o.observe(event);
		}
	}
}
