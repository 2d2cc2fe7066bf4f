package org.switchboard.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.derby.drda.NetworkServerControl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.model.PhonebookKind;
import org.switchboard.model.WakeUpTask;
import org.switchboard.store.Store;
import org.switchboard.store.StoreLocation;
import org.switchboard.store.internal.Migrations;

/** Several consoles sharing one site's data through a Derby Network Server on a loopback port. */
class NetworkServerTest {

	@TempDir
	Path dir;
	NetworkServerControl server;
	StoreLocation location;

	@BeforeEach
	void startServer() throws Exception {
		int port;
		try (ServerSocket s = new ServerSocket(0)) {
			port = s.getLocalPort();
		}
		server = new NetworkServerControl(InetAddress.getLoopbackAddress(), port);
		server.start(new PrintWriter(new StringWriter()));
		long deadline = System.nanoTime() + 20_000_000_000L;
		while (true) {
			try {
				server.ping();
				break;
			} catch (Exception notYet) {
				if (System.nanoTime() > deadline) {
					throw notYet;
				}
				Thread.onSpinWait();
			}
		}
		// an absolute database path on the server: jdbc:derby://host:port//path
		location = StoreLocation.network("jdbc:derby://127.0.0.1:" + port + "/" + dir.resolve("shared"), "", "");
	}

	@AfterEach
	void stopServer() throws Exception {
		server.shutdown();
	}

	@Test
	void twoConsolesShareOneDatabase() {
		try (Store a = Store.open(location); Store b = Store.open(location)) {
			assertEquals(Migrations.LATEST, a.schemaVersion());
			assertEquals(Migrations.LATEST, b.schemaVersion());
			a.phonebook().save("alice", Records.contact("Shared Front Desk", PhonebookKind.ENTERPRISE, 0, "8001"));
			a.phonebook().save("alice", Records.contact("Alice's Dentist", PhonebookKind.PERSONAL, 0, "8002"));
			assertEquals(1, b.phonebook().search("bob", "", 0, 10).size());
			assertEquals(2, b.phonebook().search("alice", "", 0, 10).size());
		}
	}

	@Test
	void concurrentConsolesOnTheServerClaimEachWakeUpOnce() throws Exception {
		try (Store a = Store.open(location); Store b = Store.open(location)) {
			List<WakeUpTask> tasks = new ArrayList<>();
			for (int i = 0; i < 10; i++) {
				tasks.add(a.wakeUps().save(Records.wakeUp("30" + i, WakeUpRepositoryTest.SIX_THIRTY)));
			}
			WakeUpRepositoryTest.assertEachClaimedOnce(a, b, tasks, 6);
			assertTrue(b.wakeUps().all().size() == 10);
		}
	}
}
