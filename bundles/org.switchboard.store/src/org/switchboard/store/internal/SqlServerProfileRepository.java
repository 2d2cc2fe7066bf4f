package org.switchboard.store.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.switchboard.model.ServerProfile;
import org.switchboard.model.SwitchboardFactory;
import org.switchboard.store.ServerProfileRepository;
import org.switchboard.store.StoreException;

/** The SQL (Derby) implementation of {@link ServerProfileRepository}. */
public final class SqlServerProfileRepository implements ServerProfileRepository {

	private static final String COLUMNS = "id, name, ami_host, ami_port, ami_user, dialplan_context, operator_queue, "
			+ "database_url";
	private final Db db;

	public SqlServerProfileRepository(Db db) {
		this.db = db;
	}

	@Override
	public List<ServerProfile> all() {
		return db.call("reading server profiles", c -> {
			List<ServerProfile> result = new ArrayList<>();
			try (Statement s = c.createStatement();
					ResultSet r = s.executeQuery("SELECT " + COLUMNS + " FROM server_profile ORDER BY name")) {
				while (r.next()) {
					result.add(read(r));
				}
			}
			return result;
		});
	}

	@Override
	public Optional<ServerProfile> find(String name) {
		return db.call("reading a server profile", c -> {
			try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM server_profile WHERE name = ?")) {
				p.setString(1, name);
				try (ResultSet r = p.executeQuery()) {
					return r.next() ? Optional.of(read(r)) : Optional.empty();
				}
			}
		});
	}

	@Override
	public ServerProfile save(ServerProfile profile) {
		return db.call("saving server profile " + profile.getName(), c -> {
			boolean insert = profile.getId() == 0;
			String sql = insert
					? "INSERT INTO server_profile (name, ami_host, ami_port, ami_user, dialplan_context, "
							+ "operator_queue, database_url) VALUES (?, ?, ?, ?, ?, ?, ?)"
					: "UPDATE server_profile SET name = ?, ami_host = ?, ami_port = ?, ami_user = ?, "
							+ "dialplan_context = ?, operator_queue = ?, database_url = ? WHERE id = ?";
			try (PreparedStatement p = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
				p.setString(1, profile.getName());
				p.setString(2, profile.getAmiHost());
				p.setInt(3, profile.getAmiPort());
				p.setString(4, profile.getAmiUser());
				p.setString(5, profile.getContext());
				p.setString(6, profile.getOperatorQueue());
				p.setString(7, profile.getDatabaseUrl());
				if (!insert) {
					p.setLong(8, profile.getId());
				}
				if (p.executeUpdate() != 1) {
					throw new StoreException(StoreException.Reason.DATABASE_ERROR,
							"No server profile with id " + profile.getId() + ".");
				}
				if (insert) {
					try (ResultSet keys = p.getGeneratedKeys()) {
						keys.next();
						profile.setId(keys.getLong(1));
					}
				}
				return profile;
			}
		});
	}

	@Override
	public boolean delete(long id) {
		return db.call("deleting a server profile", c -> {
			try (PreparedStatement p = c.prepareStatement("DELETE FROM server_profile WHERE id = ?")) {
				p.setLong(1, id);
				return p.executeUpdate() == 1;
			}
		});
	}

	private static ServerProfile read(ResultSet r) throws SQLException {
		ServerProfile s = SwitchboardFactory.eINSTANCE.createServerProfile();
		s.setId(r.getLong("id"));
		s.setName(r.getString("name"));
		s.setAmiHost(r.getString("ami_host"));
		s.setAmiPort(r.getInt("ami_port"));
		s.setAmiUser(r.getString("ami_user"));
		s.setContext(r.getString("dialplan_context"));
		s.setOperatorQueue(r.getString("operator_queue"));
		s.setDatabaseUrl(r.getString("database_url"));
		return s;
	}
}
