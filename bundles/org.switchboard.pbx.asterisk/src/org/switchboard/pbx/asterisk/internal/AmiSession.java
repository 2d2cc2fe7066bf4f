package org.switchboard.pbx.asterisk.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.asteriskjava.manager.AuthenticationFailedException;
import org.asteriskjava.manager.DefaultManagerConnection;
import org.asteriskjava.manager.EventTimeoutException;
import org.asteriskjava.manager.ManagerConnection;
import org.asteriskjava.manager.ManagerConnectionState;
import org.asteriskjava.manager.ManagerEventListener;
import org.asteriskjava.manager.PingThread;
import org.asteriskjava.manager.ResponseEvents;
import org.asteriskjava.manager.TimeoutException;
import org.asteriskjava.manager.action.CoreShowChannelsAction;
import org.asteriskjava.manager.action.EventGeneratingAction;
import org.asteriskjava.manager.action.PJSipShowContactsAction;
import org.asteriskjava.manager.action.PJSipShowEndpointsAction;
import org.asteriskjava.manager.action.QueueStatusAction;
import org.asteriskjava.manager.event.ConnectEvent;
import org.asteriskjava.manager.event.DisconnectEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.event.ResponseEvent;
import org.switchboard.model.ConnectionStatus;
import org.switchboard.model.live.LiveModel;
import org.switchboard.pbx.PbxEndpoint;
import org.switchboard.pbx.PbxException;
import org.switchboard.pbx.PbxException.Reason;
import org.switchboard.pbx.asterisk.internal.ami.AmiClasses;
import org.switchboard.pbx.asterisk.internal.ami.DbGetTreeAction;
import org.switchboard.pbx.asterisk.internal.ami.DeviceStateChangeEvent;
import org.switchboard.pbx.asterisk.internal.ami.DeviceStateListAction;
import org.switchboard.pbx.asterisk.internal.ami.ExtensionStateListAction;
import org.switchboard.pbx.asterisk.internal.ami.ExtensionStatusEvent;
import org.switchboard.pbx.event.PbxEvent;
import org.switchboard.pbx.live.LiveModelUpdater;

/**
 * The connection to one Asterisk: login, ping, and a full resynchronisation of the live model on every (re)connect.
 * Asterisk-Java reconnects by itself; whatever happened while disconnected is lost, so each {@code ConnectEvent}
 * starts a resync from scratch on the sync thread.
 * <p>
 * Asterisk-Java's pump thread delivers the events: {@link #onManagerEvent} only hands them on (to the originate
 * tracker and to the live model's queue) and never blocks, or the next action response waits behind it.
 */
final class AmiSession {

	private static final Logger LOG = Logger.getLogger(AmiSession.class.getName());
	/** How often a lost PBX is tried again (A9: the console is back within seconds of the PBX). */
	private static final java.time.Duration RECONNECT_EVERY = java.time.Duration.ofMillis(700);
	/** The PBX conversation (actions sent, events received), at FINE. */
	static final Logger AMI = Conversation.LOG;

	private final LiveModel model;
	private final LiveModelUpdater updater;
	private final AmiEventMapper mapper;
	private final CallOutcomes calls;
	private final Originates originates;
	private final ExecutorService syncer;
	/** How long the second stage of a synchronisation for an operator's screen waits for it, at most. */
	static final java.time.Duration DETAILS_WAIT = java.time.Duration.ofSeconds(3);
	/** Re-reads the AstDB settings now and then: changes made behind the consoles' backs raise no event. */
	private final java.util.concurrent.ScheduledExecutorService recheck;
	private final Conversation conversation = new Conversation();
	/** Counts connects and disconnects: a synchronisation that saw it change is not trusted. */
	private final AtomicLong epoch = new AtomicLong();
	private final ManagerEventListener listener = this::onManagerEvent;

