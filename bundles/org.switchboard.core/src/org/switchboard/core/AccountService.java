package org.switchboard.core;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.switchboard.core.internal.Passwords;
import org.switchboard.model.Operator;
import org.switchboard.model.Outcome;
import org.switchboard.model.Role;
import org.switchboard.model.SwitchboardFactory;
import org.switchboard.store.OperatorRepository;
import org.switchboard.store.Store;
import org.switchboard.store.StoreException;

/**
 * Operator accounts: checking passwords with lockout, creating accounts, changing passwords. Every login attempt,
 * successful or not, is written to the operation log. Blocks on the database and on hashing (~0.1-0.3 s): never on
 * the UI thread.
 */
public final class AccountService {

	/** Accounts: letters, digits, and . _ - @, 1 to 64 characters. */
	public static final Pattern ACCOUNT = Pattern.compile("[\\p{L}\\p{N}._@-]{1,64}");
	/** The shortest password an account may get. */
	public static final int MIN_PASSWORD = 4;

	private final OperatorRepository operators;
	private final OperationLog log;
	private final PasswordHasher passwords;
	private final LoginPolicy policy;
	private final Clock clock;

	public AccountService(Store store, OperationLog log, LoginPolicy policy, Clock clock) {
		this(store, log, Passwords.HASHER, policy, clock);
	}

	public AccountService(Store store, OperationLog log, PasswordHasher passwords, LoginPolicy policy, Clock clock) {
		this.operators = store.operators();
		this.log = log;
		this.passwords = passwords;
		this.policy = policy;
		this.clock = clock;
	}

	public LoginPolicy policy() {
		return policy;
	}

	public boolean hasOperators() {
		return operators.count() > 0;
	}

	/**
	 * Checks an account's password. A wrong password counts towards the lock; a right one clears the count. The
	 * operation log gets {@code login} (success) or {@code login.failed} (failure, with the reason).
	 *
	 * @return the operator, on success
	 */
	public Operator authenticate(String account, char[] password, String extension) throws LoginException {
		String target = extension == null ? "" : extension;
		try {
			Optional<Operator> found = account == null ? Optional.empty() : operators.find(account.strip());
			Instant now = clock.instant();
			if (found.isEmpty()) {
				passwords.verifyNothing(password);
				log.record(account, "login.failed", target, Outcome.FAILURE, "unknown account");
				throw new LoginException(LoginException.Reason.WRONG_CREDENTIALS, "Wrong account or password.");
			}
			Operator operator = found.get();
			if (operator.getLockedUntil() != null && now.isBefore(operator.getLockedUntil())) {
				log.record(operator.getAccount(), "login.failed", target, Outcome.FAILURE, "account locked");
				throw new LoginException(LoginException.Reason.LOCKED, "The account is locked after too many failed "
						+ "logins; try again after " + operator.getLockedUntil() + ".", operator.getLockedUntil(), null);
			}
			if (!passwords.verify(password, operator.getPasswordHash())) {
				Operator after = operators
						.recordFailedLogin(operator.getAccount(), policy.maxFailures(), now.plus(policy.lockDuration()))
						.orElse(operator);
				boolean lockedNow = after.getLockedUntil() != null && now.isBefore(after.getLockedUntil());
				log.record(operator.getAccount(), "login.failed", target, Outcome.FAILURE,
						lockedNow ? "wrong password; account locked until " + after.getLockedUntil()
								: "wrong password (" + after.getFailedLogins() + " of " + policy.maxFailures() + ")");
				if (lockedNow) {
					throw new LoginException(LoginException.Reason.LOCKED, "Too many failed logins: the account is "
							+ "locked until " + after.getLockedUntil() + ".", after.getLockedUntil(), null);
				}
				throw new LoginException(LoginException.Reason.WRONG_CREDENTIALS, "Wrong account or password.");
			}
			if (!operator.isEnabled()) {
				log.record(operator.getAccount(), "login.failed", target, Outcome.FAILURE, "account disabled");
				throw new LoginException(LoginException.Reason.DISABLED, "The account is disabled.");
			}
			operators.recordSuccessfulLogin(operator.getAccount(), now);
			operator.setFailedLogins(0);
			operator.setLockedUntil(null);
			operator.setLastLoginAt(now);
			return operator;
		} catch (StoreException e) {
			throw new LoginException(LoginException.Reason.DATABASE_UNAVAILABLE, e.getMessage(), null, e);
		}
	}

	/** Creates an account; the password is hashed here and never stored. */
	public Operator create(String account, String displayName, Role role, String extension, char[] password) {
		requireAccount(account);
		requirePassword(password);
		Operator o = SwitchboardFactory.eINSTANCE.createOperator();
		o.setAccount(account.strip());
		o.setDisplayName(displayName == null || displayName.isBlank() ? account.strip() : displayName.strip());
		o.setRole(role);
		o.setExtension(extension);
		o.setPasswordHash(passwords.hash(password));
		o.setEnabled(true);
		o.setCreatedAt(clock.instant());
		return operators.insert(o);
	}

	/**
	 * First start outside demo mode: creates the first administrator, only while no account exists (there is no
	 * default password).
	 */
	public Operator createFirstAdministrator(String account, char[] password) throws LoginException {
		try {
			if (hasOperators()) {
				throw new LoginException(LoginException.Reason.WRONG_CREDENTIALS,
						"An operator account exists already: log in with it.");
			}
			Operator admin = create(account, account, Role.ADMINISTRATOR, null, password);
			log.record(admin.getAccount(), "operator.create", admin.getAccount(), Outcome.SUCCESS,
					"first administrator");
			return admin;
		} catch (StoreException e) {
			throw new LoginException(LoginException.Reason.DATABASE_UNAVAILABLE, e.getMessage(), null, e);
		}
	}

	public void changePassword(String account, char[] newPassword) {
		requirePassword(newPassword);
		Operator o = operators.find(account)
				.orElseThrow(() -> new IllegalArgumentException("no operator account " + account));
		o.setPasswordHash(passwords.hash(newPassword));
		operators.update(o);
	}

	public static void requireAccount(String account) {
		if (account == null || !ACCOUNT.matcher(account.strip()).matches()) {
			throw new IllegalArgumentException("An account is 1 to 64 letters, digits, or . _ - @.");
		}
	}

	public static void requirePassword(char[] password) {
		if (password == null || password.length < MIN_PASSWORD) {
			throw new IllegalArgumentException(
					String.format(Locale.ROOT, "A password has at least %d characters.", MIN_PASSWORD));
		}
	}
}
