package org.switchboard.logs.ui;

/** Ids of the log views' workbench elements and widgets (for tests and third parties). */
public final class LogsUiIds {

	public static final String PART_CALLS = "org.switchboard.logs.part.calls";
	public static final String PART_HANDOVERS = "org.switchboard.logs.part.handovers";
	public static final String PART_OPERATIONS = "org.switchboard.logs.part.operations";
	public static final String PART_DAY = "org.switchboard.logs.part.day";

	public static final String COMMAND_CALLS = "org.switchboard.logs.command.calls";
	public static final String COMMAND_HANDOVERS = "org.switchboard.logs.command.handovers";
	public static final String COMMAND_OPERATIONS = "org.switchboard.logs.command.operations";
	public static final String COMMAND_RECENT_CALLS = "org.switchboard.logs.command.recentCalls";

	/** Widget ids (see {@code WidgetIds}): each view prefixes them with its part id. */
	public static final String TABLE = ".table";
	public static final String FROM = ".from";
	public static final String TO = ".to";
	public static final String NUMBER = ".number";
	public static final String OPERATOR = ".operator";
	public static final String ACTION = ".action";
	public static final String OUTCOME = ".outcome";
	public static final String DISPOSITION = ".disposition";
	public static final String STATUS = ".status";
	public static final String GAPS = ".gaps";
	public static final String EXPORT = ".export";
	public static final String PROGRESS = ".progress";
	public static final String CHART = ".chart";

	private LogsUiIds() {
	}
}
