package org.switchboard.wakeup.ui;

/** Ids of the wake-up UI: commands, and widget ids ({@code org.switchboard.ui.WidgetIds}) for tests and tools. */
public final class WakeUpUiIds {

	public static final String COMMAND_MANAGE = "org.switchboard.wakeup.command.manage";
	/** E3: "Set wake-up..." for the extension under {@code org.switchboard.ui.Selections.TARGET}. */
	public static final String COMMAND_SET = "org.switchboard.wakeup.command.set";
	public static final String MENU_ITEM_MANAGE = "org.switchboard.wakeup.menuitem.manage";
	public static final String MENU_ITEM_SET = "org.switchboard.wakeup.menuitem.set";

	public static final String EDIT_EXTENSIONS = "wakeup.edit.extensions";
	public static final String EDIT_PICKER = "wakeup.edit.picker";
	public static final String EDIT_TIME = "wakeup.edit.time";
	public static final String EDIT_ONCE = "wakeup.edit.once";
	public static final String EDIT_DAILY = "wakeup.edit.daily";
	public static final String EDIT_WEEKDAYS = "wakeup.edit.weekdays";
	/** Followed by MON, TUE ... SUN. */
	public static final String EDIT_DAY = "wakeup.edit.day.";
	public static final String EDIT_DATE = "wakeup.edit.date";
	public static final String EDIT_RETRIES = "wakeup.edit.retries";
	public static final String EDIT_INTERVAL = "wakeup.edit.interval";
	public static final String EDIT_PROMPT = "wakeup.edit.prompt";
	public static final String EDIT_ERROR = "wakeup.edit.error";
	public static final String EDIT_SAVE = "wakeup.edit.save";

	public static final String MANAGE_TABS = "wakeup.manage.tabs";
	public static final String MANAGE_CONSOLE = "wakeup.manage.console";
	public static final String MANAGE_TASKS = "wakeup.manage.tasks";
	public static final String MANAGE_NEW = "wakeup.manage.new";
	public static final String MANAGE_EDIT = "wakeup.manage.edit";
	public static final String MANAGE_DELETE = "wakeup.manage.delete";
	public static final String MANAGE_REFRESH = "wakeup.manage.refresh";
	public static final String MANAGE_STATUS = "wakeup.manage.status";
	public static final String RESULTS_EXTENSION = "wakeup.results.extension";
	public static final String RESULTS_FROM = "wakeup.results.from";
	public static final String RESULTS_TO = "wakeup.results.to";
	public static final String RESULTS_OUTCOME = "wakeup.results.outcome";
	public static final String RESULTS_SEARCH = "wakeup.results.search";
	public static final String RESULTS_TABLE = "wakeup.results.table";
	public static final String RESULTS_STATUS = "wakeup.results.status";

	private WakeUpUiIds() {
	}
}
