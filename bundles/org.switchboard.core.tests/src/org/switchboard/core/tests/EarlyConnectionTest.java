package org.switchboard.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.core.ConsoleServices;
import org.switchboard.core.LoginException;
import org.switchboard.core.ServerSettings;
import org.switchboard.pbx.simulator.AmiSimulator;
import org.switchboard.pbx.simulator.SimulatorOptions;

/**
 * The console connects the PBX while its database opens (P3: each takes about a second at a large site), over a real
 * AMI socket to the simulator and with a real Derby database.
 */
class EarlyConnectionTest {

	@TempDir
	Path dir;

	private static ServerSettings site(AmiSimulator simulator, Path database) {
		return new ServerSettings(simulator.host(), simulator.port(), "console", "console", "internal", "8000",
				database.toString(), "", "");
	}

	/** Runs each task on a thread of its own, first noting whether the database folder exists yet. */
	private static Executor noting(Path db, List<Boolean> databaseThere) {
		return task -> {
			databaseThere.add(Files.exists(db));
			Thread t = new Thread(task, "test-pbx-ahead");
			t.setDaemon(true);
			t.start();
		};
	}

	@Test
	@DisplayName("the PBX connection is started before the database is opened, and the first login takes it")
	void thePbxConnectsWhileTheDatabaseOpens() throws Exception {
		Path db = dir.resolve("db");
		List<Boolean> databaseThereWhenConnecting = new CopyOnWriteArrayList<>();
		Executor ahead = noting(db, databaseThereWhenConnecting);
		try (AmiSimulator simulator = AmiSimulator.start(SimulatorOptions.defaults().withPort(0).withExtensions(10));
				ConsoleServices services = ConsoleServices.start(site(simulator, db), ahead)) {
			assertEquals(List.of(false), databaseThereWhenConnecting,
					"one connection, started before Derby created the database");
			assertTrue(services.needsFirstAdministrator());
			services.accounts().createFirstAdministrator("admin", "s3cret-enough".toCharArray());
			assertNotNull(services.sessions().login("admin", "s3cret-enough".toCharArray(), "1001"));
			assertNotNull(services.sessions().gateway());
			assertEquals(1, simulator.connectionCount(), "the login took the early connection: no second one");
		}
	}

	@Test
	@DisplayName("in demo mode, whose PBX runs in the console's process, the PBX connects once the database is open")
	void theDemoPbxConnectsAfterTheDatabase() throws Exception {
		Path db = dir.resolve("demo-db");
		List<Boolean> databaseThereWhenConnecting = new CopyOnWriteArrayList<>();
		Executor ahead = noting(db, databaseThereWhenConnecting);
		try (ConsoleServices services = ConsoleServices.start(
				ServerSettings.demo().withDatabase(db.toString(), "", ""), ahead)) {
			assertEquals(List.of(true), databaseThereWhenConnecting, "one connection, started after the database");
			assertNotNull(services.sessions().login(ConsoleServices.DEMO_ACCOUNT,
					ConsoleServices.DEMO_PASSWORD.toCharArray(), ConsoleServices.DEMO_EXTENSION));
			assertNotNull(services.sessions().gateway());
		}
	}

	@Test
	@DisplayName("when the database cannot be opened, the PBX connection made meanwhile is closed")
	void aConnectionMadeWhileTheDatabaseFailsIsClosed() throws Exception {
		Path notAFolder = Files.writeString(dir.resolve("plain-file"), "x");
		try (AmiSimulator simulator = AmiSimulator.start(SimulatorOptions.defaults().withPort(0).withExtensions(10))) {
			int[] connectedBeforeTheDatabase = { -1 };
			Executor inline = task -> { // connects to the end before the database is tried
				task.run();
				connectedBeforeTheDatabase[0] = simulator.connectionCount();
			};
			LoginException e = assertThrows(LoginException.class,
					() -> ConsoleServices.start(site(simulator, notAFolder.resolve("db")), inline));
			assertEquals(LoginException.Reason.DATABASE_UNAVAILABLE, e.reason());
			assertEquals(1, connectedBeforeTheDatabase[0], "the PBX was connected while the database was tried");
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
			while (simulator.connectionCount() > 0 && System.nanoTime() < deadline) {
				Thread.sleep(20);
			}
			assertEquals(0, simulator.connectionCount(), "no console will use it: it is closed");
			assertFalse(Files.exists(notAFolder.resolve("db")));
		}
	}
}
