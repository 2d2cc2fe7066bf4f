package org.switchboard.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.core.ConsoleServices;
import org.switchboard.core.ServerSettings;

/** What is built on a console (the wake-up scheduler) stops before the console closes its store, not after. */
class ConsoleCloseOrderTest {

	@TempDir
	Path dir;

	@Test
	void servicesRegisteredWithOnCloseStopWhileTheStoreIsStillOpen() throws Exception {
		ServerSettings site = new ServerSettings("127.0.0.1", 5038, "console", "console", "internal", "8000",
				dir.resolve("site").toString(), "", "");
		ConsoleServices services = ConsoleServices.start(site);
		List<String> order = new CopyOnWriteArrayList<>();
		services.onClose(() -> order.add("first, the store answers: " + services.store().operators().count()));
		services.onClose(() -> order.add("second"));
		services.close();
		assertEquals(List.of("second", "first, the store answers: 0"), order, "in reverse order, the store open");

		AtomicBoolean ran = new AtomicBoolean();
		services.onClose(() -> ran.set(true));
		assertTrue(ran.get(), "on a closed console it runs at once");
	}
}
