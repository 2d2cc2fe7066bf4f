package org.switchboard.pbx;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import org.switchboard.model.DialPermission;
import org.switchboard.model.WakeUpOutcome;
import org.switchboard.model.live.LiveModel;
import org.switchboard.pbx.event.PbxEvent;

/**
 * The console's connection to one PBX: operations and the live state. No vendor types cross this interface; an
 * implementation for Asterisk lives in {@code org.switchboard.pbx.asterisk}, and another vendor's can be added as
 * another bundle offering a {@link PbxGatewayFactory}.
 * <p>
 * Every operation returns at once. Its future completes when the PBX has accepted (or done) the operation, or
 * completes exceptionally with a {@link PbxException}: its {@link PbxException.Reason} says why (the UI turns it into
 * text), its message is for the log. Futures complete
 * on a gateway thread, never on the UI thread: callers hop to the UI themselves. Every number and text is
 * validated with {@link PbxInput} before anything is sent; bad input fails the future with
 * {@link PbxException.Reason#INVALID_INPUT}.
 * <p>
 * Identifiers: extensions by number ({@code "1002"}); channels by the unique id the live model shows
 * ({@code Channel.uniqueId}); queue entries by the caller channel's unique id.
 */
public interface PbxGateway extends AutoCloseable {

	/**
	 * The logger every back-end writes the PBX conversation to (what it sends and what it receives, at level FINE):
	 * the console's log keeps it, the terminal never shows it.
	 */
	String CONVERSATION_LOG = "org.switchboard.pbx.conversation";

	/** The live state this gateway keeps in sync with the PBX (see {@link LiveModel} for its threading rule). */
	LiveModel model();

	/**
	 * Connects, logs in and synchronises the live model; afterwards keeps it in sync and reconnects with back-off
	 * when the connection drops, resynchronising from scratch each time.
	 */
	CompletableFuture<Void> connect(PbxEndpoint endpoint);

	/**
	 * As {@link #connect}, for an operator about to see the live model: completes once it shows what the home screen
	 * shows (the extensions with their states, the calls, the queues, DND, dial permissions and night service). The
	 * same synchronisation then reads the details nothing on the screen waits for (registrations, device states),
	 * once {@code detailsWhen} completes (the screen is up; {@code null}: at once) or a few seconds have passed, and
	 * ends as {@link #connect} does, with the connection's status turning connected. On a site of 10,000 extensions
	 * the details are half the synchronisation, and read alongside they slowed the screen's start by half a second
	 * (issue 14, P3). If they cannot be read the status stays synchronising until the next synchronisation.
	 */
	default CompletableFuture<Void> connectShowing(PbxEndpoint endpoint, CompletionStage<?> detailsWhen) {
		return connect(endpoint);
	}

	/** Logs off and stops reconnecting. */
	CompletableFuture<Void> disconnect();

	/** Events are told after they were applied to the live model, on its owner thread; listeners must not block. */
	void addListener(PbxListener listener);

	void removeListener(PbxListener listener);

	/**
	 * C1: rings the operator's phone first, then the number. Completes when the call is connected (answered, or the
	 * number reached a service such as a queue), or when the operator hangs up through this gateway before that;
	 * fails with {@code BUSY}, {@code NOT_PERMITTED}, {@code NOT_FOUND}, {@code NO_ANSWER}, {@code CONGESTION},
	 * {@code UNREACHABLE} or {@code REJECTED} otherwise.
	 */
	CompletableFuture<Void> call(String operatorExtension, String number);

	/** C2: brings a caller waiting in a queue to the operator's phone. */
	CompletableFuture<Void> answer(String queue, String callerUniqueId, String operatorExtension);

	/** C3: hangs up one channel (the call ends for the party on it). */
	CompletableFuture<Void> hangup(String channelUniqueId);

	/** C4: puts the party on the given channel on hold (they hear music on hold). */
	CompletableFuture<Void> hold(String channelUniqueId);

	/** C4: reconnects a held party to the operator's phone. */
	CompletableFuture<Void> resume(String heldChannelUniqueId, String operatorExtension);

	/** X1: sends the operator's peer on the given operator channel straight to the target number. */
	CompletableFuture<Void> blindTransfer(String operatorChannelUniqueId, String target);

	/**
	 * X2: the operator first talks to the target; when the operator hangs up, the peer and the target are connected.
	 */
	CompletableFuture<Void> attendedTransfer(String operatorChannelUniqueId, String target);

	/** X3: the operator hears both parties of the extension's call; they do not hear the operator. */
	CompletableFuture<Void> monitor(String operatorExtension, String targetExtension);

	/** X4: the operator joins the extension's call (three-way). */
	CompletableFuture<Void> barge(String operatorExtension, String targetExtension);

	/** X5: hangs up both parties of the extension's call at once. */
	CompletableFuture<Void> forceRelease(String extension);

	/**
	 * S1: do-not-disturb on or off; the PBX then refuses calls to the extension. Like every setting change (S1, S2,
	 * S4) it reaches the live model of the other consoles on the same PBX within a second.
	 */
	CompletableFuture<Void> setDnd(String extension, boolean on);

	/** S2: the widest kind of number the extension may dial; the PBX enforces it. */
	CompletableFuture<Void> setDialPermission(String extension, DialPermission permission);

	/**
	 * S3: calls the extension now and plays the wake-up prompt; completes with the outcome (answered, no answer,
	 * busy, failed, congestion) once the PBX knows it.
	 */
	CompletableFuture<WakeUpOutcome> wakeUp(String extension, String prompt, Duration ringFor);

	/**
	 * S4: night service of a queue on (calls to the queue go to the night number, after the prompt; callers already
	 * waiting in it are moved there too) or off.
	 */
	CompletableFuture<Void> setNightService(String queue, boolean on, String nightNumber, String prompt);

	/** Q1: the operator goes online (receives queue calls) or offline in the operator queue. */
	CompletableFuture<Void> setOperatorOnline(String queue, String operatorExtension, boolean online);

	/**
	 * S5: the name the PBX gives an extension, from its caller id ({@code "Ext 1002" <1002>} gives {@code Ext 1002});
	 * empty when it has none or the PBX knows no such extension. One request per extension: callers throttle it.
	 * A back-end that cannot ask completes empty.
	 */
	default CompletableFuture<java.util.Optional<String>> extensionName(String extension) {
		return CompletableFuture.completedFuture(java.util.Optional.empty());
	}

	/** Disconnects and releases threads. */
	@Override
	void close();

	/** Convenience for listeners that only care about some events. */
	default void addListener(Class<? extends PbxEvent> type, PbxListener listener) {
		addListener(event -> {
			if (type.isInstance(event)) {
				listener.onEvent(event);
			}
		});
	}
}