	private volatile ManagerConnection connection;
	private volatile PbxEndpoint endpoint;
	private volatile PingThread ping;
	private volatile boolean loggedIn;
	private volatile boolean closing;

	AmiSession(LiveModel model, LiveModelUpdater updater, AmiEventMapper mapper, CallOutcomes calls,
			Originates originates) {
		this.model = model;
		this.updater = updater;
		this.mapper = mapper;
		this.calls = calls;
		this.originates = originates;
		syncer = Executors.newSingleThreadExecutor(r -> AsteriskGateway.daemon(r, "switchboard-ami-sync"));
		recheck = Executors.newSingleThreadScheduledExecutor(r -> AsteriskGateway.daemon(r, "switchboard-ami-recheck"));
		long seconds = Long.getLong(RECHECK_PROPERTY, 60);
		if (seconds > 0) {
			recheck.scheduleWithFixedDelay(() -> {
				if (loggedIn && !closing) {
					syncer.execute(this::recheckSettings);
				}
			}, seconds, seconds, TimeUnit.SECONDS);
		}
	}

	/** Seconds between two re-reads of the AstDB settings (0: never). */
	static final String RECHECK_PROPERTY = "switchboard.pbx.settingsRecheckSeconds";

	/**
	 * Reads the DND, CALLPERM and NIGHT families again and corrects the live model where it differs, including
	 * keys deleted meanwhile (runs on the sync thread, between resyncs).
	 */
	void recheckSettings() {
		try {
			java.util.Map<String, String> db = new java.util.HashMap<>();
			for (String family : List.of(AstDbEvents.DND, AstDbEvents.CALLPERM, AstDbEvents.NIGHT)) {
				for (ResponseEvent e : list(new DbGetTreeAction(family)).getEvents()) {
					if (e instanceof org.switchboard.pbx.asterisk.internal.ami.DbGetTreeResponseEvent r
							&& r.getKey() != null) {
						db.put(r.getKey(), r.getVal() == null ? "" : r.getVal().trim());
					}
				}
			}
			model.post(site -> {
				for (org.switchboard.model.Extension x : site.getExtensions()) {
					String dnd = db.get("/" + AstDbEvents.DND + "/" + x.getNumber());
					boolean on = dnd != null && !dnd.isEmpty();
					if (on != x.isDnd()) {
						updater.apply(new PbxEvent.DndChanged(x.getNumber(), on));
					}
					org.switchboard.model.DialPermission p = AmiValues
							.permission(db.getOrDefault("/" + AstDbEvents.CALLPERM + "/" + x.getNumber(), ""));
					if (p != x.getDialPermission()) {
						updater.apply(new PbxEvent.DialPermissionChanged(x.getNumber(), p));
					}
				}
				for (org.switchboard.model.Queue q : site.getQueues()) {
					String number = emptyToNull(db.get("/" + AstDbEvents.NIGHT + "/" + q.getNumber()));
					String prompt = number == null ? null
							: emptyToNull(db.get("/" + AstDbEvents.NIGHT + "/" + q.getNumber() + "/prompt"));
					if (!java.util.Objects.equals(number, q.getNightNumber())
							|| !java.util.Objects.equals(prompt, q.getNightPrompt())) {
						updater.apply(new PbxEvent.NightServiceChanged(q.getNumber(), number, prompt));
					}
				}
			});
		} catch (RuntimeException e) {
			LOG.log(Level.FINE, "re-reading the AstDB settings failed; the next try or resync catches up", e);
		}
	}

	private static String emptyToNull(String s) {
		return s == null || s.isEmpty() ? null : s;
	}

