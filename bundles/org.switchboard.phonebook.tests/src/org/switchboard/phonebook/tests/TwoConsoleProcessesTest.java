package org.switchboard.phonebook.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.switchboard.model.Contact;
import org.switchboard.model.ContactNumber;
import org.switchboard.model.NumberKind;
import org.switchboard.model.PhonebookKind;
import org.switchboard.model.SwitchboardFactory;
import org.switchboard.phonebook.PhonebookService;
import org.switchboard.store.Store;
import org.switchboard.store.StoreLocation;

/**
 * Two consoles of a site in two processes, each with its own store on one Derby Network Server (a third process,
 * with authentication on, as {@code ./switchboard dbserver} runs it): an enterprise contact added at either console
 * is found by the other's phonebook within its recheck period.
 */
class TwoConsoleProcessesTest {

	private static final String DB_USER = "switchboard";
	private static final String DB_PASSWORD = "two-processes-secret";
	/** As a console looks for another's changes (PhonebookFunctions' default). */
	private static final Duration RECHECK = Duration.ofSeconds(5);

	@TempDir
	Path dir;
	Process dbServer;
	Process other;
	PrintWriter toOther;
	BufferedReader fromOther;
	Store store;
	PhonebookService mine;

	@BeforeEach
	void site() throws Exception {
		int port;
		try (ServerSocket s = new ServerSocket(0)) {
			port = s.getLocalPort();
		}
		Path home = Files.createDirectories(dir.resolve("dbserver"));
		try (Writer w = Files.newBufferedWriter(home.resolve("derby.properties"))) {
			w.write("derby.connection.requireAuthentication=true\nderby.authentication.provider=BUILTIN\n"
					+ "derby.user." + DB_USER + "=" + DB_PASSWORD + "\n");
		}
		dbServer = new ProcessBuilder(java(), "-Dderby.system.home=" + home, "-cp", classPath(false),
				"org.apache.derby.drda.NetworkServerControl", "start", "-h", "127.0.0.1", "-p", String.valueOf(port))
				.redirectErrorStream(true).redirectOutput(dir.resolve("dbserver.log").toFile()).start();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (!listening(port)) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("the database server did not listen on " + port + " within 30 s");
			}
			Thread.sleep(50);
		}
		String url = "jdbc:derby://127.0.0.1:" + port + "/" + dir.resolve("site");
		store = Store.open(StoreLocation.network(url, DB_USER, DB_PASSWORD));
		mine = new PhonebookService(store, "alice", null);
		mine.loadInBackground().get(60, TimeUnit.SECONDS);
		mine.watchChanges(RECHECK);

		other = new ProcessBuilder(java(), "-cp", classPath(true), OtherConsole.class.getName(), url, DB_USER,
				DB_PASSWORD, "bob", String.valueOf(RECHECK.toMillis()))
				.redirectError(dir.resolve("other-console.err").toFile()).start();
		toOther = new PrintWriter(other.getOutputStream(), true, StandardCharsets.UTF_8);
		fromOther = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
		assertEquals("ready", answer(), "the other console started");
	}

	@AfterEach
	void close() throws Exception {
		if (toOther != null) {
			toOther.println("quit");
		}
		if (other != null && !other.waitFor(10, TimeUnit.SECONDS)) {
			other.destroy();
		}
		if (mine != null) {
			mine.close();
		}
		if (store != null) {
			store.close();
		}
		if (dbServer != null) {
			dbServer.destroy();
		}
	}

	@Test
	void aContactAddedAtEitherConsoleIsFoundAtTheOtherWithinItsRecheckPeriod() throws Exception {
		// the other console adds one: this console's phonebook finds it by name and number
		toOther.println("add 4711 Dr. Remote");
		assertTrue(answer().startsWith("added "));
		long addedAt = System.nanoTime();
		while (mine.search("Dr. Remote", 5).isEmpty()
				&& System.nanoTime() - addedAt < 2 * RECHECK.toNanos()) {
			Thread.sleep(20);
		}
		// a look every period, plus reading the books: within two periods
		assertEquals(List.of("Dr. Remote"), mine.search("Dr. Remote", 5).stream().map(Contact::getName).toList(),
				"not found within two recheck periods");
		assertEquals("Dr. Remote", mine.lookup("4711").orElseThrow().name());

		// and the other way round
		Contact c = SwitchboardFactory.eINSTANCE.createContact();
		c.setKind(PhonebookKind.ENTERPRISE);
		c.setName("Dr. Local");
		ContactNumber n = SwitchboardFactory.eINSTANCE.createContactNumber();
		n.setKind(NumberKind.OFFICE);
		n.setNumber("4712");
		c.getNumbers().add(n);
		mine.save(c);
		long savedAt = System.nanoTime();
		toOther.println("find Dr. Local");
		assertEquals("found Dr. Local", answer());
		assertTrue(System.nanoTime() - savedAt < 2 * RECHECK.toNanos(),
				"the other console found it only after " + (System.nanoTime() - savedAt) / 1_000_000 + " ms");
	}

	/** The other console's next line (a minute at most; its error output is in the test's folder). */
	private String answer() throws Exception {
		CompletableFuture<String> line = CompletableFuture.supplyAsync(() -> {
			try {
				return fromOther.readLine();
			} catch (IOException e) {
				throw new IllegalStateException(e);
			}
		});
		try {
			return line.get(90, TimeUnit.SECONDS);
		} catch (Exception e) {
			throw new AssertionError("the other console did not answer: "
					+ Files.readString(dir.resolve("other-console.err")), e);
		}
	}

	private static String java() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	/**
	 * The jars of the running test framework a process needs: Derby's (for the server), or those and everything this
	 * test bundle uses (for the other console: the phonebook, the store, the model, EMF, ...).
	 */
	private static String classPath(boolean console) throws URISyntaxException {
		Bundle self = FrameworkUtil.getBundle(TwoConsoleProcessesTest.class);
		Set<Bundle> bundles = new LinkedHashSet<>();
		for (Bundle b : self.getBundleContext().getBundles()) {
			String name = b.getSymbolicName();
			if ("derby".equals(name) || "derbyclient".equals(name) || name.startsWith("org.apache.derby")) {
				bundles.add(b);
			}
		}
		Set<String> entries = new LinkedHashSet<>();
		if (console) {
			Deque<Bundle> todo = new ArrayDeque<>(List.of(self));
			while (!todo.isEmpty()) {
				Bundle b = todo.pop();
				if (b.getBundleId() == 0 || !bundles.add(b) && b != self) {
					continue;
				}
				BundleWiring wiring = b.adapt(BundleWiring.class);
				if (wiring != null) {
					for (BundleWire w : wiring.getRequiredWires(null)) {
						todo.push(w.getProvider().getBundle());
					}
				}
			}
			bundles.add(self);
			// org.osgi.framework (the store asks it whether it runs in OSGi)
			entries.add(new File(FrameworkUtil.class.getProtectionDomain().getCodeSource().getLocation().toURI())
					.getAbsolutePath());
		}
		List<String> missing = new ArrayList<>();
		for (Bundle b : bundles) {
			File f = fileOf(b.getLocation());
			if (f == null) {
				missing.add(b.getLocation());
				continue;
			}
			// a project of the build, run from its folder: its classes are in target/classes
			File classes = new File(f, "target/classes");
			entries.add((f.isDirectory() && classes.isDirectory() ? classes : f).getPath());
		}
		if (!missing.isEmpty()) {
			throw new AssertionError("bundles not found on disk: " + missing);
		}
		return String.join(File.pathSeparator, entries);
	}

	/**
	 * The file of a bundle's location ({@code initial@reference:file:../x.jar}): a relative one is relative to the
	 * framework's install area (Tycho's test runtime) or the working folder.
	 */
	private static File fileOf(String location) throws URISyntaxException {
		String path = location.replaceFirst("^initial@", "").replaceFirst("^reference:", "").replaceFirst("^file:", "");
		List<File> bases = new ArrayList<>();
		for (String area : new String[] { "osgi.install.area", "osgi.configuration.area", "osgi.syspath" }) {
			String value = System.getProperty(area);
			if (value != null) {
				bases.add(new File(value.replaceFirst("^file:", "")));
			}
		}
		bases.add(new File(System.getProperty("user.dir")));
		File f = new File(path);
		if (f.isAbsolute()) {
			return f.exists() ? f : null;
		}
		for (File base : bases) {
			File candidate = new File(base, path);
			if (candidate.exists()) {
				return candidate.toPath().normalize().toFile();
			}
		}
		return null;
	}

	private static boolean listening(int port) {
		try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
			return true;
		} catch (IOException e) {
			return false;
		}
	}
}
