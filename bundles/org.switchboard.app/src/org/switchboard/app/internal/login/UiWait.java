package org.switchboard.app.internal.login;

import java.util.concurrent.CompletableFuture;

import org.eclipse.swt.SWTException;
import org.eclipse.swt.widgets.Display;

/**
 * Runs the UI thread's event loop until a future is done (before the workbench has an event loop of its own).
 * <p>
 * The future's completion is told to the loop with an empty {@code asyncExec}, never with {@code Display.wake()}
 * alone: on GTK a wake that lands while the UI thread is between two polls can be lost (SWT clears its wake flag
 * just before it polls again), and the loop then sleeps until some unrelated event comes, 15 s and more on a quiet
 * screen. That was issue 14's start-up stall (21–23 s instead of 7–10 s in 4 of 39 autologin starts). A runnable
 * in the queue is seen by {@code sleep()} whenever it arrives.
 */
public final class UiWait {

	private UiWait() {
	}

	/** Dispatches events until {@code future} is done, then returns it (done). Call on the display's thread. */
	public static <T> CompletableFuture<T> until(Display display, CompletableFuture<T> future) {
		future.whenComplete((r, e) -> {
			try {
				display.asyncExec(() -> {
					// nothing to do: being in the queue ends the sleep
				});
			} catch (SWTException disposed) {
				// the display is gone: nobody is waiting
			}
		});
		while (!future.isDone() && !display.isDisposed()) {
			if (!display.readAndDispatch()) {
				display.sleep();
			}
		}
		return future;
	}
}
