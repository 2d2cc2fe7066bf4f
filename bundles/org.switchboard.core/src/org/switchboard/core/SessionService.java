package org.switchboard.core;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.switchboard.model.HandoverRecord;
import org.switchboard.model.Operator;
import org.switchboard.model.Outcome;
import org.switchboard.model.Queue;
import org.switchboard.model.SwitchboardFactory;
import org.switchboard.model.live.LiveModel;
import org.switchboard.pbx.PbxException;
import org.switchboard.pbx.PbxGateway;
import org.switchboard.pbx.PbxInput;
import org.switchboard.pbx.live.QueueMembers;
import org.switchboard.store.Store;
import org.switchboard.store.StoreException;

/**
 * Login, shift handover and logout at this console, and the PBX connection that goes with them. After a login
 * {@link #current()} is the operator's session and {@link #gateway()} the connected PBX. Every login, failure,
 * handover and logout is written to the operation log. Methods block on the database and the PBX: call them off
 * the UI thread.
 */
public final class SessionService implements AutoCloseable {

	/** Connects the PBX gateway (the factory and endpoint are the caller's business). */
	@FunctionalInterface
	public interface GatewayConnector {
		PbxGateway connect() throws LoginException;
	}

	/** Extensions: digits only, 1 to 16. */
	public static final Pattern EXTENSION = Pattern.compile("[0-9]{1,16}");
	private static final long EXTENSION_CHECK_SECONDS = 10;
	private static final long QUEUE_SECONDS = 10;

	private final AccountService accounts;
	private final OperationLog log;
	private final Store store;
	private final GatewayConnector connector;
	private final Clock clock;
	private final String operatorQueue;
	private final CopyOnWriteArrayList<Consumer<Optional<OperatorSession>>> listeners = new CopyOnWriteArrayList<>();
	private volatile PbxGateway gateway;
	/** A connection started before the login (see {@link #connectEarly}), taken by the first login. */
	private CompletableFuture<PbxGateway> early;
	private volatile ConsoleSession current;
	private volatile Set<Right> rights = Set.of();

	public SessionService(AccountService accounts, OperationLog log, Store store, GatewayConnector connector,
			Clock clock) {
		this(accounts, log, store, connector, clock, null);
	}

	/** With the operator queue (SPEC Q1, Q3) the operator goes online and offline in; null when none. */
	public SessionService(AccountService accounts, OperationLog log, Store store, GatewayConnector connector,
			Clock clock, String operatorQueue) {
		this.operatorQueue = operatorQueue == null || operatorQueue.isBlank() ? null : operatorQueue.strip();
		this.accounts = accounts;
		this.log = log;
		this.store = store;
		this.connector = connector;
		this.clock = clock;
	}

	public Optional<OperatorSession> current() {
		return Optional.ofNullable(current);
	}

	/** The account logged in now, or {@code null}. */
	public String currentAccount() {
		ConsoleSession s = current;
		return s == null ? null : s.account();
	}

	/** The connected PBX gateway, or {@code null} before the first successful login. */
	public PbxGateway gateway() {
		return gateway;
	}

	/** Told after every login, handover and logout (with the new session, or empty). */
	public void addListener(Consumer<Optional<OperatorSession>> listener) {
		listeners.add(listener);
	}

	public void removeListener(Consumer<Optional<OperatorSession>> listener) {
		listeners.remove(listener);
	}

	/**
	 * Logs an operator in at an extension: checks the extension's form, the password (with lockout), connects the
	 * PBX if not connected yet, and checks that the PBX knows the extension.
	 */
	public OperatorSession login(String account, char[] password, String extension) throws LoginException {
		String ext = extension == null ? "" : extension.strip();
		if (!EXTENSION.matcher(ext).matches() || !PbxInput.isNumber(ext)) {
			log.record(account, "login.failed", ext, Outcome.FAILURE, "malformed extension");
			throw new LoginException(LoginException.Reason.MALFORMED_EXTENSION,
					"The extension must be a number (digits only).");
		}
		Operator operator = accounts.authenticate(account, password, ext);
		PbxGateway pbx = gateway;
		if (pbx == null) {
			try {
				pbx = takeEarlyConnection();
				if (pbx == null) {
					pbx = connector.connect();
				}
			} catch (LoginException e) {
				log.record(operator.getAccount(), "login.failed", ext, Outcome.FAILURE, e.getMessage());
				throw e;
			}
			gateway = pbx;
		}
		requireKnownExtension(pbx, operator.getAccount(), ext);
		ConsoleSession session = new ConsoleSession(operator.getAccount(), operator.getDisplayName(),
				operator.getRole(), ext, clock.instant());
		rights = loadRights(session.role());
		current = session;
		log.record(session.account(), "login", ext, Outcome.SUCCESS, "");
		fire();
		return session;
	}

