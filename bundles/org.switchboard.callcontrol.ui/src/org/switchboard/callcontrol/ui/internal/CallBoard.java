package org.switchboard.callcontrol.ui.internal;

import java.text.MessageFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.switchboard.callcontrol.CallAction;
import org.switchboard.callcontrol.CallControl;
import org.switchboard.callcontrol.OperatorCallView;
import org.switchboard.callcontrol.QueueCallerView;
import org.switchboard.callcontrol.Situation;
import org.switchboard.core.NameDirectory;
import org.switchboard.pbx.PbxException;
import org.switchboard.ui.StatusReport;

/**
 * The operator's calls and the waiting callers as the UI shows them, and the way to act on them. Lives in the
 * application context (put there by {@link CallControlAddon}); read and changed on the UI thread only.
 */
public final class CallBoard {

	/** Told on the UI thread after the calls or the queue changed. */
	public interface Listener {
		void changed(CallBoard board);
	}

	private final IEventBroker broker;
	private final Messages messages;
	private final List<Listener> listeners = new CopyOnWriteArrayList<>();
	private List<OperatorCallView> calls = List.of();
	private List<QueueCallerView> waiting = List.of();
	/** As the PBX gave them, before names from the directory. */
	private List<OperatorCallView> pbxCalls = List.of();
	private List<QueueCallerView> pbxWaiting = List.of();
	private NameDirectory names;
	/** Which extension a queue caller (by unique id) is talking to now, if any: asked when an answer fails. */
	private volatile Function<String, CompletableFuture<String>> answeredBy = id -> CompletableFuture
			.completedFuture(null);
	private CallControl control;
	private String operatorExtension = "";
	/** The PBX connection is up (false while it is lost and being re-established: A9). */
	private boolean pbxUp = true;
	private Runnable afterCall = () -> {
	};

	CallBoard(IEventBroker broker, Messages messages) {
		this.broker = broker;
		this.messages = messages;
	}

	public void addListener(Listener l) {
		listeners.add(l);
	}

	public void removeListener(Listener l) {
		listeners.remove(l);
	}

	void connect(CallControl control, String operatorExtension) {
		this.control = control;
		this.operatorExtension = operatorExtension == null ? "" : operatorExtension;
		if (control == null) {
			calls = List.of();
			waiting = List.of();
		}
		fire();
	}

	public boolean connected() {
		return control != null;
	}

	/** Whether the PBX connection is up; while it is not, no action is allowed. */
	public boolean pbxUp() {
		return pbxUp;
	}

	void setPbxUp(boolean up) {
		if (up != pbxUp) {
			pbxUp = up;
			fire();
		}
	}

	public String operatorExtension() {
		return operatorExtension;
	}

	public List<OperatorCallView> calls() {
		return calls;
	}

	public List<QueueCallerView> waiting() {
		return waiting;
	}

	void setCalls(List<OperatorCallView> calls) {
		this.pbxCalls = calls;
		this.calls = named(calls);
		fire();
	}

	void setWaiting(List<QueueCallerView> waiting) {
		this.pbxWaiting = waiting;
		this.waiting = namedWaiting(waiting);
		fire();
	}

	private CompletableFuture<Void> answerTakenElsewhere(String what, QueueCallerView caller) {
		PbxException gone = new PbxException(PbxException.Reason.NOT_FOUND,
				"caller " + caller.number() + " is no longer waiting in queue " + caller.queue());
		reportTakenElsewhere(what, caller, messages.reason(gone));
		return CompletableFuture.failedFuture(gone);
	}

	/** "Answer: 139… — failed: already answered by 王芳 (1003)", or the plain reason when nobody known took it. */
	private void reportTakenElsewhere(String what, QueueCallerView caller, String otherwise) {
		answeredBy.apply(caller.uniqueId()).whenComplete((who, e) -> {
			String why = who == null || who.isEmpty() ? otherwise
					: MessageFormat.format(messages.reason_answeredBy, display(who));
			report(new StatusReport(MessageFormat.format(messages.status_failed, what, caller.number(), why), true));
		});
	}

	/** Several operators: how to learn who answered a caller that another console took first. */
	void setAnsweredBy(Function<String, CompletableFuture<String>> answeredBy) {
		this.answeredBy = answeredBy;
	}

