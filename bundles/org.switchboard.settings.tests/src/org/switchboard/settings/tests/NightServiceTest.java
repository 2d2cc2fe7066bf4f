package org.switchboard.settings.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.model.NightServiceSetting;
import org.switchboard.nightservice.NightService;
import org.switchboard.nightservice.NightServiceException;
import org.switchboard.pbx.PbxEndpoint;
import org.switchboard.pbx.PbxGateway;
import org.switchboard.pbx.asterisk.AsteriskGatewayFactory;
import org.switchboard.pbx.simulator.AmiSimulator;
import org.switchboard.pbx.simulator.SimulatorOptions;
import org.switchboard.store.Store;
import org.switchboard.store.StoreException;
import org.switchboard.store.StoreLocation;
import org.switchboard.store.Versioned;

/** Night service through the Asterisk back-end (the simulator over AMI) and a real Derby store. */
class NightServiceTest {

	@TempDir
	Path folder;
	private AmiSimulator simulator;
	private PbxGateway gateway;
	private Store store;
	private final RecordingLog log = new RecordingLog();
	private NightService night;

	@BeforeEach
	void start() throws Exception {
		simulator = AmiSimulator.start(SimulatorOptions.defaults().withPort(0).withExtensions(11));
		gateway = new AsteriskGatewayFactory().create();
		gateway.connect(new PbxEndpoint(simulator.host(), simulator.port(), simulator.options().user(),
				simulator.options().secret(), "internal", "8000", Duration.ofSeconds(5))).get(30, TimeUnit.SECONDS);
		store = Store.open(StoreLocation.embedded(folder.resolve("db")));
		night = new NightService(gateway, store, log, () -> "demo");
	}

	@AfterEach
	void stop() {
		gateway.close();
		simulator.close();
		store.close();
	}

	@Test
	@DisplayName("night number that cannot be dialled is refused before anything is stored or sent")
	void notDialable() throws Exception {
		for (String bad : new String[] { "", "10 0a", "1003\r\nAction: Hangup", "8000" }) {
			ExecutionException e = assertThrows(ExecutionException.class,
					() -> night.switchOn("8000", bad, null).get(10, TimeUnit.SECONDS), bad);
			assertTrue(e.getCause() instanceof NightServiceException, e.toString());
		}
		assertEquals(NightServiceException.Reason.NUMBER_NOT_DIALABLE,
				assertThrows(NightServiceException.class, () -> NightService.validate("8000", "12x", null)).reason());
		assertEquals(NightServiceException.Reason.PROMPT_INVALID,
				assertThrows(NightServiceException.class, () -> NightService.validate("8000", "1003", "a b")).reason());
		assertTrue(simulator.astdb().isEmpty(), simulator.astdb().toString());
		assertTrue(store.nightService().all().isEmpty());
		Thread.sleep(100);
		assertEquals(4, log.entries().stream().filter(e -> e.startsWith("nightservice.on ") && e.endsWith("FAILURE")).count(),
				log.entries().toString());
	}

	@Test
	@DisplayName("night service on writes NIGHT/<queue> and the prompt, keeps the row; off clears the PBX and keeps the number")
	void onAndOff() throws Exception {
		night.switchOn("8000", "1003", "night-service").get(10, TimeUnit.SECONDS);
		assertEquals("1003", simulator.astdb().get("/NIGHT/8000"));
		assertEquals("night-service", simulator.astdb().get("/NIGHT/8000/prompt"));
		NightServiceSetting row = store.nightService().find("8000").orElseThrow();
		assertTrue(row.isActive());
		assertEquals("1003", row.getNightNumber());
		assertEquals("demo", row.getChangedBy());
		assertTrue(night.queues().get(5, TimeUnit.SECONDS).stream().anyMatch(q -> q.queue().equals("8000") && q.on()));

		night.switchOff("8000").get(10, TimeUnit.SECONDS);
		assertNull(simulator.astdb().get("/NIGHT/8000"));
		assertNull(simulator.astdb().get("/NIGHT/8000/prompt"));
		row = store.nightService().find("8000").orElseThrow();
		assertFalse(row.isActive());
		assertEquals("1003", row.getNightNumber(), "kept for the next time");
		Thread.sleep(100);
		assertTrue(log.entries().contains("nightservice.on 8000 1003 SUCCESS"), log.entries().toString());
		assertTrue(log.entries().contains("nightservice.off 8000 SUCCESS"), log.entries().toString());
	}

	@Test
	@DisplayName("a switch-on from a view another console changed meanwhile is refused, the PBX untouched, and told")
	void switchOnFromAStaleView() throws Exception {
		night.switchOn("8000", "1003", null).get(10, TimeUnit.SECONDS);
		Versioned<NightServiceSetting> seen = night.savedForEdit("8000").get(10, TimeUnit.SECONDS).orElseThrow();

		// another console (its own service and store connection on the same database) switches to 1005
		NightService other = new NightService(gateway, store, null, () -> "bob");
		long before = seen.version();
		other.switchOn("8000", "1005", null, before).get(10, TimeUnit.SECONDS);
		assertEquals("1005", simulator.astdb().get("/NIGHT/8000"));

		ExecutionException e = assertThrows(ExecutionException.class,
				() -> night.switchOn("8000", "1007", null, before).get(10, TimeUnit.SECONDS));
		StoreException changed = assertInstanceOf(StoreException.class, e.getCause());
		assertEquals(StoreException.Reason.CHANGED_ELSEWHERE, changed.reason());
		assertEquals("1005", simulator.astdb().get("/NIGHT/8000"), "the PBX keeps the other console's number");
		NightServiceSetting row = store.nightService().find("8000").orElseThrow();
		assertEquals("1005", row.getNightNumber());
		assertEquals("bob", row.getChangedBy());
		assertTrue(log.await(x -> x.startsWith("nightservice.on 8000 1007 FAILURE"), 1)
				.contains("nightservice.on 8000 1007 FAILURE"), () -> log.entries().toString());

		// from what is saved now, the operator's choice goes through
		long now = night.savedForEdit("8000").get(10, TimeUnit.SECONDS).orElseThrow().version();
		night.switchOn("8000", "1007", null, now).get(10, TimeUnit.SECONDS);
		assertEquals("1007", simulator.astdb().get("/NIGHT/8000"));
	}
}
