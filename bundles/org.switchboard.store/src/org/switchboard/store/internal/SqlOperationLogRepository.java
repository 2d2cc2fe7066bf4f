package org.switchboard.store.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

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
	public void insertAll(List<OperationLogEntry> entries) {
		if (entries.isEmpty()) {
			return;
		}
		db.inTransaction("saving the operation log", c -> {
			try (PreparedStatement p = c.prepareStatement("INSERT INTO operation_log (logged_at, operator, action, "
					+ "target, outcome, detail) VALUES (?, ?, ?, ?, ?, ?)")) {
				for (OperationLogEntry e : entries) {
					p.setLong(1, e.getAt().toEpochMilli());
					p.setString(2, Sql.fit(e.getOperator(), 64));
					p.setString(3, Sql.fit(e.getAction(), 64));
					p.setString(4, Sql.fit(e.getTarget(), 256));
					p.setString(5, e.getOutcome().getLiteral());
					p.setString(6, Sql.fit(e.getDetail(), 1000));
					p.addBatch();
				}
				p.executeBatch();
			}
			return null;
		});
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
