package org.switchboard.pbx.asterisk.internal;

import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

import org.asteriskjava.manager.event.BridgeEnterEvent;
import org.asteriskjava.manager.event.DialEndEvent;
import org.asteriskjava.manager.event.HangupEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.event.NewChannelEvent;
import org.asteriskjava.manager.event.NewExtenEvent;
import org.asteriskjava.manager.event.OriginateResponseEvent;
import org.asteriskjava.manager.event.QueueCallerJoinEvent;
import org.asteriskjava.manager.event.VarSetEvent;
import org.switchboard.pbx.PbxException;
import org.switchboard.pbx.PbxException.Reason;

/**
 * C1: how the operator's call to a number went once the operator's phone answered. Asterisk accepts the async
 * {@code Originate} as soon as the operator's phone is up; what the number does then only shows on the operator's
 * channel, and is decided by what decides a call, not by the site's context names:
 * <ul>
 * <li>connected: the channel enters a bridge, joins a queue, or runs a service application (Queue, Echo,
 * ConfBridge, ...);</li>
 * <li>failed: the channel runs {@code Busy} (before any {@code Dial}: do not disturb) or {@code Congestion}, or hangs up after its {@code Dial} ended with a
 * failed dial status (DialEnd or the DIALSTATUS variable: BUSY, NOANSWER, CHANUNAVAIL, CONGESTION), or hangs up with a
 * failure cause (Q.850: 17 busy, 21 rejected, which the site's permission check uses, 1/3/28 no such number,
 * 34/38/42 congestion, ...), or is cleared normally before anything answered;</li>
 * <li>not a failure: a hang-up this console asked for, the operator cancelling the dial from the phone, or a normal
 * clearing after an announcement played to the operator (a recorded service).</li>
 * </ul>
 * Fed the raw AMI events in order, on one thread (the live model's); its result completes there, so a waiter must
 * not run its continuation on it.
 */
public final class CallOutcome {

	/** Dialplan applications that mean the call reached something (the number is a service, not a phone). */
	private static final Set<String> SERVICES = Set.of("queue", "echo", "confbridge", "meetme", "musiconhold", "park",
			"parkedcall", "chanspy", "extenspy", "voicemail", "voicemailmain", "bridge", "followme", "page");

	private final String devicePrefix;
	private final String number;
	private final String actionId;
	private final Predicate<String> hungUpHere;
	private final CompletableFuture<Void> result = new CompletableFuture<>();
	private String channel;
	/** The failure a finished Dial reported; the call may still reach something else (a voicemail, say). */
	private PbxException dialFailure;
	/** The operator cancelled the dial (put the phone down while the number rang). */
	private boolean cancelled;
	/** The dialplan played an announcement to the operator. */
	private boolean announced;
	/** The channel started a Dial: a Busy before any is the PBX refusing the number without ringing it (DND). */
	private boolean dialled;

	/**
	 * @param device     the operator's device ({@code PJSIP/1001}); the call's channel is its first new channel
	 * @param actionId   the ActionID of the originate (its response names the channel)
	 * @param hungUpHere whether this console hung up a channel (by unique id)
	 */
	public CallOutcome(String device, String number, String actionId, Predicate<String> hungUpHere) {
		this.devicePrefix = device + "-";
		this.number = number;
		this.actionId = actionId;
		this.hungUpHere = hungUpHere;
	}

	public CompletableFuture<Void> result() {
		return result;
	}

	/** The operator's channel of this call, once seen (else null). */
	public String channel() {
		return channel;
	}

