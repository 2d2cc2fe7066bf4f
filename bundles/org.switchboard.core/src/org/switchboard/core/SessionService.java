package org.switchboard.core;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.switchboard.model.HandoverRecord;
import org.switchboard.model.Operator;
import org.switchboard.model.Outcome;
import org.switchboard.model.SwitchboardFactory;
import org.switchboard.pbx.PbxGateway;
import org.switchboard.pbx.PbxInput;
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

	private final AccountService accounts;
	private final OperationLog log;
	private final Store store;
	private final GatewayConnector connector;
	private final Clock clock;
	private final CopyOnWriteArrayList<Consumer<Optional<OperatorSession>>> listeners = new CopyOnWriteArrayList<>();
	private volatile PbxGateway gateway;
	private volatile ConsoleSession current;

	public SessionService(AccountService accounts, OperationLog log, Store store, GatewayConnector connector,
			Clock clock) {
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
				pbx = connector.connect();
			} catch (LoginException e) {
				log.record(operator.getAccount(), "login.failed", ext, Outcome.FAILURE, e.getMessage());
				throw e;
			}
			gateway = pbx;
		}
		requireKnownExtension(pbx, operator.getAccount(), ext);
		ConsoleSession session = new ConsoleSession(operator.getAccount(), operator.getDisplayName(),
				operator.getRole(), ext, clock.instant());
		current = session;
		log.record(session.account(), "login", ext, Outcome.SUCCESS, "");
		fire();
		return session;
	}

	/**
	 * Shift handover (SPEC Q3): another operator takes over this console at the same extension without a restart;
	 * a handover record is written.
	 */
	public OperatorSession handover(String account, char[] password) throws LoginException {
		ConsoleSession from = current;
		if (from == null) {
			throw new IllegalStateException("nobody is logged in");
		}
		Operator operator = accounts.authenticate(account, password, from.extension());
		Instant at = clock.instant();
		ConsoleSession to = new ConsoleSession(operator.getAccount(), operator.getDisplayName(), operator.getRole(),
				from.extension(), at);
		HandoverRecord record = SwitchboardFactory.eINSTANCE.createHandoverRecord();
		record.setFromOperator(from.account());
		record.setToOperator(to.account());
		record.setAt(at);
		record.setExtension(from.extension());
		try {
			store.handovers().insert(record);
		} catch (StoreException e) {
			throw new LoginException(LoginException.Reason.DATABASE_UNAVAILABLE, e.getMessage(), null, e);
		}
		log.record(from.account(), "handover", to.account(), Outcome.SUCCESS, "extension " + from.extension());
		current = to;
		log.record(to.account(), "login", from.extension(), Outcome.SUCCESS, "handover from " + from.account());
		fire();
		return to;
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
	}
}
