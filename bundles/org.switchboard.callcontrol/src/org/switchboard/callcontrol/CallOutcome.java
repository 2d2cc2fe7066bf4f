package org.switchboard.callcontrol;

import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.switchboard.model.Channel;
import org.switchboard.model.Extension;
import org.switchboard.pbx.PbxException;
import org.switchboard.pbx.PbxGateway;
import org.switchboard.pbx.PbxListener;
import org.switchboard.pbx.event.PbxEvent;

/**
 * C1: how the operator's call to a number went after the operator's own phone answered. The PBX accepts the
 * {@code Originate} as soon as the operator's phone is up; whether the number then answers, is busy (DND), is not
 * permitted or rings out only shows on the operator's channel. Watches the new channel of the operator's phone:
 * completes when it is bridged (or reaches a service such as the queue or the echo test), fails with the reason in
 * plain words when it runs {@code Busy}/{@code Congestion}, lands in the permission check, or hangs up unconnected.
 * Events are told on the live model's thread; the watcher only looks at the operator's channels.
 */
final class CallOutcome implements PbxListener {

	/** Dialplan applications that mean the call reached something (the number is a service, not a phone). */
	private static final Set<String> REACHED = Set.of("queue", "echo", "confbridge", "musiconhold", "park",
			"parkedcall", "chanspy", "voicemail", "playback", "wait", "bridge");
	private static final long WATCH_SECONDS = 90;

	private final String devicePrefix;
	private final String number;
	private final Set<String> before;
	private final Set<String> hungUpHere;
	private final CompletableFuture<Void> result = new CompletableFuture<>();
	private volatile String channel;

	private CallOutcome(String device, String number, Set<String> before, Set<String> hungUpHere) {
		this.devicePrefix = device + "-";
		this.number = number;
		this.before = before;
		this.hungUpHere = hungUpHere;
	}

	/**
	 * Starts watching before the call is placed (the operator's channel can reach its outcome before the PBX confirms
	 * the Originate), then places it.
	 */
	static CompletableFuture<Void> call(PbxGateway gateway, String operatorExtension, String number,
			Set<String> hungUpHere) {
		Set<String> before = ConcurrentHashMap.newKeySet();
		return gateway.model().read(site -> {
			Extension op = gateway.model().extension(operatorExtension);
			if (op != null) {
				for (Channel c : op.getChannels()) {
					before.add(c.getUniqueId());
				}
			}
			return op != null && op.getDevice() != null && !op.getDevice().isEmpty() ? op.getDevice()
					: "PJSIP/" + operatorExtension;
		}).thenCompose(device -> {
			CallOutcome watch = new CallOutcome(device, number, before, hungUpHere);
			gateway.addListener(watch);
			watch.result.whenComplete((v, e) -> gateway.removeListener(watch));
			CompletableFuture<Void> placed = org.switchboard.pbx.PbxFutures
					.safely(() -> gateway.call(operatorExtension, number));
			placed.whenComplete((v, e) -> {
				if (e != null) {
					watch.result.completeExceptionally(e);
				}
			});
			// past the time-out the call was placed and nothing went wrong: that counts as done
			CompletableFuture<Void> watched = watch.result.copy().completeOnTimeout(null, WATCH_SECONDS,
					TimeUnit.SECONDS);
			watched.whenComplete((v, e) -> watch.result.complete(null));
			return placed.thenCompose(v -> watched);
		});
	}

	@Override
	public void onEvent(PbxEvent event) {
		if (result.isDone()) {
			return;
		}
		switch (event) {
		case PbxEvent.ChannelUpdated u -> {
			PbxEvent.ChannelInfo c = u.channel();
			if (channel == null && c.name() != null && c.name().startsWith(devicePrefix)
					&& !before.contains(c.uniqueId())) {
				channel = c.uniqueId();
			}
			if (c.uniqueId().equals(channel)) {
				String app = c.application() == null ? "" : c.application().toLowerCase(java.util.Locale.ROOT);
				if (app.equals("busy")) {
					fail(PbxException.Reason.BUSY, number + " is busy or does not accept calls.");
				} else if (app.equals("congestion")) {
					fail(PbxException.Reason.REJECTED, "The network is congested; " + number + " cannot be called now.");
				} else if ("sub-permission".equals(c.context())) {
					fail(PbxException.Reason.REJECTED, "Your extension may not dial " + number + ".");
				} else if (REACHED.contains(app)) {
					result.complete(null);
				}
			}
		}
		case PbxEvent.ChannelBridged b -> {
			if (b.uniqueId().equals(channel) && b.bridgeId() != null) {
				result.complete(null);
			}
		}
		case PbxEvent.ChannelHungup h -> {
			if (h.uniqueId().equals(channel)) {
				if (hungUpHere.remove(h.uniqueId())) {
					result.complete(null); // the operator hung up before the number answered
				} else {
					switch (h.cause()) {
					case 17 -> fail(PbxException.Reason.BUSY, number + " is busy.");
					case 21 -> fail(PbxException.Reason.REJECTED, "The call to " + number + " was refused.");
					case 1, 3, 28 -> fail(PbxException.Reason.NOT_FOUND, number + " does not exist.");
					case 34, 38, 42 -> fail(PbxException.Reason.REJECTED,
							"The network is congested; " + number + " cannot be called now.");
					default -> fail(PbxException.Reason.NO_ANSWER, number + " did not answer.");
					}
				}
			}
		}
		default -> {
			// not about the operator's call
		}
		}
	}

	private void fail(PbxException.Reason reason, String message) {
		result.completeExceptionally(new PbxException(reason, message));
	}
}
