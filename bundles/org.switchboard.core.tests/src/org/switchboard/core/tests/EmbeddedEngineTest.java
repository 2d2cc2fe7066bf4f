package org.switchboard.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the embedded Derby engine boots in a console's process: without its JMX beans, whose platform MBean server
 * cost the login about a quarter of a second, and never under a Derby Network Server's settings. Each case is a
 * process of its own ({@link EngineChild}): the engine boots once per process.
 */
class EmbeddedEngineTest {

	@TempDir
	Path dir;

	@Test
	@DisplayName("contract: the embedded database boots without Derby's JMX beans, from a derby.properties of its own")
	void bootsWithoutJmx() throws Exception {
		Path home = Files.createDirectories(dir.resolve("home"));
		assertEquals("derby-mbeans 0", open(home));
		assertTrue(Files.readString(home.resolve("derby.properties")).contains(
				"derby.module.mgmt.jmx=org.apache.derby.impl.services.jmxnone.NoManagementService"));
		// the next start finds its own file and boots the same way
		assertEquals("derby-mbeans 0", open(home));
	}

	@Test
	@DisplayName("contract: a derby.properties that is not the console's is left alone, and the database still opens")
	void leavesSomeoneElsesSettingsAlone() throws Exception {
		// a Derby Network Server's settings in the same folder: under them the embedded engine would ask for a user
		Path home = Files.createDirectories(dir.resolve("server"));
		String server = "derby.connection.requireAuthentication=true\n"
				+ "derby.authentication.provider=NATIVE:switchboard_credentials\n";
		Files.writeString(home.resolve("derby.properties"), server);
		String beans = open(home);
		assertTrue(beans.startsWith("derby-mbeans "), beans);
		// Derby's defaults, JMX included: what the first case is told from
		assertNotEquals("derby-mbeans 0", beans);
		assertEquals(server, Files.readString(home.resolve("derby.properties")));
	}

	/** Opens the store of {@code home} in a process of its own; its line about Derby's MBeans. */
	private String open(Path home) throws Exception {
		Path errors = dir.resolve("child.err");
		Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				CrashTest.classPath(), EngineChild.class.getName(), home.resolve("db").toString())
				.redirectError(errors.toFile()).start();
		List<String> out;
		try {
			assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the child did not end in 60 s");
			out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
		} finally {
			child.destroyForcibly();
		}
		assertEquals(0, child.exitValue(), () -> "the child failed: " + read(errors));
		return out.stream().filter(l -> l.startsWith("derby-mbeans ")).findFirst()
				.orElseThrow(() -> new AssertionError("no answer from the child: " + out + " " + read(errors)));
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		} catch (java.io.IOException e) {
			return e.toString();
		}
	}
}
