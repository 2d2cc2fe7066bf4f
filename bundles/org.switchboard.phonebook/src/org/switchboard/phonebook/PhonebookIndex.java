package org.switchboard.phonebook;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.switchboard.model.Contact;
import org.switchboard.model.ContactNumber;
import org.switchboard.model.Department;
import org.switchboard.model.NumberKind;
import org.switchboard.model.PhonebookKind;
import org.switchboard.pbx.PbxInput;

/**
 * The in-memory search index of the phonebooks one operator sees: search as you type across names, numbers,
 * departments and the pinyin of Chinese names ({@code zhw}, {@code zw}, {@code zhangwei} and {@code wei} all find
 * 张伟), and a number's owner. Immutable: a change makes a new index sharing the unchanged entries, so searches on
 * any thread never lock and never see half a change. The contacts it returns are shared: copy one before editing it.
 */
public final class PhonebookIndex {

	/** What is searched of one contact, prepared once. */
	private record Entry(Contact contact, String name, String[] syllables, String initials, String[] numbers,
			String sortKey) {
	}

	/** Chinese names sort by their pinyin among the Latin ones, as a Chinese reader looks them up. */
	private static final Comparator<Entry> BY_NAME = Comparator.comparing(Entry::sortKey)
			.thenComparingLong(e -> e.contact.getId());
	private static final PhonebookIndex EMPTY = new PhonebookIndex(new LinkedHashMap<>(), Map.of());

	private final Map<Long, Entry> entries;
	/** The entries by name (pinyin for Chinese names): a search scans in this order and stops early. */
	private final Entry[] ordered;
	private final Map<Long, Department> departments;
	/** Number → contacts with it, enterprise before personal: who is calling, whose extension it is. */
	private final Map<String, List<Contact>> byNumber;

	private PhonebookIndex(LinkedHashMap<Long, Entry> entries, Map<Long, Department> departments) {
		this.entries = entries;
		this.ordered = entries.values().toArray(Entry[]::new);
		Arrays.sort(ordered, BY_NAME);
		this.departments = departments;
		this.byNumber = new HashMap<>();
		for (Entry e : entries.values()) {
			for (String n : e.numbers) {
				byNumber.computeIfAbsent(n, k -> new ArrayList<>(1)).add(e.contact);
			}
		}
		byNumber.values().forEach(list -> list.sort(Comparator.comparing(c -> c.getKind() == PhonebookKind.PERSONAL)));
	}

	public static PhonebookIndex empty() {
		return EMPTY;
	}

	public static PhonebookIndex of(Collection<Contact> contacts, Collection<Department> departments) {
		return of(contacts, departments, true);
	}

	/**
	 * The names, numbers and departments without the pinyin of Chinese names: a Chinese name is then found by its
	 * characters but not by its pinyin, and sorts by its characters. Ready in a fraction of the time: the pinyin
	 * needs ICU's transliterator, whose first use in a process takes about 0.1 s of CPU, at a console's start.
	 */
	public static PhonebookIndex withoutPinyin(Collection<Contact> contacts, Collection<Department> departments) {
		return of(contacts, departments, false);
	}

	private static PhonebookIndex of(Collection<Contact> contacts, Collection<Department> departments,
			boolean pinyin) {
		LinkedHashMap<Long, Entry> entries = new LinkedHashMap<>();
		for (Contact c : contacts) {
			entries.put(c.getId(), entry(c, pinyin));
		}
		return new PhonebookIndex(entries, byId(departments));
	}

	/** This index with the contact added or replaced. */
	public PhonebookIndex with(Contact contact) {
		LinkedHashMap<Long, Entry> copy = new LinkedHashMap<>(entries);
		copy.put(contact.getId(), entry(contact));
		return new PhonebookIndex(copy, departments);
	}

	/** This index without the contacts with these ids. */
	public PhonebookIndex without(Collection<Long> ids) {
		LinkedHashMap<Long, Entry> copy = new LinkedHashMap<>(entries);
		copy.keySet().removeAll(new HashSet<>(ids));
		return new PhonebookIndex(copy, departments);
	}

