package org.switchboard.core.tests;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.core.AccountService;
import org.switchboard.core.LoginPolicy;
import org.switchboard.core.internal.StoreOperationLog;
import org.switchboard.model.OperationLogEntry;
import org.switchboard.store.OperationLogQuery;
import org.switchboard.store.PageCursor;
import org.switchboard.store.Store;
import org.switchboard.store.StoreLocation;

/** A store in a temporary folder, an operation log on it, accounts, and a clock the test moves. */
abstract class CoreTestBase {

	/** A clock that stands still until the test moves it. */
	static final class TestClock extends Clock {
		Instant now = Instant.parse("2026-03-01T08:00:00Z");

		@Override
		public Instant instant() {
			return now;
		}

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		void advance(Duration d) {
			now = now.plus(d);
		}
	}

	@TempDir
	Path dir;
	Store store;
	StoreOperationLog log;
	AccountService accounts;
	final TestClock clock = new TestClock();
	String currentOperator;

	@BeforeEach
	void openStore() {
		store = Store.open(StoreLocation.embedded(dir.resolve("db")));
		log = new StoreOperationLog(store.operationLog(), () -> currentOperator, dir, clock);
		accounts = new AccountService(store, log, new LoginPolicy(3, Duration.ofMinutes(5)), clock);
	}

	@AfterEach
	void closeStore() {
		log.close();
		store.close();
	}

	/** Every operation log entry, oldest first, once the log has written what was recorded. */
	List<OperationLogEntry> logged() throws InterruptedException {
		if (!log.flush(Duration.ofSeconds(10))) {
			throw new AssertionError("the operation log did not write within 10 s: " + log.lastError());
		}
		List<OperationLogEntry> all = new ArrayList<>();
		PageCursor after = null;
		do {
			var page = store.operationLog().find(
					OperationLogQuery.between(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z")), after, 500);
			all.addAll(page.items());
			after = page.next();
		} while (after != null);
		java.util.Collections.reverse(all);
		return all;
	}

	static List<String> actions(List<OperationLogEntry> entries) {
		return entries.stream().map(e -> e.getOperator() + " " + e.getAction() + " " + e.getTarget()).toList();
	}
}
