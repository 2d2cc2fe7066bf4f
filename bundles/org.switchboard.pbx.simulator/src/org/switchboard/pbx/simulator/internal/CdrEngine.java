package org.switchboard.pbx.simulator.internal;

/**
 * Call detail records as cdr_manager sends them. A record has a party A (the channel it belongs to) and, once
 * bridged, a party B; a channel that moves on (transfer, park, redirect, a new bridge) gets a new record. All
 * records of a channel are sent when it hangs up.
 */
final class CdrEngine {

	static final class Record {
		final Channel a;
		Channel b;
		final long start = System.currentTimeMillis();
		long answer;
		long end;
		String disposition;
		String application;
		String data;

		Record(Channel a) {
			this.a = a;
		}
	}

	private final Site site;

	CdrEngine(Site site) {
		this.site = site;
	}

	Record open(Channel a) {
		Record r = new Record(a);
		r.answer = a.answeredMillis;
		a.cdrRecords.add(r);
		return r;
	}

	/** The record in progress, opening one when the channel has none (a former party B moving on). */
	Record current(Channel a) {
		for (int i = a.cdrRecords.size() - 1; i >= 0; i--) {
			if (a.cdrRecords.get(i).end == 0) {
				return a.cdrRecords.get(i);
			}
		}
		return open(a);
	}

	boolean hasOpen(Channel a) {
		return a.cdrRecords.stream().anyMatch(r -> r.end == 0);
	}

	void answered(Channel a, Channel b) {
		Record r = current(a);
		r.b = b;
		if (r.answer == 0) {
			r.answer = System.currentTimeMillis();
		}
	}

	void finish(Record r) {
		if (r.end == 0) {
			r.end = System.currentTimeMillis();
			if (r.answer == 0) {
				r.answer = r.a.answeredMillis;
			}
			r.application = r.a.cdrApplication;
			r.data = r.a.cdrData;
		}
	}

	/** Closes the open record of the channel (it moves on) and opens the next one. */
	Record fork(Channel a) {
		for (Record r : a.cdrRecords) {
			finish(r);
		}
		return open(a);
	}

	void emitAll(Channel a) {
		for (Record r : a.cdrRecords) {
			finish(r);
			site.emit(toEvent(r));
		}
		a.cdrRecords.clear();
	}

	private static AmiMessage toEvent(Record r) {
		Channel a = r.a;
		long answer = r.answer == 0 ? 0 : Math.max(r.answer, r.start);
		boolean inSubroutine = "sub-permission".equals(a.context);
		String disposition = answer != 0 ? "ANSWERED" : r.disposition != null ? r.disposition : "NO ANSWER";
		return AmiMessage.event("Cdr", "cdr,all").add("AccountCode", "").add("Source", a.callerNum)
				.add("Destination", inSubroutine ? a.cdrExten : a.exten)
				.add("DestinationContext", inSubroutine ? a.cdrContext : a.context)
				.add("CallerID", "\"" + a.callerName + "\" <" + a.callerNum + ">").add("Channel", a.name)
				.add("DestinationChannel", r.b == null ? "" : r.b.name).add("LastApplication", r.application)
				.add("LastData", r.data).add("StartTime", Clock.cdrTime(r.start)).add("AnswerTime", Clock.cdrTime(answer))
				.add("EndTime", Clock.cdrTime(r.end)).add("Duration", (r.end - r.start) / 1000)
				.add("BillableSeconds", answer == 0 ? 0 : (r.end - answer) / 1000).add("Disposition", disposition)
				.add("AMAFlags", "DOCUMENTATION").add("UniqueID", a.uniqueid).add("UserField", "");
	}
}
