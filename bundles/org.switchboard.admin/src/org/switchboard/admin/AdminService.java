package org.switchboard.admin;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.switchboard.core.AccessDeniedException;
import org.switchboard.core.AccountService;
import org.switchboard.core.OperationLog;
import org.switchboard.core.Right;
import org.switchboard.core.SessionService;
import org.switchboard.model.Operator;
import org.switchboard.model.Outcome;
import org.switchboard.model.Role;
import org.switchboard.model.ServerProfile;
import org.switchboard.store.Store;
import org.switchboard.store.StoreException;

/**
 * The Administration perspective's services: operator accounts (create, disable, reset password, role) and server
 * profiles. Every method first checks that the operator logged in now is an administrator and throws
 * {@link AccessDeniedException} otherwise, whatever the UI shows; every change is one operation-log entry. Methods
 * block on the database (and on password hashing): never call them on the UI thread.
 */
public final class AdminService {

	/** Why an administrator's request was refused (worded by the UI). */
	public enum Reason {
		/** The account exists already. */
		DUPLICATE,
		/** No such account. */
		UNKNOWN_ACCOUNT,
		/** The change would leave the site without an enabled administrator. */
		LAST_ADMINISTRATOR,
		/** Administrators cannot disable or demote their own account while logged in with it. */
		OWN_ACCOUNT,
		/** An account, password or name that is not accepted. */
		INVALID_INPUT
	}

	/** A refused request; {@link #reason()} says why. */
	public static final class AdminException extends Exception {
		private static final long serialVersionUID = 1L;
		private final Reason reason;

		public AdminException(Reason reason, String message) {
			super(message);
			this.reason = reason;
		}

		public Reason reason() {
			return reason;
		}
	}

	private final SessionService sessions;
	private final AccountService accounts;
	private final Store store;
	private final OperationLog log;

	public AdminService(SessionService sessions, AccountService accounts, Store store, OperationLog log) {
		this.sessions = sessions;
		this.accounts = accounts;
		this.store = store;
		this.log = log;
	}

	/** Whether the operator logged in now may use the Administration perspective. */
	public boolean allowed() {
		return sessions.rights().contains(Right.ADMINISTRATION);
	}

	private String admin() {
		sessions.require(Right.ADMINISTRATION);
		return sessions.currentAccount();
	}

	/** Every operator account, by account name. */
	public List<Operator> operators() {
		admin();
		return store.operators().all().stream()
				.sorted((a, b) -> a.getAccount().compareToIgnoreCase(b.getAccount())).toList();
	}

	public Operator createOperator(String account, String displayName, Role role, String extension, char[] password)
			throws AdminException {
		String who = admin();
		try {
			AccountService.requireAccount(account);
			AccountService.requirePassword(password);
		} catch (IllegalArgumentException e) {
			throw refused(who, "operator.create", account, Reason.INVALID_INPUT, e.getMessage());
		}
		String ext = extension == null ? "" : extension.strip();
		if (!ext.isEmpty() && !SessionService.EXTENSION.matcher(ext).matches()) {
			throw refused(who, "operator.create", account, Reason.INVALID_INPUT,
					"The extension must be a number (digits only).");
		}
		if (store.operators().find(account.strip()).isPresent()) {
			throw refused(who, "operator.create", account, Reason.DUPLICATE, "The account exists already.");
		}
		try {
			Operator created = accounts.create(account, displayName, role == null ? Role.OPERATOR : role,
					ext.isEmpty() ? null : ext, password);
			log.record(who, "operator.create", created.getAccount(), Outcome.SUCCESS, created.getRole().getLiteral());
			return created;
		} catch (StoreException e) {
			if (e.reason() == StoreException.Reason.DUPLICATE) {
				throw refused(who, "operator.create", account, Reason.DUPLICATE, "The account exists already.");
			}
			throw e;
		}
	}

	/** Disables (no login any more) or enables an account. */
	public void setEnabled(String account, boolean enabled) throws AdminException {
		String who = admin();
		String action = enabled ? "operator.enable" : "operator.disable";
		Operator o = find(who, action, account);
		if (!enabled) {
			guardOwnAndLastAdministrator(who, action, o);
		}
		o.setEnabled(enabled);
		store.operators().update(o);
		log.record(who, action, o.getAccount(), Outcome.SUCCESS, "");
	}

