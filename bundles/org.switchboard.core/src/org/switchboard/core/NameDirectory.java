package org.switchboard.core;

import java.util.Optional;

/**
 * Who a number belongs to, for every place that shows a number (tiles, list, queue, calls, pop-up, logs). The
 * phonebook area publishes it as an OSGi service; areas that show numbers use it when it is there and show the
 * number alone when it is not, so that no area requires the phonebook. Lookups are in memory and never block.
 */
public interface NameDirectory {

	/** A party's name and department, as the enterprise phonebook or the PBX knows it. */
	record Party(String name, String department) {
	}

	/** The party a number (an extension, or an outside number) belongs to, if known. */
	Optional<Party> lookup(String number);

	/** Called (on any thread) whenever names change, so views can repaint. */
	interface Listener {
		void namesChanged();
	}

	AutoCloseable addListener(Listener listener);
}
