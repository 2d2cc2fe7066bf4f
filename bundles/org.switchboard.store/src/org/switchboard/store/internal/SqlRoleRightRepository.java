package org.switchboard.store.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;

import org.switchboard.store.RoleRightRepository;

/** The SQL (Derby) implementation of {@link RoleRightRepository}. */
public final class SqlRoleRightRepository implements RoleRightRepository {

	private final Db db;

	public SqlRoleRightRepository(Db db) {
		this.db = db;
	}

	@Override
	public Map<String, Boolean> find(String role) {
		return db.call("reading the rights of a role", c -> {
			Map<String, Boolean> rights = new LinkedHashMap<>();
			try (PreparedStatement p = c.prepareStatement(
					"SELECT right_name, granted FROM role_right WHERE role = ? ORDER BY right_name")) {
				p.setString(1, role);
				try (ResultSet r = p.executeQuery()) {
					while (r.next()) {
						rights.put(r.getString(1), r.getBoolean(2));
					}
				}
			}
			return rights;
		});
	}

	@Override
	public void set(String role, String right, boolean granted) {
		db.call("saving the right of a role", c -> {
			try (PreparedStatement u = c.prepareStatement(
					"UPDATE role_right SET granted = ? WHERE role = ? AND right_name = ?")) {
				u.setBoolean(1, granted);
				u.setString(2, role);
				u.setString(3, right);
				if (u.executeUpdate() > 0) {
					return null;
				}
			}
			try (PreparedStatement i = c.prepareStatement(
					"INSERT INTO role_right (role, right_name, granted) VALUES (?, ?, ?)")) {
				i.setString(1, role);
				i.setString(2, right);
				i.setBoolean(3, granted);
				i.executeUpdate();
			}
			return null;
		});
	}
}
