package org.switchboard.pbx.asterisk.internal;

import static org.switchboard.pbx.asterisk.internal.AmiValues.instant;
import static org.switchboard.pbx.asterisk.internal.AmiValues.intValue;
import static org.switchboard.pbx.asterisk.internal.AmiValues.text;

import java.util.List;

import org.asteriskjava.manager.event.CdrEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.switchboard.model.CallDisposition;
import org.switchboard.pbx.event.PbxEvent;

/** Call detail records (cdr_manager), for the call records. */
final class CdrEvents {

	boolean map(ManagerEvent event, List<PbxEvent> out) {
		if (!(event instanceof CdrEvent e)) {
			return false;
		}
		CallDisposition disposition = switch (e.getDisposition() == null ? "" : e.getDisposition()) {
		case "ANSWERED" -> CallDisposition.ANSWERED;
		case "NO ANSWER" -> CallDisposition.NO_ANSWER;
		case "BUSY" -> CallDisposition.BUSY;
		case "FAILED" -> CallDisposition.FAILED;
		case "CONGESTION" -> CallDisposition.CONGESTION;
		default -> CallDisposition.UNKNOWN;
		};
		out.add(new PbxEvent.CdrRecorded(e.getUniqueId(), null, text(e.getSrc()), callerName(e.getCallerId()),
				text(e.getDestination()), instant(e.getStartTimeAsDate()), instant(e.getAnswerTimeAsDate()),
				instant(e.getEndTimeAsDate()), intValue(e.getDuration()), intValue(e.getBillableSeconds()), disposition,
				e.getChannel(), e.getDestinationChannel()));
		return true;
	}

	/** The name in {@code "Name" <1001>}; none for {@code "<unknown>" <<unknown>>} or {@code <1001>}. */
	private static String callerName(String callerId) {
		if (callerId == null) {
			return null;
		}
		String s = callerId.trim();
		String name;
		if (s.startsWith("\"")) {
			int end = s.indexOf('"', 1);
			name = end > 0 ? s.substring(1, end) : s.substring(1);
		} else {
			int lt = s.lastIndexOf(" <");
			name = lt >= 0 ? s.substring(0, lt) : s.startsWith("<") ? "" : s;
		}
		name = text(name.trim());
		return name.isEmpty() ? null : name;
	}
}
