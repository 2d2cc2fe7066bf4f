package org.switchboard.store.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.LinkedBlockingDeque;

import org.switchboard.store.StoreException;
import org.switchboard.store.StoreLocation;

/**
 * Connections to one database and transactions on them. Work runs in the transaction open on the calling thread, if
 * any, else on its own connection in auto-commit mode. Idle connections are kept for reuse; a connection that failed
 * with a connection error is dropped.
 */
public final class Db implements AutoCloseable {

	/** The schema every table lives in, whatever user the connection has. */
	public static final String SCHEMA = "SWITCHBOARD";
	private static final int MAX_IDLE = 8;

	private final StoreLocation location;
	private final Driver driver;
	private final String url;
	private final Properties properties = new Properties();
	private final BlockingDeque<Connection> idle = new LinkedBlockingDeque<>();
	private final ThreadLocal<Connection> transaction = new ThreadLocal<>();
	private volatile boolean closed;

	public Db(StoreLocation location) {
		this.location = location;
		if (location.isEmbedded()) {
			driver = DerbyDrivers.embedded();
			url = "jdbc:derby:" + location.folder() + ";create=true";
			Path parent = location.folder().getParent();
			if (System.getProperty("derby.stream.error.file") == null && parent != null) {
				try {
					Files.createDirectories(parent);
				} catch (java.io.IOException e) {
					throw new StoreException(StoreException.Reason.READ_ONLY,
							"Cannot create the data folder " + parent + ": " + e.getMessage(), e);
				}
				System.setProperty("derby.stream.error.file", parent.resolve("derby.log").toString());
			}
		} else {
			driver = DerbyDrivers.client();
			url = location.url() + ";create=true";
			if (!location.user().isEmpty()) {
				properties.setProperty("user", location.user());
				// an empty password the Derby client refuses itself, as if the server could not be reached: without
				// one, the server answers, and says the credentials are wrong
				if (!location.password().isEmpty()) {
					properties.setProperty("password", location.password());
				}
			}
		}
	}

	public StoreLocation location() {
		return location;
	}

	/** How often work that Derby rolled back for a lock conflict (deadlock, lock time-out) is tried again. */
	private static final int ATTEMPTS = 5;

	/**
	 * Runs work in the calling thread's transaction, or alone in auto-commit mode. Alone, work that lost a lock
	 * conflict to another connection (Derby rolled it back) is tried again.
	 */
	public <T> T call(String doing, SqlWork<T> work) {
		if (transaction.get() != null) {
			return callOnce(doing, work);
		}
		for (int attempt = 1;; attempt++) {
			try {
				return callOnce(doing, work);
			} catch (StoreException e) {
				if (attempt >= ATTEMPTS || !isLockConflict(e)) {
					throw e;
				}
				backOff(attempt);
			}
		}
	}

	private <T> T callOnce(String doing, SqlWork<T> work) {
		Connection current = transaction.get();
		if (current != null) {
			try {
				return work.run(current);
			} catch (SQLException e) {
				throw StoreException.from(e, doing, location.describe());
			}
		}
		Connection c = borrow(doing);
		boolean broken = false;
		try {
			return work.run(c);
		} catch (SQLException e) {
			broken = isConnectionError(e);
			throw StoreException.from(e, doing, location.describe());
		} finally {
			giveBack(c, broken);
		}
	}

	/**
	 * Runs work in one transaction: all of it is committed, or none of it. Nested calls on the same thread join the
	 * outer transaction.
	 */
	public <T> T inTransaction(String doing, SqlWork<T> work) {
		if (transaction.get() != null) {
			return callOnce(doing, work);
		}
		for (int attempt = 1;; attempt++) {
			try {
				return transactionOnce(doing, work);
			} catch (StoreException e) {
				if (attempt >= ATTEMPTS || !isLockConflict(e)) {
					throw e;
				}
				backOff(attempt);
			}
		}
	}

	/** Derby rolled the statement or transaction back because of another connection's locks (SQLState 40xxx). */
	private static boolean isLockConflict(StoreException e) {
		return e.getCause() instanceof SQLException s && s.getSQLState() != null && s.getSQLState().startsWith("40");
	}

	private static void backOff(int attempt) {
		try {
			Thread.sleep(20L * attempt + (long) (Math.random() * 20));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private <T> T transactionOnce(String doing, SqlWork<T> work) {
		Connection c = borrow(doing);
		boolean broken = false;
		try {
			c.setAutoCommit(false);
			transaction.set(c);
			T result = work.run(c);
			c.commit();
			return result;
		} catch (SQLException e) {
			broken = isConnectionError(e);
			rollback(c);
			throw StoreException.from(e, doing, location.describe());
		} catch (RuntimeException | Error e) {
			rollback(c);
			throw e;
		} finally {
			transaction.remove();
			try {
				c.setAutoCommit(true);
			} catch (SQLException e) {
				broken = true;
			}
			giveBack(c, broken);
		}
	}

	/** A new connection outside the pool, e.g. for a migration lock; the caller closes it. */
	public Connection open(String doing) {
		if (closed) {
			throw new StoreException(StoreException.Reason.DATABASE_ERROR, "The store is closed (" + doing + ")");
		}
		try {
			Connection c = driver.connect(url, properties);
			if (c == null) {
				throw new SQLException("the driver does not accept " + url, "08001");
			}
			try (Statement s = c.createStatement()) {
				s.execute("SET SCHEMA " + SCHEMA);
			} catch (SQLException e) {
				if (!"42Y07".equals(e.getSQLState())) { // schema does not exist yet: migrations create it
					throw e;
				}
			}
			return c;
		} catch (SQLException e) {
			throw StoreException.from(e, doing, location.describe());
		}
	}

	private Connection borrow(String doing) {
		Connection c;
		while ((c = idle.pollFirst()) != null) {
			try {
				if (!c.isClosed()) {
					return c;
				}
			} catch (SQLException e) {
				// a broken connection: take another
			}
		}
		return open(doing);
	}

	private void giveBack(Connection c, boolean broken) {
		if (broken || closed || idle.size() >= MAX_IDLE) {
			closeQuietly(c);
		} else {
			idle.offerFirst(c);
		}
	}

	private static void rollback(Connection c) {
		try {
			c.rollback();
		} catch (SQLException e) {
			// the original failure is what matters
		}
	}

	private static boolean isConnectionError(SQLException e) {
		String state = e.getSQLState();
		return state != null && (state.startsWith("08") || state.startsWith("XJ"));
	}

	private static void closeQuietly(Connection c) {
		try {
			c.close();
		} catch (SQLException e) {
			// closing anyway
		}
	}

	/** Closes every connection; an embedded database is shut down so its folder can be opened again. */
	@Override
	public void close() {
		closed = true;
		Connection c;
		while ((c = idle.pollFirst()) != null) {
			closeQuietly(c);
		}
		if (location.isEmbedded()) {
			try {
				driver.connect("jdbc:derby:" + location.folder() + ";shutdown=true", new Properties());
			} catch (SQLException e) {
				// 08006: the database was shut down, as asked
			}
		}
	}
}
