package org.switchboard.callcontrol;

import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.switchboard.core.AccessDeniedException;
import org.switchboard.core.OperationLog;
import org.switchboard.core.Right;
import org.switchboard.model.Outcome;
import org.switchboard.pbx.PbxFutures;
import org.switchboard.pbx.PbxException;
import org.switchboard.pbx.PbxGateway;

/**
 * Carries out the business buttons through the PBX gateway for the operator at one extension, and records each
 * action with its outcome in the operation log. Every method returns at once; the future completes on a gateway
 * thread with the PBX's answer (a {@link PbxException} on failure).
 */
public final class CallControl {

	private final PbxGateway gateway;
	private final OperationLog log;
	private final String operatorExtension;
	private final CallFeed feed;
	private final Predicate<Right> allowed;

	/**
	 * @param feed    the call feed of the same operator (told about holds so held parties stay in the call list);
	 *                may be null
	 * @param allowed whether the operator has a right now (monitor, barge-in and force release are privileged);
	 *                asked at each privileged action, so a change by an administrator or a handover counts at once
	 */
	public CallControl(PbxGateway gateway, OperationLog log, String operatorExtension, CallFeed feed,
			Predicate<Right> allowed) {
		this.gateway = gateway;
		this.log = log;
		this.operatorExtension = operatorExtension;
		this.feed = feed;
		this.allowed = allowed;
	}

	public String operatorExtension() {
		return operatorExtension;
	}

	/** Runs the action on what the situation says it applies to. */
	public CompletableFuture<Void> perform(CallAction action, Situation s) {
		if (!s.allows(action)) {
			return CompletableFuture.failedFuture(new PbxException(PbxException.Reason.NOT_FOUND,
					"nothing selected that this action applies to"));
		}
		return switch (action) {
		case CALL -> call(s.numberToCall());
		case ANSWER -> answerHolding(s.callerToAnswer(), s.callToHold());
		case HANGUP -> hangup(s.callToHangUp());
		case HOLD -> hold(s.callToHold());
		case RESUME -> resume(s.callToResume());
		case BLIND_TRANSFER -> blindTransfer(s.callToTransfer(), s.transferTarget());
		case ATTENDED_TRANSFER -> attendedTransfer(s.callToTransfer(), s.transferTarget());
		case MONITOR -> monitor(s.extensionInCall().number());
		case BARGE -> barge(s.extensionInCall().number());
		case FORCE_RELEASE -> forceRelease(
				(s.extensionInCall() != null ? s.extensionInCall() : s.extensionRinging()).number());
		};
	}

	/** What the operation log names as the target of the action in this situation. */
	public static String targetOf(CallAction action, Situation s) {
		return switch (action) {
		case CALL -> s.numberToCall();
		case ANSWER -> s.callerToAnswer() == null ? "" : s.callerToAnswer().number();
		case HANGUP -> s.callToHangUp() == null ? "" : s.callToHangUp().peerNumber();
		case HOLD -> s.callToHold() == null ? "" : s.callToHold().peerNumber();
		case RESUME -> s.callToResume() == null ? "" : s.callToResume().peerNumber();
		case BLIND_TRANSFER, ATTENDED_TRANSFER -> s.transferTarget();
		case MONITOR, BARGE -> s.extensionInCall() == null ? "" : s.extensionInCall().number();
		case FORCE_RELEASE -> s.extensionInCall() != null ? s.extensionInCall().number()
				: s.extensionRinging() != null ? s.extensionRinging().number() : "";
		};
	}

	/**
	 * C1: the operator's phone rings, then the number. Completes when the number answered (or reached a service),
	 * or the operator hung up first; fails when it is busy, not permitted, unknown or did not answer.
	 */
	public CompletableFuture<Void> call(String number) {
		if (operatorExtension.equals(number == null ? null : number.strip())) {
			// the PBX would ring the operator's phone and connect it to itself
			return record(CallAction.CALL, number, () -> CompletableFuture.failedFuture(new PbxException(
					PbxException.Reason.INVALID_INPUT, PbxException.Detail.OWN_EXTENSION,
					"An operator cannot call the operator's own extension " + operatorExtension + ".")));
		}
		return record(CallAction.CALL, number, () -> gateway.call(operatorExtension, number));
	}

