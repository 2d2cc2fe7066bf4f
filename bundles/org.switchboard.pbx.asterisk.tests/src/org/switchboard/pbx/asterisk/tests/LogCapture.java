package org.switchboard.pbx.asterisk.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Records what JUL loggers publish while it is open, with the thread each record was published on; a level given
 * for a logger is set while open. {@link #close()} detaches it and puts the levels back.
 */
final class LogCapture extends Handler implements AutoCloseable {

	/** A record and the name of the thread that published it. */
	record Line(LogRecord record, String thread) {

		String text() {
			return record.getMessage();
		}
	}

	private final List<Line> lines = new CopyOnWriteArrayList<>();
	private final List<Logger> loggers = new ArrayList<>();
	private final List<Level> before = new ArrayList<>();

	private LogCapture() {
	}

	/** Captures the named logger at {@code level} (null: its level as it is). */
	static LogCapture of(String logger, Level level) {
		return new LogCapture().and(logger, level);
	}

	/** Captures one more logger. */
	LogCapture and(String name, Level level) {
		Logger logger = Logger.getLogger(name);
		loggers.add(logger);
		before.add(logger.getLevel());
		if (level != null) {
			logger.setLevel(level);
		}
		logger.addHandler(this);
		return this;
	}

	List<Line> lines() {
		return lines;
	}

	List<String> texts() {
		return lines.stream().map(Line::text).toList();
	}

	@Override
	public void publish(LogRecord r) {
		lines.add(new Line(r, Thread.currentThread().getName()));
	}

	@Override
	public void flush() {
	}

	@Override
	public void close() {
		for (int i = 0; i < loggers.size(); i++) {
			loggers.get(i).removeHandler(this);
			loggers.get(i).setLevel(before.get(i));
		}
	}
}
