package org.switchboard.store.internal;

import java.sql.Connection;
import java.sql.SQLException;

/** Work on a connection that may fail with an {@link SQLException}. */
@FunctionalInterface
public interface SqlWork<T> {
	T run(Connection connection) throws SQLException;
}
