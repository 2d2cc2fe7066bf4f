package org.switchboard.admin.ui.internal;

import java.text.MessageFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import org.eclipse.e4.ui.di.UISynchronize;
import org.switchboard.admin.AdminService.AdminException;
import org.switchboard.core.AccessDeniedException;
import org.switchboard.store.StoreException;

/**
 * Runs the administration services off the UI thread (they block on the database and on password hashing), one at
 * a time, and brings the result or the operator's words for the failure back to the UI thread.
 */
final class Background {

	/** A service call that may be refused. */
	@FunctionalInterface
	interface Call<T> {
		T run() throws AdminException;
	}

	private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(r -> {
		Thread t = new Thread(r, "switchboard-admin");
		t.setDaemon(true);
		return t;
	});

	private Background() {
	}

	static <T> void run(UISynchronize sync, Messages m, Call<T> call, Consumer<T> done, Consumer<String> failed) {
		CompletableFuture.supplyAsync(() -> {
			try {
				return call.run();
			} catch (AdminException e) {
				throw new CompletionException(e);
			}
		}, WORKER).whenComplete((value, error) -> sync.asyncExec(() -> {
			if (error == null) {
				done.accept(value);
			} else {
				failed.accept(words(m, error instanceof CompletionException && error.getCause() != null
						? error.getCause() : error));
			}
		}));
	}

	static String words(Messages m, Throwable t) {
		if (t instanceof AdminException a) {
			return switch (a.reason()) {
			case DUPLICATE -> m.error_duplicate;
			case UNKNOWN_ACCOUNT -> m.error_unknownAccount;
			case LAST_ADMINISTRATOR -> m.error_lastAdministrator;
			case OWN_ACCOUNT -> m.error_ownAccount;
			case INVALID_INPUT -> m.error_invalidInput;
			};
		}
		if (t instanceof AccessDeniedException) {
			return m.error_denied;
		}
		if (t instanceof StoreException) {
			return MessageFormat.format(m.error_database, t.getMessage());
		}
		return String.valueOf(t);
	}
}
