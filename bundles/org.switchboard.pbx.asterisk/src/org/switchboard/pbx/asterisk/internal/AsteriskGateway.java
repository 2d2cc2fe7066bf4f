package org.switchboard.pbx.asterisk.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import org.asteriskjava.manager.TimeoutException;
import org.asteriskjava.manager.action.AtxferAction;
import org.asteriskjava.manager.action.DbPutAction;
import org.asteriskjava.manager.action.HangupAction;
import org.asteriskjava.manager.action.OriginateAction;
import org.asteriskjava.manager.action.QueueAddAction;
import org.asteriskjava.manager.action.QueuePauseAction;
import org.asteriskjava.manager.action.QueueRemoveAction;
import org.asteriskjava.manager.action.QueueStatusAction;
import org.asteriskjava.manager.action.RedirectAction;
import org.asteriskjava.manager.action.SetVarAction;
import org.asteriskjava.manager.event.QueueMemberEvent;
import org.asteriskjava.manager.event.ResponseEvent;
import org.switchboard.model.Call;
import org.switchboard.model.Channel;
import org.switchboard.model.DialPermission;
import org.switchboard.model.Extension;
import org.switchboard.model.Queue;
import org.switchboard.model.QueueEntry;
import org.switchboard.model.WakeUpOutcome;
import org.switchboard.model.live.LiveModel;
import org.switchboard.pbx.PbxEndpoint;
import org.switchboard.pbx.PbxException;
import org.switchboard.pbx.PbxException.Reason;
import org.switchboard.pbx.PbxGateway;
import org.switchboard.pbx.PbxInput;
import org.switchboard.pbx.PbxListener;
import org.switchboard.pbx.asterisk.internal.ami.BlindTransferAction;
import org.switchboard.pbx.asterisk.internal.ami.SwitchboardSettingAction;
import org.switchboard.pbx.event.PbxEvent;
import org.switchboard.pbx.live.LiveModelUpdater;

/**
 * {@link PbxGateway} for Asterisk over Asterisk-Java (AMI), following the PBX contract of the specification and the
 * site conventions in {@code docs/asterisk/}. The operations live here; the connection and its resynchronisation in
 * {@link AmiSession}, single actions and their errors in {@link AmiActions}, async originates in {@link Originates},
 * and how an operator's call went in {@link CallOutcome}.
 * <p>
 * Every value is validated with {@link PbxInput} before an action is built; bad input fails the operation with
 * {@link Reason#INVALID_INPUT} and nothing is sent.
 */
public final class AsteriskGateway implements PbxGateway {

	/** The dialplan context a held party waits in (music on hold). */
	public static final String HOLD_CONTEXT = "hold";
	/** The dialplan context of wake-up calls (plays the prompt). */
	public static final String WAKEUP_CONTEXT = "wakeup";
	/** Channel variable set on a queued caller answered from the console (lets the dialplan ask for auto-answer). */
	public static final String CONSOLE_ANSWER_VARIABLE = "SWITCHBOARD_ANSWER";

	/** Sound file names (prompts): letters, digits and _ - . / only. */
	private static final Pattern SOUND = Pattern.compile("[A-Za-z0-9_./-]{1,128}");
	/** Channel and device names as Asterisk reports them (PJSIP/1002-0000000a, Local/1003@internal-00000000;1). */
	private static final Pattern CHANNEL = Pattern.compile("[A-Za-z0-9_./@:;+#*-]{1,128}");
	/** Display names that may go into a CallerID header as they are. */
	private static final Pattern CALLER_NAME = Pattern.compile("[\\p{L}\\p{N} _.,'()-]{1,40}");
	private static final Duration RING_TIME = Duration.ofSeconds(30);
	/** How long a call's outcome is watched after the operator's phone answered; past it, nothing went wrong. */
	private static final Duration CALL_WATCH = Duration.ofSeconds(90);
	/**
	 * How long an accepted attended transfer may take to start its consultation call: the feature code and the
	 * digits as DTMF, then the pbx-transfer prompt (about 0.5 s on the lab, transcript 07).
	 */
	private static final Duration CONSULTATION_WATCH = Duration.ofSeconds(5);

