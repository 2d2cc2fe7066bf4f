package org.switchboard.logs.ui.internal;

import java.util.List;

import org.switchboard.model.CallDisposition;

/** UI text used in code; filled by E4 from OSGI-INF/l10n/bundle*.properties (dots in keys become underscores). */
public class Messages {

	/** The action codes the areas write to the operation log, offered in its action filter. */
	static final List<String> ACTIONS = List.of("login", "login.failed", "logout", "handover", "call.dial",
			"call.answer", "call.hangup", "call.hold", "call.resume", "call.blindTransfer", "call.attendedTransfer",
			"call.monitor", "call.barge", "call.forceRelease", "dnd.on", "dnd.off", "permission.set", "logs.export");

	public String all;
	public String loading;
	public String not_logged_in;
	public String shown;
	public String shown_more;
	public String read_failed;
	public String filter_from;
	public String filter_to;
	public String filter_number;
	public String filter_number_hint;
	public String filter_disposition;
	public String filter_operator;
	public String filter_operator_hint;
	public String filter_action;
	public String filter_outcome;
	public String export;
	public String export_cancel;
	public String export_progress;
	public String export_done;
	public String export_failed;
	public String export_cancelled;
	public String gap;
	public String gap_open;
	public String gaps_more;
	public String column_time;
	public String column_caller;
	public String column_callerName;
	public String column_callee;
	public String column_calleeName;
	public String column_duration;
	public String column_billable;
	public String column_disposition;
	public String column_fromOperator;
	public String column_toOperator;
	public String column_extension;
	public String column_operator;
	public String column_action;
	public String column_target;
	public String column_outcome;
	public String column_detail;
	public String disposition_answered;
	public String disposition_noAnswer;
	public String disposition_busy;
	public String disposition_failed;
	public String disposition_congestion;
	public String disposition_unknown;
	public String outcome_success;
	public String outcome_failure;
	public String outcome_inProgress;
	public String outcome_noOutcome;
	public String action_login;
	public String action_login_failed;
	public String action_logout;
	public String action_handover;
	public String action_call_dial;
	public String action_call_answer;
	public String action_call_hangup;
	public String action_call_hold;
	public String action_call_resume;
	public String action_call_blindTransfer;
	public String action_call_attendedTransfer;
	public String action_call_monitor;
	public String action_call_barge;
	public String action_call_forceRelease;
	public String action_dnd_on;
	public String action_dnd_off;
	public String action_permission_set;
	public String action_logs_export;
	public String day_answered;
	public String day_abandoned;
	public String day_longest;
	public String day_average;
	public String day_perHour;
	public String day_today;
	public String day_lastWeek;
	public String day_waiting;

	String disposition(CallDisposition d) {
		return switch (d) {
		case ANSWERED -> disposition_answered;
		case NO_ANSWER -> disposition_noAnswer;
		case BUSY -> disposition_busy;
		case FAILED -> disposition_failed;
		case CONGESTION -> disposition_congestion;
		default -> disposition_unknown;
		};
	}

	/** The action's name in the UI language; an unknown code (a plug-in's) as it is. */
	String action(String code) {
		String text = code == null ? null : switch (code) {
		case "login" -> action_login;
		case "login.failed" -> action_login_failed;
		case "logout" -> action_logout;
		case "handover" -> action_handover;
		case "call.dial" -> action_call_dial;
		case "call.answer" -> action_call_answer;
		case "call.hangup" -> action_call_hangup;
		case "call.hold" -> action_call_hold;
		case "call.resume" -> action_call_resume;
		case "call.blindTransfer" -> action_call_blindTransfer;
		case "call.attendedTransfer" -> action_call_attendedTransfer;
		case "call.monitor" -> action_call_monitor;
		case "call.barge" -> action_call_barge;
		case "call.forceRelease" -> action_call_forceRelease;
		case "dnd.on" -> action_dnd_on;
		case "dnd.off" -> action_dnd_off;
		case "permission.set" -> action_permission_set;
		case "logs.export" -> action_logs_export;
		default -> null;
		};
		return text != null ? text : code;
	}
}
