package org.switchboard.core;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.switchboard.model.Outcome;

/**
 * The operation log every area writes to: who did what, to what, when, and how it went (SPEC S8). Available in the
 * application's context once an operator is logged in (inject {@code OperationLog}). Recording never blocks the
 * caller: entries are written to the store in the background, in order.
 */
public interface OperationLog {

	/**
	 * Records an action by the current operator.
	 *
	 * @param action a stable code, e.g. {@code call.blindTransfer}, {@code dnd.on}, {@code login}
	 * @param target what it was done to, e.g. an extension or number
	 * @param detail free text, e.g. the PBX's reason for a failure; may be empty
	 */
	void record(String action, String target, Outcome outcome, String detail);

	/**
	 * Records an action of a given operator (e.g. a failed login, before anyone is logged in). A log that does not
	 * keep operators of its own records it as the current operator's.
	 */
	default void record(String operator, String action, String target, Outcome outcome, String detail) {
		record(action, target, outcome, detail);
	}

	/**
	 * Records an action once its asynchronous result is known: success, or failure with the error's message. Returns
	 * the same result so calls can be chained.
	 */
	default <T> CompletableFuture<T> recordWhenDone(String action, String target, CompletableFuture<T> result) {
		result.whenComplete((value, error) -> {
			if (error == null) {
				record(action, target, Outcome.SUCCESS, "");
			} else {
				Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause()
						: error;
				record(action, target, Outcome.FAILURE, String.valueOf(cause.getMessage()));
			}
		});
		return result;
	}
}