	private final LiveModel model;
	private final boolean ownsModel;
	private final LiveModelUpdater updater;
	private final ExecutorService io;
	private final AmiSession session;
	private final AmiActions actions;
	private final Originates originates;
	private final CallOutcomes calls = new CallOutcomes();
	/** Names this gateway in the setting announcements it sends, so it can ignore its own. */
	private final String consoleId = java.util.UUID.randomUUID().toString().substring(0, 13);

	public AsteriskGateway() {
		this(new LiveModel("switchboard-live-model"), true);
	}

	/** A gateway that keeps the given live model in sync (the caller closes the model). */
	public AsteriskGateway(LiveModel model) {
		this(model, false);
	}

	private AsteriskGateway(LiveModel model, boolean ownsModel) {
		AsteriskLogs.quiet();
		this.model = model;
		this.ownsModel = ownsModel;
		this.updater = new LiveModelUpdater(model);
		AtomicInteger n = new AtomicInteger();
		io = Executors.newCachedThreadPool(r -> daemon(r, "switchboard-ami-io-" + n.incrementAndGet()));
		originates = new Originates(io);
		AmiEventMapper mapper = new AmiEventMapper();
		mapper.ignoreAnnouncementsFrom(consoleId);
		session = new AmiSession(model, updater, mapper, calls, originates);
		actions = new AmiActions(session);
	}

	/**
	 * Asterisk-Java's one-time initialisation, done ahead of the first connection (see
	 * {@link org.switchboard.pbx.PbxGatewayFactory#prepare()}): its logging and the scan of its event classes, which
	 * it keeps for the whole process. The scan runs through the context class loader, so this thread gets the one
	 * {@link #daemon} gives Asterisk-Java's threads while it runs.
	 */
	public static void prepare() {
		Thread t = Thread.currentThread();
		ClassLoader old = t.getContextClassLoader();
		t.setContextClassLoader(AsteriskGateway.class.getClassLoader());
		try {
			AsteriskLogs.quiet();
			AmiSession.prepare();
		} catch (RuntimeException | LinkageError e) {
			java.util.logging.Logger.getLogger(AsteriskGateway.class.getName()).log(java.util.logging.Level.FINE,
					"Asterisk-Java could not be prepared: its first connection will tell", e);
		} finally {
			t.setContextClassLoader(old);
		}
	}

	static Thread daemon(Runnable r, String name) {
		Thread t = new Thread(r, name);
		t.setDaemon(true);
		// Asterisk-Java finds its event classes by scanning through the context class loader (org.reflections),
		// and its reader and ping threads inherit it from ours: in OSGi that loader must see this bundle's
		// packages and Equinox's FileLocator, whatever thread created the gateway (a login thread has neither).
		t.setContextClassLoader(AsteriskGateway.class.getClassLoader());
		return t;
	}

	@Override
	public LiveModel model() {
		return model;
	}

	/** The updater that applies events to the live model (for listeners that need it). */
	public LiveModelUpdater updater() {
		return updater;
	}

	@Override
	public void addListener(PbxListener l) {
		updater.addListener(l);
	}

	@Override
	public void removeListener(PbxListener l) {
		updater.removeListener(l);
	}

	@Override
	public CompletableFuture<Void> connect(PbxEndpoint ep) {
		return connecting(ep, null);
	}

	@Override
	public CompletableFuture<Void> connectShowing(PbxEndpoint ep, CompletionStage<?> detailsWhen) {
		return connecting(ep, detailsWhen == null ? CompletableFuture.completedFuture(null) : detailsWhen);
	}

	/** {@code detailsWhen} null: the whole synchronisation before the future completes (see {@link AmiSession}). */
	private CompletableFuture<Void> connecting(PbxEndpoint ep, CompletionStage<?> detailsWhen) {
		if (ep == null) {
			return CompletableFuture.failedFuture(new PbxException(Reason.INVALID_INPUT, "No PBX given."));
		}
		return async(() -> {
			session.connect(ep, detailsWhen);
			return null;
		});
	}

