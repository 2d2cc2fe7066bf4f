package org.switchboard.logs;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.switchboard.store.Page;
import org.switchboard.store.PageCursor;

/**
 * A source of pages of one log, newest first, with the filter already applied (keyset paging: a page starts after
 * the cursor the previous one returned).
 */
@FunctionalInterface
public interface LogPages<T> {

	Page<T> page(PageCursor after, int limit);

	/**
	 * These pages with a further filter the store cannot apply (e.g. the outcome of an operation): reads on through
	 * the store's pages until a page is full or the log ends.
	 */
	default LogPages<T> filtered(Predicate<T> keep, java.util.function.ToLongFunction<T> time,
			java.util.function.ToLongFunction<T> id) {
		return (after, limit) -> {
			List<T> rows = new ArrayList<>();
			PageCursor cursor = after;
			while (true) {
				Page<T> page = page(cursor, Math.max(limit, 200));
				for (T row : page.items()) {
					if (keep.test(row)) {
						rows.add(row);
						if (rows.size() == limit) {
							return new Page<>(rows, new PageCursor(time.applyAsLong(row), id.applyAsLong(row)));
						}
					}
				}
				if (!page.hasNext()) {
					return new Page<>(rows, null);
				}
				cursor = page.next();
			}
		};
	}
}
