package org.switchboard.admin.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.switchboard.admin.AdminService;
import org.switchboard.core.ConsoleServices;
import org.switchboard.core.LoginException;
import org.switchboard.core.ServerSettings;
import org.switchboard.model.Channel;
import org.switchboard.model.QueueEntry;
import org.switchboard.model.Role;
import org.switchboard.model.Site;
import org.switchboard.pbx.PbxException;
import org.switchboard.pbx.PbxGateway;
import org.switchboard.pbx.live.ExtensionViews;
import org.switchboard.pbx.simulator.AmiSimulator;
import org.switchboard.pbx.simulator.SimulatorOptions;
import org.switchboard.pbx.simulator.SitePhones;

/**
 * A site with several operators: two consoles share one Derby Network Server (run as its own process with
 * authentication on, as {@code ./switchboard dbserver} runs it) and one PBX (the simulator over AMI).
 */
class SeveralConsolesTest {

	private static final String DB_USER = "switchboard";
	private static final String DB_PASSWORD = "s3cret-for-the-test";

	@TempDir
	Path dir;
	Process dbServer;
	AmiSimulator pbx;
	ConsoleServices first;
	ConsoleServices second;

	@BeforeEach
	void site() throws Exception {
		int port = freePort();
		Path home = Files.createDirectories(dir.resolve("dbserver"));
		try (Writer w = Files.newBufferedWriter(home.resolve("derby.properties"))) {
			w.write("derby.connection.requireAuthentication=true\nderby.authentication.provider=BUILTIN\n"
					+ "derby.user." + DB_USER + "=" + DB_PASSWORD + "\n");
		}
		List<String> command = new ArrayList<>(List.of(
				Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Dderby.system.home=" + home, "-cp", derbyClassPath(),
				"org.apache.derby.drda.NetworkServerControl", "start", "-h", "127.0.0.1", "-p", String.valueOf(port)));
		dbServer = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(dir.resolve("dbserver.log").toFile()).start();
		await(() -> listening(port), "the database server to listen on " + port);

		pbx = AmiSimulator.start(SimulatorOptions.defaults().withPort(0));
		String url = "jdbc:derby://127.0.0.1:" + port + "/" + dir.resolve("site-db");
		ServerSettings settings = new ServerSettings(pbx.host(), pbx.port(), pbx.options().user(),
				pbx.options().secret(), "internal", "8000", url, DB_USER, DB_PASSWORD);
		first = ConsoleServices.start(settings);
		first.accounts().createFirstAdministrator("root", "rootroot".toCharArray());
		second = ConsoleServices.start(settings);
		second.accounts().create("olga", "Olga", Role.OPERATOR, "1002", "operator".toCharArray());
		first.sessions().login("root", "rootroot".toCharArray(), "1001");
		second.sessions().login("olga", "operator".toCharArray(), "1002");
	}

	@AfterEach
	void close() {
		for (AutoCloseable c : new AutoCloseable[] { second, first, pbx }) {
			try {
				if (c != null) {
					c.close();
				}
			} catch (Exception e) {
				// closing the rest matters more
			}
		}
		if (dbServer != null) {
			dbServer.destroy();
		}
	}

	@Test
	void aWrongDatabasePasswordIsRefusedByTheServer() {
		String url = second.store().location().url();
		ServerSettings wrong = new ServerSettings("", 5038, "", "", "internal", "8000", url, DB_USER, "guess");
		LoginException e = org.junit.jupiter.api.Assertions.assertThrows(LoginException.class,
				() -> ConsoleServices.start(wrong).close());
		assertEquals(LoginException.Reason.DATABASE_UNAVAILABLE, e.reason());
	}

	@Test
	void bothConsolesSeeAnOperatorAccountChange() throws Exception {
		AdminService admin = new AdminService(first.sessions(), first.accounts(), first.store(), first.operationLog());
		admin.createOperator("carl", "Carl", Role.OPERATOR, "1003", "carl-pw".toCharArray());
		assertEquals("carl", second.accounts().authenticate("carl", "carl-pw".toCharArray(), "1003").getAccount());
		admin.setEnabled("carl", false);
		assertEquals(LoginException.Reason.DISABLED, org.junit.jupiter.api.Assertions.assertThrows(
				LoginException.class, () -> second.accounts().authenticate("carl", "carl-pw".toCharArray(), "1003"))
				.reason());
	}

	@Test
	void aQueueCallerAnsweredByOneOperatorCannotBeAnsweredByTheOther() throws Exception {
		PbxGateway a = first.sessions().gateway();
		PbxGateway b = second.sessions().gateway();
		try (SitePhones outside = SitePhones.connect(pbx.host(), pbx.port(), pbx.options().user(),
				pbx.options().secret(), "off")) {
			outside.callQueue("8000", "5551234", "Caller");
			await(() -> waiting(a) != null && waiting(b) != null, "both consoles see the caller waiting");
			String caller = waiting(a);
			assertEquals(caller, waiting(b));
			a.answer("8000", caller, "1001").get(10, TimeUnit.SECONDS);
			await(() -> waiting(b) == null, "the second console sees the caller leave the queue");
			ExecutionException refused = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
					() -> b.answer("8000", caller, "1002").get(10, TimeUnit.SECONDS));
			assertTrue(refused.getCause() instanceof PbxException p && p.reason() == PbxException.Reason.NOT_FOUND,
					String.valueOf(refused.getCause()));
			// what the second console knows to say "already answered by 1001": the caller now talks to 1001
			await(() -> "1001".equals(read(b, site -> {
				Channel c = b.model().channel(caller);
				Channel peer = c == null ? null : ExtensionViews.peerOf(c);
				return peer == null || peer.getExtension() == null ? null : peer.getExtension().getNumber();
			})), "the second console sees the caller with 1001");
		}
	}

	private static String waiting(PbxGateway gateway) {
		return read(gateway, site -> {
			var q = gateway.model().queue("8000");
			if (q == null || q.getEntries().isEmpty()) {
				return null;
			}
			QueueEntry e = q.getEntries().get(0);
			return e.getUniqueId();
		});
	}

	private static <T> T read(PbxGateway gateway, Function<Site, T> query) {
		try {
			return gateway.model().read(query).get(10, TimeUnit.SECONDS);
		} catch (Exception e) {
			throw new AssertionError(e);
		}
	}

	/** The Derby jars of the running test framework: derby with its network server, tools and shared fragments. */
	private static String derbyClassPath() {
		Bundle self = FrameworkUtil.getBundle(SeveralConsolesTest.class);
		List<String> jars = new ArrayList<>();
		for (Bundle b : self.getBundleContext().getBundles()) {
			String name = b.getSymbolicName();
			if ("derby".equals(name) || "org.apache.derby.derbynet".equals(name)
					|| "org.apache.derby.derbytools".equals(name) || "org.apache.derby.derbyshared".equals(name)) {
				String location = b.getLocation().replaceFirst("^reference:", "").replaceFirst("^file:", "");
				jars.add(new File(location).getAbsolutePath());
			}
		}
		if (jars.size() != 4) {
			throw new AssertionError("Derby and its network server are not all in the test runtime: " + jars);
		}
		return String.join(File.pathSeparator, jars);
	}

	private static int freePort() throws IOException {
		try (ServerSocket s = new ServerSocket(0)) {
			return s.getLocalPort();
		}
	}

	private static boolean listening(int port) {
		try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
			return true;
		} catch (IOException e) {
			return false;
		}
	}

	private static void await(Supplier<Boolean> condition, String what) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (!condition.get()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("not within 30 s: " + what);
			}
			Thread.sleep(50);
		}
	}
}