	public CompletableFuture<Void> answer(QueueCallerView caller) {
		return record(CallAction.ANSWER, caller.number(),
				() -> gateway.answer(caller.queue(), caller.uniqueId(), operatorExtension));
	}

	/**
	 * C2 while in a call: as attendant consoles do, the call in progress goes on hold first (it stays in the call
	 * list as held), then the caller is answered; the caller is not taken when the hold fails, so the operator never
	 * ends up with two parties talking at once.
	 */
	public CompletableFuture<Void> answerHolding(QueueCallerView caller, OperatorCallView current) {
		if (current == null) {
			return answer(caller);
		}
		return hold(current).thenCompose(v -> answer(caller));
	}

	public CompletableFuture<Void> hangup(OperatorCallView call) {
		String channel = !call.operatorChannelId().isEmpty() ? call.operatorChannelId() : call.peerChannelId();
		CompletableFuture<Void> f = record(CallAction.HANGUP, call.peerNumber(), () -> gateway.hangup(channel));
		if (call.operatorChannelId().isEmpty() && feed != null) {
			f.thenRun(() -> feed.heldHere(call.peerChannelId(), false));
		}
		return f;
	}

	public CompletableFuture<Void> hold(OperatorCallView call) {
		if (feed != null) {
			feed.heldHere(call.peerChannelId(), true);
		}
		CompletableFuture<Void> f = record(CallAction.HOLD, call.peerNumber(), () -> gateway.hold(call.peerChannelId()));
		f.exceptionally(e -> {
			if (feed != null) {
				feed.heldHere(call.peerChannelId(), false);
			}
			return null;
		});
		return f;
	}

	public CompletableFuture<Void> resume(OperatorCallView call) {
		CompletableFuture<Void> f = record(CallAction.RESUME, call.peerNumber(),
				() -> gateway.resume(call.peerChannelId(), operatorExtension));
		f.thenRun(() -> {
			if (feed != null) {
				feed.heldHere(call.peerChannelId(), false);
			}
		});
		return f;
	}

	public CompletableFuture<Void> blindTransfer(OperatorCallView call, String target) {
		return record(CallAction.BLIND_TRANSFER, call.peerNumber() + " -> " + target,
				() -> gateway.blindTransfer(call.operatorChannelId(), target));
	}

	public CompletableFuture<Void> attendedTransfer(OperatorCallView call, String target) {
		return record(CallAction.ATTENDED_TRANSFER, call.peerNumber() + " -> " + target,
				() -> gateway.attendedTransfer(call.operatorChannelId(), target));
	}

	public CompletableFuture<Void> monitor(String extension) {
		return privileged(Right.MONITOR, CallAction.MONITOR, extension,
				() -> gateway.monitor(operatorExtension, extension));
	}

	public CompletableFuture<Void> barge(String extension) {
		return privileged(Right.BARGE_IN, CallAction.BARGE, extension,
				() -> gateway.barge(operatorExtension, extension));
	}

	public CompletableFuture<Void> forceRelease(String extension) {
		return privileged(Right.FORCE_RELEASE, CallAction.FORCE_RELEASE, extension,
				() -> gateway.forceRelease(extension));
	}

	/** Refused here, whatever the UI shows, when the operator's role lacks the right; the refusal is logged. */
	private CompletableFuture<Void> privileged(Right right, CallAction action, String target,
			Supplier<CompletableFuture<Void>> operation) {
		if (!allowed.test(right)) {
			AccessDeniedException denied = new AccessDeniedException(operatorExtension, right);
			if (log != null) {
				log.record(action.logAction(), target == null ? "" : target, Outcome.FAILURE, denied.getMessage());
			}
			return CompletableFuture.failedFuture(denied);
		}
		return record(action, target, operation);
	}

	private CompletableFuture<Void> record(CallAction action, String target,
			Supplier<CompletableFuture<Void>> operation) {
		// the log's own overload stores the intent before the PBX is asked (R2)
		return log == null ? PbxFutures.safely(operation)
				: log.recordWhenDone(action.logAction(), target == null ? "" : target,
						() -> PbxFutures.safely(operation));
	}
}