	@Override
	public CompletableFuture<Void> disconnect() {
		return async(() -> {
			session.disconnect();
			return null;
		});
	}

	@Override
	public void close() {
		session.close();
		io.shutdownNow();
		if (ownsModel) {
			model.close();
		}
	}

	// ------------------------------------------------------------------ operations

	@Override
	public CompletableFuture<Void> call(String operatorExtension, String number) {
		return validated(() -> {
			PbxInput.requireNumber("operator extension", operatorExtension);
			PbxInput.requireNumber("number", number);
		}, () -> {
			String device = device(operatorExtension);
			OriginateAction a = Originates.action(device, RING_TIME);
			a.setActionId(originates.nextId());
			a.setContext(session.endpoint().context());
			a.setExten(number);
			a.setPriority(1);
			// the dialplan checks the caller's permission by CALLERID(num), and the callee's phone shows it
			a.setCallerId(callerId(operatorExtension));
			// watched before it is placed: the operator's channel can reach its outcome before the PBX confirms
			CallOutcome outcome = new CallOutcome(device, number, a.getActionId(), calls::wasHungUpHere);
			calls.watch(outcome);
			try {
				int reason = originates.originate(actions, a, RING_TIME).getReason();
				if (reason != 4) {
					if (calls.wasHungUpHere(outcome.channel())) {
						return null; // the operator hung up while the own phone rang
					}
					throw Originates.failure(reason, "Your phone (" + operatorExtension + ")");
				}
				// the result completes on the live model's thread: wait for it here, on this I/O thread
				outcome.result().get(CALL_WATCH.toSeconds(), TimeUnit.SECONDS);
			} catch (java.util.concurrent.TimeoutException e) {
				// placed, and nothing went wrong while it was watched: that counts as done
			} finally {
				calls.unwatch(outcome);
			}
			return null;
		});
	}

	@Override
	public CompletableFuture<Void> answer(String queue, String callerUniqueId, String operatorExtension) {
		return validated(() -> {
			PbxInput.requireNumber("queue", queue);
			requireId(callerUniqueId);
			PbxInput.requireNumber("operator extension", operatorExtension);
		}, () -> {
			String channel = read(() -> {
				Queue q = model.queue(queue);
				if (q != null) {
					for (QueueEntry e : q.getEntries()) {
						if (e.getUniqueId().equals(callerUniqueId)) {
							return e.getChannel();
						}
					}
				}
				return null;
			});
			if (channel == null) {
				throw new PbxException(Reason.NOT_FOUND, "That caller is no longer waiting in queue " + queue + ".");
			}
			requireChannelName(channel);
			// lets the site's dialplan ask the operator's phone to answer at once (see docs/asterisk)
			try {
				actions.sendQuietly(new SetVarAction(channel, CONSOLE_ANSWER_VARIABLE, "1"));
			} catch (java.io.IOException | TimeoutException | IllegalStateException | IllegalArgumentException e) {
				// only a hint for the dialplan; the redirect below is what counts
			}
			send(new RedirectAction(channel, session.endpoint().context(), operatorExtension, 1));
			return null;
		});
	}

	@Override
	public CompletableFuture<Void> hangup(String channelUniqueId) {
		return validated(() -> requireId(channelUniqueId), () -> {
			String name = channelName(channelUniqueId);
			calls.hangingUp(channelUniqueId);
			send(new HangupAction(name, 16));
			return null;
		});
	}

	@Override
	public CompletableFuture<Void> hold(String channelUniqueId) {
		return validated(() -> requireId(channelUniqueId), () -> {
			send(new RedirectAction(channelName(channelUniqueId), HOLD_CONTEXT, "s", 1));
			return null;
		});
	}

