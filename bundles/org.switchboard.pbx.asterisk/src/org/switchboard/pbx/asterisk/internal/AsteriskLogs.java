package org.switchboard.pbx.asterisk.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Asterisk-Java logs through SLF4J 2 into JUL here (slf4j.jdk14, found through SPI Fly). Some of its loggers write a
 * line per list item or per new Asterisk 22 field: they are kept at SEVERE, so that their debug calls cost a level
 * check. The loggers are held here, else JUL could forget the level with the logger.
 */
final class AsteriskLogs {

	private static final List<Logger> QUIET = new ArrayList<>();

	private AsteriskLogs() {
	}

	static synchronized void quiet() {
		if (!QUIET.isEmpty()) {
			return;
		}
		for (String name : List.of("org.asteriskjava.manager.util.EventAttributesHelper",
				"org.asteriskjava.util.ReflectionUtil", "org.asteriskjava.manager.internal.EventBuilderImpl",
				"org.asteriskjava.manager.internal.ResponseBuilderImpl")) {
			Logger l = Logger.getLogger(name);
			l.setLevel(Level.SEVERE);
			QUIET.add(l);
		}
	}
}
