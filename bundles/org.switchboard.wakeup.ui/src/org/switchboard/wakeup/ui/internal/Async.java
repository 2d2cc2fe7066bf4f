package org.switchboard.wakeup.ui.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.swt.widgets.Control;

/** Runs database and PBX work off the UI thread and hands the result back to a control's UI thread. */
final class Async {

	private Async() {
	}

	static <T> void run(Control owner, Supplier<T> work, Consumer<T> done, Consumer<Throwable> failed) {
		CompletableFuture.supplyAsync(work).whenComplete((value, error) -> {
			if (owner.isDisposed()) {
				return;
			}
			owner.getDisplay().asyncExec(() -> {
				if (owner.isDisposed()) {
					return;
				}
				if (error == null) {
					done.accept(value);
				} else {
					failed.accept(error instanceof CompletionException && error.getCause() != null ? error.getCause()
							: error);
				}
			});
		});
	}
}
