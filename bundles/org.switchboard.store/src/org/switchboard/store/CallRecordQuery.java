package org.switchboard.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

import org.switchboard.model.CallDisposition;

/**
 * A filter of the call records (SPEC S6).
 *
 * @param from         earliest start, inclusive
 * @param to           latest start, exclusive
 * @param number       a number that called or was called (exact), or {@code null} for any
 * @param dispositions the dispositions to show; empty for all
 */
public record CallRecordQuery(Instant from, Instant to, String number, Set<CallDisposition> dispositions) {

	public CallRecordQuery {
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
		number = number == null || number.isBlank() ? null : number.strip();
		dispositions = dispositions == null ? Set.of() : Set.copyOf(dispositions);
	}

	public static CallRecordQuery between(Instant from, Instant to) {
		return new CallRecordQuery(from, to, null, Set.of());
	}

	public CallRecordQuery withNumber(String value) {
		return new CallRecordQuery(from, to, value, dispositions);
	}

	public CallRecordQuery withDispositions(Set<CallDisposition> values) {
		return new CallRecordQuery(from, to, number, values);
	}
}
