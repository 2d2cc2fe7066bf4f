package org.switchboard.callcontrol.ui.internal;

import org.switchboard.callcontrol.CallAction;
import org.switchboard.callcontrol.OperatorCallView.CallPhase;
import org.switchboard.pbx.PbxException;

/** UI text used in code; filled by E4 from OSGI-INF/l10n/bundle*.properties (dots in keys become underscores). */
public class Messages {
	public String action_call;
	public String action_answer;
	public String action_hangup;
	public String action_hold;
	public String action_resume;
	public String action_transfer_blind;
	public String action_transfer_attended;
	public String action_monitor;
	public String action_barge;
	public String action_release;
	public String action_call_description;
	public String action_answer_description;
	public String action_hangup_description;
	public String action_hold_description;
	public String action_resume_description;
	public String action_transfer_blind_description;
	public String action_transfer_attended_description;
	public String action_monitor_description;
	public String action_barge_description;
	public String action_release_description;
	public String queue_title;
	public String calls_title;
	public String column_number;
	public String column_name;
	public String column_queue;
	public String column_wait;
	public String column_state;
	public String column_duration;
	public String phase_ringing;
	public String phase_connected;
	public String phase_onHold;
	public String dial_message;
	public String dial_clear;
	public String dial_clear_tooltip;
	public String popup_title;
	public String popup_queue;
	public String popup_answer;
	public String popup_close;
	public String popup_more;
	public String popup_moreHint;
	public String status_noPbx;
	public String status_pbxDown;
	public String spy_monitor;
	public String spy_barge;
	public String status_done;
	public String status_failed;
	public String status_started;
	public String reason_invalidInput;
	public String reason_notConnected;
	public String reason_authenticationFailed;
	public String reason_unreachable;
	public String reason_notFound;
	public String reason_busy;
	public String reason_notPermitted;
	public String reason_noAnswer;
	public String reason_congestion;
	public String reason_rejected;
	public String reason_timeout;
	public String reason_pbxError;
	public String reason_other;
	public String reason_doNotDisturb;
	public String reason_noConsultation;
	public String reason_ownExtension;
	public String reason_answeredBy;
	public String reason_notAllowed;
	public String action_call_number;
	public String reason_noSuchNumber;
	public String release_confirm_title;
	public String release_confirm_message;
	public String release_confirm_toggle;
	public String release_confirm_cancel;

	/** C1: the Call button says what it dials ("Call 1004"), or just "Call" when there is nothing to dial. */
	public String callLabel(String number) {
		if (number == null || number.isEmpty()) {
			return action_call;
		}
		String shown = number.length() > MAX_SHOWN_DIGITS ? number.substring(0, MAX_SHOWN_DIGITS - 1) + "…" : number;
		return java.text.MessageFormat.format(action_call_number, shown);
	}

	/** Long numbers are cut on the button (the whole number is in the dial pad's field). */
	private static final int MAX_SHOWN_DIGITS = 14;

	public String label(CallAction a) {
		return switch (a) {
		case CALL -> action_call;
		case ANSWER -> action_answer;
		case HANGUP -> action_hangup;
		case HOLD -> action_hold;
		case RESUME -> action_resume;
		case BLIND_TRANSFER -> action_transfer_blind;
		case ATTENDED_TRANSFER -> action_transfer_attended;
		case MONITOR -> action_monitor;
		case BARGE -> action_barge;
		case FORCE_RELEASE -> action_release;
		};
	}

	public String description(CallAction a) {
		return switch (a) {
		case CALL -> action_call_description;
		case ANSWER -> action_answer_description;
		case HANGUP -> action_hangup_description;
		case HOLD -> action_hold_description;
		case RESUME -> action_resume_description;
		case BLIND_TRANSFER -> action_transfer_blind_description;
		case ATTENDED_TRANSFER -> action_transfer_attended_description;
		case MONITOR -> action_monitor_description;
		case BARGE -> action_barge_description;
		case FORCE_RELEASE -> action_release_description;
		};
	}

	public String phase(CallPhase p) {
		return switch (p) {
		case RINGING -> phase_ringing;
		case CONNECTED -> phase_connected;
		case ON_HOLD -> phase_onHold;
		};
	}

	/**
	 * A failure in plain words, in the UI's language (never a stack trace, never the exception's message: that is
	 * for the log).
	 */
	public String reason(Throwable error) {
		if (error instanceof org.switchboard.core.AccessDeniedException) {
			return reason_notAllowed;
		}
		if (error instanceof PbxException p && p.detail() != null) {
			return switch (p.detail()) {
			case DO_NOT_DISTURB -> reason_doNotDisturb;
			case NO_CONSULTATION -> reason_noConsultation;
			case OWN_EXTENSION -> reason_ownExtension;
			};
		}
		if (error instanceof PbxException p && p.reason() != null) {
			return switch (p.reason()) {
			case INVALID_INPUT -> reason_invalidInput;
			case NOT_CONNECTED -> reason_notConnected;
			case AUTHENTICATION_FAILED -> reason_authenticationFailed;
			case UNREACHABLE -> reason_unreachable;
			case NOT_FOUND -> reason_notFound;
			case BUSY -> reason_busy;
			case NOT_PERMITTED -> reason_notPermitted;
			case NO_ANSWER -> reason_noAnswer;
			case CONGESTION -> reason_congestion;
			case REJECTED -> reason_rejected;
			case TIMEOUT -> reason_timeout;
			case PBX_ERROR -> reason_pbxError;
			};
		}
		return reason_other;
	}
}
