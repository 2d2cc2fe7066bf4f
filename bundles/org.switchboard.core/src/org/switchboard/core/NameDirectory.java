package org.switchboard.core;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Who a number belongs to, for every place that shows a number (tiles, list, queue, calls, pop-up, logs). The
 * phonebook area publishes it as an OSGi service; areas that show numbers use it when it is there and show the
 * number alone when it is not, so that no area requires the phonebook. Lookups are in memory and never block.
 */
public interface NameDirectory {

	/** A party's name and department, as the enterprise phonebook or the PBX knows it. */
	record Party(String name, String department) {
	}

	/**
	 * The party a number (an extension, or an outside number) belongs to, if known: for what this console shows its
	 * operator, so it may come from the operator's personal phonebook.
	 */
	Optional<Party> lookup(String number);

	/**
	 * The party as every operator of the site may know it (the enterprise phonebook, the PBX), never from a personal
	 * phonebook: for what is stored and shown to others, such as call records. A directory that knows private names
	 * must override this.
	 */
	default Optional<Party> lookupShared(String number) {
		return lookup(number);
	}

	/** Called (on any thread) whenever names change, so views can repaint. */
	interface Listener {
		void namesChanged();
	}

	AutoCloseable addListener(Listener listener);

	/**
	 * Completes once the directory has read its names the first time (a phonebook loads in the background after the
	 * login): a view about to show many numbers may wait a moment for it rather than show them unnamed and then again.
	 */
	default CompletionStage<Void> namesLoaded() {
		return CompletableFuture.completedFuture(null);
	}
}
