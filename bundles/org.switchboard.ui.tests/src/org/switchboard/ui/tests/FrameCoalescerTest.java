package org.switchboard.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.ui.FrameCoalescer;

class FrameCoalescerTest {

	/** One delivery as the consumer saw it. */
	private record Delivery(Map<String, Integer> values, Thread thread, long nanos) {
	}

	private Display display;
	private final List<Delivery> deliveries = new ArrayList<>();
	private FrameCoalescer<String, Integer> coalescer;

	@BeforeEach
	void create() {
		display = UiThread.display();
		coalescer = new FrameCoalescer<>(display,
				batch -> deliveries.add(new Delivery(new LinkedHashMap<>(batch), Thread.currentThread(), System.nanoTime())));
	}

	@AfterEach
	void dispose() {
		coalescer.dispose();
		UiThread.spinFor(display, 2 * FrameCoalescer.FRAME_MILLIS);
	}

	@Test
	void valuesOfferedOnAnotherThreadArriveOnTheUiThreadInOneBatchWithTheNewestValuePerKey() throws Exception {
		Thread producer = new Thread(() -> {
			coalescer.offer("1002", 1);
			coalescer.offer("1003", 1);
			coalescer.offer("1002", 2);
			coalescer.offer("1004", 3);
		});
		producer.start();
		producer.join();
		assertTrue(UiThread.spinUntil(display, () -> !deliveries.isEmpty(), 2000), "nothing delivered");
		UiThread.spinFor(display, 5 * FrameCoalescer.FRAME_MILLIS);
		assertEquals(1, deliveries.size(), "one burst, one delivery");
		Delivery d = deliveries.get(0);
		assertEquals(List.of("1002", "1003", "1004"), List.copyOf(d.values().keySet()), "first-offered order");
		assertEquals(Map.of("1002", 2, "1003", 1, "1004", 3), d.values());
		assertEquals(display.getThread(), d.thread());
	}

	@Test
	void aNullValueIsDeliveredAsSuch() {
		coalescer.offer("1003", null);
		assertTrue(UiThread.spinUntil(display, () -> !deliveries.isEmpty(), 2000));
		assertTrue(deliveries.get(0).values().containsKey("1003"));
		assertEquals(null, deliveries.get(0).values().get("1003"));
	}

	@Test
	void aSteadyStreamOfOffersIsDeliveredAtMostOncePerFrame() throws Exception {
		Thread producer = new Thread(() -> {
			long end = System.nanoTime() + 300_000_000L;
			int i = 0;
			while (System.nanoTime() < end) {
				coalescer.offer("k" + (i % 50), i);
				i++;
				if (i % 100 == 0) {
					Thread.onSpinWait();
				}
			}
		});
		producer.start();
		while (producer.isAlive()) {
			UiThread.spinFor(display, 10);
		}
		UiThread.spinFor(display, 5 * FrameCoalescer.FRAME_MILLIS);
		assertTrue(deliveries.size() >= 2, "a stream over 300 ms is delivered more than once: " + deliveries.size());
		assertTrue(deliveries.size() <= 300 / FrameCoalescer.FRAME_MILLIS + 3,
				"at most one delivery per frame, got " + deliveries.size());
		for (int i = 1; i < deliveries.size(); i++) {
			long gapMillis = (deliveries.get(i).nanos() - deliveries.get(i - 1).nanos()) / 1_000_000L;
			// the coalescer measures in whole milliseconds: allow a rounding millisecond
			assertTrue(gapMillis >= FrameCoalescer.FRAME_MILLIS - 1, "deliveries " + gapMillis + " ms apart");
		}
		int total = deliveries.stream().mapToInt(d -> d.values().size()).sum();
		assertTrue(total <= 50 * deliveries.size(), "no key twice in one delivery");
	}

	@Test
	void aValueOfferedWhileTheConsumerRunsArrivesInTheNextDelivery() {
		AtomicReference<FrameCoalescer<String, Integer>> self = new AtomicReference<>();
		List<Map<String, Integer>> seen = new ArrayList<>();
		self.set(new FrameCoalescer<>(display, batch -> {
			seen.add(new LinkedHashMap<>(batch));
			if (seen.size() == 1) {
				self.get().offer("1005", 5);
			}
		}));
		try {
			self.get().offer("1004", 4);
			assertTrue(UiThread.spinUntil(display, () -> seen.size() == 2, 2000), "second delivery missing: " + seen);
			assertEquals(List.of(Map.of("1004", 4), Map.of("1005", 5)), seen);
		} finally {
			self.get().dispose();
		}
	}

	@Test
	void offerAllMergesIntoOneDeliveryAndAnEmptyMapSchedulesNothing() {
		coalescer.offerAll(Map.of());
		UiThread.spinFor(display, 5 * FrameCoalescer.FRAME_MILLIS);
		assertEquals(List.of(), deliveries, "nothing offered, nothing delivered");
		Map<String, Integer> first = new LinkedHashMap<>();
		first.put("1002", 1);
		first.put("1003", 1);
		coalescer.offerAll(first);
		coalescer.offer("1003", 2);
		coalescer.offerAll(Map.of("1006", 6));
		assertTrue(UiThread.spinUntil(display, () -> !deliveries.isEmpty(), 2000));
		UiThread.spinFor(display, 5 * FrameCoalescer.FRAME_MILLIS);
		assertEquals(1, deliveries.size());
		assertEquals(Map.of("1002", 1, "1003", 2, "1006", 6), deliveries.get(0).values());
	}

	@Test
	void afterDisposeNothingIsDelivered() {
		coalescer.offer("1002", 1);
		coalescer.dispose();
		coalescer.offer("1003", 1);
		UiThread.spinFor(display, 10 * FrameCoalescer.FRAME_MILLIS);
		assertEquals(List.of(), deliveries);
	}
}
