package org.switchboard.pbx.asterisk.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.switchboard.model.DialPermission;
import org.switchboard.model.Site;
import org.switchboard.pbx.asterisk.internal.AsteriskGateway;
import org.switchboard.pbx.simulator.AmiSimulator;
import org.switchboard.pbx.simulator.SimulatorOptions;
import org.switchboard.pbx.simulator.SitePhones;

/**
 * Two consoles on one PBX (two gateways, two AMI connections to one simulator): a setting changed on one reaches the
 * other's live model within a second through the {@code SwitchboardSetting} user event (transcript 17); a phone's
 * feature code raises the same event; a change behind every console's back is caught by the periodic re-check.
 */
class SettingsBetweenConsolesTest {

	private static final Duration SECOND = Duration.ofSeconds(1);
	private AmiSimulator simulator;
	private AsteriskGateway a;
	private AsteriskGateway b;

	@BeforeEach
	void start(TestInfo test) throws Exception {
		// only the re-check test re-reads the AstDB: the others prove the user event alone is enough
		boolean recheck = test.getTestMethod().map(m -> m.getName().equals("recheckCatchesSilentChanges")).orElse(false);
		System.setProperty("switchboard.pbx.settingsRecheckSeconds", recheck ? "1" : "0");
		simulator = AmiSimulator.start(SimulatorOptions.defaults().withPort(0).withExtensions(11));
		a = new AsteriskGateway();
		b = new AsteriskGateway();
		a.connect(SimulatorEndpoints.of(simulator)).get(30, TimeUnit.SECONDS);
		b.connect(SimulatorEndpoints.of(simulator)).get(30, TimeUnit.SECONDS);
	}

	@AfterEach
	void stop() {
		System.clearProperty("switchboard.pbx.settingsRecheckSeconds");
		a.close();
		b.close();
		simulator.close();
	}

	private static <T> T read(AsteriskGateway g, Function<Site, T> q) throws Exception {
		return g.model().read(q).get(5, TimeUnit.SECONDS);
	}

	/** Waits at most {@code within} for the gateway's live model to satisfy the condition; returns the time taken. */
	private static Duration await(AsteriskGateway g, Predicate<Site> condition, Duration within, String what)
			throws Exception {
		long start = System.nanoTime();
		long deadline = start + within.toNanos();
		while (System.nanoTime() < deadline) {
			if (read(g, condition::test)) {
				return Duration.ofNanos(System.nanoTime() - start);
			}
			Thread.sleep(10);
		}
		throw new AssertionError(what + " not seen within " + within.toMillis() + " ms");
	}

	@Test
	@DisplayName("DND set and cleared on one console shows in the other's live model within a second")
	void dndReachesTheOtherConsole() throws Exception {
		a.setDnd("1004", true).get(10, TimeUnit.SECONDS);
		await(b, s -> b.model().extension("1004").isDnd(), SECOND, "DND on 1004 at console B");
		assertEquals("YES", simulator.astdb().get("/DND/1004"));
		a.setDnd("1004", false).get(10, TimeUnit.SECONDS);
		await(b, s -> !b.model().extension("1004").isDnd(), SECOND, "DND off 1004 at console B");
	}

	@Test
	@DisplayName("a dial permission and night service set on one console show on the other within a second")
	void permissionAndNightReachTheOtherConsole() throws Exception {
		b.setDialPermission("1006", DialPermission.LOCAL).get(10, TimeUnit.SECONDS);
		await(a, s -> a.model().extension("1006").getDialPermission() == DialPermission.LOCAL, SECOND,
				"permission local at console A");
		a.setNightService("8000", true, "1003", "night-service").get(10, TimeUnit.SECONDS);
		await(b, s -> "1003".equals(b.model().queue("8000").getNightNumber())
				&& "night-service".equals(b.model().queue("8000").getNightPrompt()), SECOND, "night service at B");
		a.setNightService("8000", false, null, null).get(10, TimeUnit.SECONDS);
		await(b, s -> b.model().queue("8000").getNightNumber() == null, SECOND, "night service off at B");
		b.setDialPermission("1006", DialPermission.INTERNATIONAL).get(10, TimeUnit.SECONDS);
		await(a, s -> a.model().extension("1006").getDialPermission() == DialPermission.INTERNATIONAL, SECOND,
				"permission cleared at console A");
	}

	@Test
	@DisplayName("a phone's feature code (*78: DND value 1 and the user event, no console id) shows as DND")
	void featureCodeEventCounts() throws Exception {
		try (SitePhones phone = SitePhones.connect(simulator.host(), simulator.port(), simulator.options().user(),
				simulator.options().secret(), "off")) {
			simulator.dbPut("DND", "1007", "1");
			Map<String, String> r = phone.action("UserEvent",
					Map.of("UserEvent", "SwitchboardSetting", "Family", "DND", "Key", "1007", "Value", "1"));
			assertEquals("Success", r.get("Response"), r.toString());
		}
		await(a, s -> a.model().extension("1007").isDnd(), SECOND, "DND from the phone at A");
		await(b, s -> b.model().extension("1007").isDnd(), SECOND, "DND from the phone at B");
	}

	@Test
	@DisplayName("a change behind the consoles' backs (no user event) is caught by the periodic re-check")
	void recheckCatchesSilentChanges() throws Exception {
		simulator.dbPut("DND", "1008", "YES");
		simulator.dbPut("CALLPERM", "1009", "national");
		await(a, s -> a.model().extension("1008").isDnd()
				&& a.model().extension("1009").getDialPermission() == DialPermission.NATIONAL, Duration.ofSeconds(5),
				"the silent changes at A");
		assertTrue(simulator.dbDelete("DND", "1008"));
		await(a, s -> !a.model().extension("1008").isDnd(), Duration.ofSeconds(5), "the silent delete at A");
	}

	@Test
	@DisplayName("night service on moves the callers already waiting in the queue to the night number")
	void nightServiceMovesWaitingCallers() throws Exception {
		a.setOperatorOnline("8000", "1001", false).get(10, TimeUnit.SECONDS);
		String caller = simulator.callQueue("13900001111", "8000");
		await(a, s -> a.model().queue("8000").getEntries().size() == 1, Duration.ofSeconds(5), "the caller waiting");
		a.setNightService("8000", true, "1003", null).get(10, TimeUnit.SECONDS);
		await(a, s -> a.model().queue("8000").getEntries().isEmpty(), Duration.ofSeconds(5), "the queue emptied");
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
		while (System.nanoTime() < deadline && simulator.channels().stream().noneMatch(c -> c.name().startsWith("PJSIP/1003-"))) {
			Thread.sleep(20);
		}
		assertTrue(simulator.channels().stream().anyMatch(c -> c.name().startsWith("PJSIP/1003-")),
				"the night number rings for " + caller + ": " + simulator.channels());
		assertEquals("1003", simulator.astdb().get("/NIGHT/8000"));
	}
}
