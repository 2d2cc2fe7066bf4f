package org.switchboard.phonebook.ui.internal;

import java.text.MessageFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.switchboard.pbx.PbxException;
import org.switchboard.store.StoreException;

/**
 * Phonebook changes wait for the database: they run here, one at a time in order, never on the UI thread; the
 * result (or the failure, in words) comes back on the UI thread.
 */
final class Background {

	private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(r -> {
		Thread t = new Thread(r, "phonebook changes");
		t.setDaemon(true);
		return t;
	});

	private Background() {
	}

	/** Runs the work in order with the other changes; a failure is shown in an error dialog, in words. */
	static <T> CompletableFuture<T> run(Display display, Messages messages, Supplier<T> work, Consumer<T> onUi) {
		return run(display, work, value -> {
			if (onUi != null) {
				onUi.accept(value);
			}
		}, error -> MessageDialog.openError(display.getActiveShell(), messages.error_title, describe(messages, error)));
	}

	/** Runs the work in order with the other changes; the result or the failure is handed over on the UI thread. */
	static <T> CompletableFuture<T> run(Display display, Supplier<T> work, Consumer<T> onUi,
			Consumer<Throwable> onError) {
		CompletableFuture<T> result = CompletableFuture.supplyAsync(work, WORKER);
		result.whenComplete((value, error) -> {
			if (display.isDisposed()) {
				return;
			}
			display.asyncExec(() -> {
				if (error == null) {
					onUi.accept(value);
				} else {
					onError.accept(error);
				}
			});
		});
		return result;
	}

	/** A failure in the operator's words: what was wrong with the input, or what the database said. */
	static String describe(Messages messages, Throwable error) {
		Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
		if (cause instanceof PbxException p && p.reason() == PbxException.Reason.INVALID_INPUT) {
			return MessageFormat.format(messages.error_invalid, p.getMessage());
		}
		if (cause instanceof StoreException s && s.reason() == StoreException.Reason.DUPLICATE) {
			return messages.error_duplicate;
		}
		if (cause instanceof StoreException s && s.reason() == StoreException.Reason.CHANGED_ELSEWHERE) {
			return messages.error_changed;
		}
		if (cause instanceof StoreException s) {
			return MessageFormat.format(messages.error_store, s.getMessage());
		}
		return MessageFormat.format(messages.error_store, String.valueOf(cause.getMessage()));
	}
}