	public void observe(ManagerEvent event) {
		if (result.isDone()) {
			return;
		}
		switch (event) {
		case NewChannelEvent e -> {
			if (channel == null && e.getChannel() != null && e.getChannel().startsWith(devicePrefix)) {
				channel = e.getUniqueId();
			}
		}
		case OriginateResponseEvent e -> {
			if (actionId.equals(e.getActionId()) && e.getUniqueId() != null && !e.getUniqueId().isBlank()
					&& !"<null>".equals(e.getUniqueId())) {
				channel = e.getUniqueId();
			}
		}
		case NewExtenEvent e -> {
			if (isOurs(e.getUniqueId())) {
				String app = e.getApplication() == null ? "" : e.getApplication().toLowerCase(Locale.ROOT);
				if (app.equals("dial")) {
					dialled = true;
				} else if (app.equals("busy") && !dialled) {
					// refused as busy before its phone rang: the site's do-not-disturb (SPEC: DND/<ext>, any value)
					result.completeExceptionally(new PbxException(Reason.BUSY, PbxException.Detail.DO_NOT_DISTURB,
							number + " does not accept calls (do not disturb)."));
				} else if (app.equals("busy")) {
					fail(Reason.BUSY, number + " is busy.");
				} else if (app.equals("congestion")) {
					fail(Reason.CONGESTION, "The network is congested; " + number + " cannot be called now.");
				} else if (SERVICES.contains(app)) {
					result.complete(null);
				} else if (app.equals("playback")) {
					announced = true;
				}
			}
		}
		case DialEndEvent e -> {
			if (isOurs(e.getUniqueId())) {
				dialEnded(e.getDialStatus());
			}
		}
		case VarSetEvent e -> {
			if (isOurs(e.getUniqueId()) && "DIALSTATUS".equals(e.getVariable())) {
				dialEnded(e.getValue());
			}
		}
		case BridgeEnterEvent e -> {
			if (isOurs(e.getUniqueId())) {
				result.complete(null);
			}
		}
		case QueueCallerJoinEvent e -> {
			if (isOurs(e.getUniqueId())) {
				result.complete(null);
			}
		}
		case HangupEvent e -> {
			if (isOurs(e.getUniqueId())) {
				hungUp(e.getCause() == null ? 0 : e.getCause());
			}
		}
		default -> {
			// not about the operator's call
		}
		}
	}

	private boolean isOurs(String uniqueId) {
		return channel != null && channel.equals(uniqueId);
	}

	private void hungUp(int cause) {
		if (hungUpHere.test(channel)) {
			result.complete(null); // the operator hung up before the number answered
			return;
		}
		if (dialFailure != null) {
			result.completeExceptionally(dialFailure);
			return;
		}
		switch (cause) {
		case 0, 16, 31 -> {
			if (cancelled || announced) {
				result.complete(null);
			} else {
				fail(Reason.NO_ANSWER, "The call to " + number + " ended before anyone answered.");
			}
		}
		case 17 -> fail(Reason.BUSY, number + " is busy.");
		case 18, 19 -> fail(Reason.NO_ANSWER, number + " did not answer.");
		case 21, 54, 55, 57, 87 -> fail(Reason.NOT_PERMITTED, "Your extension may not dial " + number + ".");
		case 1, 3, 22, 28 -> fail(Reason.NOT_FOUND, number + " does not exist.");
		case 20, 27 -> fail(Reason.UNREACHABLE, number + " cannot be reached.");
		case 34, 38, 41, 42, 44 -> fail(Reason.CONGESTION,
				"The network is congested; " + number + " cannot be called now.");
		default -> fail(Reason.REJECTED, "The call to " + number + " was refused (cause " + cause + ").");
		}
	}

	private void dialEnded(String status) {
		String s = status == null ? "" : status.toUpperCase(Locale.ROOT);
		if (s.equals("CANCEL")) {
			cancelled = true;
		}
		PbxException failure = dialFailure(s);
		if (failure != null) {
			dialFailure = failure;
		}
	}

	private PbxException dialFailure(String s) {
		return switch (s) {
		case "BUSY" -> new PbxException(Reason.BUSY, number + " is busy.");
		case "NOANSWER" -> new PbxException(Reason.NO_ANSWER, number + " did not answer.");
		case "CHANUNAVAIL" -> new PbxException(Reason.UNREACHABLE, number + " cannot be reached (not registered).");
		case "CONGESTION" -> new PbxException(Reason.CONGESTION,
				"The network is congested; " + number + " cannot be called now.");
		case "DONTCALL", "TORTURE" -> new PbxException(Reason.REJECTED, number + " refused the call.");
		default -> null; // ANSWER (the bridge follows), CANCEL (the operator hung up), unknown
		};
	}

	private void fail(Reason reason, String message) {
		result.completeExceptionally(new PbxException(reason, message));
	}
}
