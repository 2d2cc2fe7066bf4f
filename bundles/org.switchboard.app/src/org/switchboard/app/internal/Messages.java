package org.switchboard.app.internal;

/** UI text used in code; filled by E4 from OSGI-INF/l10n/bundle*.properties (dots in keys become underscores). */
public class Messages {
	public String about_title;
	public String about_text;
	public String status_ready;
	public String queue_state;
	public String queue_online;
	public String queue_paused;
	public String queue_offline;
	public String queue_unknown;
	public String queue_toggle_online;
	public String queue_toggle_offline;
	public String queue_failed;
	public String queue_reason_notConnected;
	public String queue_reason_timeout;
	public String queue_reason_pbx;
	public String status_pbxDown;
	public String status_pbxBack;
}
