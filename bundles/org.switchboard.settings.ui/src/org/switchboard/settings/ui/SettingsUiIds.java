package org.switchboard.settings.ui;

/** Ids of the settings services' commands (S1 do-not-disturb, S2 dial permission), for tests and other bundles. */
public final class SettingsUiIds {

	public static final String COMMAND_DND_SET = "org.switchboard.settings.command.dnd.set";
	public static final String COMMAND_DND_CLEAR = "org.switchboard.settings.command.dnd.clear";
	public static final String COMMAND_PERMISSION = "org.switchboard.settings.command.permission";
	public static final String COMMAND_PERMISSION_PARAMETER = "org.switchboard.settings.command.permission.value";
	/** Business management &gt; DND management. */
	public static final String COMMAND_BATCH_DND = "org.switchboard.settings.command.batch.dnd";
	/** Business management &gt; Dial permission. */
	public static final String COMMAND_BATCH_PERMISSION = "org.switchboard.settings.command.batch.permission";

	private SettingsUiIds() {
	}
}
