package org.switchboard.wakeup;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.switchboard.pbx.PbxInput;

/** Extensions as an operator types them: numbers and ranges, e.g. {@code 2001-2040, 2050}. */
public final class ExtensionSelection {

	/** One change covers at most this many extensions. */
	public static final int MAX = 2000;

	private ExtensionSelection() {
	}

	/** The extensions in order, each once; a {@link WakeUpException} when the text cannot be read. */
	public static List<String> parse(String text) {
		Set<String> out = new LinkedHashSet<>();
		if (text == null) {
			return List.of();
		}
		for (String raw : text.split("[,;\\s]+")) {
			String part = raw.strip();
			if (part.isEmpty()) {
				continue;
			}
			int dash = part.indexOf('-');
			if (dash < 0) {
				if (!part.matches("[0-9]{1,16}") || !PbxInput.isNumber(part)) {
					throw bad(part);
				}
				out.add(part);
			} else {
				String from = part.substring(0, dash);
				String to = part.substring(dash + 1);
				if (!from.matches("[0-9]{1,9}") || !to.matches("[0-9]{1,9}") || from.length() != to.length()) {
					throw bad(part);
				}
				long a = Long.parseLong(from);
				long b = Long.parseLong(to);
				if (b < a) {
					throw bad(part);
				}
				if (b - a + 1 + out.size() > MAX) {
					throw tooMany();
				}
				for (long n = a; n <= b; n++) {
					out.add(String.format("%0" + from.length() + "d", n));
				}
			}
			if (out.size() > MAX) {
				throw tooMany();
			}
		}
		return new ArrayList<>(out);
	}

	private static WakeUpException bad(String part) {
		return new WakeUpException(WakeUpException.Reason.BAD_SELECTION,
				"Not an extension or a range of extensions (2001-2040): " + part, part);
	}

	private static WakeUpException tooMany() {
		return new WakeUpException(WakeUpException.Reason.TOO_MANY, "At most " + MAX + " extensions at once.",
				String.valueOf(MAX));
	}
}
