package org.switchboard.store.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.switchboard.store.PageCursor;

/**
 * A query over a time-ordered log, newest first, a page at a time (keyset paging on time and id): the conditions,
 * their parameters, and the page's start.
 */
public final class Keyset {

	private final String select;
	private final String timeColumn;
	private final List<String> conditions = new ArrayList<>();
	private final List<Object> parameters = new ArrayList<>();

	public Keyset(String select, String timeColumn) {
		this.select = select;
		this.timeColumn = timeColumn;
	}

	public Keyset where(String condition, Object... values) {
		conditions.add(condition);
		parameters.addAll(List.of(values));
		return this;
	}

	public Keyset after(PageCursor cursor) {
		if (cursor != null) {
			where("(" + timeColumn + " < ? OR (" + timeColumn + " = ? AND id < ?))", cursor.epochMillis(),
					cursor.epochMillis(), cursor.id());
		}
		return this;
	}

	/** The SQL fetching {@code rows} rows. */
	public String sql(int rows) {
		StringBuilder sql = new StringBuilder(select);
		for (int i = 0; i < conditions.size(); i++) {
			sql.append(i == 0 ? " WHERE " : " AND ").append(conditions.get(i));
		}
		sql.append(" ORDER BY ").append(timeColumn).append(" DESC, id DESC FETCH FIRST ").append(rows)
				.append(" ROWS ONLY");
		return sql.toString();
	}

	public void bind(PreparedStatement p) throws SQLException {
		for (int i = 0; i < parameters.size(); i++) {
			Object value = parameters.get(i);
			if (value instanceof Long l) {
				p.setLong(i + 1, l);
			} else if (value instanceof Integer n) {
				p.setInt(i + 1, n);
			} else {
				p.setString(i + 1, (String) value);
			}
		}
	}
}