	/**
	 * Starts connecting the PBX on {@code executor} while the operator still types the password, so that the login
	 * then only checks the password. The first login takes this connection; if it failed, that login is refused with
	 * its failure and the next one connects again. The connection only serves a logged-in operator: until a login
	 * succeeds nothing reads it, and {@link #close()} closes it.
	 */
	public synchronized void connectEarly(Executor executor) {
		if (gateway != null || early != null) {
			return;
		}
		early = connecting(connector, executor);
	}

	/** Connects on {@code executor}; the future fails with the {@link LoginException} when it cannot. */
	public static CompletableFuture<PbxGateway> connecting(GatewayConnector connector, Executor executor) {
		return CompletableFuture.supplyAsync(() -> {
			try {
				return connector.connect();
			} catch (LoginException e) {
				throw new CompletionException(e);
			}
		}, executor);
	}

	/**
	 * A connection started elsewhere before the login (by {@link ConsoleServices#start(ServerSettings, Executor)},
	 * while the store opened), failing with a {@link LoginException} when it cannot be made: taken by the first
	 * login as one from {@link #connectEarly}. When this service has a connection or an early one already, the new
	 * one is closed once it is made.
	 */
	public void useEarlyConnection(CompletableFuture<PbxGateway> connection) {
		synchronized (this) {
			if (gateway == null && early == null) {
				early = connection;
				return;
			}
		}
		connection.thenAccept(PbxGateway::close);
	}

	/** The early connection (waiting for it), {@code null} if none was started. */
	private PbxGateway takeEarlyConnection() throws LoginException {
		CompletableFuture<PbxGateway> f;
		synchronized (this) {
			f = early;
			early = null;
		}
		if (f == null) {
			return null;
		}
		try {
			return f.join();
		} catch (CompletionException e) {
			if (e.getCause() instanceof LoginException le) {
				throw le;
			}
			throw new LoginException(LoginException.Reason.UNEXPECTED, String.valueOf(e.getCause()), null,
					e.getCause());
		}
	}

	/**
	 * Shift handover (SPEC Q3) at the same extension: see {@link #handover(String, char[], String)}.
	 */
	public OperatorSession handover(String account, char[] password) throws LoginException {
		ConsoleSession from = current;
		if (from == null) {
			throw new IllegalStateException("nobody is logged in");
		}
		return handover(account, password, from.extension());
	}

	/**
	 * Shift handover (SPEC Q3): another operator takes over this console without a restart, at the given extension.
	 * Calls in progress stay where they are; when the extension changes and the leaving operator was online in the
	 * operator queue, the membership moves to the new extension. A handover record is written. Wrong credentials,
	 * a malformed or unknown extension leave the current operator logged in (the exception says why).
	 */
	public OperatorSession handover(String account, char[] password, String extension) throws LoginException {
		ConsoleSession from = current;
		if (from == null) {
			throw new IllegalStateException("nobody is logged in");
		}
		String ext = extension == null || extension.isBlank() ? from.extension() : extension.strip();
		if (!EXTENSION.matcher(ext).matches() || !PbxInput.isNumber(ext)) {
			log.record(from.account(), "handover.failed", ext, Outcome.FAILURE, "malformed extension");
			throw new LoginException(LoginException.Reason.MALFORMED_EXTENSION,
					"The extension must be a number (digits only).");
		}
		Operator operator = accounts.authenticate(account, password, ext); // logs a refusal itself
		PbxGateway pbx = gateway;
		if (pbx != null) {
			requireKnownExtension(pbx, operator.getAccount(), ext);
		}
		Instant at = clock.instant();
		ConsoleSession to = new ConsoleSession(operator.getAccount(), operator.getDisplayName(), operator.getRole(),
				ext, at);
		HandoverRecord record = SwitchboardFactory.eINSTANCE.createHandoverRecord();
		record.setFromOperator(from.account());
		record.setToOperator(to.account());
		record.setAt(at);
		record.setExtension(ext);
		try {
			store.handovers().insert(record);
		} catch (StoreException e) {
			throw new LoginException(LoginException.Reason.DATABASE_UNAVAILABLE, e.getMessage(), null, e);
		}
		String extensions = from.extension().equals(ext) ? "extension " + ext
				: "extension " + from.extension() + " -> " + ext;
		log.record(from.account(), "handover", to.account(), Outcome.SUCCESS, extensions);
		if (!from.extension().equals(ext)) {
			moveQueueMembership(pbx, from, to);
		}
		rights = loadRights(to.role());
		current = to;
		log.record(to.account(), "login", ext, Outcome.SUCCESS, "handover from " + from.account());
		fire();
		return to;
	}

