package org.switchboard.store.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Logger;
import java.util.stream.Collectors;

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
	/** The threads inside a call or transaction now, and what each is doing: {@link #close()} waits for them. */
	private final Map<Thread, String> busy = new ConcurrentHashMap<>();
	private final Object busyChanged = new Object();

	private static final Logger LOG = Logger.getLogger(Db.class.getName());
	/**
	 * How long {@link #close()} waits for the calls running (ms; system property
	 * {@code switchboard.store.closeWaitMillis}), and how long for Derby's shutdown (system property
	 * {@code switchboard.store.shutdownMillis}) before it logs what Derby is doing and leaves it.
	 */
	public static final String CLOSE_WAIT_PROPERTY = "switchboard.store.closeWaitMillis";
	public static final String SHUTDOWN_PROPERTY = "switchboard.store.shutdownMillis";
	private static final long SHUTDOWN_SLOW_MILLIS = 5_000;

	public Db(StoreLocation location) {
		this.location = location;
		if (location.isEmbedded()) {
			driver = DerbyDrivers.embedded();
			url = "jdbc:derby:" + location.folder() + ";create=true";
			Path parent = location.folder().getParent();
			if (parent != null) {
				// for every database, not only the first: under a plain file Derby made a database named "null" in
				// the working folder instead of failing
				try {
					Files.createDirectories(parent);
				} catch (IOException e) {
					throw new StoreException(StoreException.Reason.READ_ONLY,
							"Cannot create the data folder " + parent + ": " + e.getMessage(), e);
				}
				if (System.getProperty("derby.stream.error.file") == null) {
					System.setProperty("derby.stream.error.file", parent.resolve("derby.log").toString());
				}
				configureEngine(parent);
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

	/** Derby's own settings for the embedded engine, which {@link #configureEngine} writes. */
	static final String ENGINE_SETTINGS = """
			# Written by Switchboard for its embedded database: Derby's JMX beans off. With them, opening the first
			# database started the JVM's platform MBean server (about 0.25 s of the login on two cores) for beans
			# nobody reads. Switchboard keeps this file as it is; put a derby.properties of your own in its place and
			# Switchboard leaves that alone.
			derby.module.mgmt.jmx=org.apache.derby.impl.services.jmxnone.NoManagementService
			""";

	/**
	 * Makes the data folder Derby's system home, with {@link #ENGINE_SETTINGS} in its {@code derby.properties}, before
	 * the embedded engine boots (at the first connection of the process). Left alone when derby.system.home is set
	 * already (by an administrator, or by the first database of this process), and when the folder has a
	 * derby.properties that is not ours (a Derby Network Server's, with its authentication, must never govern the
	 * embedded engine). A folder that cannot be written only costs the time.
	 */
	static void configureEngine(Path folder) {
		if (System.getProperty("derby.system.home") != null) {
			return;
		}
		Path file = folder.resolve("derby.properties");
		try {
			if (!Files.exists(file)) {
				Path written = Files.writeString(folder.resolve("derby.properties.new"), ENGINE_SETTINGS);
				Files.move(written, file, StandardCopyOption.ATOMIC_MOVE);
			} else {
				String present = Files.readString(file);
				if (!present.startsWith(ENGINE_SETTINGS.substring(0, ENGINE_SETTINGS.indexOf('\n')))) {
					return;
				}
				if (!present.equals(ENGINE_SETTINGS)) {
					Files.writeString(file, ENGINE_SETTINGS);
				}
			}
			System.setProperty("derby.system.home", folder.toString());
		} catch (IOException | RuntimeException e) {
			LOG.fine(() -> "Derby's settings not written to " + file + ": " + e);
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
		return counted(doing, () -> callOnce(doing, work));
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
		return counted(doing, () -> transactionOnce(doing, work));
	}

	/**
	 * A call from outside any transaction: counted while it runs (see {@link #close()}), and tried again when it lost
	 * a lock conflict to another connection.
	 */
	private <T> T counted(String doing, Supplier<T> once) {
		boolean entered = enter(doing);
		try {
			for (int attempt = 1;; attempt++) {
				try {
					return once.get();
				} catch (StoreException e) {
					if (attempt >= ATTEMPTS || !isLockConflict(e)) {
						throw e;
					}
					backOff(attempt);
				}
			}
		} finally {
			if (entered) {
				leave();
			}
		}
	}

	/**
	 * A call begins on this thread; once the store is closing, none does (it fails without reaching Derby).
	 *
	 * @return false when the thread was counted already (a call made by a call's work)
	 */
	private boolean enter(String doing) {
		if (busy.putIfAbsent(Thread.currentThread(), doing) != null) {
			return false;
		}
		if (closed) {
			leave();
			throw new StoreException(StoreException.Reason.DATABASE_ERROR, "The store is closed (" + doing + ")");
		}
		return true;
	}

	private void leave() {
		busy.remove(Thread.currentThread());
		synchronized (busyChanged) {
			busyChanged.notifyAll();
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

	/**
	 * Closes every connection; an embedded database is shut down so its folder can be opened again. No call starts
	 * any more; the calls running are waited for (a bounded time, then logged and left). The shutdown of Derby runs on
	 * a daemon thread and is waited for a bounded time too: if it takes longer, what Derby is doing is logged and it
	 * is left to finish or to be cut off by the JVM's exit (Derby recovers the database at its next start), so the
	 * console never hangs at exit here.
	 */
	@Override
	public void close() {
		synchronized (this) {
			if (closed) {
				return;
			}
			closed = true;
		}
		awaitCallsRunning();
		Connection c;
		while ((c = idle.pollFirst()) != null) {
			closeQuietly(c);
		}
		if (location.isEmbedded()) {
			shutdownDerby();
		}
	}

	private void awaitCallsRunning() {
		long waitMillis = Long.getLong(CLOSE_WAIT_PROPERTY, 5_000);
		long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(waitMillis);
		boolean interrupted = false;
		synchronized (busyChanged) {
			long left;
			while (othersBusy() && (left = end - System.nanoTime()) > 0) {
				try {
					TimeUnit.NANOSECONDS.timedWait(busyChanged, Math.min(left, TimeUnit.MILLISECONDS.toNanos(50)));
				} catch (InterruptedException e) {
					interrupted = true;
				}
			}
		}
		if (othersBusy()) {
			LOG.warning(() -> "Closing the store while calls still run after " + waitMillis + " ms: "
					+ busy.entrySet().stream().map(e -> e.getKey().getName() + " (" + e.getValue() + "):"
							+ stack(e.getKey())).collect(Collectors.joining("\n")));
		}
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
	}

	/** Whether a thread other than this one is inside a call (the closing thread's own call ends after close). */
	private boolean othersBusy() {
		Thread self = Thread.currentThread();
		return busy.keySet().stream().anyMatch(t -> t != self);
	}

	private void shutdownDerby() {
		long shutdownMillis = Long.getLong(SHUTDOWN_PROPERTY, 30_000);
		long slowMillis = Math.min(SHUTDOWN_SLOW_MILLIS, shutdownMillis);
		CountDownLatch done = new CountDownLatch(1);
		Thread t = new Thread(() -> {
			try {
				driver.connect("jdbc:derby:" + location.folder() + ";shutdown=true", new Properties());
			} catch (SQLException e) {
				// 08006: the database was shut down, as asked
			} finally {
				done.countDown();
			}
		}, "switchboard-store-shutdown");
		t.setDaemon(true);
		long started = System.nanoTime();
		t.start();
		boolean interrupted = false;
		try {
			if (!await(done, slowMillis)) {
				LOG.warning(() -> "The database " + location.describe() + " is still shutting down after "
						+ slowMillis + " ms:" + stack(t));
				if (!await(done, Math.max(0, shutdownMillis - slowMillis))) {
					LOG.severe(() -> "The database " + location.describe() + " did not shut down within "
							+ shutdownMillis + " ms: left as it is (it recovers at its next start):" + stack(t));
				}
			}
		} catch (InterruptedException e) {
			interrupted = true;
			LOG.warning(() -> "Interrupted while the database " + location.describe() + " shuts down: not waiting");
		}
		long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
		if (ms >= slowMillis && done.getCount() == 0) {
			LOG.info(() -> "The database " + location.describe() + " shut down in " + ms + " ms");
		}
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
	}

	private static boolean await(CountDownLatch latch, long millis) throws InterruptedException {
		return latch.await(millis, TimeUnit.MILLISECONDS);
	}

	private static String stack(Thread t) {
		return stack(t.getStackTrace(), 25);
	}

	/** The first frames of a stack, one "at" line each, for the log. */
	public static String stack(StackTraceElement[] frames, int limit) {
		return Arrays.stream(frames).limit(limit).map(String::valueOf)
				.collect(Collectors.joining("\n    at ", "\n    at ", ""));
	}
}
