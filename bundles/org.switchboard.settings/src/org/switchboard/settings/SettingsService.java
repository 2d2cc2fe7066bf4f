package org.switchboard.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import org.switchboard.core.OperationLog;
import org.switchboard.model.DialPermission;
import org.switchboard.model.Extension;
import org.switchboard.pbx.PbxFutures;
import org.switchboard.pbx.PbxGateway;
import org.switchboard.pbx.live.ExtensionView;
import org.switchboard.pbx.live.ExtensionViews;

/**
 * S1 do-not-disturb and S2 dial permission, for one extension (quick, from the right-click menu) or many (a
 * {@link Batch}): through the gateway (the PBX enforces both), each change one operation-log entry with its outcome.
 * The E4 context offers one over its gateway and log (inject {@code SettingsService}).
 */
public final class SettingsService {

	public static final String LOG_DND_ON = "dnd.on";
	public static final String LOG_DND_OFF = "dnd.off";
	public static final String LOG_PERMISSION = "permission.set";

	private final PbxGateway gateway;
	private final OperationLog log;

	public SettingsService(PbxGateway gateway, OperationLog log) {
		this.gateway = gateway;
		this.log = log;
	}

	public CompletableFuture<Void> setDnd(String extension, boolean on) {
		return record(on ? LOG_DND_ON : LOG_DND_OFF, extension, () -> gateway.setDnd(extension, on));
	}

	public CompletableFuture<Void> setDialPermission(String extension, DialPermission permission) {
		return record(LOG_PERMISSION, extension + " " + permission.getLiteral().toLowerCase(Locale.ROOT),
				() -> gateway.setDialPermission(extension, permission));
	}

	/**
	 * S2 from what the operator saw: sets the level only if the extension still has {@code seen}, else fails with
	 * {@link ChangedElsewhereException} naming the level it has now, and nothing is sent to the PBX. The live model
	 * hears another console's change at once (its {@code SwitchboardSetting} event), so a menu opened before that
	 * change cannot silently undo it. AstDB has no compare-and-set: two consoles choosing within the same few
	 * milliseconds still end with the later one, each choice logged.
	 */
	public CompletableFuture<Void> setDialPermission(String extension, DialPermission seen, DialPermission permission) {
		return record(LOG_PERMISSION, extension + " " + permission.getLiteral().toLowerCase(Locale.ROOT),
				() -> gateway.model().read(site -> {
					// the level as the operator's menu showed it (the view's reading of the extension)
					var e = gateway.model().extension(extension);
					return e == null ? null : ExtensionViews.of(e).permission();
				})
						.thenCompose(now -> now != seen
								? CompletableFuture.<Void>failedFuture(new ChangedElsewhereException(extension, now))
								: gateway.setDialPermission(extension, permission)));
	}

	/** One change applied to an extension: what a batch does to each of its extensions. */
	public CompletableFuture<Void> apply(Change change, String extension) {
		return switch (change) {
		case Change.Dnd d -> setDnd(extension, d.on());
		case Change.Permission p -> setDialPermission(extension, p.permission());
		};
	}

	/** The site's extensions as the live model knows them now, in number order (completes off the UI thread). */
	public CompletableFuture<List<ExtensionView>> extensions() {
		return gateway.model().read(site -> {
			List<ExtensionView> out = new ArrayList<>();
			for (Extension e : site.getExtensions()) {
				out.add(ExtensionViews.of(e));
			}
			out.sort((a, b) -> ExtensionViews.NUMBER_ORDER.compare(a.number(), b.number()));
			return out;
		});
	}

	private <T> CompletableFuture<T> record(String action, String target, Supplier<CompletableFuture<T>> operation) {
		return log == null ? PbxFutures.safely(operation) : log.recordWhenDone(action, target, () -> PbxFutures.safely(operation));
	}
}
