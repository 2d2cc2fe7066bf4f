package org.switchboard.extensions.ui.internal;

import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Map;

/** MessageFormat patterns parsed once (tiles format their text on every paint). UI thread only. */
final class MessageFormatCache {

	private static final Map<String, MessageFormat> CACHE = new HashMap<>();

	private MessageFormatCache() {
	}

	static String format(String pattern, Object... args) {
		return CACHE.computeIfAbsent(pattern, MessageFormat::new).format(args);
	}
}
