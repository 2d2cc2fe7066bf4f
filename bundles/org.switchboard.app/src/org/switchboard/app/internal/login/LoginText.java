package org.switchboard.app.internal.login;

import java.text.MessageFormat;

import org.eclipse.e4.core.services.translation.TranslationService;

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
}
