package org.switchboard.settings;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Extensions picked by number: {@code 1001-1040}, {@code 1001, 1005, 1010-1012}. Numbers the site does not have are
 * reported, not silently dropped (the operator may have mistyped the range).
 */
public final class NumberRanges {

	/** A range wider than this is a typing mistake rather than a site's extensions. */
	public static final int MAX_NUMBERS = 10_000;

	private static final Pattern ITEM = Pattern.compile("(\\d{1,12})(?:-(\\d{1,12}))?");

	/** What the text picked: the site's extensions among them, and the numbers it does not have. */
	public record Picked(List<String> numbers, List<String> unknown) {
	}

	/** Why a text is not a list of ranges; the UI words it. */
	public static final class RangeException extends Exception {

		private static final long serialVersionUID = 1L;

		public enum Reason {
			/** Nothing typed. */
			EMPTY,
			/** A part that is neither a number nor a range ({@link #item()} says which). */
			MALFORMED,
			/** A range whose end is below its start, or whose ends differ in length ({@link #item()}). */
			REVERSED,
			/** More than {@link NumberRanges#MAX_NUMBERS} numbers. */
			TOO_MANY
		}

		private final Reason reason;
		private final String item;

		public RangeException(Reason reason, String item) {
			super(reason + (item == null ? "" : ": " + item));
			this.reason = reason;
			this.item = item;
		}

		public Reason reason() {
			return reason;
		}

		/** The offending part of the text, or null. */
		public String item() {
			return item;
		}
	}

	private NumberRanges() {
	}

	/**
	 * Parses comma, semicolon or space separated numbers and ranges {@code a-b} (both ends included, leading zeros
	 * kept: {@code 0801-0803}) and splits them into the known extensions (in the text's order, each once) and the
	 * unknown numbers.
	 */
	public static Picked parse(String text, Collection<String> known) throws RangeException {
		if (text == null || text.isBlank()) {
			throw new RangeException(RangeException.Reason.EMPTY, null);
		}
		Set<String> site = known instanceof Set<String> s ? s : new HashSet<>(known);
		Set<String> numbers = new LinkedHashSet<>();
		// "1001 - 1040" is one range: join the dash to its ends before splitting on separators
		for (String part : text.strip().replaceAll("\\s*-\\s*", "-").split("[,;\\s]+")) {
			if (part.isEmpty()) {
				continue;
			}
			Matcher m = ITEM.matcher(part);
			if (!m.matches()) {
				throw new RangeException(RangeException.Reason.MALFORMED, part.strip());
			}
			String from = m.group(1);
			String to = m.group(2);
			if (to == null) {
				numbers.add(from);
			} else {
				if (from.length() != to.length() || Long.parseLong(to) < Long.parseLong(from)) {
					throw new RangeException(RangeException.Reason.REVERSED, part.strip());
				}
				long a = Long.parseLong(from);
				long b = Long.parseLong(to);
				if (b - a + 1 + numbers.size() > MAX_NUMBERS) {
					throw new RangeException(RangeException.Reason.TOO_MANY, part.strip());
				}
				for (long n = a; n <= b; n++) {
					numbers.add(String.format("%0" + from.length() + "d", n));
				}
			}
			if (numbers.size() > MAX_NUMBERS) {
				throw new RangeException(RangeException.Reason.TOO_MANY, part.strip());
			}
		}
		if (numbers.isEmpty()) {
			throw new RangeException(RangeException.Reason.EMPTY, null);
		}
		List<String> in = new ArrayList<>();
		List<String> out = new ArrayList<>();
		for (String n : numbers) {
			(site.contains(n) ? in : out).add(n);
		}
		return new Picked(List.copyOf(in), List.copyOf(out));
	}
}
