package org.switchboard.store.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.switchboard.model.Operator;
import org.switchboard.model.Role;
import org.switchboard.model.SwitchboardFactory;
import org.switchboard.store.OperatorRepository;
import org.switchboard.store.StoreException;

/** The SQL (Derby) implementation of {@link OperatorRepository}. */
public final class SqlOperatorRepository implements OperatorRepository {

	private static final String COLUMNS = "id, account, display_name, role, extension, password_hash, enabled, "
			+ "failed_logins, locked_until, created_at, last_login_at";
	private final Db db;

	public SqlOperatorRepository(Db db) {
		this.db = db;
	}

	@Override
	public long count() {
		return db.call("counting operators", c -> {
			try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM operator")) {
				r.next();
				return r.getLong(1);
			}
		});
	}

	@Override
	public Optional<Operator> find(String account) {
		return db.call("reading an operator", c -> {
			try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM operator WHERE account = ?")) {
				p.setString(1, account);
				try (ResultSet r = p.executeQuery()) {
					return r.next() ? Optional.of(read(r)) : Optional.empty();
				}
			}
		});
	}

	@Override
	public List<Operator> all() {
		return db.call("reading operators", c -> {
			List<Operator> result = new ArrayList<>();
			try (Statement s = c.createStatement();
					ResultSet r = s.executeQuery("SELECT " + COLUMNS + " FROM operator ORDER BY account")) {
				while (r.next()) {
					result.add(read(r));
				}
			}
			return result;
		});
	}

	@Override
	public Operator insert(Operator operator) {
		return db.call("adding operator " + operator.getAccount(), c -> {
			try (PreparedStatement p = c.prepareStatement("INSERT INTO operator (account, display_name, role, "
					+ "extension, password_hash, enabled, failed_logins, locked_until, created_at, last_login_at) "
					+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
				if (operator.getCreatedAt() == null) {
					operator.setCreatedAt(Instant.now());
				}
				p.setString(1, operator.getAccount());
				p.setString(2, displayName(operator));
				p.setString(3, operator.getRole().getLiteral());
				p.setString(4, operator.getExtension());
				p.setString(5, operator.getPasswordHash());
				p.setBoolean(6, operator.isEnabled());
				p.setInt(7, operator.getFailedLogins());
				Sql.setInstant(p, 8, operator.getLockedUntil());
				Sql.setInstant(p, 9, operator.getCreatedAt());
				Sql.setInstant(p, 10, operator.getLastLoginAt());
				p.executeUpdate();
				try (ResultSet keys = p.getGeneratedKeys()) {
					keys.next();
					operator.setId(keys.getLong(1));
				}
				return operator;
			}
		});
	}

	@Override
	public void update(Operator operator) {
		db.call("saving operator " + operator.getAccount(), c -> {
			try (PreparedStatement p = c.prepareStatement("UPDATE operator SET display_name = ?, role = ?, "
					+ "extension = ?, password_hash = ?, enabled = ? WHERE account = ?")) {
				p.setString(1, displayName(operator));
				p.setString(2, operator.getRole().getLiteral());
				p.setString(3, operator.getExtension());
				p.setString(4, operator.getPasswordHash());
				p.setBoolean(5, operator.isEnabled());
				p.setString(6, operator.getAccount());
				requireOne(p.executeUpdate(), operator.getAccount());
				return null;
			}
		});
	}

	@Override
	public Optional<Operator> recordFailedLogin(String account, int maxFailures, Instant lockUntil) {
		return db.inTransaction("recording a failed login", c -> {
			try (PreparedStatement p = c.prepareStatement("UPDATE operator SET failed_logins = failed_logins + 1, "
					+ "locked_until = CASE WHEN failed_logins + 1 >= ? THEN ? ELSE locked_until END "
					+ "WHERE account = ?")) {
				p.setInt(1, maxFailures);
				p.setLong(2, lockUntil.toEpochMilli());
				p.setString(3, account);
				if (p.executeUpdate() == 0) {
					return Optional.empty();
				}
			}
			return find(account);
		});
	}

	@Override
	public void recordSuccessfulLogin(String account, Instant at) {
		db.call("recording a login", c -> {
			try (PreparedStatement p = c.prepareStatement("UPDATE operator SET failed_logins = 0, "
					+ "locked_until = NULL, last_login_at = ? WHERE account = ?")) {
				p.setLong(1, at.toEpochMilli());
				p.setString(2, account);
				requireOne(p.executeUpdate(), account);
				return null;
			}
		});
	}

	@Override
	public void unlock(String account) {
		db.call("unlocking operator " + account, c -> {
			try (PreparedStatement p = c.prepareStatement(
					"UPDATE operator SET failed_logins = 0, locked_until = NULL WHERE account = ?")) {
				p.setString(1, account);
				requireOne(p.executeUpdate(), account);
				return null;
			}
		});
	}

	@Override
	public boolean delete(String account) {
		return db.call("deleting operator " + account, c -> {
			try (PreparedStatement p = c.prepareStatement("DELETE FROM operator WHERE account = ?")) {
				p.setString(1, account);
				return p.executeUpdate() == 1;
			}
		});
	}

	private static String displayName(Operator operator) {
		return operator.getDisplayName() == null || operator.getDisplayName().isBlank() ? operator.getAccount()
				: operator.getDisplayName();
	}

	private static void requireOne(int updated, String account) {
		if (updated != 1) {
			throw new StoreException(StoreException.Reason.DATABASE_ERROR, "No operator account " + account + ".");
		}
	}

	private static Operator read(ResultSet r) throws SQLException {
		Operator o = SwitchboardFactory.eINSTANCE.createOperator();
		o.setId(r.getLong("id"));
		o.setAccount(r.getString("account"));
		o.setDisplayName(r.getString("display_name"));
		o.setRole(Role.get(r.getString("role")));
		o.setExtension(r.getString("extension"));
		o.setPasswordHash(r.getString("password_hash"));
		o.setEnabled(r.getBoolean("enabled"));
		o.setFailedLogins(r.getInt("failed_logins"));
		o.setLockedUntil(Sql.instant(r, "locked_until"));
		o.setCreatedAt(Sql.instant(r, "created_at"));
		o.setLastLoginAt(Sql.instant(r, "last_login_at"));
		return o;
	}
}
