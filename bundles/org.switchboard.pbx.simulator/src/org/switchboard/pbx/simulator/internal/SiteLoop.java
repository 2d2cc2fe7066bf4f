package org.switchboard.pbx.simulator.internal;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The one thread that owns the site: every change of PBX state and every event happens here, in order, so all
 * clients see the same consistent stream. PBX timings (ring time-outs, prompts, waits) are scaled by the time scale
 * so that tests can run a 15 s wake-up time-out in a fraction of a second.
 */
public final class SiteLoop {

	private final ScheduledThreadPoolExecutor executor;
	private final double timeScale;
	private volatile Thread thread;

	public SiteLoop(double timeScale) {
		this.timeScale = timeScale;
		this.executor = new ScheduledThreadPoolExecutor(1, r -> {
			Thread t = new Thread(r, "switchboard-pbx-site");
			t.setDaemon(true);
			thread = t;
			return t;
		});
		executor.setRemoveOnCancelPolicy(true);
	}

	public boolean inLoop() {
		return Thread.currentThread() == thread;
	}

	public void execute(Runnable task) {
		if (!executor.isShutdown()) {
			executor.execute(guarded(task));
		}
	}

	/** Runs the task after a PBX delay (scaled). */
	public ScheduledFuture<?> after(long pbxMillis, Runnable task) {
		return afterReal(Math.round(pbxMillis * timeScale), task);
	}

	/** Runs the task after a wall-clock delay (not scaled). */
	public ScheduledFuture<?> afterReal(long millis, Runnable task) {
		if (executor.isShutdown()) {
			return null;
		}
		return executor.schedule(guarded(task), Math.max(0, millis), TimeUnit.MILLISECONDS);
	}

	public ScheduledFuture<?> every(long millis, Runnable task) {
		return executor.scheduleAtFixedRate(guarded(task), millis, millis, TimeUnit.MILLISECONDS);
	}

	/** Runs the task on the loop and waits for its result (directly when already on the loop). */
	public <T> T call(Callable<T> task) {
		try {
			if (inLoop()) {
				return task.call();
			}
			Future<T> future = executor.submit(task);
			return future.get();
		} catch (ExecutionException e) {
			if (e.getCause() instanceof RuntimeException re) {
				throw re;
			}
			throw new IllegalStateException(e.getCause());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		} catch (RuntimeException e) {
			throw e;
		} catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	public void run(Runnable task) {
		call(() -> {
			task.run();
			return null;
		});
	}

	public void shutdown() {
		executor.shutdownNow();
	}

	private static Runnable guarded(Runnable task) {
		return () -> {
			try {
				task.run();
			} catch (RuntimeException | Error e) {
				// one broken scenario must not stop the PBX for every other client
				System.err.println("switchboard-pbx-site: " + e);
				e.printStackTrace();
			}
		};
	}
}
