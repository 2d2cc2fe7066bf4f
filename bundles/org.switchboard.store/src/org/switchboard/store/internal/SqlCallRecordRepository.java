package org.switchboard.store.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;

import org.switchboard.model.CallDisposition;
import org.switchboard.model.CallRecord;
import org.switchboard.model.SwitchboardFactory;
import org.switchboard.store.CallRecordQuery;
import org.switchboard.store.CallRecordRepository;
import org.switchboard.store.Page;
import org.switchboard.store.PageCursor;
import org.switchboard.store.RecordingGap;
import org.switchboard.store.StoreException;

/** The SQL (Derby) implementation of {@link CallRecordRepository}. */
public final class SqlCallRecordRepository implements CallRecordRepository {

	private static final String COLUMNS = "id, unique_id, linked_id, started_at, answered_at, ended_at, caller_number, "
			+ "caller_name, callee_number, duration_seconds, billable_seconds, disposition, channel, "
			+ "destination_channel";
	private static final int BATCH = 1000;
	private final Db db;

	public SqlCallRecordRepository(Db db) {
		this.db = db;
	}

	@Override
	public void insert(CallRecord record) {
		insertAll(List.of(record));
	}

	@Override
	public void insertAll(List<CallRecord> records) {
		if (records.isEmpty()) {
			return;
		}
		db.inTransaction("saving call records", c -> {
			try (PreparedStatement p = c.prepareStatement("INSERT INTO call_record (unique_id, linked_id, started_at, "
					+ "answered_at, ended_at, caller_number, caller_name, callee_number, duration_seconds, "
					+ "billable_seconds, disposition, channel, destination_channel) "
					+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
				int n = 0;
				for (CallRecord r : records) {
					p.setString(1, Sql.fit(r.getUniqueId(), 64));
					p.setString(2, Sql.fit(r.getLinkedId(), 64));
					p.setLong(3, r.getStartedAt().toEpochMilli());
					Sql.setInstant(p, 4, r.getAnsweredAt());
					Sql.setInstant(p, 5, r.getEndedAt());
					p.setString(6, Sql.fit(r.getCallerNumber(), 40));
					p.setString(7, Sql.fit(r.getCallerName(), 128));
					p.setString(8, Sql.fit(r.getCalleeNumber(), 40));
					p.setInt(9, r.getDurationSeconds());
					p.setInt(10, r.getBillableSeconds());
					p.setString(11, r.getDisposition().getLiteral());
					p.setString(12, Sql.fit(r.getChannel(), 128));
					p.setString(13, Sql.fit(r.getDestinationChannel(), 128));
					p.addBatch();
					if (++n % BATCH == 0) {
						p.executeBatch();
					}
				}
				p.executeBatch();
			}
			return null;
		});
	}

	@Override
	public boolean insertIfNew(CallRecord record) {
		try {
			insertAll(List.of(record));
			return true;
		} catch (StoreException e) {
			if (e.reason() == StoreException.Reason.DUPLICATE) {
				return false;
			}
			throw e;
		}
	}

	@Override
	public void addGap(Instant from, Instant to) {
		db.call("saving a gap in the call records", c -> {
			try (PreparedStatement p = c.prepareStatement("INSERT INTO call_record_gap (gap_from, gap_to) VALUES (?, ?)")) {
				p.setLong(1, from.toEpochMilli());
				Sql.setInstant(p, 2, to);
				return p.executeUpdate();
			}
		});
	}

	@Override
	public void closeGaps(Instant to) {
		db.call("closing gaps in the call records", c -> {
			try (PreparedStatement p = c
					.prepareStatement("UPDATE call_record_gap SET gap_to = ? WHERE gap_to IS NULL AND gap_from <= ?")) {
				p.setLong(1, to.toEpochMilli());
				p.setLong(2, to.toEpochMilli());
				return p.executeUpdate();
			}
		});
	}

	@Override
	public List<RecordingGap> gaps(Instant from, Instant to) {
		return db.call("reading gaps in the call records", c -> {
			List<RecordingGap> gaps = new ArrayList<>();
			try (PreparedStatement p = c.prepareStatement("SELECT gap_from, gap_to FROM call_record_gap "
					+ "WHERE gap_from < ? AND (gap_to IS NULL OR gap_to > ?) ORDER BY gap_from DESC")) {
				p.setLong(1, to.toEpochMilli());
				p.setLong(2, from.toEpochMilli());
				try (ResultSet r = p.executeQuery()) {
					while (r.next()) {
						gaps.add(new RecordingGap(Sql.instant(r, "gap_from"), Sql.instant(r, "gap_to")));
					}
				}
			}
			return gaps;
		});
	}

	@Override
	public Page<CallRecord> find(CallRecordQuery query, PageCursor after, int limit) {
		Sql.checkLimit(limit);
		return db.call("reading call records", c -> {
			List<CallRecord> rows = new ArrayList<>();
			if (query.number() == null) {
				rows.addAll(fetch(c, query, null, after, limit + 1));
			} else {
				Set<Long> seen = new HashSet<>();
				for (String column : List.of("caller_number", "callee_number")) {
					for (CallRecord r : fetch(c, query, column, after, limit + 1)) {
						if (seen.add(r.getId())) {
							rows.add(r);
						}
					}
				}
				rows.sort(Sql.newestFirst(r -> r.getStartedAt().toEpochMilli(), CallRecord::getId));
				if (rows.size() > limit + 1) {
					rows = new ArrayList<>(rows.subList(0, limit + 1));
				}
			}
			return Sql.page(rows, limit, r -> r.getStartedAt().toEpochMilli(), CallRecord::getId);
		});
	}

	/** Only the start column, through its index: counting a day's calls reads no record. */
	@Override
	public void startTimes(Instant from, Instant to, LongConsumer each) {
		db.call("reading call start times", c -> {
			try (PreparedStatement p = c.prepareStatement(
					"SELECT started_at FROM call_record WHERE started_at >= ? AND started_at < ?")) {
				p.setLong(1, from.toEpochMilli());
				p.setLong(2, to.toEpochMilli());
				p.setFetchSize(1000);
				try (ResultSet r = p.executeQuery()) {
					while (r.next()) {
						each.accept(r.getLong(1));
					}
				}
			}
			return null;
		});
	}

	private static List<CallRecord> fetch(java.sql.Connection c, CallRecordQuery query, String numberColumn,
			PageCursor after, int rows) throws SQLException {
		Keyset q = new Keyset("SELECT " + COLUMNS + " FROM call_record", "started_at");
		if (numberColumn != null) {
			q.where(numberColumn + " = ?", query.number());
		}
		q.where("started_at >= ?", query.from().toEpochMilli()).where("started_at < ?", query.to().toEpochMilli());
		if (!query.dispositions().isEmpty() && query.dispositions().size() < CallDisposition.VALUES.size()) {
			StringBuilder in = new StringBuilder("disposition IN (");
			List<Object> values = new ArrayList<>();
			for (CallDisposition d : CallDisposition.VALUES) {
				if (query.dispositions().contains(d)) {
					in.append(values.isEmpty() ? "?" : ", ?");
					values.add(d.getLiteral());
				}
			}
			q.where(in.append(")").toString(), values.toArray());
		}
		q.after(after);
		List<CallRecord> result = new ArrayList<>();
		try (PreparedStatement p = c.prepareStatement(q.sql(rows))) {
			q.bind(p);
			try (ResultSet r = p.executeQuery()) {
				while (r.next()) {
					result.add(read(r));
				}
			}
		}
		return result;
	}

	private static CallRecord read(ResultSet r) throws SQLException {
		CallRecord c = SwitchboardFactory.eINSTANCE.createCallRecord();
		c.setId(r.getLong("id"));
		c.setUniqueId(r.getString("unique_id"));
		c.setLinkedId(r.getString("linked_id"));
		c.setStartedAt(Sql.instant(r, "started_at"));
		c.setAnsweredAt(Sql.instant(r, "answered_at"));
		c.setEndedAt(Sql.instant(r, "ended_at"));
		c.setCallerNumber(r.getString("caller_number"));
		c.setCallerName(r.getString("caller_name"));
		c.setCalleeNumber(r.getString("callee_number"));
		c.setDurationSeconds(r.getInt("duration_seconds"));
		c.setBillableSeconds(r.getInt("billable_seconds"));
		c.setDisposition(CallDisposition.get(r.getString("disposition")));
		c.setChannel(r.getString("channel"));
		c.setDestinationChannel(r.getString("destination_channel"));
		return c;
	}
}
