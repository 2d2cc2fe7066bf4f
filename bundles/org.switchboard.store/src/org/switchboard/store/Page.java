package org.switchboard.store;

import java.util.List;

/**
 * One page of a query's results, newest first for logs.
 *
 * @param items the rows of this page
 * @param next  where the next page starts, or {@code null} when this is the last page
 */
public record Page<T>(List<T> items, PageCursor next) {

	public Page {
		items = List.copyOf(items);
	}

	public boolean hasNext() {
		return next != null;
	}
}