	/**
	 * Connects, logs in and synchronises; blocks the calling (I/O) thread until done. With {@code detailsWhen} (see
	 * {@link org.switchboard.pbx.PbxGateway#connectShowing}) only until the live model shows the first stage of the
	 * synchronisation (see {@link #synchronize}); its second stage waits for {@code detailsWhen}.
	 */
	void connect(PbxEndpoint ep, CompletionStage<?> detailsWhen) throws Throwable {
		boolean untilShown = detailsWhen != null;
		disconnect();
		closing = false;
		endpoint = ep;
		updater.post(new PbxEvent.ConnectionChanged(ConnectionStatus.CONNECTING, ep.host(), ep.port(), null, ""));
		DefaultManagerConnection c;
		try {
			c = newConnection(ep);
		} catch (IOException e) {
			String message = "The PBX at " + ep.host() + ":" + ep.port() + " cannot be reached.";
			LOG.info(message);
			updater.post(new PbxEvent.ConnectionChanged(ConnectionStatus.FAILED, null, 0, null, message));
			throw new PbxException(Reason.UNREACHABLE, message, e);
		}
		c.addEventListener(listener);
		connection = c;
		LOG.fine(() -> "connecting to " + ep);
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
		startPing(c, ep);
		CompletableFuture<Void> shown = new CompletableFuture<>();
		Future<Void> done = syncer.submit(() -> {
			try {
				return synchronize(shown, detailsWhen);
			} catch (RuntimeException e) {
				if (!shown.completeExceptionally(e) && untilShown) {
					// the operator is in already; the connection's status stays synchronising
					LOG.log(Level.INFO, "The synchronisation with the PBX did not finish; registrations and device "
							+ "states may be out of date until the next one: " + e.getMessage(), e);
				}
				throw e;
			}
		});
		try {
			if (untilShown) {
				shown.get();
			} else {
				done.get();
			}
		} catch (ExecutionException e) {
			throw e.getCause();
		}
	}

	/**
	 * What {@link #newConnection} does first in a process, without connecting: Asterisk-Java initialises its logging
	 * (SLF4J's provider, found through SPI Fly) and scans its event classes (org.reflections) once, on the first
	 * connection object and its reader; about 0.4 s that a login would otherwise wait for.
	 */
	static void prepare() {
		registerEvents(new DefaultManagerConnection());
	}

	/** The event classes Asterisk-Java lacks or gets wrong (see {@link AmiClasses#EVENTS}). */
	private static void registerEvents(DefaultManagerConnection c) {
		for (Class<? extends ManagerEvent> type : AmiClasses.EVENTS) {
			c.registerUserEventClass(type);
		}
	}

	/** A connection through a fresh {@link AmiGuard} (which connects to the PBX: an unreachable one throws here). */
	private static DefaultManagerConnection newConnection(PbxEndpoint ep) throws IOException {
		AmiGuard guard = AmiGuard.open(ep.host(), ep.port(), 5000);
		DefaultManagerConnection c = new DefaultManagerConnection(guard.host(), guard.port(), ep.user(), ep.secret());
		c.setDefaultResponseTimeout(ep.responseTimeout().toMillis());
		c.setDefaultEventTimeout(Math.max(5000, ep.responseTimeout().toMillis() * 2));
		c.setSocketTimeout(5000);
		c.setSocketReadTimeout(30_000);
		registerEvents(c);
		return c;
	}

	private void startPing(ManagerConnection c, PbxEndpoint ep) {
		PingThread old = ping;
		if (old != null) {
			old.die();
		}
		PingThread p = new PingThread(c);
		p.setInterval(10_000);
		p.setTimeout(ep.responseTimeout().toMillis());
		p.setDaemon(true);
		p.start();
		ping = p;
	}

