package org.switchboard.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A filter of the operation log (SPEC S8).
 *
 * @param from     earliest time, inclusive
 * @param to       latest time, exclusive
 * @param operator one operator's account, or {@code null} for all
 * @param action   one action code (e.g. {@code login}), or {@code null} for all
 */
public record OperationLogQuery(Instant from, Instant to, String operator, String action) {

	public OperationLogQuery {
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
		operator = operator == null || operator.isBlank() ? null : operator;
		action = action == null || action.isBlank() ? null : action;
	}

	public static OperationLogQuery between(Instant from, Instant to) {
		return new OperationLogQuery(from, to, null, null);
	}

	public OperationLogQuery withOperator(String value) {
		return new OperationLogQuery(from, to, value, action);
	}

	public OperationLogQuery withAction(String value) {
		return new OperationLogQuery(from, to, operator, value);
	}
}