	/** This index with the contacts among {@code ids} in another department. */
	public PhonebookIndex moved(Collection<Long> ids, long departmentId) {
		LinkedHashMap<Long, Entry> copy = new LinkedHashMap<>(entries);
		for (long id : ids) {
			Entry e = copy.get(id);
			if (e != null) {
				Contact c = EcoreUtil.copy(e.contact);
				c.setDepartmentId(departmentId);
				copy.put(id, entry(c));
			}
		}
		return new PhonebookIndex(copy, departments);
	}

	/** This index with another department tree (names and places of departments). */
	public PhonebookIndex withDepartments(Collection<Department> all) {
		return new PhonebookIndex(new LinkedHashMap<>(entries), byId(all));
	}

	public int size() {
		return entries.size();
	}

	public Optional<Contact> contact(long id) {
		Entry e = entries.get(id);
		return e == null ? Optional.empty() : Optional.of(e.contact);
	}

	public Optional<Department> department(long id) {
		return Optional.ofNullable(departments.get(id));
	}

	/** The departments of one book, by name. */
	public List<Department> departments(PhonebookKind kind) {
		List<Department> out = new ArrayList<>();
		for (Department d : departments.values()) {
			if (d.getKind() == kind) {
				out.add(d);
			}
		}
		out.sort(Comparator.comparing(Department::getName, String.CASE_INSENSITIVE_ORDER));
		return out;
	}

	/** The department's name, or empty for a contact at the top of its book. */
	public String departmentName(long id) {
		Department d = departments.get(id);
		return d == null ? "" : d.getName();
	}

	/** The department as a path from the top of its book, {@code Hospital/Cardiology}; empty for none. */
	public String departmentPath(long id) {
		StringBuilder b = new StringBuilder();
		Department d = departments.get(id);
		for (int depth = 0; d != null && depth < 64; depth++) {
			b.insert(0, b.isEmpty() ? d.getName() : d.getName() + "/");
			d = departments.get(d.getParentId());
		}
		return b.toString();
	}

	/** The contacts with exactly this number, enterprise first. */
	public List<Contact> byNumber(String number) {
		List<Contact> found = number == null ? null : byNumber.get(number.strip());
		return found == null ? List.of() : List.copyOf(found);
	}

	/**
	 * The contacts of one book, in one department and its sub-departments ({@code departmentId} 0: the whole book),
	 * by name.
	 */
	public List<Contact> contactsIn(PhonebookKind kind, long departmentId) {
		Set<Long> under = departmentId == 0 ? null : subtree(departmentId);
		List<Entry> out = new ArrayList<>();
		for (Entry e : entries.values()) {
			if (e.contact.getKind() == kind && (under == null || under.contains(e.contact.getDepartmentId()))) {
				out.add(e);
			}
		}
		return sorted(out, Integer.MAX_VALUE);
	}

	/** The ids of a department and of all departments below it. */
	public Set<Long> subtree(long departmentId) {
		Set<Long> under = new HashSet<>(List.of(departmentId));
		boolean grew = true;
		while (grew) {
			grew = false;
			for (Department d : departments.values()) {
				if (under.contains(d.getParentId()) && under.add(d.getId())) {
					grew = true;
				}
			}
		}
		return under;
	}

