package org.switchboard.pbx.asterisk.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.switchboard.model.DialPermission;
import org.switchboard.model.Site;
import org.switchboard.pbx.asterisk.internal.AsteriskGateway;
import org.switchboard.pbx.simulator.AmiSimulator;
import org.switchboard.pbx.simulator.SimulatorOptions;

/**
 * Clearing an AstDB setting that is not set: a real Asterisk answers {@code Error} / {@code Database entry could not be
 * deleted} (transcript 16), and so does the simulator. For the console that is "already clear", not a failure.
 */
class AstDbClearTest {

	private AmiSimulator simulator;
	private AsteriskGateway gateway;

	@BeforeEach
	void start() throws Exception {
		simulator = AmiSimulator.start(SimulatorOptions.defaults().withPort(0).withExtensions(11));
		gateway = SimulatorEndpoints.connectedTo(simulator);
	}

	@AfterEach
	void stop() {
		gateway.close();
		simulator.close();
	}

	private <T> T read(Function<Site, T> q) throws Exception {
		return gateway.model().read(q).get(5, TimeUnit.SECONDS);
	}

	@Test
	@DisplayName("clearing DND, the dial permission and night service that are not set succeeds and leaves them clear")
	void clearingWhatIsNotSetSucceeds() throws Exception {
		assertFalse(simulator.dbDelete("DND", "1004"), "not set to begin with");
		gateway.setDnd("1004", false).get(10, TimeUnit.SECONDS);
		gateway.setDialPermission("1004", DialPermission.INTERNATIONAL).get(10, TimeUnit.SECONDS);
		gateway.setNightService("8000", false, null, null).get(10, TimeUnit.SECONDS);
		assertFalse(read(s -> gateway.model().extension("1004").isDnd()));
		assertEquals(DialPermission.INTERNATIONAL, read(s -> gateway.model().extension("1004").getDialPermission()));
		assertNull(read(s -> gateway.model().queue("8000").getNightNumber()));
		assertTrue(simulator.astdb().isEmpty(), simulator.astdb().toString());
	}

	@Test
	@DisplayName("clearing twice succeeds both times; setting then clearing removes the entries")
	void clearingTwice() throws Exception {
		gateway.setDnd("1005", true).get(10, TimeUnit.SECONDS);
		gateway.setNightService("8000", true, "1007", "night-service").get(10, TimeUnit.SECONDS);
		assertEquals("YES", simulator.astdb().get("/DND/1005"));
		assertEquals("night-service", simulator.astdb().get("/NIGHT/8000/prompt"));
		for (int i = 0; i < 2; i++) {
			gateway.setDnd("1005", false).get(10, TimeUnit.SECONDS);
			gateway.setNightService("8000", false, null, null).get(10, TimeUnit.SECONDS);
		}
		assertTrue(simulator.astdb().isEmpty(), simulator.astdb().toString());
		assertFalse(read(s -> gateway.model().extension("1005").isDnd()));
	}
}
