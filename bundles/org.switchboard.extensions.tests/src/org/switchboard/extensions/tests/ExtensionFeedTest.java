package org.switchboard.extensions.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.switchboard.pbx.tests.LiveSite.bridge;
import static org.switchboard.pbx.tests.LiveSite.hangup;
import static org.switchboard.pbx.tests.LiveSite.hold;
import static org.switchboard.pbx.tests.LiveSite.state;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.pbx.tests.LiveSite;
import org.switchboard.extensions.ExtensionFeed;
import org.switchboard.pbx.live.ExtensionStatus;
import org.switchboard.pbx.live.ExtensionView;
import org.switchboard.model.ChannelState;
import org.switchboard.model.DeviceState;
import org.switchboard.pbx.event.PbxEvent;

/** The feed hands over every extension first, then exactly the extensions each change touched. */
class ExtensionFeedTest {

	/** One call of the sink. */
	private record Delivery(Map<String, ExtensionView> changed, boolean reset, boolean onOwnerThread) {
	}

	private final LiveSite site = new LiveSite();
	private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();
	private ExtensionFeed feed;

	@BeforeEach
	void start() {
		feed = ExtensionFeed.start(site.model,
				(changed, reset) -> deliveries.add(new Delivery(changed, reset, site.model.isOwnerThread())));
		site.model.sync();
	}

	@AfterEach
	void close() {
		feed.close();
		site.close();
	}

	/** What the one delivery since the last call held. */
	private Delivery next() {
		assertEquals(1, deliveries.size(), "deliveries: " + deliveries);
		return deliveries.remove(0);
	}

	@Test
	void theFirstDeliveryIsAResetWithEveryExtension() {
		Delivery first = next();
		assertTrue(first.reset());
		assertTrue(first.onOwnerThread());
		assertEquals(Set.of("1001", "1002", "1003", "1004"), first.changed().keySet());
		assertEquals("Reception", first.changed().get("1002").name());
		assertEquals(ExtensionStatus.IDLE, first.changed().get("1003").status());
	}

	@Test
	void aSettingChangeDeliversOnlyThatExtension() {
		next();
		site.apply(new PbxEvent.DndChanged("1003", true));
		Delivery d = next();
		assertFalse(d.reset());
		assertEquals(Set.of("1003"), d.changed().keySet());
		assertEquals(ExtensionStatus.DND, d.changed().get("1003").status());
		site.apply(new PbxEvent.ExtensionStateChanged("1004", DeviceState.UNAVAILABLE));
		assertEquals(Set.of("1004"), next().changed().keySet());
	}

	@Test
	void aCallDeliversBothPartiesAtEachStepAndNobodyElse() {
		next();
		site.apply(site.newChannel("1", "1", "1002", ChannelState.RING));
		assertEquals(Set.of("1002"), next().changed().keySet());
		site.apply(site.newChannel("2", "1", "1003", ChannelState.RINGING));
		Delivery ringing = next();
		assertEquals(Set.of("1002", "1003"), ringing.changed().keySet());
		assertEquals(ExtensionStatus.RINGING, ringing.changed().get("1003").status());
		assertEquals("1003", ringing.changed().get("1002").peerNumber(), "the caller's tile shows whom it calls");
		site.apply(state("2", ChannelState.UP), state("1", ChannelState.UP), bridge("1", "B"), bridge("2", "B"));
		assertEquals(Set.of("1002", "1003"), next().changed().keySet());
		// a hold flag on one leg changes the other party's tile too
		site.apply(hold("2", true), hold("1", true));
		Delivery held = next();
		assertEquals(Set.of("1002", "1003"), held.changed().keySet());
		assertEquals(ExtensionStatus.ON_HOLD, held.changed().get("1002").status());
		site.apply(hangup("1"), hangup("2"));
		Delivery idle = next();
		assertEquals(Set.of("1002", "1003"), idle.changed().keySet());
		assertEquals(ExtensionStatus.IDLE, idle.changed().get("1002").status());
		assertEquals("", idle.changed().get("1002").peerLabel());
	}

	@Test
	void anEventThatChangesNothingDeliversNothing() {
		next();
		site.apply(new PbxEvent.DndChanged("1002", false), new PbxEvent.ExtensionStateChanged("9999", DeviceState.BUSY));
		assertEquals(List.of(), deliveries);
	}

	@Test
	void anExtensionGoneAfterAResyncIsDeliveredAsNull() {
		next();
		site.apply(new PbxEvent.SyncStarted(), new PbxEvent.ExtensionSeen("1001", null, "PJSIP/1001"),
				new PbxEvent.ExtensionSeen("1002", null, "PJSIP/1002"),
				new PbxEvent.ExtensionSeen("1004", null, "PJSIP/1004"), new PbxEvent.SyncCompleted());
		Delivery d = next();
		assertFalse(d.reset());
		assertEquals(Set.of("1003"), d.changed().keySet());
		assertTrue(d.changed().containsKey("1003"));
		assertNull(d.changed().get("1003"));
	}

	@Test
	void aClosedFeedDeliversNothingMore() {
		next();
		feed.close();
		site.apply(new PbxEvent.DndChanged("1002", true));
		assertEquals(List.of(), deliveries);
	}
}