	/**
	 * Search as you type: the contacts whose name, number, department or (for Chinese names) pinyin matches the text,
	 * best first (a name or pinyin match from its start before a match inside), then by name; at most {@code limit}.
	 * Empty text finds nothing.
	 */
	public List<Contact> search(String text, int limit) {
		String q = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
		// longer than any name, number or department can be: nothing matches (and a pasted megabyte costs nothing)
		if (q.isEmpty() || limit <= 0 || q.length() > PbxInput.MAX_TEXT) {
			return List.of();
		}
		String compact = q.replace(" ", "");
		Map<Long, Boolean> departmentHit = new HashMap<>();
		for (Department d : departments.values()) {
			if (d.getName() != null && d.getName().toLowerCase(Locale.ROOT).contains(q)) {
				departmentHit.put(d.getId(), true);
			}
		}
		// only letters can spell pinyin, only dial characters can be in a number
		boolean pinyin = compact.chars().allMatch(ch -> ch >= 'a' && ch <= 'z');
		boolean dial = compact.chars().allMatch(ch -> ch >= '0' && ch <= '9' || ch == '*' || ch == '#' || ch == '+');
		boolean department = !departmentHit.isEmpty();
		// in name order, so each list is sorted as it fills and the scan ends once enough best matches are found
		List<Contact> best = new ArrayList<>();
		List<Contact> other = new ArrayList<>();
		for (Entry e : ordered) {
			if (e.name.startsWith(q) || pinyin && matchesSyllables(e.syllables, e.initials, compact, true)) {
				best.add(e.contact);
				if (best.size() == limit) {
					break;
				}
			} else if (other.size() < limit && (e.name.contains(q)
					|| pinyin && matchesSyllables(e.syllables, e.initials, compact, false)
					|| dial && numberContains(e.numbers, compact)
					|| department && departmentHit.containsKey(e.contact.getDepartmentId()))) {
				other.add(e.contact);
			}
		}
		for (int i = 0; best.size() < limit && i < other.size(); i++) {
			best.add(other.get(i));
		}
		return best;
	}


	private static List<Contact> sorted(List<Entry> entries, int limit) {
		entries.sort(BY_NAME);
		List<Contact> out = new ArrayList<>(Math.min(limit, entries.size()));
		for (int i = 0; i < entries.size() && i < limit; i++) {
			out.add(entries.get(i).contact);
		}
		return out;
	}

	private static boolean numberContains(String[] numbers, String q) {
		for (String n : numbers) {
			if (n.contains(q)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the query spells consecutive syllables of the name, each by a prefix of it (zh|w, z|w, zhang|wei,
	 * zhang|w): from the first syllable only ({@code fromStart}) or from a later one.
	 */
	private static boolean matchesSyllables(String[] syllables, String initials, String q, boolean fromStart) {
		if (syllables.length == 0 || initials.indexOf(q.charAt(0)) < 0) {
			return false;
		}
		if (fromStart) {
			return spells(syllables, 0, q, 0);
		}
		for (int s = 1; s < syllables.length; s++) {
			if (spells(syllables, s, q, 0)) {
				return true;
			}
		}
		return false;
	}

	private static boolean spells(String[] syllables, int s, String q, int at) {
		if (at == q.length()) {
			return true;
		}
		if (s == syllables.length) {
			return false;
		}
		String syllable = syllables[s];
		int max = Math.min(syllable.length(), q.length() - at);
		// longest prefix first: zhangwei is usually zhang|wei
		for (int n = max; n >= 1; n--) {
			if (q.regionMatches(at, syllable, 0, n) && spells(syllables, s + 1, q, at + n)) {
				return true;
			}
		}
		return false;
	}

	private static Entry entry(Contact c) {
		return entry(c, true);
	}

	private static Entry entry(Contact c, boolean pinyin) {
		String name = c.getName() == null ? "" : c.getName().strip().toLowerCase(Locale.ROOT);
		String[] syllables = pinyin && Pinyin.hasHan(name) ? Pinyin.syllables(name).toArray(String[]::new)
				: new String[0];
		StringBuilder initials = new StringBuilder();
		for (String s : syllables) {
			initials.append(s.charAt(0));
		}
		List<String> numbers = new ArrayList<>();
		for (ContactNumber n : c.getNumbers()) {
			if (n.getNumber() != null && !n.getNumber().isBlank()) {
				numbers.add(n.getNumber().strip());
			}
		}
		String sortKey = syllables.length == 0 ? name : String.join(" ", syllables);
		return new Entry(c, name, syllables, initials.toString(), numbers.toArray(String[]::new), sortKey);
	}

	/** The extension number of a contact (the first number labelled extension), if any. */
	public static Optional<String> extensionOf(Contact c) {
		return c.getNumbers().stream().filter(n -> n.getKind() == NumberKind.EXTENSION).map(ContactNumber::getNumber)
				.findFirst();
	}

	private static Map<Long, Department> byId(Collection<Department> departments) {
		Map<Long, Department> map = new HashMap<>();
		for (Department d : departments) {
			map.put(d.getId(), d);
		}
		return map;
	}
}