	/** An extension as the operator knows it: its number, and its name when the directory has one. */
	private String display(String number) {
		NameDirectory d = names;
		return d == null ? number : d.lookup(number).map(p -> p.name() + " (" + number + ")").orElse(number);
	}

	/**
	 * The one place call control names parties (S5): with the phonebook installed, a known number shows its
	 * phonebook name in the queue, the call list and the pop-up; without it, the PBX's caller id name.
	 */
	void setNames(NameDirectory names) {
		this.names = names;
		this.calls = named(pbxCalls);
		this.waiting = namedWaiting(pbxWaiting);
		fire();
	}

	private List<OperatorCallView> named(List<OperatorCallView> list) {
		NameDirectory d = names;
		if (d == null) {
			return list;
		}
		return list.stream().map(c -> d.lookup(c.peerNumber())
				.map(p -> new OperatorCallView(c.operatorChannelId(), c.peerChannelId(), c.peerNumber(), p.name(),
						c.state(), c.since()))
				.orElse(c)).toList();
	}

	private List<QueueCallerView> namedWaiting(List<QueueCallerView> list) {
		NameDirectory d = names;
		if (d == null) {
			return list;
		}
		return list.stream().map(q -> d.lookup(q.number())
				.map(p -> new QueueCallerView(q.queue(), q.uniqueId(), q.number(), p.name(), q.position(), q.joinedAt()))
				.orElse(q)).toList();
	}

	private void fire() {
		for (Listener l : listeners) {
			l.changed(this);
		}
	}

	public Situation situation(Object target, String dialNumber) {
		return new Situation(target, calls, waiting, operatorExtension, dialNumber);
	}

	public boolean allows(CallAction action, Object target, String dialNumber) {
		return control != null && pbxUp && situation(target, dialNumber).allows(action);
	}

	/** The dial pad clears its number after a call was started from it. */
	void onCallStarted(Runnable r) {
		afterCall = r;
	}

	/** Runs an action and reports its outcome in the status line, in plain words. */
	public CompletableFuture<Void> perform(CallAction action, Object target, String dialNumber) {
		Situation s = situation(target, dialNumber);
		String what = messages.label(action).replace("&", "");
		String on = CallControl.targetOf(action, s);
		if (control == null) {
			report(new StatusReport(messages.status_noPbx, true));
			return CompletableFuture.failedFuture(new IllegalStateException("no PBX"));
		}
		if (action == CallAction.ANSWER && s.callerToAnswer() == null && target instanceof QueueCallerView gone) {
			// the caller left the queue between the operator's look and click: another console may have taken it
			return answerTakenElsewhere(what, gone);
		}
		CompletableFuture<Void> result = control.perform(action, s);
		if (action == CallAction.CALL && !s.dialNumber().isEmpty()) {
			afterCall.run();
		}
		report(new StatusReport(MessageFormat.format(messages.status_started, what, on), false));
		result.whenComplete((v, error) -> {
			Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
			if (error == null) {
				report(new StatusReport(MessageFormat.format(messages.status_done, what, on), false));
			} else if (action == CallAction.ANSWER && s.callerToAnswer() != null && cause instanceof PbxException p
					&& p.reason() == PbxException.Reason.NOT_FOUND) {
				// another console may have taken the caller first: say who, as the live model knows it
				reportTakenElsewhere(what, s.callerToAnswer(), reason(action, on, cause));
			} else {
				report(new StatusReport(MessageFormat.format(messages.status_failed, what, on, reason(action, on, cause)),
						true));
			}
		});
		return result;
	}

	/**
	 * A number the PBX has no route for is "not found" to the PBX; to the operator who dialled it, the number does
	 * not exist (not "the call no longer exists").
	 */
	private String reason(CallAction action, String number, Throwable cause) {
		if (action == CallAction.CALL && cause instanceof PbxException p
				&& p.reason() == PbxException.Reason.NOT_FOUND) {
			return MessageFormat.format(messages.reason_noSuchNumber, number);
		}
		return messages.reason(cause);
	}

	/** C1: the number Call dials now (the dial pad's digits, else the selected extension), or null. */
	public String numberToCall(Object target, String dialNumber) {
		return control == null ? null : situation(target, dialNumber).numberToCall();
	}

	/** Any thread: the status line takes the report to the UI thread itself. */
	private void report(StatusReport r) {
		if (broker != null) {
			broker.post(StatusReport.TOPIC, r);
		}
	}
}
