package org.switchboard.pbx;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/** Helpers for the futures the gateway returns, shared by every area that calls it. */
public final class PbxFutures {

	private PbxFutures() {
	}

	/** A future even when the gateway refuses at once (e.g. invalid input thrown instead of returned). */
	public static <T> CompletableFuture<T> safely(Supplier<CompletableFuture<T>> operation) {
		try {
			CompletableFuture<T> f = operation.get();
			return f != null ? f
					: CompletableFuture.failedFuture(new PbxException(PbxException.Reason.PBX_ERROR, "no result"));
		} catch (RuntimeException e) {
			return CompletableFuture.failedFuture(e);
		}
	}
}
