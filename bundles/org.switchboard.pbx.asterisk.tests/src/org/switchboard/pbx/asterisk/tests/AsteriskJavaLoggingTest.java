package org.switchboard.pbx.asterisk.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.asteriskjava.util.Log;
import org.asteriskjava.util.LogFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Asterisk-Java 3.42.2 picks its logger once: SLF4J 2 when its bundle is wired to it, else java.util.logging
 * through {@code JavaLoggingLog}, which builds a stack trace on every debug call before the level is checked
 * (a third of the console's allocations under load). The runtime must give it SLF4J 2 with the JUL provider, so that
 * its warnings still reach the console's log and its debug lines cost a level check.
 */
class AsteriskJavaLoggingTest {

	/** The logger Asterisk-Java names after the class asking for it: one of ours, so that nothing else writes to it. */
	private static final String NAME = Probe.class.getName();

	@Test
	@DisplayName("contract Asterisk-Java logs through SLF4J 2 into java.util.logging: warnings reach the console's log, debug lines below the level do not")
	void asteriskJavaLogsThroughSlf4jIntoJul() {
		Log aj = LogFactory.getLog(Probe.class);
		assertEquals("org.asteriskjava.util.internal.Slf4JLogger", aj.getClass().getName(),
				"Asterisk-Java fell back to a logger that is not SLF4J: is slf4j.api 2 with slf4j.jdk14 started, and SPI Fly with an ASM that reads this Java's class files, in the runtime?");

		try (LogCapture log = LogCapture.of(NAME, Level.INFO)) {
			aj.debug("a debug line below the level");
			aj.warn("the PBX said something odd");
			assertEquals(List.of("the PBX said something odd"), log.texts());
			LogRecord warning = log.lines().get(0).record();
			assertEquals(Level.WARNING, warning.getLevel());
			assertEquals(NAME, warning.getLoggerName());
			assertFalse(aj.isDebugEnabled(), "debug is enabled although the JUL logger is at INFO");

			Logger.getLogger(NAME).setLevel(Level.FINE);
			aj.debug("now wanted");
			assertEquals("now wanted", log.texts().get(log.texts().size() - 1));
		}
	}

	/** Stands for an Asterisk-Java class: its logger is named after it. */
	private static final class Probe {
	}
}
