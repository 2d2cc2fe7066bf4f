package org.switchboard.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.switchboard.model.Channel;
import org.switchboard.model.DeviceState;
import org.switchboard.model.Extension;
import org.switchboard.model.Site;
import org.switchboard.model.SwitchboardFactory;
import org.switchboard.model.live.LiveModel;

class LiveModelTest {

	private final LiveModel model = new LiveModel("test-live-model");

	@AfterEach
	void close() {
		model.close();
	}

	private static Extension extension(String number, String name) {
		Extension e = SwitchboardFactory.eINSTANCE.createExtension();
		e.setNumber(number);
		e.setName(name);
		return e;
	}

	@Test
	void theSiteCanOnlyBeTouchedOnTheOwnerThread() {
		assertThrows(IllegalStateException.class, model::site);
		assertThrows(IllegalStateException.class, () -> model.extension("1001"));
		String thread = model.read(s -> Thread.currentThread().getName()).join();
		assertEquals("test-live-model", thread);
	}

	@Test
	void listenersHearOneBatchPerPostedChangeOnTheOwnerThread() {
		List<Set<EObject>> batches = new CopyOnWriteArrayList<>();
		List<Boolean> onOwner = new CopyOnWriteArrayList<>();
		model.addListener((m, changed) -> {
			batches.add(changed);
			onOwner.add(m.isOwnerThread());
		});
		model.post(site -> {
			site.getExtensions().add(extension("1001", "Operator"));
			site.getExtensions().add(extension("1002", "Reception"));
		}).join();
		model.post(site -> {
			Extension e = model.extension("1002");
			e.setDeviceState(DeviceState.RINGING);
			e.setDnd(true);
		}).join();
		model.post(site -> {
		}).join();
		assertEquals(2, batches.size(), "an empty change tells nobody");
		assertEquals(2, batches.get(0).stream().filter(Extension.class::isInstance).count());
		assertEquals(1, batches.get(1).size(), "two changes of one extension are one changed object");
		assertTrue(onOwner.stream().allMatch(b -> b));
	}

	@Test
	void indexesFollowAdditionsRemovalsAndRenumbering() {
		model.post(site -> {
			site.getExtensions().add(extension("1003", "Kitchen"));
			Channel c = SwitchboardFactory.eINSTANCE.createChannel();
			c.setUniqueId("1764098832.7");
			c.setName("PJSIP/1003-00000007");
			site.getChannels().add(c);
			c.setExtension(model.extension("1003"));
		}).join();
		assertEquals("Kitchen", model.read(s -> model.extension("1003").getName()).join());
		assertEquals("PJSIP/1003-00000007", model.read(s -> model.channel("1764098832.7").getName()).join());
		assertEquals(1, model.read(s -> model.extension("1003").getChannels().size()).join());
		model.post(site -> model.extension("1003").setNumber("1013")).join();
		assertNull(model.read(s -> model.extension("1003")).join());
		assertEquals("Kitchen", model.read(s -> model.extension("1013").getName()).join());
		model.post(site -> site.getChannels().remove(model.channel("1764098832.7"))).join();
		assertNull(model.read(s -> model.channel("1764098832.7")).join());
		model.post(site -> site.getExtensions().clear()).join();
		assertNull(model.read(s -> model.extension("1013")).join());
	}

	@Test
	void instantsSurviveAnXmiRoundTrip() throws Exception {
		Site site = SwitchboardFactory.eINSTANCE.createSite();
		Extension e = extension("1004", "Lobby");
		Instant since = Instant.parse("2026-11-25T19:27:12.785Z");
		e.setStateSince(since);
		site.getExtensions().add(e);
		Resource out = new XMIResourceImpl(URI.createURI("mem:/site.xmi"));
		out.getContents().add(site);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		out.save(bytes, Map.of());
		Resource in = new XMIResourceImpl(URI.createURI("mem:/site.xmi"));
		in.load(new ByteArrayInputStream(bytes.toByteArray()), Map.of());
		Extension back = ((Site) in.getContents().get(0)).getExtensions().get(0);
		assertEquals(since, back.getStateSince());
		assertSame(DeviceState.UNKNOWN, back.getDeviceState());
	}

	@Test
	void postedChangesRunInOrder() {
		List<Integer> seen = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			int n = i;
			model.post(s -> seen.add(n));
		}
		model.sync();
		for (int i = 0; i < 200; i++) {
			assertEquals(i, seen.get(i));
		}
	}
}
