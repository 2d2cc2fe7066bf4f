package org.switchboard.app.internal.login;

/**
 * {@code -Dswitchboard.autologin=<account>:<password>@<extension>}: logs in at start without showing the login
 * dialog (for unattended consoles and UI tests). When the login fails, the dialog is shown with the message.
 * The password is in the process's arguments: use it only where that is acceptable (tests, the demo operator).
 */
public record Autologin(String account, String password, String extension) {

	public static final String PROPERTY = "switchboard.autologin";

	/** The system property's value, or {@code null} when unset or malformed. */
	public static Autologin fromSystemProperty() {
		return parse(System.getProperty(PROPERTY));
	}

	public static Autologin parse(String value) {
		if (value == null) {
			return null;
		}
		int colon = value.indexOf(':');
		int at = value.lastIndexOf('@');
		if (colon <= 0 || at <= colon) {
			return null;
		}
		return new Autologin(value.substring(0, colon), value.substring(colon + 1, at), value.substring(at + 1));
	}
}
