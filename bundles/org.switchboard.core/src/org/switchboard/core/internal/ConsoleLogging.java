package org.switchboard.core.internal;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.ConsoleHandler;
import java.util.logging.ErrorManager;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.StreamHandler;

import org.switchboard.pbx.PbxGateway;
import org.switchboard.store.StoreLocation;

/**
 * The console's log: one file per console in the data folder ({@code <switchboard.home>/logs/switchboard.log},
 * rotated at 5 MB, {@code switchboard.log.1} to {@code .4} kept), with the PBX conversation (what the back-end
 * sends and receives, logger {@link PbxGateway#CONVERSATION_LOG}) at FINE. The terminal shows our own warnings and
 * errors, and only the errors of the libraries we use (a PBX library's INFO chatter and its warnings on every
 * disconnect, e.g. Asterisk-Java's "AsyncEventPump has exited", go to the file).
 * <p>
 * Call {@link #start()} once when the console starts; later calls do nothing.
 */
public final class ConsoleLogging {

	/** The logger of the PBX conversation. */
	public static final String PBX_CONVERSATION = PbxGateway.CONVERSATION_LOG;
	static final int LIMIT_BYTES = 5 * 1024 * 1024;
	static final int GENERATIONS = 4;
	private static final String OURS = "org.switchboard.";

	/** Loggers whose levels are set here, held so that JUL cannot forget them. */
	private static final List<Logger> CONFIGURED = new ArrayList<>();
	private static Path file;

	private ConsoleLogging() {
	}

	/** Sets up the log in the data folder; returns the log file (null when it cannot be written: terminal only). */
	public static synchronized Path start() {
		return start(StoreLocation.home().resolve("logs"));
	}

	public static synchronized Path start(Path folder) {
		if (!CONFIGURED.isEmpty()) {
			return file;
		}
		// Asterisk-Java and org.reflections log through SLF4J 2 into JUL (slf4j.jdk14): they reach these handlers too
		Logger root = LogManager.getLogManager().getLogger("");
		for (Handler h : root.getHandlers()) {
			if (h instanceof ConsoleHandler) {
				root.removeHandler(h);
			}
		}
		Handler terminal = new ConsoleHandler();
		terminal.setLevel(Level.WARNING);
		terminal.setFormatter(new LineFormatter());
		terminal.setFilter(r -> r.getLoggerName() == null || r.getLoggerName().startsWith(OURS)
				|| r.getLoggerName().isEmpty() || r.getLevel().intValue() >= Level.SEVERE.intValue());
		root.addHandler(terminal);
		root.setLevel(Level.INFO);
		CONFIGURED.add(root);
		Logger conversation = Logger.getLogger(PBX_CONVERSATION);
		conversation.setLevel(Level.FINE);
		CONFIGURED.add(conversation);
		try {
			Files.createDirectories(folder);
			RotatingFileHandler handler = new RotatingFileHandler(folder.resolve("switchboard.log"), LIMIT_BYTES,
					GENERATIONS);
			handler.setLevel(Level.ALL);
			handler.setFormatter(new LineFormatter());
			root.addHandler(handler);
			file = handler.file();
		} catch (IOException | RuntimeException e) {
			root.warning("The log file cannot be written in " + folder + ": " + e);
			file = null;
		}
		return file;
	}

	/**
	 * Writes to {@code switchboard.log}; past the size limit it becomes {@code switchboard.log.1} (the older ones
	 * move up, the oldest goes) and a new {@code switchboard.log} starts. (JUL's FileHandler would name the current
	 * file {@code switchboard.log.0}.)
	 */
	public static final class RotatingFileHandler extends StreamHandler {

		private final Path file;
		private final long limit;
		private final int generations;
		private long written;

		public RotatingFileHandler(Path file, long limit, int generations) throws IOException {
			this.file = file;
			this.limit = limit;
			this.generations = generations;
			setEncoding("UTF-8");
			open();
		}

		public Path file() {
			return file;
		}

		private void open() throws IOException {
			written = Files.exists(file) ? Files.size(file) : 0;
			OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
			setOutputStream(new FilterOutputStream(out) {
				@Override
				public void write(int b) throws IOException {
					out.write(b);
					written++;
				}

				@Override
				public void write(byte[] b, int off, int len) throws IOException {
					out.write(b, off, len);
					written += len;
				}
			});
		}

		@Override
		public synchronized void publish(LogRecord record) {
			if (!isLoggable(record)) {
				return;
			}
			super.publish(record);
			if (record.getLevel().intValue() >= Level.INFO.intValue()) {
				flush(); // the PBX conversation (FINE) is flushed in blocks
			}
			if (written >= limit) {
				rotate();
			}
		}

		private void rotate() {
			super.close();
			try {
				for (int i = generations - 1; i >= 1; i--) {
					Path older = generation(i);
					if (Files.exists(older)) {
						Files.move(older, generation(i + 1), StandardCopyOption.REPLACE_EXISTING);
					}
				}
				Files.move(file, generation(1), StandardCopyOption.REPLACE_EXISTING);
				open();
			} catch (IOException e) {
				reportError("cannot rotate " + file, e, ErrorManager.OPEN_FAILURE);
			}
		}

		private Path generation(int n) {
			return file.resolveSibling(file.getFileName() + "." + n);
		}
	}

	/** One line per record (and the stack trace, if any): time, level, logger, message. */
	static final class LineFormatter extends Formatter {

		private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS")
				.withZone(ZoneId.systemDefault());

		@Override
		public String format(LogRecord r) {
			StringBuilder b = new StringBuilder(128);
			b.append(TIME.format(r.getInstant())).append(' ').append(r.getLevel().getName()).append(' ')
					.append(r.getLoggerName()).append(": ").append(formatMessage(r)).append(System.lineSeparator());
			if (r.getThrown() != null) {
				StringWriter trace = new StringWriter();
				r.getThrown().printStackTrace(new PrintWriter(trace));
				b.append(trace);
			}
			return b.toString();
		}
	}
}