	/**
	 * The leaving operator's queue membership goes to the new extension when it received queue calls; a failure is
	 * logged and does not undo the handover (the new operator sees the queue state in the status line).
	 */
	private void moveQueueMembership(PbxGateway pbx, ConsoleSession from, ConsoleSession to) {
		if (pbx == null || operatorQueue == null) {
			return;
		}
		try {
			QueueState before = pbx.model()
					.read(site -> queueState(pbx.model(), operatorQueue, from.extension()))
					.get(QUEUE_SECONDS, TimeUnit.SECONDS);
			if (!before.receivesCalls()) {
				return;
			}
			awaitQueue(pbx.setOperatorOnline(operatorQueue, from.extension(), false));
			awaitQueue(pbx.setOperatorOnline(operatorQueue, to.extension(), true));
			log.record(to.account(), "queue.move", operatorQueue, Outcome.SUCCESS,
					from.extension() + " -> " + to.extension());
		} catch (PbxException | ExecutionException | TimeoutException e) {
			log.record(to.account(), "queue.move", operatorQueue, Outcome.FAILURE, String.valueOf(e.getMessage()));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/** The operator queue this console's operators go online and offline in, or null when none is configured. */
	public String operatorQueue() {
		return operatorQueue;
	}

	/** SPEC Q1: the current operator's state in the operator queue, as the live model shows it now. */
	public CompletableFuture<QueueState> queueState() {
		ConsoleSession s = current;
		PbxGateway pbx = gateway;
		if (s == null || pbx == null || operatorQueue == null) {
			return CompletableFuture.completedFuture(QueueState.UNKNOWN);
		}
		return pbx.model().read(site -> queueState(pbx.model(), operatorQueue, s.extension()));
	}

	/**
	 * The extension's state in the queue; call on the live model's owner thread. Which member is the extension is the
	 * PBX API's rule ({@link QueueMembers}).
	 */
	public static QueueState queueState(LiveModel model, String queue, String extension) {
		Queue q = model.queue(queue);
		if (q == null) {
			return QueueState.UNKNOWN;
		}
		return QueueMembers.memberOf(q, extension)
				.map(member -> QueueMembers.paused(q, member) ? QueueState.PAUSED : QueueState.ONLINE)
				.orElse(QueueState.OFFLINE);
	}

	/**
	 * SPEC Q1: the current operator goes online (receives queue calls) or offline in the operator queue; logged. The
	 * future fails with a {@link PbxException} when the PBX refuses or nobody is logged in.
	 */
	public CompletableFuture<Void> setOnline(boolean online) {
		ConsoleSession s = current;
		PbxGateway pbx = gateway;
		if (s == null || pbx == null || operatorQueue == null) {
			return CompletableFuture.failedFuture(new PbxException(PbxException.Reason.NOT_CONNECTED,
					operatorQueue == null ? "no operator queue is configured" : "nobody is logged in"));
		}
		return pbx.setOperatorOnline(operatorQueue, s.extension(), online).whenComplete((v, t) -> log.record(
				s.account(), online ? "queue.online" : "queue.offline", operatorQueue + " " + s.extension(),
				t == null ? Outcome.SUCCESS : Outcome.FAILURE, t == null ? "" : String.valueOf(cause(t).getMessage())));
	}

	/**
	 * SPEC Q1 direct exit (and the first step of every exit option): the operator leaves the operator queue
	 * ({@code QueueRemove}, or {@code QueuePause} of a static member) and the exit is logged. Blocks up to
	 * {@value #QUEUE_SECONDS} seconds on the PBX: call it off the UI thread.
	 *
	 * @param how the exit option's id, or {@code null} for the direct exit
	 * @throws PbxException when the PBX did not take the operator out of the queue (the console should stay open and
	 *                      say why)
	 */
	public void leaveQueueForExit(String how) throws PbxException {
		ConsoleSession s = current;
		if (s == null) {
			return;
		}
		String detail = how == null ? "direct" : how;
		if (gateway != null && operatorQueue != null) {
			try {
				awaitQueue(gateway.setOperatorOnline(operatorQueue, s.extension(), false));
			} catch (PbxException e) {
				log.record(s.account(), "exit.failed", operatorQueue + " " + s.extension(), Outcome.FAILURE,
						detail + ": " + e.getMessage());
				throw e;
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new PbxException(PbxException.Reason.TIMEOUT, "interrupted");
			}
		}
		log.record(s.account(), "exit", operatorQueue == null ? s.extension() : operatorQueue + " " + s.extension(),
				Outcome.SUCCESS, detail + (operatorQueue == null ? "" : "; left the operator queue"));
	}

	/**
	 * The operator quits although the PBX did not take them out of the operator queue (they were told, and chose to
	 * quit anyway): logged as a failed exit with the reason.
	 */
	public void exitStillInQueue(String how, String why) {
		ConsoleSession s = current;
		if (s != null) {
			log.record(s.account(), "exit", s.extension(), Outcome.FAILURE,
					(how == null ? "direct" : how) + "; still in the operator queue: " + why);
		}
	}

	/** Records that an exit option failed after the operator left the queue (the console stays open). */
	public void recordExitFailure(String how, String why) {
		ConsoleSession s = current;
		if (s != null) {
			log.record(s.account(), "exit.failed", s.extension(), Outcome.FAILURE, how + ": " + why);
		}
	}

	/** The rights of the operator logged in now (none when nobody is); read at login and handover. */
	public Set<Right> rights() {
		return current == null ? Set.of() : rights;
	}

	/** Reads the current operator's rights again (after an administrator changed those of a role). Blocks. */
	public void reloadRights() {
		ConsoleSession s = current;
		if (s != null) {
			rights = loadRights(s.role());
		}
	}

	/** The role's rights as administrators set them; the defaults when the database cannot be read. */
	private Set<Right> loadRights(org.switchboard.model.Role role) {
		try {
			return java.util.Collections.unmodifiableSet(Right.of(role, store.roleRights().find(role.getLiteral())));
		} catch (StoreException e) {
			return java.util.Collections.unmodifiableSet(Right.defaults(role));
		}
	}

	/**
	 * Service-level role check: throws unless the current operator has the right. Services call it before they act,
	 * whatever the UI shows.
	 */
	public void require(Right right) {
		ConsoleSession s = current;
		if (s == null || !rights().contains(right)) {
			throw new AccessDeniedException(s == null ? null : s.account(), right);
		}
	}

	private static void awaitQueue(CompletableFuture<Void> f) throws PbxException, InterruptedException {
		try {
			f.get(QUEUE_SECONDS, TimeUnit.SECONDS);
		} catch (ExecutionException e) {
			Throwable c = cause(e);
			throw c instanceof PbxException p ? p : new PbxException(PbxException.Reason.PBX_ERROR, c.getMessage());
		} catch (TimeoutException e) {
			throw new PbxException(PbxException.Reason.TIMEOUT, "the PBX did not answer within " + QUEUE_SECONDS
					+ " seconds");
		}
	}

	private static Throwable cause(Throwable t) {
		while ((t instanceof ExecutionException || t instanceof java.util.concurrent.CompletionException)
				&& t.getCause() != null) {
			t = t.getCause();
		}
		return t;
	}

	/** Logs the current operator out (the PBX stays connected for the next login). */
	public void logout() {
		ConsoleSession s = current;
		if (s != null) {
			log.record(s.account(), "logout", s.extension(), Outcome.SUCCESS, "");
			current = null;
			fire();
		}
	}

	private void requireKnownExtension(PbxGateway pbx, String account, String ext) throws LoginException {
		boolean known;
		try {
			known = pbx.model().read(site -> pbx.model().extension(ext) != null).get(EXTENSION_CHECK_SECONDS,
					TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new LoginException(LoginException.Reason.PBX_UNAVAILABLE, "Interrupted.");
		} catch (ExecutionException | TimeoutException e) {
			throw new LoginException(LoginException.Reason.PBX_UNAVAILABLE,
					"The PBX's extension list could not be read.", null, e);
		}
		if (!known) {
			log.record(account, "login.failed", ext, Outcome.FAILURE, "unknown extension");
			throw new LoginException(LoginException.Reason.UNKNOWN_EXTENSION,
					"The PBX has no extension " + ext + ".");
		}
	}

	private void fire() {
		Optional<OperatorSession> now = current();
		for (Consumer<Optional<OperatorSession>> l : listeners) {
			l.accept(now);
		}
	}

	/** Logs out and disconnects the PBX. */
	@Override
	public void close() {
		logout();
		PbxGateway g = gateway;
		gateway = null;
		if (g != null) {
			g.close();
		}
		CompletableFuture<PbxGateway> f;
		synchronized (this) {
			f = early;
			early = null;
		}
		if (f != null) {
			f.thenAccept(PbxGateway::close); // never taken: closed when (if) it connects
		}
	}
}