	/**
	 * After the connection was lost: Asterisk-Java retries 10 times in the first half second, then only every 5 s, so
	 * a PBX back after a restart would wait up to 5 s for the console. This loop tries a fresh connection every
	 * {@link #RECONNECT_EVERY} until one of the two gets through; a fresh one replaces the lost one.
	 */
	private void reconnectLoop(ManagerConnection lost) {
		while (!closing && connection == lost && lost.getState() != ManagerConnectionState.CONNECTED) {
			try {
				Thread.sleep(RECONNECT_EVERY.toMillis());
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
			PbxEndpoint ep = endpoint;
			if (closing || ep == null || connection != lost || lost.getState() == ManagerConnectionState.CONNECTED) {
				return;
			}
			DefaultManagerConnection fresh;
			try {
				fresh = newConnection(ep);
				fresh.login();
			} catch (AuthenticationFailedException | IOException | TimeoutException | IllegalStateException e) {
				continue; // still down
			}
			synchronized (this) {
				if (closing || connection != lost || lost.getState() == ManagerConnectionState.CONNECTED) {
					fresh.logoff();
					return;
				}
				lost.removeEventListener(listener);
				fresh.addEventListener(listener);
				connection = fresh;
			}
			try {
				lost.logoff(); // ends its own reconnect attempts
			} catch (RuntimeException ignored) {
				// it was not connected
			}
			LOG.info("Reconnected to the PBX.");
			startPing(fresh, ep);
			epoch.incrementAndGet();
			syncer.execute(this::resynchronize);
			return;
		}
	}

	private void failConnect(ManagerConnection c, String message) {
		c.removeEventListener(listener);
		try {
			c.logoff();
		} catch (RuntimeException ignored) {
			// never fully connected
		}
		connection = null;
		LOG.info(message);
		updater.post(new PbxEvent.ConnectionChanged(ConnectionStatus.FAILED, null, 0, null, message));
	}

	/** Logs off and stops reconnecting. */
	void disconnect() {
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
			dropListItems();
			try {
				c.logoff();
			} catch (RuntimeException ignored) {
				// already gone
			}
			originates.failAll("The connection to the PBX was closed.");
			updater.post(new PbxEvent.ConnectionChanged(ConnectionStatus.DISCONNECTED, null, 0, null, ""));
		}
	}

