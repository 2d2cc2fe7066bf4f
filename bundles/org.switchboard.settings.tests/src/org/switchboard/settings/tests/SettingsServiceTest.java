package org.switchboard.settings.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.switchboard.model.DialPermission;
import org.switchboard.pbx.PbxEndpoint;
import org.switchboard.pbx.PbxException;
import org.switchboard.pbx.PbxGateway;
import org.switchboard.pbx.asterisk.AsteriskGatewayFactory;
import org.switchboard.pbx.live.ExtensionView;
import org.switchboard.pbx.simulator.AmiSimulator;
import org.switchboard.pbx.simulator.SimulatorOptions;
import org.switchboard.settings.Batch;
import org.switchboard.settings.Change;
import org.switchboard.settings.ChangedElsewhereException;
import org.switchboard.settings.NumberRanges;
import org.switchboard.settings.SettingsService;

/** DND and dial permission batches through the Asterisk back-end over a real AMI socket (the simulator). */
class SettingsServiceTest {

	private AmiSimulator simulator;
	private PbxGateway gateway;
	private final RecordingLog log = new RecordingLog();
	private SettingsService service;

	@BeforeEach
	void start() throws Exception {
		simulator = AmiSimulator.start(SimulatorOptions.defaults().withPort(0).withExtensions(120));
		gateway = new AsteriskGatewayFactory().create();
		gateway.connect(new PbxEndpoint(simulator.host(), simulator.port(), simulator.options().user(),
				simulator.options().secret(), "internal", "8000", Duration.ofSeconds(5))).get(30, TimeUnit.SECONDS);
		service = new SettingsService(gateway, log);
	}

	@AfterEach
	void stop() {
		gateway.close();
		simulator.close();
	}

	private List<String> known() throws Exception {
		List<String> out = new ArrayList<>();
		for (ExtensionView v : service.extensions().get(10, TimeUnit.SECONDS)) {
			out.add(v.number());
		}
		return out;
	}

	@Test
	@DisplayName("DND batch on a range sets DND/<ext> on the PBX for each, one log entry each, and off clears them")
	void dndBatch() throws Exception {
		NumberRanges.Picked picked = NumberRanges.parse("1001-1040", known());
		assertEquals(40, picked.numbers().size());
		Batch.Report on = Batch.of(service, new Change.Dnd(true), picked.numbers()).run(null);
		assertEquals(40, on.done().size(), on.failed().toString());
		Map<String, String> db = simulator.astdb();
		for (String x : picked.numbers()) {
			assertEquals("YES", db.get("/DND/" + x), x);
		}
		java.util.function.Predicate<String> on40 = e -> e.startsWith("dnd.on ") && e.endsWith(" SUCCESS");
		assertEquals(40, log.await(on40, 40).stream().filter(on40).count());
		assertTrue(service.extensions().get(10, TimeUnit.SECONDS).stream()
				.filter(v -> picked.numbers().contains(v.number())).allMatch(ExtensionView::dnd), "the live model");

		Batch.Report off = Batch.of(service, new Change.Dnd(false), picked.numbers()).run(null);
		assertEquals(40, off.done().size());
		assertTrue(simulator.astdb().keySet().stream().noneMatch(k -> k.startsWith("/DND/")), simulator.astdb().toString());
		assertEquals(40, log.await(e -> e.startsWith("dnd.off "), 40).stream().filter(e -> e.startsWith("dnd.off ")).count());
	}

	@Test
	@DisplayName("dial permission batch writes CALLPERM/<ext>; an item the PBX cannot take is reported with its reason")
	void permissionBatchWithAFailure() throws Exception {
		List<String> items = List.of("1005", "1006", "10a7", "1008");
		Batch.Report r = Batch.of(service, new Change.Permission(DialPermission.LOCAL), items).run(null);
		assertEquals(List.of("1005", "1006", "1008"), r.done());
		assertEquals(1, r.failed().size());
		assertEquals("10a7", r.failed().get(0).extension());
		assertEquals(PbxException.Reason.INVALID_INPUT, r.failed().get(0).reason());
		assertEquals("local", simulator.astdb().get("/CALLPERM/1006"));
		log.await(e -> e.startsWith("permission.set "), 4);
		assertTrue(log.entries().contains("permission.set 10a7 local FAILURE"), log.entries().toString());
		assertTrue(log.entries().contains("permission.set 1008 local SUCCESS"), log.entries().toString());
	}

	@Test
	void aDialPermissionChangedByAnotherConsoleMeanwhileIsToldNotUndone() throws Exception {
		PbxGateway otherConsole = new AsteriskGatewayFactory().create();
		try {
			otherConsole.connect(new PbxEndpoint(simulator.host(), simulator.port(), simulator.options().user(),
					simulator.options().secret(), "internal", "8000", Duration.ofSeconds(5))).get(30, TimeUnit.SECONDS);
			DialPermission seen = permissionOf("1004");
			DialPermission theirs = seen == DialPermission.INTERNATIONAL ? DialPermission.LOCAL
					: DialPermission.INTERNATIONAL;
			// the other console sets 1004 while this operator's menu still shows the level before
			new SettingsService(otherConsole, null).setDialPermission("1004", theirs).get(10, TimeUnit.SECONDS);
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
			while (permissionOf("1004") != theirs && System.nanoTime() < deadline) {
				Thread.sleep(20);
			}
			assertEquals(theirs, permissionOf("1004"), "this console hears the other's change (its user event)");

			ExecutionException e = assertThrows(ExecutionException.class, () -> service
					.setDialPermission("1004", seen, DialPermission.INTERNAL).get(10, TimeUnit.SECONDS));
			ChangedElsewhereException changed = assertInstanceOf(ChangedElsewhereException.class, e.getCause());
			assertEquals(theirs, changed.now());
			assertEquals(theirs.getLiteral().toLowerCase(java.util.Locale.ROOT),
					simulator.astdb().get("/CALLPERM/1004"), "the other console's level stands");
			assertTrue(log.await(x -> x.startsWith("permission.set 1004 internal FAILURE"), 1).stream()
					.anyMatch(x -> x.startsWith("permission.set 1004 internal FAILURE")), () -> log.entries().toString());

			// chosen again, knowing: it is changed
			service.setDialPermission("1004", theirs, DialPermission.INTERNAL).get(10, TimeUnit.SECONDS);
			assertEquals("internal", simulator.astdb().get("/CALLPERM/1004"));
			assertTrue(log.await(x -> x.startsWith("permission.set 1004 internal SUCCESS"), 1).stream()
					.anyMatch(x -> x.startsWith("permission.set 1004 internal SUCCESS")), () -> log.entries().toString());
		} finally {
			otherConsole.close();
		}
	}

	private DialPermission permissionOf(String extension) throws Exception {
		for (ExtensionView v : service.extensions().get(10, TimeUnit.SECONDS)) {
			if (v.number().equals(extension)) {
				return v.permission();
			}
		}
		throw new AssertionError("no extension " + extension);
	}
}
