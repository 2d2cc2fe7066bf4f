package org.switchboard.store.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToLongFunction;

import org.switchboard.store.Page;
import org.switchboard.store.PageCursor;

/** Small JDBC helpers: instants are stored as epoch milliseconds (BIGINT), free of time zones. */
public final class Sql {

	private Sql() {
	}

	public static Instant instant(ResultSet r, String column) throws SQLException {
		long value = r.getLong(column);
		return r.wasNull() ? null : Instant.ofEpochMilli(value);
	}

	public static void setInstant(PreparedStatement p, int index, Instant value) throws SQLException {
		if (value == null) {
			p.setNull(index, Types.BIGINT);
		} else {
			p.setLong(index, value.toEpochMilli());
		}
	}

	public static long millis(Instant value) {
		return value.toEpochMilli();
	}

	/** Text for a column: {@code null} stays {@code null}, longer text is cut to fit. */
	public static String fit(String value, int max) {
		return value == null || value.length() <= max ? value : value.substring(0, max);
	}

	/** A LIKE pattern matching values that start with {@code prefix} (use with {@code ESCAPE '\'}). */
	public static String prefixPattern(String prefix) {
		return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

	/**
	 * Builds a page from rows fetched newest first, one more than the page size: the extra row only tells that
	 * there is a next page.
	 */
	public static <T> Page<T> page(List<T> rows, int limit, ToLongFunction<T> time, ToLongFunction<T> id) {
		if (rows.size() <= limit) {
			return new Page<>(rows, null);
		}
		List<T> items = new ArrayList<>(rows.subList(0, limit));
		T last = items.get(limit - 1);
		return new Page<>(items, new PageCursor(time.applyAsLong(last), id.applyAsLong(last)));
	}

	/** Newest first, then highest id first: the order of every log. */
	public static <T> Comparator<T> newestFirst(ToLongFunction<T> time, ToLongFunction<T> id) {
		return Comparator.<T>comparingLong(time).reversed().thenComparing(Comparator.<T>comparingLong(id).reversed());
	}

	public static int checkLimit(int limit) {
		if (limit < 1 || limit > 10_000) {
			throw new IllegalArgumentException("page size out of range: " + limit);
		}
		return limit;
	}
}