	@Override
	public CompletableFuture<Void> resume(String heldChannelUniqueId, String operatorExtension) {
		return validated(() -> {
			requireId(heldChannelUniqueId);
			PbxInput.requireNumber("operator extension", operatorExtension);
		}, () -> {
			String held = channelName(heldChannelUniqueId);
			OriginateAction a = Originates.action(device(operatorExtension), RING_TIME);
			a.setApplication("Bridge");
			a.setData(held);
			int reason = originates.originate(actions, a, RING_TIME).getReason();
			if (reason != 4) {
				throw Originates.failure(reason, "Your phone (" + operatorExtension + ")");
			}
			return null;
		});
	}

	@Override
	public CompletableFuture<Void> blindTransfer(String operatorChannelUniqueId, String target) {
		return validated(() -> {
			requireId(operatorChannelUniqueId);
			PbxInput.requireNumber("transfer target", target);
		}, () -> {
			send(new BlindTransferAction(channelName(operatorChannelUniqueId), target, session.endpoint().context()));
			return null;
		});
	}

	@Override
	public CompletableFuture<Void> attendedTransfer(String operatorChannelUniqueId, String target) {
		return validated(() -> {
			requireId(operatorChannelUniqueId);
			PbxInput.requireNumber("transfer target", target);
		}, () -> {
			String channel = channelName(operatorChannelUniqueId);
			String context = session.endpoint().context();
			// accepted is not started: without the core sounds (pbx-transfer) Asterisk drops the transfer silently
			ConsultationWatch consultation = new ConsultationWatch(channel, target, context);
			calls.watch(consultation);
			try {
				send(new AtxferAction(channel, context, target, 1));
				Boolean started;
				try {
					started = consultation.started().get(CONSULTATION_WATCH.toMillis(), TimeUnit.MILLISECONDS);
				} catch (java.util.concurrent.TimeoutException e) {
					started = false;
				}
				if (!started) {
					throw new PbxException(Reason.REJECTED, PbxException.Detail.NO_CONSULTATION, "The PBX accepted the attended transfer to " + target
							+ " but started no consultation call (it plays pbx-transfer first: are Asterisk's core"
							+ " sound files installed?).");
				}
			} finally {
				calls.unwatch(consultation);
			}
			return null;
		});
	}

	@Override
	public CompletableFuture<Void> monitor(String operatorExtension, String targetExtension) {
		return spy(operatorExtension, targetExtension, "qES");
	}

	@Override
	public CompletableFuture<Void> barge(String operatorExtension, String targetExtension) {
		return spy(operatorExtension, targetExtension, "qBES");
	}

	private CompletableFuture<Void> spy(String operatorExtension, String targetExtension, String options) {
		return validated(() -> {
			PbxInput.requireNumber("operator extension", operatorExtension);
			PbxInput.requireNumber("extension", targetExtension);
		}, () -> {
			OriginateAction a = Originates.action(device(operatorExtension), RING_TIME);
			a.setApplication("ChanSpy");
			a.setData(device(targetExtension) + "," + options);
			int reason = originates.originate(actions, a, RING_TIME).getReason();
			if (reason != 4) {
				throw Originates.failure(reason, "Your phone (" + operatorExtension + ")");
			}
			return null;
		});
	}

	@Override
	public CompletableFuture<Void> forceRelease(String extension) {
		return validated(() -> PbxInput.requireNumber("extension", extension), () -> {
			List<String> names = read(() -> {
				Set<String> out = new LinkedHashSet<>();
				Extension x = model.extension(extension);
				if (x == null) {
					return List.of();
				}
				for (Channel c : x.getChannels()) {
					out.add(c.getName());
					Call call = c.getCall();
					if (call != null) {
						call.getChannels().forEach(other -> out.add(other.getName()));
					}
					if (c.getBridgeId() != null) {
						for (Channel other : model.site().getChannels()) {
							if (c.getBridgeId().equals(other.getBridgeId())) {
								out.add(other.getName());
							}
						}
					}
				}
				out.remove(null);
				return new ArrayList<>(out);
			});
			if (names.isEmpty()) {
				throw new PbxException(Reason.NOT_FOUND, "Extension " + extension + " is not in a call.");
			}
			StringBuilder regex = new StringBuilder("/^(");
			for (int i = 0; i < names.size(); i++) {
				requireChannelName(names.get(i));
				regex.append(i == 0 ? "" : "|").append(escapeRegex(names.get(i)));
			}
			regex.append(")$/");
			// one Hangup with a regex: two back-to-back Hangups race ("No such channel")
			send(new HangupAction(regex.toString(), 16));
			return null;
		});
	}

