package org.switchboard.store.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.switchboard.model.HandoverRecord;
import org.switchboard.model.SwitchboardFactory;
import org.switchboard.store.HandoverRepository;
import org.switchboard.store.Page;
import org.switchboard.store.PageCursor;

/** The SQL (Derby) implementation of {@link HandoverRepository}. */
public final class SqlHandoverRepository implements HandoverRepository {

	private final Db db;

	public SqlHandoverRepository(Db db) {
		this.db = db;
	}

	@Override
	public HandoverRecord insert(HandoverRecord record) {
		return db.call("saving a handover record", c -> {
			try (PreparedStatement p = c.prepareStatement("INSERT INTO handover_record (from_operator, to_operator, "
					+ "handed_over_at, extension) VALUES (?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
				p.setString(1, record.getFromOperator());
				p.setString(2, record.getToOperator());
				p.setLong(3, record.getAt().toEpochMilli());
				p.setString(4, record.getExtension());
				p.executeUpdate();
				try (ResultSet keys = p.getGeneratedKeys()) {
					keys.next();
					record.setId(keys.getLong(1));
				}
				return record;
			}
		});
	}

	@Override
	public Page<HandoverRecord> find(Instant from, Instant to, PageCursor after, int limit) {
		Sql.checkLimit(limit);
		Keyset q = new Keyset("SELECT id, from_operator, to_operator, handed_over_at, extension FROM handover_record",
				"handed_over_at").where("handed_over_at >= ?", from.toEpochMilli())
				.where("handed_over_at < ?", to.toEpochMilli()).after(after);
		return db.call("reading handover records", c -> {
			List<HandoverRecord> rows = new ArrayList<>();
			try (PreparedStatement p = c.prepareStatement(q.sql(limit + 1))) {
				q.bind(p);
				try (ResultSet r = p.executeQuery()) {
					while (r.next()) {
						HandoverRecord h = SwitchboardFactory.eINSTANCE.createHandoverRecord();
						h.setId(r.getLong("id"));
						h.setFromOperator(r.getString("from_operator"));
						h.setToOperator(r.getString("to_operator"));
						h.setAt(Sql.instant(r, "handed_over_at"));
						h.setExtension(r.getString("extension"));
						rows.add(h);
					}
				}
			}
			return Sql.page(rows, limit, h -> h.getAt().toEpochMilli(), HandoverRecord::getId);
		});
	}
}
