package org.switchboard.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.switchboard.model.Operator;

/** Operator accounts. Passwords are never stored, only their hashes (see the core bundle's password hashing). */
public interface OperatorRepository {

	long count();

	Optional<Operator> find(String account);

	List<Operator> all();

	/** Adds an account; sets the operator's id. Fails with {@link StoreException.Reason#DUPLICATE} if it exists. */
	Operator insert(Operator operator);

	/** Saves the account's name, role, extension, password hash and whether it is enabled. */
	void update(Operator operator);

	/**
	 * Counts a failed login, atomically (several consoles may try at once), and locks the account until
	 * {@code lockUntil} once {@code maxFailures} failures in a row are reached. Returns the account as it is now,
	 * or empty if there is no such account.
	 */
	Optional<Operator> recordFailedLogin(String account, int maxFailures, Instant lockUntil);

	/** A successful login: clears failures and the lock, remembers when. */
	void recordSuccessfulLogin(String account, Instant at);

	/** Lifts a lock before its time (an administrator's action). */
	void unlock(String account);

	boolean delete(String account);
}