	/** Gives the account a new password (and lifts a lock, so that its operator can log in with it). */
	public void resetPassword(String account, char[] newPassword) throws AdminException {
		String who = admin();
		Operator o = find(who, "operator.password", account);
		try {
			accounts.changePassword(o.getAccount(), newPassword);
		} catch (IllegalArgumentException e) {
			throw refused(who, "operator.password", account, Reason.INVALID_INPUT, e.getMessage());
		}
		store.operators().unlock(o.getAccount());
		log.record(who, "operator.password", o.getAccount(), Outcome.SUCCESS, "reset");
	}

	public void setRole(String account, Role role) throws AdminException {
		String who = admin();
		Operator o = find(who, "operator.role", account);
		if (o.getRole() == role) {
			return;
		}
		if (role != Role.ADMINISTRATOR) {
			guardOwnAndLastAdministrator(who, "operator.role", o);
		}
		o.setRole(role);
		store.operators().update(o);
		log.record(who, "operator.role", o.getAccount(), Outcome.SUCCESS, role.getLiteral());
	}

	/** What the role may do now, as administrators set it. */
	public Set<Right> rights(Role role) {
		admin();
		return Right.of(role, store.roleRights().find(role.getLiteral()));
	}

	/**
	 * Grants a privileged right (monitor, barge-in, force release) to a role or takes it; administrators keep every
	 * right and administration stays theirs. Consoles read it at the next login or handover; this one at once.
	 */
	public void setRight(Role role, Right right, boolean granted) throws AdminException {
		String who = admin();
		String target = role.getLiteral() + " " + right.name();
		if (role == Role.ADMINISTRATOR || !Right.PRIVILEGED.contains(right)) {
			throw refused(who, "role.right", target, Reason.INVALID_INPUT,
					"Only the privileged rights of the operator role can be changed.");
		}
		store.roleRights().set(role.getLiteral(), right.name(), granted);
		sessions.reloadRights();
		log.record(who, "role.right", target, Outcome.SUCCESS, granted ? "granted" : "taken");
	}

	/** The site's server profiles, by name. */
	public List<ServerProfile> serverProfiles() {
		admin();
		return store.serverProfiles().all().stream()
				.sorted((a, b) -> a.getName().compareToIgnoreCase(b.getName())).toList();
	}

	/** Adds a profile (no id) or saves the one with its id. Secrets are not part of a profile. */
	public ServerProfile saveServerProfile(ServerProfile profile) throws AdminException {
		String who = admin();
		if (profile.getName() == null || profile.getName().isBlank()) {
			throw refused(who, "serverprofile.save", "", Reason.INVALID_INPUT, "A profile needs a name.");
		}
		try {
			ServerProfile saved = store.serverProfiles().save(profile);
			log.record(who, "serverprofile.save", saved.getName(), Outcome.SUCCESS, "");
			return saved;
		} catch (StoreException e) {
			if (e.reason() == StoreException.Reason.DUPLICATE) {
				throw refused(who, "serverprofile.save", profile.getName(), Reason.DUPLICATE,
						"A profile of that name exists already.");
			}
			throw e;
		}
	}

	public boolean deleteServerProfile(ServerProfile profile) {
		String who = admin();
		boolean deleted = store.serverProfiles().delete(profile.getId());
		log.record(who, "serverprofile.delete", profile.getName(), deleted ? Outcome.SUCCESS : Outcome.FAILURE, "");
		return deleted;
	}

	/** Where this console's database is (a folder, or the network server's URL), for the administrator to see. */
	public String databaseLocation() {
		admin();
		return store.location().describe();
	}

	private Operator find(String who, String action, String account) throws AdminException {
		return store.operators().find(account == null ? "" : account.strip()).orElseThrow(
				() -> refused(who, action, account, Reason.UNKNOWN_ACCOUNT, "No operator account " + account + "."));
	}

	private void guardOwnAndLastAdministrator(String who, String action, Operator o) throws AdminException {
		if (o.getAccount().equalsIgnoreCase(who)) {
			throw refused(who, action, o.getAccount(), Reason.OWN_ACCOUNT,
					"You cannot disable or demote the account you are logged in with.");
		}
		if (o.getRole() == Role.ADMINISTRATOR && o.isEnabled()) {
			long admins = store.operators().all().stream()
					.filter(x -> x.getRole() == Role.ADMINISTRATOR && x.isEnabled()).count();
			if (admins <= 1) {
				throw refused(who, action, o.getAccount(), Reason.LAST_ADMINISTRATOR,
						"The site needs at least one enabled administrator.");
			}
		}
	}

	private AdminException refused(String who, String action, String target, Reason reason, String message) {
		log.record(who, action, target, Outcome.FAILURE, reason.name().toLowerCase(Locale.ROOT) + ": " + message);
		return new AdminException(reason, message);
	}
}
