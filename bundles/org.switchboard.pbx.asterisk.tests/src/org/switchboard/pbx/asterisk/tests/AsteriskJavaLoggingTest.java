package org.switchboard.pbx.asterisk.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.asteriskjava.util.Log;
import org.asteriskjava.util.LogFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.slf4j.LoggerFactory;

/**
 * Asterisk-Java 3.42.2 picks its logger once: SLF4J 2 when its bundle is wired to it, else java.util.logging
 * through {@code JavaLoggingLog}, which builds a stack trace on every debug call before the level is checked
 * (a third of the console's allocations under load). The runtime must give it SLF4J 2 with the JUL provider, so that
 * its warnings still reach the console's log and its debug lines cost a level check. As in the product, SLF4J finds
 * the provider through the fragment {@code org.switchboard.slf4j.jul}, with SPI Fly installed but not started (its
 * start took about 0.2 s before the login dialog: issue 14, P3).
 */
class AsteriskJavaLoggingTest {

	/** The logger Asterisk-Java names after the class asking for it: one of ours, so that nothing else writes to it. */
	private static final String NAME = Probe.class.getName();

	@Test
	@DisplayName("contract Asterisk-Java logs through SLF4J 2 into java.util.logging without SPI Fly started: warnings reach the console's log, debug lines below the level do not")
	void asteriskJavaLogsThroughSlf4jIntoJul() {
		for (Bundle b : FrameworkUtil.getBundle(getClass()).getBundleContext().getBundles()) {
			if (b.getSymbolicName().equals("org.apache.aries.spifly.dynamic.bundle")) {
				assertNotEquals(Bundle.ACTIVE, b.getState(), "SPI Fly is started here, unlike in the product");
			}
		}
		Log aj = LogFactory.getLog(Probe.class);
		assertEquals("org.asteriskjava.util.internal.Slf4JLogger", aj.getClass().getName(),
				"Asterisk-Java fell back to a logger that is not SLF4J: is slf4j.api 2 in the runtime?");

		assertEquals("org.slf4j.jul.JDK14LoggerFactory", LoggerFactory.getILoggerFactory().getClass().getName(),
				"SLF4J found no provider: is the fragment org.switchboard.slf4j.jul (with slf4j.jdk14) in the runtime?");
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
