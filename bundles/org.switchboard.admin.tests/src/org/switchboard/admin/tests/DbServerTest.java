package org.switchboard.admin.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.FileLocator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.switchboard.store.Store;
import org.switchboard.store.StoreException;
import org.switchboard.store.StoreLocation;

/**
 * The product's {@code switchboard dbserver} (the Linux start script, as shipped) run for real: a product folder
 * holding the script and the Derby jars, a Derby Network Server started by it, and consoles' stores connecting.
 */
class DbServerTest {

	private static final Pattern PASSWORD = Pattern.compile("Database user: switchboard\\s+password: (\\S+)");

	@TempDir
	Path dir;
	private final List<Process> servers = new ArrayList<>();

	@AfterEach
	void stop() throws InterruptedException {
		for (Process p : servers) {
			p.destroy();
			p.waitFor(20, TimeUnit.SECONDS);
		}
	}

	@Test
	@DisplayName("security: dbserver requires the generated password, shows it once, keeps only its hash and listens on this machine only")
	void theServerRequiresItsPasswordAndListensOnThisMachineOnly() throws Exception {
		Path product = product();
		Path home = dir.resolve("dbserver");
		int port = freePort();
		Server first = start(product, home, port);
		Matcher m = PASSWORD.matcher(first.output());
		assertTrue(m.find(), "the first start shows the generated password: " + first.output());
		String password = m.group(1);
		assertTrue(password.length() >= 20, "a long password: " + password.length());
		assertTrue(first.output().contains("Derby Network Server on localhost:" + port), first.output());

		// the password file and the databases' folder are the user's alone
		assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("derby.properties"))));
		assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(home)));
		String properties = Files.readString(home.resolve("derby.properties"));
		assertTrue(properties.contains("derby.connection.requireAuthentication=true"), properties);
		assertFalse(properties.contains(password), "the password is kept hashed, not in derby.properties");

		// not reachable from the network: no other address of this machine answers on the port
		InetAddress outside = nonLoopbackAddress();
		if (outside != null) {
			assertFalse(connects(outside, port), "the server answers on " + outside.getHostAddress() + ":" + port);
		}

		String url = "jdbc:derby://localhost:" + port + "/switchboard";
		StoreException none = assertThrows(StoreException.class,
				() -> Store.open(StoreLocation.network(url, "", "")).close(), "no credentials");
		assertEquals(StoreException.Reason.AUTHENTICATION_FAILED, none.reason(), none.getMessage());
		StoreException wrong = assertThrows(StoreException.class,
				() -> Store.open(StoreLocation.network(url, "switchboard", "guess")).close(), "a wrong password");
		assertEquals(StoreException.Reason.AUTHENTICATION_FAILED, wrong.reason(), wrong.getMessage());
		assertFalse(wrong.getMessage().contains(password), "the refusal names no password");
		try (Store store = Store.open(StoreLocation.network(url, "switchboard", password))) {
			assertTrue(store.schemaVersion() > 0, "the right password opens (and creates) the database");
		}
		// the database exists now, and is still refused without its password, or with another
		for (String other : new String[] { "", password + "x" }) {
			StoreException again = assertThrows(StoreException.class,
					() -> Store.open(StoreLocation.network(url, "switchboard", other)).close());
			assertEquals(StoreException.Reason.AUTHENTICATION_FAILED, again.reason(), again.getMessage());
		}

		// no file of the server holds the password in clear (its credentials database keeps a salted hash)
		try (var files = Files.walk(home)) {
			for (Path f : files.filter(Files::isRegularFile).toList()) {
				String content = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
				assertFalse(content.contains(password), "the password in clear in " + f);
			}
		}

		// a restart keeps the password and does not show it again
		first.process().destroy();
		assertTrue(first.process().waitFor(20, TimeUnit.SECONDS));
		int port2 = freePort();
		Server second = start(product, home, port2);
		assertFalse(second.output().contains(password), "the password is shown once only: " + second.output());
		assertFalse(second.output().contains("password:"), second.output());
		try (Store store = Store.open(StoreLocation.network("jdbc:derby://localhost:" + port2 + "/switchboard",
				"switchboard", password))) {
			assertTrue(store.schemaVersion() > 0);
		}
	}

	@Test
	@DisplayName("security: dbserver listens on the network only at the address --host names")
	void hostNamesTheAddressToListenOn() throws Exception {
		InetAddress outside = nonLoopbackAddress();
		String host = outside == null ? "127.0.0.1" : outside.getHostAddress();
		int port = freePort();
		Server server = start(product(), dir.resolve("dbserver"), port, "--host", host);
		assertTrue(server.output().contains("Derby Network Server on " + host + ":" + port), server.output());
		if (outside != null) {
			assertTrue(connects(outside, port), "the server answers at the address it was given");
			assertFalse(connects(InetAddress.getLoopbackAddress(), port), "and only there");
		}
		assertThrows(StoreException.class, () -> Store.open(StoreLocation.network(
				"jdbc:derby://" + host + ":" + port + "/switchboard", "switchboard", "guess")).close());
	}

	private record Server(Process process, List<String> lines) {
		String output() {
			synchronized (lines) {
				return String.join("\n", lines);
			}
		}
	}

	/** Starts the script's dbserver and waits until it listens; its output is collected as it comes. */
	private Server start(Path product, Path home, int port, String... more) throws Exception {
		List<String> command = new ArrayList<>(List.of("bash", product.resolve("switchboard").toString(), "dbserver",
				"--port", String.valueOf(port), "--home", home.toString()));
		command.addAll(List.of(more));
		ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
		Map<String, String> env = pb.environment();
		env.put("JAVA_HOME", System.getProperty("java.home"));
		env.put("SWITCHBOARD_HOME", dir.resolve("data").toString());
		Process p = pb.start();
		servers.add(p);
		List<String> lines = Collections.synchronizedList(new ArrayList<>());
		Thread reader = new Thread(() -> {
			try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
				for (String line = r.readLine(); line != null; line = r.readLine()) {
					lines.add(line);
				}
			} catch (IOException e) {
				// the server was stopped
			}
		}, "dbserver output");
		reader.setDaemon(true);
		reader.start();
		Server server = new Server(p, lines);
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (!server.output().contains("started and ready to accept connections")) {
			if (!p.isAlive()) {
				throw new AssertionError("dbserver ended (" + p.exitValue() + "): " + server.output());
			}
			if (System.nanoTime() > end) {
				throw new AssertionError("dbserver did not start within 60 s: " + server.output());
			}
			Thread.sleep(100);
		}
		return server;
	}

	/** A product folder as the archive unpacks it: the Linux start script and the Derby jars under plugins/. */
	private Path product() throws IOException {
		Path product = Files.createDirectories(dir.resolve("product"));
		Path plugins = Files.createDirectories(product.resolve("plugins"));
		Files.copy(script(), product.resolve("switchboard"));
		Bundle self = FrameworkUtil.getBundle(DbServerTest.class);
		int found = 0;
		for (Bundle b : self.getBundleContext().getBundles()) {
			String name = b.getSymbolicName();
			if ("derby".equals(name) || "org.apache.derby.derbynet".equals(name)
					|| "org.apache.derby.derbytools".equals(name) || "org.apache.derby.derbyshared".equals(name)) {
				File jar = FileLocator.getBundleFileLocation(b).orElseThrow(() -> new AssertionError("no file for " + name));
				Files.copy(jar.toPath(), plugins.resolve(name + "_" + b.getVersion() + ".jar"));
				found++;
			}
		}
		assertEquals(4, found, "Derby and its network server are in the test runtime");
		return product;
	}

	/** The Linux start script of this checkout (tests run in their bundle's folder). */
	private static Path script() {
		for (Path at = Path.of(System.getProperty("user.dir")).toAbsolutePath(); at != null; at = at.getParent()) {
			Path script = at.resolve("releng/org.switchboard.launchers/rootfiles/linux/switchboard");
			if (Files.isRegularFile(script)) {
				return script;
			}
		}
		throw new AssertionError("the product's start script is not found above " + System.getProperty("user.dir"));
	}

	private static InetAddress nonLoopbackAddress() throws IOException {
		for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
			if (nic.isUp() && !nic.isLoopback()) {
				for (InetAddress a : Collections.list(nic.getInetAddresses())) {
					if (a instanceof Inet4Address) {
						return a;
					}
				}
			}
		}
		return null;
	}

	private static boolean connects(InetAddress address, int port) {
		try (Socket s = new Socket()) {
			s.connect(new InetSocketAddress(address, port), 2000);
			return true;
		} catch (IOException e) {
			return false;
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket s = new ServerSocket(0)) {
			return s.getLocalPort();
		}
	}
}
