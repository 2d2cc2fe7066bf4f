package org.switchboard.pbx.simulator.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** Asterisk's internal database: family/key → value, with tree queries on key prefixes. */
public final class AstDb {

	private final Map<String, String> entries = new TreeMap<>();

	String get(String family, String key) {
		return entries.get("/" + family + "/" + key);
	}

	void put(String family, String key, String value) {
		entries.put("/" + family + "/" + key, value);
	}

	boolean delete(String family, String key) {
		return entries.remove("/" + family + "/" + key) != null;
	}

	/** Deletes the family (or family/key subtree); returns how many entries went. */
	int deleteTree(String family, String key) {
		String prefix = "/" + family + (key == null || key.isEmpty() ? "" : "/" + key);
		int before = entries.size();
		entries.keySet().removeIf(k -> k.equals(prefix) || k.startsWith(prefix + "/"));
		return before - entries.size();
	}

	/** Entries under a family (or family/key), keyed by full path {@code /FAMILY/key}; all when family is empty. */
	Map<String, String> tree(String family, String key) {
		String prefix = family == null || family.isEmpty() ? "" : "/" + family + (key == null || key.isEmpty() ? "" : "/" + key);
		Map<String, String> out = new LinkedHashMap<>();
		entries.forEach((k, v) -> {
			if (prefix.isEmpty() || k.equals(prefix) || k.startsWith(prefix + "/")) {
				out.put(k, v);
			}
		});
		return out;
	}

	/** What a restarted Asterisk finds on disk (astdb.sqlite3 survives a restart). */
	void restore(Map<String, String> saved) {
		entries.putAll(saved);
	}

	Map<String, String> snapshot() {
		return new LinkedHashMap<>(entries);
	}
}
