package org.switchboard.settings.ui.internal;

import org.switchboard.model.DialPermission;
import org.switchboard.pbx.PbxException;

/** UI text used in code; filled by E4 from OSGI-INF/l10n/bundle*.properties (dots in keys become underscores). */
public class Messages {
	public String bundle_name;
	public String command_dnd_set;
	public String command_dnd_set_description;
	public String command_dnd_clear;
	public String command_dnd_clear_description;
	public String command_permission;
	public String command_permission_parameter;
	public String command_batch_dnd;
	public String command_batch_dnd_description;
	public String command_batch_permission;
	public String command_batch_permission_description;
	public String menu_permission;
	public String menu_batch_dnd;
	public String menu_batch_permission;
	public String permission_internal;
	public String permission_local;
	public String permission_national;
	public String permission_international;
	public String done_dnd_on;
	public String done_dnd_off;
	public String done_permission;
	public String failed;
	public String changedElsewhere;
	public String batch_dnd_title;
	public String batch_dnd_message;
	public String batch_permission_title;
	public String batch_permission_message;
	public String batch_pick;
	public String batch_pick_list;
	public String batch_pick_range;
	public String batch_pick_range_hint;
	public String batch_pick_department;
	public String batch_pick_all;
	public String batch_pick_none;
	public String batch_action;
	public String batch_dnd_on;
	public String batch_dnd_off;
	public String batch_permission_level;
	public String batch_column_number;
	public String batch_column_name;
	public String batch_column_department;
	public String batch_column_dnd;
	public String batch_column_permission;
	public String batch_selected;
	public String batch_yes;
	public String batch_no;
	public String batch_error_nothing;
	public String batch_error_range_empty;
	public String batch_error_range_malformed;
	public String batch_error_range_reversed;
	public String batch_error_range_tooMany;
	public String batch_error_department;
	public String batch_unknown;
	public String batch_confirm_title;
	public String batch_confirm_dnd_on;
	public String batch_confirm_dnd_off;
	public String batch_confirm_permission;
	public String batch_confirm_unknown;
	public String batch_progress;
	public String batch_progress_item;
	public String batch_report_title;
	public String batch_report_cancelled_title;
	public String batch_report_done;
	public String batch_report_failed;
	public String batch_report_failure;
	public String batch_report_notStarted;
	public String batch_noPbx;
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
	public String button_ok;
	public String button_cancel;
	public String button_close;

	public String permission(DialPermission p) {
		return switch (p) {
		case INTERNAL -> permission_internal;
		case LOCAL -> permission_local;
		case NATIONAL -> permission_national;
		case INTERNATIONAL -> permission_international;
		};
	}

	/** A failure reason in the operator's words. */
	public String reason(PbxException.Reason r) {
		if (r == null) {
			return reason_pbxError;
		}
		return switch (r) {
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
}
