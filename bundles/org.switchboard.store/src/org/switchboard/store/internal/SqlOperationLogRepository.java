package org.switchboard.store.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.switchboard.model.OperationLogEntry;
import org.switchboard.model.Outcome;
import org.switchboard.model.SwitchboardFactory;
import org.switchboard.store.OperationLogQuery;
import org.switchboard.store.OperationLogRepository;
import org.switchboard.store.Page;
import org.switchboard.store.PageCursor;

/** The SQL (Derby) implementation of {@link OperationLogRepository}. */
public final class SqlOperationLogRepository implements OperationLogRepository {

	private final Db db;

	public SqlOperationLogRepository(Db db) {
		this.db = db;
	}

	@Override
	public void write(List<OperationLogEntry> inserts, List<OperationLogEntry> completions) {
		if (inserts.isEmpty() && completions.isEmpty()) {
			return;
		}
		Map<OperationLogEntry, Long> ids = db.inTransaction("saving the operation log", c -> {
			Map<OperationLogEntry, Long> keys = new IdentityHashMap<>();
			String insert = "INSERT INTO operation_log (logged_at, operator, action, target, outcome, detail) "
					+ "VALUES (?, ?, ?, ?, ?, ?)";
			try (PreparedStatement batch = c.prepareStatement(insert);
					PreparedStatement single = c.prepareStatement(insert, Statement.RETURN_GENERATED_KEYS)) {
				int batched = 0;
				for (OperationLogEntry e : inserts) {
					if (e.getOutcome() == Outcome.IN_PROGRESS) {
						// Derby returns keys of single-row inserts only; in order with the batch around it
						if (batched > 0) {
							batch.executeBatch();
							batched = 0;
						}
						bind(single, e);
						single.executeUpdate();
						try (ResultSet k = single.getGeneratedKeys()) {
							if (!k.next()) {
								throw new SQLException("no id for a new operation log entry");
							}
							keys.put(e, k.getLong(1));
						}
					} else {
						bind(batch, e);
						batch.addBatch();
						batched++;
					}
				}
				if (batched > 0) {
					batch.executeBatch();
				}
			}
			if (!completions.isEmpty()) {
				try (PreparedStatement p = c
						.prepareStatement("UPDATE operation_log SET outcome = ?, detail = ? WHERE id = ?")) {
					for (OperationLogEntry e : completions) {
						p.setString(1, e.getOutcome().getLiteral());
						p.setString(2, Sql.fit(e.getDetail(), 1000));
						p.setLong(3, e.getId());
						p.addBatch();
					}
					p.executeBatch();
				}
			}
			return keys;
		});
		// ids only after the commit: a rolled-back attempt is retried with the same entries
		ids.forEach(OperationLogEntry::setId);
	}

	private static void bind(PreparedStatement p, OperationLogEntry e) throws SQLException {
		p.setLong(1, e.getAt().toEpochMilli());
		p.setString(2, Sql.fit(e.getOperator(), 64));
		p.setString(3, Sql.fit(e.getAction(), 64));
		p.setString(4, Sql.fit(e.getTarget(), 256));
		p.setString(5, e.getOutcome().getLiteral());
		p.setString(6, Sql.fit(e.getDetail(), 1000));
	}

	@Override
	public Page<OperationLogEntry> find(OperationLogQuery query, PageCursor after, int limit) {
		Sql.checkLimit(limit);
		Keyset q = new Keyset("SELECT id, logged_at, operator, action, target, outcome, detail FROM operation_log",
				"logged_at");
		if (query.operator() != null) {
			q.where("operator = ?", query.operator());
		}
		if (query.action() != null) {
			q.where("action = ?", query.action());
		}
		q.where("logged_at >= ?", query.from().toEpochMilli()).where("logged_at < ?", query.to().toEpochMilli())
				.after(after);
		return db.call("reading the operation log", c -> {
			List<OperationLogEntry> rows = new ArrayList<>();
			try (PreparedStatement p = c.prepareStatement(q.sql(limit + 1))) {
				q.bind(p);
				try (ResultSet r = p.executeQuery()) {
					while (r.next()) {
						OperationLogEntry e = SwitchboardFactory.eINSTANCE.createOperationLogEntry();
						e.setId(r.getLong("id"));
						e.setAt(Sql.instant(r, "logged_at"));
						e.setOperator(r.getString("operator"));
						e.setAction(r.getString("action"));
						e.setTarget(r.getString("target"));
						e.setOutcome(Outcome.get(r.getString("outcome")));
						e.setDetail(r.getString("detail"));
						rows.add(e);
					}
				}
			}
			return Sql.page(rows, limit, e -> e.getAt().toEpochMilli(), OperationLogEntry::getId);
		});
	}
}
