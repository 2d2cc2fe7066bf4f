package org.switchboard.store.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.switchboard.model.NightServiceSetting;
import org.switchboard.model.SwitchboardFactory;
import org.switchboard.store.NightServiceRepository;
import org.switchboard.store.StoreException;
import org.switchboard.store.Versioned;

/** The SQL (Derby) implementation of {@link NightServiceRepository}. */
public final class SqlNightServiceRepository implements NightServiceRepository {

	private static final String COLUMNS = "id, queue, night_number, prompt, active, changed_by, changed_at";
	private final Db db;

	public SqlNightServiceRepository(Db db) {
		this.db = db;
	}

	@Override
	public Optional<NightServiceSetting> find(String queue) {
		List<NightServiceSetting> found = query("WHERE queue = ?", queue);
		return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
	}

	@Override
	public List<NightServiceSetting> all() {
		return query("ORDER BY queue");
	}

	@Override
	public NightServiceSetting save(NightServiceSetting setting) {
		return db.inTransaction("saving the night service", c -> {
			try (PreparedStatement p = c.prepareStatement("UPDATE night_service SET night_number = ?, prompt = ?, "
					+ "active = ?, changed_by = ?, changed_at = ?, row_version = row_version + 1 WHERE queue = ?")) {
				bind(p, setting);
				if (p.executeUpdate() == 0) {
					try (PreparedStatement i = c.prepareStatement("INSERT INTO night_service (night_number, prompt, "
							+ "active, changed_by, changed_at, queue) VALUES (?, ?, ?, ?, ?, ?)")) {
						bind(i, setting);
						i.executeUpdate();
					}
				}
			}
			setting.setId(find(setting.getQueue()).orElseThrow().getId());
			return setting;
		});
	}

	@Override
	public Optional<Versioned<NightServiceSetting>> findVersioned(String queue) {
		return db.call("reading the night service", c -> {
			long version;
			try (PreparedStatement p = c.prepareStatement("SELECT row_version FROM night_service WHERE queue = ?")) {
				p.setString(1, queue);
				try (ResultSet r = p.executeQuery()) {
					if (!r.next()) {
						return Optional.empty();
					}
					version = r.getLong(1);
				}
			}
			// read after its version: a save in between makes the version older than the contents, never newer
			return find(queue).map(s -> new Versioned<>(s, version));
		});
	}

	@Override
	public long save(NightServiceSetting setting, long expectedVersion) {
		try {
			return db.inTransaction("saving the night service", c -> {
				if (expectedVersion == 0) {
					// the queue had no setting: a row another console inserted meanwhile makes this insert a duplicate
					try (PreparedStatement i = c.prepareStatement("INSERT INTO night_service (night_number, prompt, "
							+ "active, changed_by, changed_at, queue) VALUES (?, ?, ?, ?, ?, ?)")) {
						bind(i, setting);
						i.executeUpdate();
					}
				} else {
					try (PreparedStatement p = c.prepareStatement("UPDATE night_service SET night_number = ?, "
							+ "prompt = ?, active = ?, changed_by = ?, changed_at = ?, row_version = row_version + 1 "
							+ "WHERE queue = ? AND row_version = ?")) {
						bind(p, setting);
						p.setLong(7, expectedVersion);
						if (p.executeUpdate() != 1) {
							throw changedElsewhere(setting, expectedVersion);
						}
					}
				}
				setting.setId(find(setting.getQueue()).orElseThrow().getId());
				return expectedVersion + 1;
			});
		} catch (StoreException e) {
			if (e.reason() == StoreException.Reason.DUPLICATE) {
				throw changedElsewhere(setting, expectedVersion);
			}
			throw e;
		}
	}

	private static StoreException changedElsewhere(NightServiceSetting setting, long expectedVersion) {
		return new StoreException(StoreException.Reason.CHANGED_ELSEWHERE, "The night service of queue "
				+ setting.getQueue() + " was changed by another console after it was read (version " + expectedVersion
				+ "); nothing was saved.");
	}

	private static void bind(PreparedStatement p, NightServiceSetting s) throws SQLException {
		p.setString(1, s.getNightNumber());
		p.setString(2, s.getPrompt());
		p.setBoolean(3, s.isActive());
		p.setString(4, s.getChangedBy());
		Sql.setInstant(p, 5, s.getChangedAt());
		p.setString(6, s.getQueue());
	}

	private List<NightServiceSetting> query(String where, Object... parameters) {
		return db.call("reading the night service", c -> {
			try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM night_service " + where)) {
				for (int i = 0; i < parameters.length; i++) {
					p.setObject(i + 1, parameters[i]);
				}
				List<NightServiceSetting> result = new ArrayList<>();
				try (ResultSet r = p.executeQuery()) {
					while (r.next()) {
						NightServiceSetting s = SwitchboardFactory.eINSTANCE.createNightServiceSetting();
						s.setId(r.getLong("id"));
						s.setQueue(r.getString("queue"));
						s.setNightNumber(r.getString("night_number"));
						s.setPrompt(r.getString("prompt"));
						s.setActive(r.getBoolean("active"));
						s.setChangedBy(r.getString("changed_by"));
						s.setChangedAt(Sql.instant(r, "changed_at"));
						result.add(s);
					}
				}
				return result;
			}
		});
	}
}
