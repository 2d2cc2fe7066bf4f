package org.switchboard.store;

import java.sql.Connection;
import java.util.function.Supplier;

import org.switchboard.store.internal.Db;
import org.switchboard.store.internal.Migrations;
import org.switchboard.store.internal.SqlCallRecordRepository;
import org.switchboard.store.internal.SqlHandoverRepository;
import org.switchboard.store.internal.SqlNightServiceRepository;
import org.switchboard.store.internal.SqlOperationLogRepository;
import org.switchboard.store.internal.SqlOperatorRepository;
import org.switchboard.store.internal.SqlRoleRightRepository;
import org.switchboard.store.internal.SqlPhonebookRepository;
import org.switchboard.store.internal.SqlServerProfileRepository;
import org.switchboard.store.internal.SqlWakeUpRepository;

/**
 * Switchboard's stored data: operator accounts, server profiles, the phonebooks, wake-up tasks, night service, call
 * records, handover records and the operation log, in an Apache Derby database (embedded, or on a Derby Network
 * Server shared by several consoles). Opening it brings the schema up to date.
 * <p>
 * Every method may block on the disk or the network: never call them on the UI thread or a PBX thread. Every
 * failure is a {@link StoreException} with a message that can be shown. After login the application's context
 * holds the open store (inject {@code Store}).
 */
public final class Store implements AutoCloseable {

	private final Db db;
	private final OperatorRepository operators;
	private final ServerProfileRepository serverProfiles;
	private final PhonebookRepository phonebook;
	private final WakeUpRepository wakeUps;
	private final NightServiceRepository nightService;
	private final CallRecordRepository callRecords;
	private final HandoverRepository handovers;
	private final OperationLogRepository operationLog;
	private final RoleRightRepository roleRights;
	private final int schemaVersion;

	private Store(Db db, int schemaVersion) {
		this.db = db;
		this.schemaVersion = schemaVersion;
		operators = new SqlOperatorRepository(db);
		serverProfiles = new SqlServerProfileRepository(db);
		phonebook = new SqlPhonebookRepository(db);
		wakeUps = new SqlWakeUpRepository(db);
		nightService = new SqlNightServiceRepository(db);
		callRecords = new SqlCallRecordRepository(db);
		handovers = new SqlHandoverRepository(db);
		operationLog = new SqlOperationLogRepository(db);
		roleRights = new SqlRoleRightRepository(db);
	}

	/** Opens (creating if needed) the database and applies the missing schema versions. */
	public static Store open(StoreLocation location) {
		Db db = new Db(location);
		try {
			return new Store(db, Migrations.migrate(db, Migrations.LATEST));
		} catch (RuntimeException e) {
			db.close();
			throw e;
		}
	}

	public StoreLocation location() {
		return db.location();
	}

	/** The schema version of the database, once opened: always the latest this Switchboard knows. */
	public int schemaVersion() {
		return schemaVersion;
	}

	public OperatorRepository operators() {
		return operators;
	}

	/** What administrators granted to or took from the roles. */
	public RoleRightRepository roleRights() {
		return roleRights;
	}

	public ServerProfileRepository serverProfiles() {
		return serverProfiles;
	}

	public PhonebookRepository phonebook() {
		return phonebook;
	}

	public WakeUpRepository wakeUps() {
		return wakeUps;
	}

	public NightServiceRepository nightService() {
		return nightService;
	}

	public CallRecordRepository callRecords() {
		return callRecords;
	}

	public HandoverRepository handovers() {
		return handovers;
	}

	public OperationLogRepository operationLog() {
		return operationLog;
	}

	/**
	 * Runs repository calls made by {@code work} on this thread in one transaction: all are committed or, if it
	 * throws, none.
	 */
	public <T> T inTransaction(Supplier<T> work) {
		return db.inTransaction("saving changes", (Connection c) -> work.get());
	}

	public void inTransaction(Runnable work) {
		inTransaction(() -> {
			work.run();
			return null;
		});
	}

	/**
	 * Closes connections; an embedded database is shut down cleanly. Calls that start from now on fail; the calls
	 * running are waited for (a few seconds at most), then Derby shuts down, waited for a bounded time: close never
	 * hangs, and a database left unclean recovers at its next open. Stop what uses the store first, without
	 * interrupting threads that may be inside it (see {@link StoreExecutors}).
	 */
	@Override
	public void close() {
		db.close();
	}
}
