package org.switchboard.pbx.asterisk;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

import org.asteriskjava.manager.AuthenticationFailedException;
import org.asteriskjava.manager.DefaultManagerConnection;
import org.asteriskjava.manager.ManagerConnection;
import org.asteriskjava.manager.ManagerConnectionState;
import org.asteriskjava.manager.ManagerEventListener;
import org.asteriskjava.manager.PingThread;
import org.asteriskjava.manager.ResponseEvents;
import org.asteriskjava.manager.TimeoutException;
import org.asteriskjava.manager.action.AtxferAction;
import org.asteriskjava.manager.action.CoreShowChannelsAction;
import org.asteriskjava.manager.action.DbDelAction;
import org.asteriskjava.manager.action.DbPutAction;
import org.asteriskjava.manager.action.EventGeneratingAction;
import org.asteriskjava.manager.action.HangupAction;
import org.asteriskjava.manager.action.ManagerAction;
import org.asteriskjava.manager.action.OriginateAction;
import org.asteriskjava.manager.action.PJSipShowContactsAction;
import org.asteriskjava.manager.action.PJSipShowEndpointsAction;
import org.asteriskjava.manager.action.QueueAddAction;
import org.asteriskjava.manager.action.QueuePauseAction;
import org.asteriskjava.manager.action.QueueRemoveAction;
import org.asteriskjava.manager.action.QueueStatusAction;
import org.asteriskjava.manager.action.RedirectAction;
import org.asteriskjava.manager.action.SetVarAction;
import org.asteriskjava.manager.event.ConnectEvent;
import org.asteriskjava.manager.event.DisconnectEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.event.OriginateResponseEvent;
import org.asteriskjava.manager.event.QueueMemberEvent;
import org.asteriskjava.manager.event.ResponseEvent;
import org.asteriskjava.manager.response.ManagerError;
import org.asteriskjava.manager.response.ManagerResponse;
import org.switchboard.model.Call;
import org.switchboard.model.Channel;
import org.switchboard.model.ConnectionStatus;
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
import org.switchboard.pbx.asterisk.internal.AmiEventMapper;
import org.switchboard.pbx.asterisk.internal.ami.AmiClasses;
import org.switchboard.pbx.asterisk.internal.ami.BlindTransferAction;
import org.switchboard.pbx.asterisk.internal.ami.DbGetTreeAction;
import org.switchboard.pbx.asterisk.internal.ami.DeviceStateListAction;
import org.switchboard.pbx.asterisk.internal.ami.ExtensionStateListAction;
import org.switchboard.pbx.event.PbxEvent;
import org.switchboard.pbx.live.LiveModelUpdater;

