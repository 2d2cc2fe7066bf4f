package org.switchboard.pbx;

import java.util.regex.Pattern;

/**
 * Validation of every value that goes to the PBX. A manager protocol action is a list of "Key: value" lines, so a
 * CR or LF in a value would let it add its own lines (AMI injection): nothing with a control character passes.
 */
public final class PbxInput {

	/** What can be dialled: digits, * and #, an optional leading +; 1 to 32 characters. */
	public static final Pattern NUMBER = Pattern.compile("\\+?[0-9*#]{1,32}");
	/** Dialplan contexts, queue names, AstDB families: letters, digits and - _ . only. */
	public static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]{1,64}");
	/** The longest free text (caller names, prompts) sent to the PBX. */
	public static final int MAX_TEXT = 256;

	private PbxInput() {
	}

	public static boolean isNumber(String value) {
		return value != null && NUMBER.matcher(value).matches();
	}

	/** A dial string: returns it, or throws {@link PbxException} with {@code INVALID_INPUT}. */
	public static String requireNumber(String what, String value) {
		if (value == null || value.isEmpty()) {
			throw invalid(what + " is empty");
		}
		if (!isNumber(value)) {
			throw invalid(what + " \"" + printable(value) + "\" is not a number that can be dialled (digits, * and # only)");
		}
		return value;
	}

	public static String requireName(String what, String value) {
		if (value == null || !NAME.matcher(value).matches()) {
			throw invalid(what + " \"" + printable(value) + "\" may only contain letters, digits, - _ and .");
		}
		return value;
	}

	/** Free text: no control characters (CR, LF, NUL, ...), at most {@link #MAX_TEXT} characters. */
	public static String requireText(String what, String value) {
		if (value == null) {
			throw invalid(what + " is missing");
		}
		if (value.length() > MAX_TEXT) {
			throw invalid(what + " is longer than " + MAX_TEXT + " characters");
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c < 0x20 || c == 0x7f || Character.getType(c) == Character.LINE_SEPARATOR
					|| Character.getType(c) == Character.PARAGRAPH_SEPARATOR) {
				throw invalid(what + " contains a control character");
			}
		}
		return value;
	}

	private static PbxException invalid(String message) {
		return new PbxException(PbxException.Reason.INVALID_INPUT, message);
	}

	/** The value as it can be shown in a message: control characters escaped, cut at 40 characters. */
	static String printable(String value) {
		if (value == null) {
			return "";
		}
		StringBuilder out = new StringBuilder();
		for (char c : value.toCharArray()) {
			if (out.length() >= 40) {
				out.append('…');
				break;
			}
			out.append(c < 0x20 || c == 0x7f ? String.format("\\u%04x", (int) c) : String.valueOf(c));
		}
		return out.toString();
	}
}