	void close() {
		disconnect();
		recheck.shutdownNow();
		syncer.shutdownNow();
		conversation.close();
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
			dropListItems();
			if (!closing) {
				LOG.info("The connection to the PBX was lost; reconnecting.");
				originates.failAll("The connection to the PBX was lost.");
				updater.post(new PbxEvent.ConnectionChanged(ConnectionStatus.RECONNECTING, null, 0, null,
						"The connection to the PBX was lost; reconnecting."));
				ManagerConnection lost = connection;
				if (lost != null) {
					Thread t = AsteriskGateway.daemon(() -> reconnectLoop(lost), "switchboard-ami-reconnect");
					t.start();
				}
			}
			return;
		}
		conversation.received(event);
		synchronized (listItems) {
			if (event instanceof ResponseEvent r && isSyncListItem(r)) {
				postListItems(); // the synchronisation applies its lists itself (apply), once each
				return;
			}
			if (isInlineSyncListItem(event)) {
				listItems.add(event);
				if (listItems.size() >= LIST_ITEMS_PER_CHANGE) {
					postListItems();
				}
				return;
			}
			postListItems();
		}
		originates.onEvent(event);
		model.post(site -> {
			calls.observe(event);
			for (PbxEvent e : mapper.map(event)) {
				updater.apply(e);
			}
		});
	}

	/**
	 * The items of a synchronisation's ExtensionStateList and DeviceStateList: they reach the live model through the
	 * listener only (they are not {@link ResponseEvent}s, so Asterisk-Java does not gather them for the action), in
	 * the order they came, and in changes of up to {@value #LIST_ITEMS_PER_CHANGE}: one change per item was 20,000
	 * changes told to the model's listeners at 10,000 extensions, and as many hand-offs to the model's thread.
	 */
	private final List<ManagerEvent> listItems = new ArrayList<>();
	private static final int LIST_ITEMS_PER_CHANGE = 500;

	/** Hands the list items gathered so far to the live model, before whatever event comes next (lock held). */
	private void postListItems() {
		if (listItems.isEmpty()) {
			return;
		}
		List<ManagerEvent> items = new ArrayList<>(listItems);
		listItems.clear();
		model.post(site -> {
			for (ManagerEvent item : items) {
				for (PbxEvent e : mapper.map(item)) {
					updater.apply(e);
				}
			}
		});
	}

	/** The list items gathered for a synchronisation that is not trusted any more (the connection went). */
	private void dropListItems() {
		synchronized (listItems) {
			listItems.clear();
		}
	}

	/** An ExtensionStatus or DeviceStateChange of a synchronisation's list (its ActionID holds the list's). */
	private static boolean isInlineSyncListItem(ManagerEvent event) {
		String id = event instanceof ExtensionStatusEvent x ? x.getActionId()
				: event instanceof DeviceStateChangeEvent d ? d.getActionId() : null;
		return id != null && id.contains(SYNC_LIST);
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
					synchronize(new CompletableFuture<>(), null);
				} catch (RuntimeException e) {
					// the connection dropped again; the next ConnectEvent starts over
					LOG.log(Level.FINE, "resynchronisation interrupted", e);
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

	/**
	 * Rebuilds the live model from the PBX's lists (runs on the sync thread), in two stages. First what the home
	 * screen shows: the extensions (hints with their states, and the configured endpoints, which also name the
	 * extensions without a hint and map the devices the channels are on), the channels, the queues and the AstDB
	 * settings; then {@code shown} is completed. Then the details (device states, registrations), and the sweep of
	 * what no list reported. On a site of 10,000 extensions each of the four long lists is 10,000 events; a login
	 * waits for the first two only.
	 */
	private Void synchronize(CompletableFuture<Void> shown, CompletionStage<?> detailsWhen) {
		ManagerConnection c = requireConnection();
		long start = epoch.get();
		PbxEndpoint ep = endpoint;
		updater.post(new PbxEvent.ConnectionChanged(ConnectionStatus.SYNCHRONIZING, ep.host(), ep.port(), null, ""));
		model.post(site -> {
			mapper.beginSync();
			updater.apply(new PbxEvent.SyncStarted());
		});
		long syncStart = System.nanoTime();
		StringBuilder timings = new StringBuilder();
		for (EventGeneratingAction action : List.of(new ExtensionStateListAction(), new PJSipShowEndpointsAction(),
				new CoreShowChannelsAction(), new QueueStatusAction(), new DbGetTreeAction(AstDbEvents.DND),
				new DbGetTreeAction(AstDbEvents.CALLPERM), new DbGetTreeAction(AstDbEvents.NIGHT))) {
			apply(action, timings);
		}
		requireSameConnection(c, start);
		model.post(site -> {
			// the lists above are applied: the login may read the model now
		}).join();
		long shownMillis = (System.nanoTime() - syncStart) / 1_000_000;
		shown.complete(null);
		long waitStart = System.nanoTime();
		awaitDetailsTurn(detailsWhen);
		long waitedMillis = (System.nanoTime() - waitStart) / 1_000_000;
		for (EventGeneratingAction action : List.of(new DeviceStateListAction(), new PJSipShowContactsAction())) {
			apply(action, timings);
		}
		requireSameConnection(c, start);
		String version = String.valueOf(c.getVersion());
		updater.post(new PbxEvent.SyncCompleted());
		updater.post(new PbxEvent.ConnectionChanged(ConnectionStatus.CONNECTED, ep.host(), ep.port(), version, ""))
				.join();
		long syncMillis = (System.nanoTime() - syncStart) / 1_000_000;
		// where a slow (re)synchronisation spends its time, for a site administrator and the P2 benchmark
		String waited = detailsWhen == null ? "" : ", the details waited " + waitedMillis + " ms for the screen";
		LOG.info(() -> "connected to " + ep + " (" + version + "), synchronised in " + syncMillis + " ms (shown after "
				+ shownMillis + " ms" + waited + ")" + timings);
		return null;
	}

	/**
	 * Waits until {@code detailsWhen} (if any) completes, at most {@link #DETAILS_WAIT}: the operator's screen is being
	 * built on the same CPU meanwhile (at 10,000 extensions the details took half a second from it).
	 */
	private static void awaitDetailsTurn(CompletionStage<?> detailsWhen) {
		if (detailsWhen == null) {
			return;
		}
		try {
			detailsWhen.toCompletableFuture().get(DETAILS_WAIT.toMillis(), TimeUnit.MILLISECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new PbxException(Reason.NOT_CONNECTED, "Interrupted while synchronising.", e);
		} catch (ExecutionException | java.util.concurrent.TimeoutException | RuntimeException e) {
			// the screen did not say (a console without one, or one that failed): read the details now
		}
	}

	/** The ActionIDs of the synchronisation's lists start with this (see {@link #isSyncListItem}). */
	private static final String SYNC_LIST = "switchboard-sync-";
	private final AtomicLong syncLists = new AtomicLong();

	/**
	 * An item (or the end) of one of the synchronisation's lists. Asterisk-Java hands these to the connection's
	 * listeners too; the synchronisation applies them from the list it waited for, so the listener leaves them. Each
	 * item used to be applied twice; at 10,000 extensions the endpoints and contacts alone were 20,000 changes told to
	 * the model's listeners and as many hand-offs from the pump thread to the model's (issue 14, P2 and P3).
	 */
	private static boolean isSyncListItem(ResponseEvent event) {
		String id = event.getActionId();
		return id != null && id.startsWith(SYNC_LIST);
	}

	/** Sends one list of the synchronisation and hands its items to the live model; notes its time. */
	private void apply(EventGeneratingAction action, StringBuilder timings) {
		long listStart = System.nanoTime();
		action.setActionId(SYNC_LIST + syncLists.incrementAndGet());
		ResponseEvents answer = list(action);
		timings.append(", ").append(action.getAction()).append(' ').append(answer.getEvents().size())
				.append(" items ").append((System.nanoTime() - listStart) / 1_000_000).append(" ms");
		List<ResponseEvent> items = new ArrayList<>(answer.getEvents());
		model.post(site -> {
			for (ResponseEvent item : items) {
				for (PbxEvent e : mapper.map(item)) {
					updater.apply(e);
				}
			}
		});
	}

	/** A synchronisation that saw the connection change or drop is not trusted. */
	private void requireSameConnection(ManagerConnection c, long epochAtStart) {
		if (epoch.get() != epochAtStart || c.getState() != ManagerConnectionState.CONNECTED) {
			throw new PbxException(Reason.NOT_CONNECTED, "The connection to the PBX was lost while synchronising.");
		}
	}

	/** Sends a list action and waits for its items (and the list's end). */
	ResponseEvents list(EventGeneratingAction action) {
		try {
			return requireConnection().sendEventGeneratingAction(action,
					Math.max(10_000, endpoint().responseTimeout().toMillis() * 2));
		} catch (IOException | IllegalStateException e) {
			throw new PbxException(Reason.NOT_CONNECTED, "The connection to the PBX was lost.", e);
		} catch (EventTimeoutException e) {
			throw new PbxException(Reason.TIMEOUT, "The PBX did not finish its " + action.getAction() + " list in time.",
					e);
		}
	}

	PbxEndpoint endpoint() {
		PbxEndpoint ep = endpoint;
		if (ep == null) {
			throw new PbxException(Reason.NOT_CONNECTED, "Not connected to a PBX.");
		}
		return ep;
	}

	ManagerConnection requireConnection() {
		ManagerConnection c = connection;
		if (c == null || c.getState() != ManagerConnectionState.CONNECTED) {
			throw new PbxException(Reason.NOT_CONNECTED, "Not connected to the PBX.");
		}
		return c;
	}
}
