package org.switchboard.core;

import java.util.List;

/**
 * Search as you type in the phonebook (S5), for places outside the phonebook that offer its matches (the dial pad).
 * Published by the phonebook area next to {@link NameDirectory}; absent when no phonebook is installed. In memory:
 * never blocks.
 */
public interface ContactSearch {

	/** One number of a matching contact: who, where, which of their numbers (a label such as EXTENSION). */
	record Match(String name, String department, String kind, String number) {
	}

	/** The numbers of the contacts whose name, pinyin, number or department matches, best first; at most limit. */
	List<Match> matches(String text, int limit);
}
