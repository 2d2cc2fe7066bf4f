package org.switchboard.store;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import org.switchboard.store.internal.Db;

/**
 * Stopping the executors whose tasks call the store. Never interrupt such a task: a thread interrupted inside
 * Derby's file I/O has the file channel closed under Derby (DERBY-151, DERBY-4741), and a shutdown of the database
 * after that has hung in its checkpoint. So {@code shutdown()} (no new task; the one running finishes), a bounded
 * wait, and a task still running after it is logged and left to finish on its own (a daemon thread), never
 * {@code shutdownNow()} or {@code cancel(true)}.
 */
public final class StoreExecutors {

	private static final Logger LOG = Logger.getLogger(StoreExecutors.class.getName());
	/** How long {@link #stop(ExecutorService, String)} waits for the running task. */
	public static final Duration DEFAULT_WAIT = Duration.ofSeconds(3);

	private StoreExecutors() {
	}

	/** One daemon thread of that name, running tasks in order; stop it with {@link #stop}. */
	public static ThreadPoolExecutor singleThread(String threadName) {
		return new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
				r -> daemon(r, threadName));
	}

	/**
	 * One daemon thread of that name for scheduled tasks; once stopped, no delayed or periodic task starts any more.
	 */
	public static ScheduledThreadPoolExecutor singleThreadScheduled(String threadName) {
		ScheduledThreadPoolExecutor e = new ScheduledThreadPoolExecutor(1, r -> daemon(r, threadName));
		e.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
		e.setContinueExistingPeriodicTasksAfterShutdownPolicy(false);
		e.setRemoveOnCancelPolicy(true);
		return e;
	}

	private static Thread daemon(Runnable r, String name) {
		Thread t = new Thread(r, name);
		t.setDaemon(true);
		return t;
	}

	/** {@link #stop(ExecutorService, String, Duration)} with {@link #DEFAULT_WAIT}. */
	public static boolean stop(ExecutorService executor, String threadName) {
		return stop(executor, threadName, DEFAULT_WAIT);
	}

	/**
	 * Lets the running task finish and runs no other, waiting at most {@code wait}; a task still running after it is
	 * logged (the threads named {@code threadName}, with what they do) and left running, not interrupted. The tasks
	 * waiting in the queue of a {@link ThreadPoolExecutor} (such as those made here) are dropped, as
	 * {@code shutdownNow()} drops them; other executors run them before they terminate.
	 *
	 * @return whether the executor terminated within the wait
	 */
	public static boolean stop(ExecutorService executor, String threadName, Duration wait) {
		executor.shutdown();
		if (executor instanceof ThreadPoolExecutor pool) {
			pool.getQueue().clear();
		}
		boolean interrupted = false;
		boolean done;
		try {
			done = executor.awaitTermination(wait.toMillis(), TimeUnit.MILLISECONDS);
		} catch (InterruptedException e) {
			interrupted = true;
			done = executor.isTerminated();
		}
		if (!done) {
			LOG.warning(() -> "'" + threadName + "' still runs a task " + wait.toMillis()
					+ " ms after it was asked to stop: left to finish, not interrupted (it may be inside the database)."
					+ doing(threadName));
		}
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
		return done;
	}

	/** What the live threads of that name are doing, for the log. */
	static String doing(String threadName) {
		try {
			Map<Thread, StackTraceElement[]> all = Thread.getAllStackTraces();
			return all.entrySet().stream().filter(e -> e.getKey().getName().equals(threadName))
					.map(e -> "\n  " + e.getKey().getName() + " (" + e.getKey().getState() + "): "
							+ Db.stack(e.getValue(), 12))
					.collect(Collectors.joining());
		} catch (RuntimeException e) {
			LOG.log(Level.FINE, "no thread dump", e);
			return "";
		}
	}
}
