package org.switchboard.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.eclipse.swt.widgets.Display;

/** Screenshots of the screen under test, kept under the test module's {@code target/screenshots}. */
public final class Screenshots {

	private Screenshots() {
	}

	/** The folder screenshots go to: {@code target/screenshots} of the module whose tests run. */
	public static Path folder() {
		Path cwd = Path.of(System.getProperty("user.dir")).toAbsolutePath();
		for (Path p = cwd; p != null; p = p.getParent()) {
			if (p.getFileName() != null && p.getFileName().toString().equals("target")) {
				return p.resolve("screenshots");
			}
		}
		return cwd.resolve("target").resolve("screenshots");
	}

	/** Saves a screenshot named after {@code name}; returns its path, or {@code null} when none could be taken. */
	public static Path save(String name) {
		if (Display.getCurrent() == null) {
			return null;
		}
		String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("HHmmss-SSS"));
		Path file = folder().resolve(name.replaceAll("[^\\w.-]+", "_") + "-" + stamp + ".png");
		try {
			Ui.capture(file);
			return file;
		} catch (Exception | Error e) {
			System.err.println("could not save screenshot " + file + ": " + e);
			return null;
		}
	}

	/** The source tree's {@code docs/screenshots} folder (the pictures the README and the docs show). */
	public static Path docsFolder() {
		for (Path p = Path.of(System.getProperty("user.dir")).toAbsolutePath(); p != null; p = p.getParent()) {
			if (Files.isDirectory(p.resolve("docs")) && Files.exists(p.resolve("switchboard"))) {
				return p.resolve("docs").resolve("screenshots");
			}
		}
		throw new IllegalStateException("no docs folder above " + System.getProperty("user.dir"));
	}

	/** Saves what the screen shows now as {@code docs/screenshots/<fileName>} (a screenshot tour's picture). */
	public static Path toDocs(String fileName) throws java.io.IOException {
		Path file = docsFolder().resolve(fileName);
		Ui.capture(file);
		System.out.println("screenshot " + file);
		return file;
	}
}
