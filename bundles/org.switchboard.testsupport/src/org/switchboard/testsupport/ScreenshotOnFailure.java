package org.switchboard.testsupport;

import java.nio.file.Path;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/** JUnit 5 extension: {@code @ExtendWith(ScreenshotOnFailure.class)} saves the screen when a UI test fails. */
public class ScreenshotOnFailure implements TestWatcher {

	@Override
	public void testFailed(ExtensionContext context, Throwable cause) {
		String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
		Path shot = Screenshots.save(name);
		if (shot != null) {
			System.err.println("Screenshot of the failed test " + context.getDisplayName() + ": " + shot);
		}
	}
}