	@Override
	public CompletableFuture<Void> setDnd(String extension, boolean on) {
		return validated(() -> PbxInput.requireNumber("extension", extension), () -> {
			if (on) {
				send(new DbPutAction(AstDbEvents.DND, extension, "YES"));
			} else {
				dbDel(AstDbEvents.DND, extension);
			}
			// AstDB changes raise no AMI event: the live model learns it from us (and from every resync), the
			// other consoles from the announcement
			updater.post(new PbxEvent.DndChanged(extension, on)).join();
			announce(AstDbEvents.DND, extension, on ? "YES" : "");
			return null;
		});
	}

	@Override
	public CompletableFuture<Void> setDialPermission(String extension, DialPermission permission) {
		return validated(() -> {
			PbxInput.requireNumber("extension", extension);
			if (permission == null) {
				throw new PbxException(Reason.INVALID_INPUT, "No dial permission given.");
			}
		}, () -> {
			if (permission == DialPermission.INTERNATIONAL) {
				dbDel(AstDbEvents.CALLPERM, extension); // no entry = no restriction
			} else {
				send(new DbPutAction(AstDbEvents.CALLPERM, extension, permission.getLiteral().toLowerCase()));
			}
			updater.post(new PbxEvent.DialPermissionChanged(extension, permission)).join();
			announce(AstDbEvents.CALLPERM, extension,
					permission == DialPermission.INTERNATIONAL ? "" : permission.getLiteral().toLowerCase());
			return null;
		});
	}

	@Override
	public CompletableFuture<WakeUpOutcome> wakeUp(String extension, String prompt, Duration ringFor) {
		return validated(() -> {
			PbxInput.requireNumber("extension", extension);
			if (prompt != null) {
				requireSound(prompt);
			}
			if (ringFor == null || ringFor.isNegative() || ringFor.isZero() || ringFor.toMinutes() > 10) {
				throw new PbxException(Reason.INVALID_INPUT, "The ring time must be between 1 second and 10 minutes.");
			}
		}, () -> {
			OriginateAction a = Originates.action(device(extension), ringFor);
			a.setContext(WAKEUP_CONTEXT);
			a.setExten("s");
			a.setPriority(1);
			a.setVariable("WAKEUP_FOR", extension);
			if (prompt != null) {
				a.setVariable("WAKEUP_PROMPT", prompt);
			}
			return AmiEventMapper.wakeUpOutcome(originates.originate(actions, a, ringFor).getReason());
		});
	}

	@Override
	public CompletableFuture<Void> setNightService(String queue, boolean on, String nightNumber, String prompt) {
		return validated(() -> {
			PbxInput.requireNumber("queue", queue);
			if (on) {
				PbxInput.requireNumber("night number", nightNumber);
				if (prompt != null) {
					requireSound(prompt);
				}
			}
		}, () -> {
			if (on) {
				// the prompt before the number: the dialplan diverts once it sees the number, and plays what is there
				if (prompt != null) {
					send(new DbPutAction(AstDbEvents.NIGHT, queue + "/prompt", prompt));
				} else {
					dbDel(AstDbEvents.NIGHT, queue + "/prompt");
				}
				send(new DbPutAction(AstDbEvents.NIGHT, queue, nightNumber));
			} else {
				dbDel(AstDbEvents.NIGHT, queue);
				dbDel(AstDbEvents.NIGHT, queue + "/prompt");
			}
			updater.post(new PbxEvent.NightServiceChanged(queue, on ? nightNumber : null, on ? prompt : null)).join();
			announce(AstDbEvents.NIGHT, queue + "/prompt", on && prompt != null ? prompt : "");
			announce(AstDbEvents.NIGHT, queue, on ? nightNumber : "");
			if (on) {
				divertWaitingCallers(queue, nightNumber);
			}
			return null;
		});
	}

