package org.switchboard.app.internal.login;

/** Stable widget ids of the login and settings dialogs (see {@code WidgetIds}), for tests. */
public final class LoginIds {

	public static final String ACCOUNT = "login.account";
	public static final String PASSWORD = "login.password";
	public static final String EXTENSION = "login.extension";
	public static final String MESSAGE = "login.message";
	public static final String PROGRESS = "login.progress";
	public static final String LOGIN = "login.login";
	public static final String QUIT = "login.quit";
	public static final String ADVANCED = "login.advanced";
	public static final String MODE = "login.mode";

	public static final String AMI_HOST = "settings.amiHost";
	public static final String AMI_PORT = "settings.amiPort";
	public static final String AMI_USER = "settings.amiUser";
	public static final String AMI_SECRET = "settings.amiSecret";
	public static final String CONTEXT = "settings.context";
	public static final String QUEUE = "settings.queue";
	public static final String DATABASE = "settings.database";
	public static final String DB_USER = "settings.dbUser";
	public static final String DB_PASSWORD = "settings.dbPassword";
	public static final String SETTINGS_MESSAGE = "settings.message";
	public static final String SETTINGS_SAVE = "settings.save";

	public static final String ADMIN_ACCOUNT = "firstAdmin.account";
	public static final String ADMIN_PASSWORD = "firstAdmin.password";
	public static final String ADMIN_CONFIRM = "firstAdmin.confirm";
	public static final String ADMIN_MESSAGE = "firstAdmin.message";

	private LoginIds() {
	}
}
