package org.switchboard.extensions;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import org.switchboard.core.OperationLog;
import org.switchboard.model.DialPermission;
import org.switchboard.pbx.PbxFutures;
import org.switchboard.pbx.PbxGateway;

/**
 * Extension settings the operator changes from the panel (S1 quick DND, S2 quick dial permission): through the
 * gateway, each recorded in the operation log with its outcome. The E4 context offers one over its gateway and log
 * (inject {@code ExtensionService}; see {@code ExtensionServiceFunction}).
 */
public final class ExtensionService {

	public static final String LOG_DND_ON = "dnd.on";
	public static final String LOG_DND_OFF = "dnd.off";
	public static final String LOG_PERMISSION = "permission.set";

	private final PbxGateway gateway;
	private final OperationLog log;

	public ExtensionService(PbxGateway gateway, OperationLog log) {
		this.gateway = gateway;
		this.log = log;
	}

	public CompletableFuture<Void> setDnd(String extension, boolean on) {
		return record(on ? LOG_DND_ON : LOG_DND_OFF, extension, () -> gateway.setDnd(extension, on));
	}

	public CompletableFuture<Void> setDialPermission(String extension, DialPermission permission) {
		return record(LOG_PERMISSION, extension + " " + permission.getLiteral().toLowerCase(java.util.Locale.ROOT),
				() -> gateway.setDialPermission(extension, permission));
	}

	private <T> CompletableFuture<T> record(String action, String target, Supplier<CompletableFuture<T>> operation) {
		return log == null ? PbxFutures.safely(operation) : log.recordWhenDone(action, target, PbxFutures.safely(operation));
	}
}