	@Override
	public CompletableFuture<Void> setOperatorOnline(String queue, String operatorExtension, boolean online) {
		return validated(() -> {
			PbxInput.requireNumber("queue", queue);
			PbxInput.requireNumber("operator extension", operatorExtension);
		}, () -> {
			String iface = device(operatorExtension);
			QueueStatusAction status = new QueueStatusAction();
			status.setQueue(queue);
			QueueMemberEvent member = null;
			for (ResponseEvent e : session.list(status).getEvents()) {
				if (e instanceof QueueMemberEvent m && queue.equals(m.getQueue())
						&& (iface.equals(m.getLocation()) || iface.equals(m.getStateinterface()))) {
					member = m;
				}
			}
			boolean isStatic = member != null && "static".equalsIgnoreCase(member.getMembership());
			if (isStatic) {
				// static members (queues.conf member =>) cannot be added or removed over AMI, only paused
				send(new QueuePauseAction(member.getLocation(), queue, !online));
			} else if (online) {
				if (member == null) {
					send(new QueueAddAction(queue, iface, 0));
				} else if (Boolean.TRUE.equals(member.getPaused())) {
					send(new QueuePauseAction(member.getLocation(), queue, false));
				}
			} else if (member != null) {
				send(new QueueRemoveAction(queue, member.getLocation()));
			}
			return null;
		});
	}

	// ------------------------------------------------------------------ helpers

	/**
	 * Tells the other consoles (every AMI connection) about an AstDB change, as transcript 17. The setting is already
	 * changed: an announcement that fails only delays the others until their periodic re-check.
	 */
	private void announce(String family, String key, String value) {
		try {
			actions.sendQuietly(new SwitchboardSettingAction(family, key, value, consoleId));
		} catch (java.io.IOException | TimeoutException | IllegalStateException | PbxException e) {
			java.util.logging.Logger.getLogger(AsteriskGateway.class.getName())
					.fine(() -> "announcing " + family + "/" + key + " failed: " + e);
		}
	}

	/**
	 * S4: callers already waiting in the queue go to the night number as well (new ones are sent there by the
	 * queue's dialplan, which reads NIGHT/&lt;queue&gt;). A caller who hung up meanwhile is no failure.
	 */
	private void divertWaitingCallers(String queue, String nightNumber) throws Exception {
		List<String> waiting = read(() -> {
			List<String> out = new ArrayList<>();
			Queue q = model.queue(queue);
			if (q != null) {
				for (QueueEntry e : q.getEntries()) {
					out.add(e.getChannel());
				}
			}
			return out;
		});
		for (String channel : waiting) {
			if (channel != null && CHANNEL.matcher(channel).matches()) {
				actions.sendQuietly(new RedirectAction(channel, session.endpoint().context(), nightNumber, 1));
			}
		}
	}

	@FunctionalInterface
	private interface Body<T> {
		T run() throws Throwable;
	}

	/** PJSIPShowEndpoint: its EndpointDetail carries Callerid (transcript 18); an unknown endpoint is an error. */
	@Override
	public CompletableFuture<java.util.Optional<String>> extensionName(String extension) {
		return validated(() -> PbxInput.requireNumber("extension", extension), () -> {
			org.asteriskjava.manager.action.PJSipShowEndpointAction action = new org.asteriskjava.manager.action.PJSipShowEndpointAction();
			action.setEndpoint(extension);
			org.asteriskjava.manager.response.ManagerResponse response;
			java.util.Optional<String> name = java.util.Optional.empty();
			org.asteriskjava.manager.ResponseEvents answer = session.list(action);
			response = answer.getResponse();
			if (response != null && "error".equalsIgnoreCase(response.getResponse())) {
				return name;
			}
			for (ResponseEvent e : answer.getEvents()) {
				if (e instanceof org.asteriskjava.manager.event.EndpointDetail d && d.getCallerid() != null) {
					name = callerIdName(d.getCallerid());
				}
			}
			return name;
		});
	}