/**
 * {@link PbxGateway} for Asterisk over Asterisk-Java's {@link ManagerConnection} (AMI), following the PBX contract of
 * the specification and the site conventions in {@code docs/asterisk/}:
 * <ul>
 * <li>Events are handed off the connection's pump thread at once: each is posted to the live model, where the
 * {@link AmiEventMapper} turns it into {@link PbxEvent}s and the {@link LiveModelUpdater} applies them.</li>
 * <li>On every (re)connect the live model is rebuilt from the PBX's lists (channels, hints, device states, PJSIP
 * endpoints and contacts, queues, AstDB DND/CALLPERM/NIGHT) inside SyncStarted/SyncCompleted; whatever happened
 * while disconnected is lost and swept away. Asterisk-Java reconnects by itself (quickly at first, then every few
 * seconds); a ping every 10 s and a socket read time-out notice a silently dead peer.</li>
 * <li>Async originates are sent with {@code sendAction} and completed by their {@code OriginateResponse}, matched
 * by ActionID.</li>
 * <li>Every value is validated with {@link PbxInput} before an action is built; bad input fails the operation with
 * {@link Reason#INVALID_INPUT} and nothing is sent.</li>
 * </ul>
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

	private static final List<Logger> QUIET = quietLogs();

	private final LiveModel model;
	private final boolean ownsModel;
	private final LiveModelUpdater updater;
	private final AmiEventMapper mapper = new AmiEventMapper();
	private final ExecutorService io;
	private final ExecutorService syncer;
	private final Map<String, CompletableFuture<OriginateResponseEvent>> originates = new ConcurrentHashMap<>();
	private final AtomicInteger actionIds = new AtomicInteger();
	/** Counts connects and disconnects: a synchronisation that saw it change is not trusted. */
	private final AtomicLong epoch = new AtomicLong();
	private final ManagerEventListener listener = this::onManagerEvent;

	private volatile ManagerConnection connection;
	private volatile PbxEndpoint endpoint;
	private volatile PingThread ping;
	private volatile boolean loggedIn;
	private volatile boolean closing;

	public AsteriskGateway() {
		this(new LiveModel("switchboard-live-model"), true);
	}

	/** A gateway that keeps the given live model in sync (the caller closes the model). */
	public AsteriskGateway(LiveModel model) {
		this(model, false);
	}

	private AsteriskGateway(LiveModel model, boolean ownsModel) {
		this.model = model;
		this.ownsModel = ownsModel;
		this.updater = new LiveModelUpdater(model);
		AtomicInteger n = new AtomicInteger();
		io = Executors.newCachedThreadPool(r -> daemon(r, "switchboard-ami-io-" + n.incrementAndGet()));
		syncer = Executors.newSingleThreadExecutor(r -> daemon(r, "switchboard-ami-sync"));
	}

	private static Thread daemon(Runnable r, String name) {
		Thread t = new Thread(r, name);
		t.setDaemon(true);
		// Asterisk-Java finds its event classes by scanning through the context class loader (org.reflections),
		// and its reader and ping threads inherit it from ours: in OSGi that loader must see this bundle's
		// packages and Equinox's FileLocator, whatever thread created the gateway (a login thread has neither).
		t.setContextClassLoader(AsteriskGateway.class.getClassLoader());
		return t;
	}

	private static List<Logger> quietLogs() {
		List<Logger> loggers = new ArrayList<>();
		for (String name : List.of("org.asteriskjava.manager.util.EventAttributesHelper",
				"org.asteriskjava.util.ReflectionUtil", "org.asteriskjava.manager.internal.EventBuilderImpl",
				"org.asteriskjava.manager.internal.ResponseBuilderImpl")) {
			Logger l = Logger.getLogger(name);
			l.setLevel(Level.SEVERE);
			loggers.add(l);
		}
		return loggers;
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

	// ------------------------------------------------------------------ connection

	@Override
	public CompletableFuture<Void> connect(PbxEndpoint ep) {
		if (ep == null) {
			return CompletableFuture.failedFuture(new PbxException(Reason.INVALID_INPUT, "No PBX given."));
		}
		return async(() -> {
			disconnectNow();
			closing = false;
			endpoint = ep;
			updater.post(new PbxEvent.ConnectionChanged(ConnectionStatus.CONNECTING, ep.host(), ep.port(), null, ""));
			DefaultManagerConnection c = new DefaultManagerConnection(ep.host(), ep.port(), ep.user(), ep.secret());
			c.setDefaultResponseTimeout(ep.responseTimeout().toMillis());
			c.setDefaultEventTimeout(Math.max(5000, ep.responseTimeout().toMillis() * 2));
			c.setSocketTimeout(5000);
			c.setSocketReadTimeout(30_000);
			for (Class<? extends ManagerEvent> type : AmiClasses.EVENTS) {
				c.registerUserEventClass(type);
			}
			c.addEventListener(listener);
			connection = c;
			try {
				c.login();
			} catch (AuthenticationFailedException e) {
				failConnect(c, "The PBX refused the manager user or secret.");
				throw new PbxException(Reason.AUTHENTICATION_FAILED, "The PBX refused the manager user or secret.", e);
			} catch (IOException | TimeoutException | IllegalStateException e) {
				String message = "The PBX at " + ep.host() + ":" + ep.port() + " cannot be reached.";
				failConnect(c, message);
				throw new PbxException(Reason.UNREACHABLE, message, e);
			}
			loggedIn = true;
			PingThread p = new PingThread(c);
			p.setInterval(10_000);
			p.setTimeout(ep.responseTimeout().toMillis());
			p.setDaemon(true);
			p.start();
			ping = p;
			try {
				syncer.submit(this::synchronize).get();
			} catch (ExecutionException e) {
				throw e.getCause();
			}
			return null;
		});
	}

	private void failConnect(ManagerConnection c, String message) {
		c.removeEventListener(listener);
		try {
			c.logoff();
		} catch (RuntimeException ignored) {
			// never fully connected
		}
		connection = null;
		updater.post(new PbxEvent.ConnectionChanged(ConnectionStatus.FAILED, null, 0, null, message));
	}

	@Override
	public CompletableFuture<Void> disconnect() {
		return async(() -> {
			disconnectNow();
			return null;
		});
	}

	private void disconnectNow() {
		closing = true;
		loggedIn = false;
		PingThread p = ping;
		ping = null;
		if (p != null) {
			p.die();
		}
		ManagerConnection c = connection;
		connection = null;
		if (c != null) {
			c.removeEventListener(listener);
			try {
				c.logoff();
			} catch (RuntimeException ignored) {
				// already gone
			}
			failOriginates("The connection to the PBX was closed.");
			updater.post(new PbxEvent.ConnectionChanged(ConnectionStatus.DISCONNECTED, null, 0, null, ""));
		}
	}

	@Override
	public void close() {
		disconnectNow();
		io.shutdownNow();
		syncer.shutdownNow();
		if (ownsModel) {
			model.close();
		}
	}

	/** Pump thread (or the login/reconnect thread for ConnectEvent): hand off at once, never block. */
	private void onManagerEvent(ManagerEvent event) {
		if (event instanceof ConnectEvent) {
			epoch.incrementAndGet();
			if (loggedIn && !closing) {
				syncer.execute(this::resynchronize);
			}
			return;
		}
		if (event instanceof DisconnectEvent) {
			epoch.incrementAndGet();
			if (!closing) {
				failOriginates("The connection to the PBX was lost.");
				updater.post(new PbxEvent.ConnectionChanged(ConnectionStatus.RECONNECTING, null, 0, null,
						"The connection to the PBX was lost; reconnecting."));
			}
			return;
		}
		if (event instanceof OriginateResponseEvent o && o.getActionId() != null) {
			CompletableFuture<OriginateResponseEvent> f = originates.remove(o.getActionId());
			if (f != null) {
				io.execute(() -> f.complete(o));
			}
		}
		model.post(site -> {
			for (PbxEvent e : mapper.map(event)) {
				updater.apply(e);
			}
		});
	}

	private void failOriginates(String message) {
		for (String id : List.copyOf(originates.keySet())) {
			CompletableFuture<OriginateResponseEvent> f = originates.remove(id);
			if (f != null) {
				io.execute(() -> f.completeExceptionally(new PbxException(Reason.NOT_CONNECTED, message)));
			}
		}
	}

	/** After a reconnect: waits until Asterisk-Java has logged in again, then synchronises. */
	private void resynchronize() {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (!closing && System.nanoTime() < deadline) {
			ManagerConnection c = connection;
			if (c == null) {
				return;
			}
			if (c.getState() == ManagerConnectionState.CONNECTED) {
				try {
					synchronize();
				} catch (RuntimeException e) {
					// the connection dropped again; the next ConnectEvent starts over
				}
				return;
			}
			try {
				Thread.sleep(50);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	/** Rebuilds the live model from the PBX's lists (runs on the sync thread). */
	private Void synchronize() {
		ManagerConnection c = requireConnection();
		long start = epoch.get();
		PbxEndpoint ep = endpoint;
		updater.post(new PbxEvent.ConnectionChanged(ConnectionStatus.SYNCHRONIZING, ep.host(), ep.port(), null, ""));
		model.post(site -> {
			mapper.beginSync();
			updater.apply(new PbxEvent.SyncStarted());
		});
		List<EventGeneratingAction> lists = List.of(new ExtensionStateListAction(), new DeviceStateListAction(),
				new PJSipShowEndpointsAction(), new PJSipShowContactsAction(), new CoreShowChannelsAction(),
				new QueueStatusAction(), new DbGetTreeAction(AmiEventMapper.DND),
				new DbGetTreeAction(AmiEventMapper.CALLPERM), new DbGetTreeAction(AmiEventMapper.NIGHT));
		for (EventGeneratingAction action : lists) {
			ResponseEvents answer = list(c, action);
			// list items normally reach the global listener too; feeding them again is harmless (idempotent)
			List<ResponseEvent> items = new ArrayList<>(answer.getEvents());
			model.post(site -> {
				for (ResponseEvent item : items) {
					for (PbxEvent e : mapper.map(item)) {
						updater.apply(e);
					}
				}
			});
		}
		if (epoch.get() != start || c.getState() != ManagerConnectionState.CONNECTED) {
			throw new PbxException(Reason.NOT_CONNECTED, "The connection to the PBX was lost while synchronising.");
		}
		String version = String.valueOf(c.getVersion());
		updater.post(new PbxEvent.SyncCompleted());
		updater.post(new PbxEvent.ConnectionChanged(ConnectionStatus.CONNECTED, ep.host(), ep.port(), version, ""))
				.join();
		return null;
	}

	private ResponseEvents list(ManagerConnection c, EventGeneratingAction action) {
		try {
			return c.sendEventGeneratingAction(action, Math.max(10_000, endpoint.responseTimeout().toMillis() * 2));
		} catch (IOException | IllegalStateException e) {
			throw new PbxException(Reason.NOT_CONNECTED, "The connection to the PBX was lost.", e);
		} catch (org.asteriskjava.manager.EventTimeoutException e) {
			throw new PbxException(Reason.TIMEOUT, "The PBX did not finish its " + action.getAction() + " list in time.", e);
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
			OriginateAction a = originateAction(device, RING_TIME);
			a.setContext(endpoint().context());
			a.setExten(number);
			a.setPriority(1);
			// the dialplan checks the caller's permission by CALLERID(num), and the callee's phone shows it
			a.setCallerId(callerId(operatorExtension));
			int reason = originate(a, RING_TIME).getReason();
			if (reason != 4) {
				throw originateFailure(reason, "Your phone (" + operatorExtension + ")");
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
			ManagerConnection c = requireConnection();
			// lets the site's dialplan ask the operator's phone to answer at once (see docs/asterisk)
			try {
				c.sendAction(new SetVarAction(channel, CONSOLE_ANSWER_VARIABLE, "1"), timeout());
			} catch (IOException | TimeoutException | IllegalStateException | IllegalArgumentException e) {
				// only a hint for the dialplan; the redirect below is what counts
			}
			send(new RedirectAction(channel, endpoint().context(), operatorExtension, 1));
			return null;
		});
	}

	@Override
	public CompletableFuture<Void> hangup(String channelUniqueId) {
		return validated(() -> requireId(channelUniqueId), () -> {
			send(new HangupAction(channelName(channelUniqueId), 16));
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
			OriginateAction a = originateAction(device(operatorExtension), RING_TIME);
			a.setApplication("Bridge");
			a.setData(held);
			int reason = originate(a, RING_TIME).getReason();
			if (reason != 4) {
				throw originateFailure(reason, "Your phone (" + operatorExtension + ")");
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
			send(new BlindTransferAction(channelName(operatorChannelUniqueId), target, endpoint().context()));
			return null;
		});
	}

	@Override
	public CompletableFuture<Void> attendedTransfer(String operatorChannelUniqueId, String target) {
		return validated(() -> {
			requireId(operatorChannelUniqueId);
			PbxInput.requireNumber("transfer target", target);
		}, () -> {
			send(new AtxferAction(channelName(operatorChannelUniqueId), endpoint().context(), target, 1));
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
			OriginateAction a = originateAction(device(operatorExtension), RING_TIME);
			a.setApplication("ChanSpy");
			a.setData(device(targetExtension) + "," + options);
			int reason = originate(a, RING_TIME).getReason();
			if (reason != 4) {
				throw originateFailure(reason, "Your phone (" + operatorExtension + ")");
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
				send(new DbPutAction(AmiEventMapper.DND, extension, "YES"));
			} else {
				dbDel(AmiEventMapper.DND, extension);
			}
			// AstDB changes raise no AMI event: the live model learns it from us (and from every resync)
			updater.post(new PbxEvent.DndChanged(extension, on)).join();
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
				dbDel(AmiEventMapper.CALLPERM, extension); // no entry = no restriction
			} else {
				send(new DbPutAction(AmiEventMapper.CALLPERM, extension, permission.getLiteral().toLowerCase()));
			}
			updater.post(new PbxEvent.DialPermissionChanged(extension, permission)).join();
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
			OriginateAction a = originateAction(device(extension), ringFor);
			a.setContext(WAKEUP_CONTEXT);
			a.setExten("s");
			a.setPriority(1);
			a.setVariable("WAKEUP_FOR", extension);
			if (prompt != null) {
				a.setVariable("WAKEUP_PROMPT", prompt);
			}
			return AmiEventMapper.wakeUpOutcome(originate(a, ringFor).getReason());
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
				send(new DbPutAction(AmiEventMapper.NIGHT, queue, nightNumber));
				if (prompt != null) {
					send(new DbPutAction(AmiEventMapper.NIGHT, queue + "/prompt", prompt));
				} else {
					dbDel(AmiEventMapper.NIGHT, queue + "/prompt");
				}
			} else {
				dbDel(AmiEventMapper.NIGHT, queue);
				dbDel(AmiEventMapper.NIGHT, queue + "/prompt");
			}
			updater.post(new PbxEvent.NightServiceChanged(queue, on ? nightNumber : null, on ? prompt : null)).join();
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
			for (ResponseEvent e : list(requireConnection(), status).getEvents()) {
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

	@FunctionalInterface
	private interface Body<T> {
		T run() throws Throwable;
	}

	private <T> CompletableFuture<T> validated(Runnable validation, Body<T> body) {
		try {
			validation.run();
		} catch (PbxException e) {
			return CompletableFuture.failedFuture(e);
		}
		return async(body);
	}

	/** Runs on an I/O thread; the future fails with a {@link PbxException} in plain words. */
	private <T> CompletableFuture<T> async(Body<T> body) {
		CompletableFuture<T> f = new CompletableFuture<>();
		try {
			io.execute(() -> {
				try {
					f.complete(body.run());
				} catch (Throwable t) {
					f.completeExceptionally(translate(t));
				}
			});
		} catch (java.util.concurrent.RejectedExecutionException e) {
			f.completeExceptionally(new PbxException(Reason.NOT_CONNECTED, "The PBX connection is closed."));
		}
		return f;
	}

	private static PbxException translate(Throwable t) {
		while ((t instanceof ExecutionException || t instanceof java.util.concurrent.CompletionException)
				&& t.getCause() != null) {
			t = t.getCause();
		}
		if (t instanceof PbxException p) {
			return p;
		}
		if (t instanceof TimeoutException || t instanceof java.util.concurrent.TimeoutException) {
			return new PbxException(Reason.TIMEOUT, "The PBX did not answer in time.", t);
		}
		if (t instanceof IOException || t instanceof IllegalStateException) {
			return new PbxException(Reason.NOT_CONNECTED, "Not connected to the PBX.", t);
		}
		return new PbxException(Reason.PBX_ERROR, "The PBX operation failed: " + t.getMessage(), t);
	}

	private PbxEndpoint endpoint() {
		PbxEndpoint ep = endpoint;
		if (ep == null) {
			throw new PbxException(Reason.NOT_CONNECTED, "Not connected to a PBX.");
		}
		return ep;
	}

	private long timeout() {
		return endpoint().responseTimeout().toMillis();
	}

	private ManagerConnection requireConnection() {
		ManagerConnection c = connection;
		if (c == null || c.getState() != ManagerConnectionState.CONNECTED) {
			throw new PbxException(Reason.NOT_CONNECTED, "Not connected to the PBX.");
		}
		return c;
	}

	private ManagerResponse send(ManagerAction action) throws IOException, TimeoutException {
		ManagerResponse r = requireConnection().sendAction(action, timeout());
		if (r instanceof ManagerError || (r != null && "Error".equalsIgnoreCase(r.getResponse()))) {
			throw pbxError(r.getMessage());
		}
		return r;
	}

	private void dbDel(String family, String key) throws IOException, TimeoutException {
		ManagerResponse r = requireConnection().sendAction(new DbDelAction(family, key), timeout());
		if (r instanceof ManagerError && (r.getMessage() == null || !r.getMessage().toLowerCase().contains("not found"))) {
			throw pbxError(r.getMessage());
		}
	}

	private static PbxException pbxError(String message) {
		String m = message == null ? "" : message;
		String lower = m.toLowerCase();
		if (lower.contains("no such channel") || lower.contains("not found")) {
			return new PbxException(Reason.NOT_FOUND, "The call or party no longer exists (" + m + ").");
		}
		if (lower.contains("permission denied")) {
			return new PbxException(Reason.REJECTED,
					"The manager user may not do this; see docs/asterisk for the rights it needs.");
		}
		return new PbxException(Reason.PBX_ERROR, "The PBX refused: " + m);
	}

	private OriginateAction originateAction(String channel, Duration ringFor) {
		OriginateAction a = new OriginateAction();
		a.setChannel(channel);
		a.setTimeout(ringFor.toMillis());
		a.setAsync(true);
		return a;
	}

	/** Sends an async Originate and waits for its OriginateResponse (matched by ActionID). */
	private OriginateResponseEvent originate(OriginateAction a, Duration ringFor) throws Exception {
		String id = "switchboard-" + actionIds.incrementAndGet();
		a.setActionId(id);
		CompletableFuture<OriginateResponseEvent> response = new CompletableFuture<>();
		originates.put(id, response);
		try {
			send(a);
			return response.get(ringFor.toMillis() + 15_000, TimeUnit.MILLISECONDS);
		} catch (java.util.concurrent.TimeoutException e) {
			throw new PbxException(Reason.TIMEOUT, "The PBX did not report how the call went.", e);
		} finally {
			originates.remove(id);
		}
	}

	private static PbxException originateFailure(int reason, String who) {
		return switch (reason) {
		case 1, 3 -> new PbxException(Reason.NO_ANSWER, who + " did not answer.");
		case 5 -> new PbxException(Reason.BUSY, who + " is busy.");
		case 8 -> new PbxException(Reason.REJECTED, "The network is congested; " + who + " cannot be called now.");
		default -> new PbxException(Reason.REJECTED, who + " cannot be reached (not registered or unknown).");
		};
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
