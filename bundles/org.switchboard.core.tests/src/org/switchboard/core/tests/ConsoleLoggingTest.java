package org.switchboard.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.core.internal.ConsoleLogging;
import org.switchboard.core.internal.ConsoleLogging.RotatingFileHandler;

class ConsoleLoggingTest {

	@TempDir
	Path dir;

	@Test
	@DisplayName("the log file gets the PBX conversation and Asterisk-Java's chatter; the terminal only warnings and errors")
	void fileAndTerminal() throws Exception {
		PrintStream err = System.err;
		ByteArrayOutputStream terminal = new ByteArrayOutputStream();
		Path file;
		System.setErr(new PrintStream(terminal, true, StandardCharsets.UTF_8));
		try {
			file = ConsoleLogging.start(dir.resolve("logs"));
			Logger.getLogger(ConsoleLogging.PBX_CONVERSATION).fine("-> Action: Ping");
			Logger.getLogger("org.asteriskjava.manager.internal.ManagerConnectionImpl").info("Connecting to 127.0.0.1");
			Logger.getLogger("org.asteriskjava.manager.internal.AsyncEventPump").warning("AsyncEventPump has exited");
			Logger.getLogger("org.switchboard.test").warning("a warning of ours");
			for (Handler h : Logger.getLogger("").getHandlers()) {
				h.flush();
			}
		} finally {
			System.setErr(err);
		}
		assertEquals(dir.resolve("logs").resolve("switchboard.log"), file);
		String log = Files.readString(file);
		assertTrue(log.contains("-> Action: Ping"), log);
		assertTrue(log.contains("Connecting to 127.0.0.1"), log);
		assertTrue(log.contains("AsyncEventPump has exited"), log);
		String shown = terminal.toString(StandardCharsets.UTF_8);
		assertTrue(shown.contains("a warning of ours"), shown);
		assertFalse(shown.contains("Connecting to"), shown);
		assertFalse(shown.contains("AsyncEventPump"), shown);
		assertFalse(shown.contains("Action: Ping"), shown);
	}

	@Test
	@DisplayName("the log file rotates at its size limit and keeps a few generations")
	void rotation() throws Exception {
		Path file = dir.resolve("switchboard.log");
		RotatingFileHandler handler = new RotatingFileHandler(file, 1000, 3);
		handler.setFormatter(new SimpleFormatter());
		try {
			for (int i = 0; i < 200; i++) {
				handler.publish(new LogRecord(Level.INFO, "line " + i + " " + "x".repeat(40)));
			}
		} finally {
			handler.close();
		}
		assertTrue(Files.size(file) < 1000 + 200, "current file " + Files.size(file));
		assertTrue(Files.exists(dir.resolve("switchboard.log.1")));
		assertTrue(Files.exists(dir.resolve("switchboard.log.3")));
		assertFalse(Files.exists(dir.resolve("switchboard.log.4")));
		assertTrue(Files.readString(file).contains("line 199"));
	}
}
