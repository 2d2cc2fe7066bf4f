package org.switchboard.testsupport;

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
}
