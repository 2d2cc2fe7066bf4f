package org.switchboard.phonebook;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.text.Transliterator;

/**
 * The pinyin syllables of a name, as a Chinese operator types them to find it: 张伟 is {@code zhang wei}. Chinese
 * characters go through ICU's Han-Latin transliterator (tone marks removed), one character at a time and remembered,
 * so that indexing 50,000 names transliterates each distinct character once. Runs of other letters and digits stay
 * one lower-case word each.
 */
public final class Pinyin {

	/** Surnames whose reading differs from the character's usual one (ICU reads characters, not names). */
	private static final Map<Character, String> SURNAMES = Map.of('曾', "zeng", '单', "shan", '解', "xie", '仇', "qiu",
			'朴', "piao", '区', "ou", '查', "zha", '乐', "yue", '尉', "yu", '覃', "qin");
	private static final Map<Character, String> SYLLABLES = new ConcurrentHashMap<>();
	private static Transliterator transliterator;

	private Pinyin() {
	}

	/** The words of a name: one pinyin syllable per Chinese character, other words as they are (lower case). */
	public static List<String> syllables(String name) {
		List<String> out = new ArrayList<>();
		if (name == null) {
			return out;
		}
		StringBuilder word = new StringBuilder();
		boolean first = true;
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
				flush(word, out);
				String s = first && SURNAMES.containsKey(c) ? SURNAMES.get(c) : syllable(c);
				if (!s.isEmpty()) {
					out.add(s);
				}
				first = false;
			} else if (Character.isLetterOrDigit(c)) {
				word.append(Character.toLowerCase(c));
			} else {
				flush(word, out);
			}
		}
		flush(word, out);
		return out;
	}

	/** Whether the name has Chinese characters (only those names get a pinyin spelling). */
	public static boolean hasHan(String name) {
		return name != null && name.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
	}

	/** The full spelling without spaces: 张伟 → {@code zhangwei}. */
	public static String full(String name) {
		return String.join("", syllables(name));
	}

	/** The first letter of each syllable: 张伟 → {@code zw}. */
	public static String initials(String name) {
		StringBuilder b = new StringBuilder();
		for (String s : syllables(name)) {
			b.append(s.charAt(0));
		}
		return b.toString();
	}

	private static void flush(StringBuilder word, List<String> out) {
		if (!word.isEmpty()) {
			out.add(word.toString());
			word.setLength(0);
		}
	}

	private static String syllable(char c) {
		return SYLLABLES.computeIfAbsent(c, Pinyin::transliterate);
	}

	private static synchronized String transliterate(char c) {
		if (transliterator == null) {
			transliterator = Transliterator.getInstance("Han-Latin; Latin-ASCII");
		}
		StringBuilder b = new StringBuilder();
		for (char t : transliterator.transliterate(String.valueOf(c)).toCharArray()) {
			if (t >= 'a' && t <= 'z' || t >= 'A' && t <= 'Z') {
				b.append(Character.toLowerCase(t));
			}
		}
		return b.toString().toLowerCase(Locale.ROOT);
	}
}
