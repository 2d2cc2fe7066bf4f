package org.switchboard.store.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.store.Store;
import org.switchboard.store.StoreException;
import org.switchboard.store.StoreLocation;
import org.switchboard.store.internal.Db;

/**
 * Closing the store while another thread is inside it (at exit, a service that has not stopped yet): the close waits
 * for the call running, a bounded time, and never shuts Derby down under a transaction that is about to commit.
 */
class StoreCloseTest {

	@TempDir
	Path dir;

	@Test
	void closeWaitsForTheTransactionRunningAndItsCommitIsKept() throws Exception {
		StoreLocation location = StoreLocation.embedded(dir.resolve("db"));
		Store store = Store.open(location);
		CountDownLatch inside = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		AtomicReference<Throwable> failed = new AtomicReference<>();
		Thread writer = holdTransaction(store, "alice", inside, release, failed, "test-writer");
		assertTrue(inside.await(30, TimeUnit.SECONDS));

		Thread closer = new Thread(store::close, "test-closer");
		closer.start();
		closer.join(500);
		assertTrue(closer.isAlive(), "the close waits for the transaction running");
		release.countDown();
		closer.join(30_000);
		assertFalse(closer.isAlive(), "the close ends once the transaction ended");
		writer.join(30_000);
		assertNull(failed.get(), () -> "the transaction committed: " + failed.get());

		Store again = Store.open(location);
		try {
			assertTrue(again.operators().find("alice").isPresent(), "the committed row is in the database");
		} finally {
			again.close();
		}
	}

	@Test
	void closeIsBoundedWhenACallDoesNotEndAndTheDatabaseOpensAgain() throws Exception {
		String before = System.getProperty(Db.CLOSE_WAIT_PROPERTY);
		System.setProperty(Db.CLOSE_WAIT_PROPERTY, "300");
		try {
			StoreLocation location = StoreLocation.embedded(dir.resolve("db"));
			Store store = Store.open(location);
			store.operators().insert(Records.operator("carol"));
			CountDownLatch inside = new CountDownLatch(1);
			CountDownLatch release = new CountDownLatch(1);
			AtomicReference<Throwable> failed = new AtomicReference<>();
			Thread writer = holdTransaction(store, "bob", inside, release, failed, "test-stuck-writer");
			assertTrue(inside.await(30, TimeUnit.SECONDS));

			long started = System.nanoTime();
			store.close();
			long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
			assertTrue(ms < 15_000, "the close gave up waiting for the call after its bound, took " + ms + " ms");
			release.countDown();
			writer.join(30_000);
			assertInstanceOf(StoreException.class, failed.get(), "the unfinished transaction could not commit");

			Store again = Store.open(location);
			try {
				assertTrue(again.operators().find("carol").isPresent(), "what was committed before is kept");
				assertFalse(again.operators().find("bob").isPresent(), "the unfinished transaction left nothing");
			} finally {
				again.close();
			}
		} finally {
			if (before == null) {
				System.clearProperty(Db.CLOSE_WAIT_PROPERTY);
			} else {
				System.setProperty(Db.CLOSE_WAIT_PROPERTY, before);
			}
		}
	}

	private static void awaitQuietly(CountDownLatch latch) {
		boolean interrupted = false;
		while (true) {
			try {
				latch.await();
				break;
			} catch (InterruptedException e) {
				interrupted = true;
			}
		}
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
	}

	/** A thread that inserts an operator in a transaction and stays inside it until released (its failure kept). */
	private static Thread holdTransaction(Store store, String account, CountDownLatch inside, CountDownLatch release,
			AtomicReference<Throwable> failed, String name) {
		Thread writer = new Thread(() -> {
			try {
				store.inTransaction(() -> {
					store.operators().insert(Records.operator(account));
					inside.countDown();
					awaitQuietly(release);
				});
			} catch (Throwable t) {
				failed.set(t);
			}
		}, name);
		writer.start();
		return writer;
	}
}
