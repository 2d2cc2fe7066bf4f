package org.switchboard.app.internal;

/** UI text used in code; filled by E4 from OSGI-INF/l10n/bundle*.properties (dots in keys become underscores). */
public class Messages {
	public String about_title;
	public String about_text;
	public String status_ready;
	public String status_pbxDown;
	public String status_pbxBack;
}
