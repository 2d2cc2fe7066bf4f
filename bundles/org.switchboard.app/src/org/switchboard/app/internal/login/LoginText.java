package org.switchboard.app.internal.login;

import java.text.MessageFormat;

import org.eclipse.e4.core.services.translation.TranslationService;
import org.switchboard.core.LoginException;

/**
 * The login UI's text, from {@code OSGI-INF/l10n/bundle*.properties} in the locale the workbench runs in
 * (English, Simplified Chinese).
 */
public final class LoginText {

	private static final String CONTRIBUTOR = "platform:/plugin/org.switchboard.app";
	private final TranslationService translations;

	public LoginText(TranslationService translations) {
		this.translations = translations;
	}

	public String get(String key, Object... arguments) {
		String pattern = translations == null ? key : translations.translate("%" + key, CONTRIBUTOR);
		return arguments.length == 0 ? pattern : MessageFormat.format(pattern, arguments);
	}

	/**
	 * Why the PBX could not be used, in the UI's language: from the failure's reason and the PBX's address, never from
	 * the exception's (English, log-only) message.
	 */
	public String pbxFailure(LoginException e) {
		String address = e.pbxAddress() == null ? "?" : e.pbxAddress();
		String detail = e.pbxReason() == null ? get("login.error.pbx.unknown") : switch (e.pbxReason()) {
		case AUTHENTICATION_FAILED -> get("login.error.pbx.authenticationFailed", address);
		case UNREACHABLE, NOT_CONNECTED -> e.pbxAddress() == null ? get("login.error.pbx.demo")
				: get("login.error.pbx.unreachable", address);
		case TIMEOUT -> get("login.error.pbx.timeout", address);
		case INVALID_INPUT -> get("login.error.pbx.settings");
		case NOT_FOUND -> get("login.error.pbx.notInstalled");
		default -> get("login.error.pbx.other", address);
		};
		return get("login.error.pbx", detail);
	}
}
