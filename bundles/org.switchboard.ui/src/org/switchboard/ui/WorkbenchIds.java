package org.switchboard.ui;

/**
 * Element ids of the application model that plug-ins contribute to from their own {@code fragment.e4xmi}
 * (as {@code parentElementId}). The application bundle defines these elements; it knows no plug-in by name.
 */
public final class WorkbenchIds {

	public static final String APPLICATION = "org.switchboard.application";
	public static final String MAIN_WINDOW = "org.switchboard.window.main";

	public static final String PERSPECTIVE_STACK = "org.switchboard.perspectivestack";
	public static final String PERSPECTIVE_OPERATOR = "org.switchboard.perspective.operator";
	public static final String PERSPECTIVE_ADMINISTRATION = "org.switchboard.perspective.administration";

	/** Operator perspective, home area 2: the extension panel. */
	public static final String STACK_EXTENSIONS = "org.switchboard.partstack.extensions";
	/** Operator perspective, home area 3: business buttons. */
	public static final String STACK_BUTTONS = "org.switchboard.partstack.buttons";
	/** Operator perspective, home area 4: incoming queue and the operator's calls. */
	public static final String STACK_CALLS = "org.switchboard.partstack.calls";
	/** Operator perspective, home area 5: the dial pad. */
	public static final String STACK_DIALPAD = "org.switchboard.partstack.dialpad";
	/** Operator perspective, bottom: logs, query results. */
	public static final String STACK_BOTTOM = "org.switchboard.partstack.bottom";
	/** Administration perspective: navigation on the left, editors and tables on the right. */
	public static final String STACK_ADMIN_NAVIGATION = "org.switchboard.partstack.admin.navigation";
	public static final String STACK_ADMIN_MAIN = "org.switchboard.partstack.admin.main";

	public static final String MAIN_MENU = "org.switchboard.menu.main";
	public static final String MENU_SYSTEM = "org.switchboard.menu.system";
	public static final String MENU_BUSINESS = "org.switchboard.menu.business";
	public static final String MENU_LOGS = "org.switchboard.menu.logs";
	public static final String MENU_VIEW = "org.switchboard.menu.view";
	public static final String MENU_HELP = "org.switchboard.menu.help";
	/** Home area 1: the main toolbar of the most used functions. */
	public static final String MAIN_TOOLBAR = "org.switchboard.toolbar.main";
	public static final String TRIM_BOTTOM = "org.switchboard.trimbar.bottom";

	public static final String COMMAND_SWITCH_PERSPECTIVE = "org.switchboard.command.perspective.switch";
	public static final String COMMAND_SWITCH_PERSPECTIVE_ID = "org.switchboard.command.perspective.switch.id";
	public static final String COMMAND_RESET_LAYOUT = "org.switchboard.command.layout.reset";
	public static final String COMMAND_EXIT = "org.switchboard.command.exit";

	/** Binding context of key bindings that work anywhere in the main window. */
	public static final String CONTEXT_WINDOW = "org.eclipse.ui.contexts.window";

	private WorkbenchIds() {
	}
}