	/** {@code "Ext 1002" <1002>} → {@code Ext 1002}; a caller id of a number alone has no name. */
	static java.util.Optional<String> callerIdName(String callerId) {
		String v = callerId.strip();
		int lt = v.lastIndexOf('<');
		String name = (lt >= 0 ? v.substring(0, lt) : v).strip();
		if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
			name = name.substring(1, name.length() - 1).strip();
		}
		return name.isEmpty() || lt < 0 && PbxInput.isNumber(name) ? java.util.Optional.empty() : java.util.Optional.of(name);
	}

	private <T> CompletableFuture<T> validated(Runnable validation, Body<T> body) {
		try {
			validation.run();
		} catch (PbxException e) {
			return CompletableFuture.failedFuture(e);
		}
		return async(body);
	}

	/** Runs on an I/O thread; the future fails with a {@link PbxException}. */
	private <T> CompletableFuture<T> async(Body<T> body) {
		CompletableFuture<T> f = new CompletableFuture<>();
		try {
			io.execute(() -> {
				try {
					f.complete(body.run());
				} catch (Throwable t) {
					f.completeExceptionally(AmiActions.translate(t));
				}
			});
		} catch (RejectedExecutionException e) {
			f.completeExceptionally(new PbxException(Reason.NOT_CONNECTED, "The PBX connection is closed."));
		}
		return f;
	}

	private void send(org.asteriskjava.manager.action.ManagerAction action) throws Exception {
		actions.send(action);
	}

	private void dbDel(String family, String key) throws Exception {
		actions.dbDel(family, key);
	}

	/** {@code "Name" <1001>} for an extension (the name only if it is plain text), as a phone of the site sends it. */
	private String callerId(String extension) throws Exception {
		String name = read(() -> {
			Extension x = model.extension(extension);
			return x == null ? null : x.getName();
		});
		if (name != null && CALLER_NAME.matcher(name).matches()) {
			return "\"" + name + "\" <" + extension + ">";
		}
		return "<" + extension + ">";
	}

	/** The device that rings for an extension: from its hint, else PJSIP/&lt;number&gt;. */
	private String device(String extension) throws Exception {
		String device = read(() -> {
			Extension x = model.extension(extension);
			return x == null ? null : x.getDevice();
		});
		if (device == null || !CHANNEL.matcher(device).matches()) {
			device = "PJSIP/" + extension;
		}
		return device;
	}

	private String channelName(String uniqueId) throws Exception {
		String name = read(() -> {
			Channel c = model.channel(uniqueId);
			return c == null ? null : c.getName();
		});
		if (name == null) {
			throw new PbxException(Reason.NOT_FOUND, "That call has already ended.");
		}
		requireChannelName(name);
		return name;
	}

	private <T> T read(java.util.function.Supplier<T> query) throws Exception {
		return model.read(site -> query.get()).get(5, TimeUnit.SECONDS);
	}

	private static void requireId(String uniqueId) {
		if (uniqueId == null || !uniqueId.matches("[A-Za-z0-9._-]{1,64}")) {
			throw new PbxException(Reason.INVALID_INPUT, "That is not a channel of the PBX.");
		}
	}

	private static void requireChannelName(String name) {
		if (name == null || !CHANNEL.matcher(name).matches()) {
			throw new PbxException(Reason.INVALID_INPUT, "The PBX reported a channel name that cannot be used.");
		}
	}

	private static void requireSound(String prompt) {
		PbxInput.requireText("prompt", prompt);
		if (!SOUND.matcher(prompt).matches()) {
			throw new PbxException(Reason.INVALID_INPUT,
					"The prompt must be a sound file name (letters, digits, _ - . / only).");
		}
	}

	/** Escapes what is special in a POSIX extended regular expression, and the / that delimits AMI's regex. */
	static String escapeRegex(String name) {
		StringBuilder out = new StringBuilder();
		for (char ch : name.toCharArray()) {
			if ("\\^$.|?*+()[]{}/".indexOf(ch) >= 0) {
				out.append('\\');
			}
			out.append(ch);
		}
		return out.toString();
	}
}
