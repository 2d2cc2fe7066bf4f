package org.switchboard.extensions.ui.internal;

import org.switchboard.pbx.live.ExtensionStatus;
import org.switchboard.model.DialPermission;

/** UI text used in code; filled by E4 from OSGI-INF/l10n/bundle*.properties (dots in keys become underscores). */
public class Messages {
	public String mode_panel;
	public String mode_list;
	public String mode_panel_tooltip;
	public String mode_list_tooltip;
	public String filter_message;
	public String count;
	public String count_all;
	public String waiting_pbx;
	public String pbx_down;
	public String spy_monitor;
	public String spy_barge;
	public String department_none;
	public String state_idle;
	public String state_ringing;
	public String state_inCall;
	public String state_onHold;
	public String state_busy;
	public String state_unavailable;
	public String state_dnd;
	public String state_unknown;
	public String dnd_badge;
	public String yes;
	public String no;
	public String column_number;
	public String column_name;
	public String column_department;
	public String column_state;
	public String column_dnd;
	public String column_permission;
	public String column_call;
	public String column_since;
	public String with;
	public String permission_internal;
	public String permission_local;
	public String permission_national;
	public String permission_international;

	public String state(ExtensionStatus status) {
		return switch (status) {
		case IDLE -> state_idle;
		case RINGING -> state_ringing;
		case IN_CALL -> state_inCall;
		case ON_HOLD -> state_onHold;
		case BUSY -> state_busy;
		case UNAVAILABLE -> state_unavailable;
		case DND -> state_dnd;
		case UNKNOWN -> state_unknown;
		};
	}

	public String permission(DialPermission p) {
		return switch (p) {
		case INTERNAL -> permission_internal;
		case LOCAL -> permission_local;
		case NATIONAL -> permission_national;
		case INTERNATIONAL -> permission_international;
		};
	}
}
