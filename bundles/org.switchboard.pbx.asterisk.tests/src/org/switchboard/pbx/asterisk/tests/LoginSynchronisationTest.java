package org.switchboard.pbx.asterisk.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.switchboard.model.Channel;
import org.switchboard.model.ConnectionStatus;
import org.switchboard.model.DeviceState;
import org.switchboard.model.Extension;
import org.switchboard.pbx.simulator.ChannelView;

/**
 * A login's connection ({@code PbxGateway.connectShowing}, issue 14, P3) over a real AMI socket against the PBX
 * simulator: it completes once the live model shows what the home screen shows, and the rest of the synchronisation
 * (device states, registrations' contacts) waits for the screen, or a few seconds, without losing what happens
 * meanwhile.
 */
class LoginSynchronisationTest extends SimulatorSiteTest {

	@Test
	@DisplayName("contract: a login's connection completes with the extensions, their states, calls and AstDB; the details follow once the screen is up, and a call started meanwhile survives the synchronisation")
	void detailsFollowTheScreen() throws Exception {
		simulator.callFrom("1005").to("1006");
		simulator.dbPut("DND", "1004", "YES");
		await("the simulated call to be up",
				() -> simulator.channels().stream().filter(c -> !c.bridgeId().isEmpty()).count() == 2);
		CompletableFuture<Void> screen = new CompletableFuture<>();

		gateway.connectShowing(endpoint(), screen).get(30, TimeUnit.SECONDS);

		assertEquals(new TreeSet<>(simulator.extensions()),
				read(s -> new TreeSet<>(s.getExtensions().stream().map(Extension::getNumber).toList())));
		assertEquals(DeviceState.UNAVAILABLE, read(s -> gateway.model().extension("1011").getDeviceState()));
		assertEquals(DeviceState.IDLE, read(s -> gateway.model().extension("1002").getDeviceState()));
		assertTrue(read(s -> gateway.model().extension("1004").isDnd()), "DND of 1004");
		assertTrue(read(s -> connected("1005", "1006")), "the call 1005-1006");
		assertEquals(ConnectionStatus.SYNCHRONIZING, read(s -> s.getConnection().getStatus()),
				"the details wait for the screen");

		simulator.callFrom("1002").to("1003");
		awaitModel("the call 1002-1003, started while the details wait", s -> connected("1002", "1003"));
		Thread.sleep(300);
		assertEquals(ConnectionStatus.SYNCHRONIZING, read(s -> s.getConnection().getStatus()),
				"the details still wait for the screen");

		screen.complete(null);
		awaitModel("the synchronisation to end", s -> s.getConnection().getStatus() == ConnectionStatus.CONNECTED);
		assertEquals(channelsOf(simulator.channels()),
				read(s -> new TreeSet<>(s.getChannels().stream().map(Channel::getUniqueId).toList())),
				"the live model's channels after the sweep");
		assertTrue(read(s -> connected("1002", "1003")), "the call 1002-1003 after the sweep");
		assertTrue(read(s -> gateway.model().extension("1002").isRegistered()), "1002 registered");
		assertFalse(read(s -> gateway.model().extension("1011").isRegistered()), "1011 not registered");
	}

	@Test
	@DisplayName("contract: a login's connection whose screen never says it is up reads the details a few seconds later")
	void detailsWithoutTheScreen() throws Exception {
		long t0 = System.nanoTime();
		gateway.connectShowing(endpoint(), new CompletableFuture<>()).get(30,
				TimeUnit.SECONDS);
		assertEquals(ConnectionStatus.SYNCHRONIZING, read(s -> s.getConnection().getStatus()));

		awaitModel("the synchronisation to end", s -> s.getConnection().getStatus() == ConnectionStatus.CONNECTED);
		long millis = (System.nanoTime() - t0) / 1_000_000;
		assertTrue(millis >= 2_900, "the details waited for the screen first (" + millis + " ms)");
	}

	@Test
	@DisplayName("contract: a connection that is not a login's (connect) completes with the whole synchronisation")
	void connectIsTheWholeSynchronisation() throws Exception {
		gateway.connect(endpoint()).get(30, TimeUnit.SECONDS);
		assertEquals(ConnectionStatus.CONNECTED, read(s -> s.getConnection().getStatus()));
	}

	// ------------------------------------------------------------------ helpers

	private static Set<String> channelsOf(List<ChannelView> channels) {
		return new TreeSet<>(channels.stream().map(ChannelView::uniqueid).toList());
	}
}
