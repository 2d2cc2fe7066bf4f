package org.switchboard.pbx.asterisk.internal;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.event.OriginateResponseEvent;
import org.asteriskjava.manager.action.OriginateAction;
import org.switchboard.pbx.PbxException;
import org.switchboard.pbx.PbxException.Reason;

/**
 * Async originates: sent with {@code sendAction} (as an event-generating action the library's 5 s event time-out
 * would fire before a long ring time ends) and completed by their {@code OriginateResponse}, matched by ActionID.
 */
final class Originates {

	private final Map<String, CompletableFuture<OriginateResponseEvent>> pending = new ConcurrentHashMap<>();
	private final AtomicInteger ids = new AtomicInteger();
	private final Executor io;

	Originates(Executor io) {
		this.io = io;
	}

	/** A new ActionID for an originate, to be given to {@link #originate}. */
	String nextId() {
		return "switchboard-" + ids.incrementAndGet();
	}

	/** An async Originate of the channel, ringing at most {@code ringFor}. */
	static OriginateAction action(String channel, Duration ringFor) {
		OriginateAction a = new OriginateAction();
		a.setChannel(channel);
		a.setTimeout(ringFor.toMillis());
		a.setAsync(true);
		return a;
	}

	/** Sends the originate and waits for its OriginateResponse (blocks the calling I/O thread). */
	OriginateResponseEvent originate(AmiActions actions, OriginateAction a, Duration ringFor) throws Exception {
		if (a.getActionId() == null) {
			a.setActionId(nextId());
		}
		String id = a.getActionId();
		CompletableFuture<OriginateResponseEvent> response = new CompletableFuture<>();
		pending.put(id, response);
		try {
			actions.send(a);
			return response.get(ringFor.toMillis() + 15_000, TimeUnit.MILLISECONDS);
		} catch (java.util.concurrent.TimeoutException e) {
			throw new PbxException(Reason.TIMEOUT, "The PBX did not report how the call went.", e);
		} finally {
			pending.remove(id);
		}
	}

	/** Pump thread: completes the waiting originate elsewhere, never here. */
	void onEvent(ManagerEvent event) {
		if (event instanceof OriginateResponseEvent o && o.getActionId() != null) {
			CompletableFuture<OriginateResponseEvent> f = pending.remove(o.getActionId());
			if (f != null) {
				io.execute(() -> f.complete(o));
			}
		}
	}

	void failAll(String message) {
		for (String id : List.copyOf(pending.keySet())) {
			CompletableFuture<OriginateResponseEvent> f = pending.remove(id);
			if (f != null) {
				io.execute(() -> f.completeExceptionally(new PbxException(Reason.NOT_CONNECTED, message)));
			}
		}
	}

	/** Why an originated phone did not answer, from the OriginateResponse reason. */
	static PbxException failure(int reason, String who) {
		return switch (reason) {
		case 1, 3 -> new PbxException(Reason.NO_ANSWER, who + " did not answer.");
		case 5 -> new PbxException(Reason.BUSY, who + " is busy.");
		case 8 -> new PbxException(Reason.CONGESTION, "The network is congested; " + who + " cannot be called now.");
		default -> new PbxException(Reason.UNREACHABLE, who + " cannot be reached (not registered or unknown).");
		};
	}
}
