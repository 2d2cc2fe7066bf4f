package org.switchboard.callcontrol.ui.tests;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.switchboard.pbx.live.ExtensionView;
import org.switchboard.extensions.ui.internal.PanelProbe;
import org.switchboard.extensions.ui.internal.TilePanel;
import org.switchboard.model.DeviceState;
import org.switchboard.pbx.simulator.SimulatorOptions;
import org.switchboard.pbx.simulator.SitePhones;
import org.switchboard.testsupport.Ui;
import org.switchboard.testsupport.Workbench;

/**
 * The UI benchmark (SPEC E4), not a test: run by {@code ./switchboard bench} (Maven profile {@code bench-ui} of
 * this bundle; the class name keeps it out of {@code ./switchboard test}). In the real workbench, logged in by demo
 * mode, with a 10,000-extension PBX simulator connected through the Asterisk back-end:
 * <ol>
 * <li>time to show 10,000 extensions in panel mode: from the live model handed to the console until every tile is
 * laid out and the ones in view are painted;</li>
 * <li>event → repainted tile latency while the simulator's load mode sends 1,000 AMI events/s: from the moment a
 * {@code DeviceStateChange} reaches a second AMI connection (the PBX sends it to both at once) until the panel has
 * applied it and painted the tile (ExtensionsPart's batch observer runs after the changed tiles in view are
 * painted). Reported for every extension and for the tiles in view; a few extra calls between phones in view keep
 * the second figure's sample large.</li>
 * </ol>
 * Prints lines starting with {@code bench_ui}.
 */
class UiBenchmark {

	private static final int EXTENSIONS = 10_000;
	private static final int EVENTS_PER_SECOND = Integer.getInteger("bench.ui.events", 1_000);
	private static final Duration RUN = Duration.ofSeconds(Integer.getInteger("bench.ui.seconds", 30));
	private static final int SHOW_RUNS = 3;

	private record Seen(long nanos, DeviceState state) {
	}

	@Test
	@DisplayName("E4 benchmark: 10,000 extensions shown, event to repainted tile under 1,000 AMI events/s")
	void benchmark() throws Exception {
		Workbench.mainShell().setMaximized(true);
		HomeScreen home = HomeScreen.open();
		try {
			showTenThousand(home);
			latencyUnderLoad(home);
		} finally {
			home.close();
		}
	}

	private void showTenThousand(HomeScreen home) throws Exception {
		long t = System.nanoTime();
		try (BigSite site = BigSite.start(SimulatorOptions.defaults().withExtensions(EXTENSIONS))) {
			print("back-end connected and synchronised 10,000 extensions in %d ms", millis(t));
			List<Long> runs = new ArrayList<>();
			for (int i = 0; i < SHOW_RUNS; i++) {
				long start = System.nanoTime();
				site.swapIn();
				Ui.waitUntil(() -> home.panel().totalCount() == EXTENSIONS, Duration.ofSeconds(60), () -> "10,000 tiles");
				home.panel().update(); // paint the tiles in view now
				runs.add(millis(start));
				site.swapOut();
				Ui.waitUntil(() -> home.panel().totalCount() == 10, Duration.ofSeconds(60), () -> "the demo site");
			}
			print("show 10,000 extensions in panel mode: %s ms (runs), median %d ms (target <= 1500 ms)", runs,
					median(runs));
		}
	}

	private void latencyUnderLoad(HomeScreen home) throws Exception {
		try (BigSite site = BigSite.start(
				SimulatorOptions.defaults().withExtensions(EXTENSIONS).withLoad(EVENTS_PER_SECOND))) {
			site.swapIn();
			Ui.waitUntil(() -> home.panel().totalCount() == EXTENSIONS, Duration.ofSeconds(60), () -> "10,000 tiles");
			Ui.flush();
			TilePanel panel = home.panel();
			List<String> inView = new ArrayList<>();
			for (String number : site.simulator.extensions()) {
				TilePanel.Tile tile = panel.tile(number);
				if (tile != null && tile.visible()) {
					inView.add(number);
				}
			}
			Map<String, ConcurrentLinkedDeque<Seen>> pending = new ConcurrentHashMap<>();
			List<Long> all = Collections.synchronizedList(new ArrayList<>());
			List<Long> visible = Collections.synchronizedList(new ArrayList<>());
			Set<String> visibleSet = new HashSet<>(inView);
			boolean[] measuring = { false };
			PanelProbe part = home.probe();
			part.setBatchObserver(batch -> {
				long now = System.nanoTime();
				for (Map.Entry<String, ExtensionView> e : batch.entrySet()) {
					ConcurrentLinkedDeque<Seen> q = e.getValue() == null ? null : pending.get(e.getKey());
					if (q == null || !measuring[0]) {
						continue;
					}
					Seen match = null;
					for (Seen s : q) {
						if (s.state() == e.getValue().deviceState()) {
							match = s;
							break;
						}
					}
					if (match != null) {
						while (q.peekFirst() != null && q.pollFirst() != match) {
							// superseded before it was shown
						}
						long micros = (now - match.nanos()) / 1_000;
						all.add(micros);
						if (visibleSet.contains(e.getKey())) {
							visible.add(micros);
						}
					}
				}
			});
			ScheduledExecutorService probes = Executors.newSingleThreadScheduledExecutor();
			try (SitePhones tap = SitePhones.connect(site.simulator.host(), site.simulator.port(),
					site.simulator.options().user(), site.simulator.options().secret(), "on")) {
				tap.tap(m -> {
					String device = m.get("Device");
					if ("DeviceStateChange".equalsIgnoreCase(m.get("Event")) && device != null
							&& device.startsWith("PJSIP/")) {
						pending.computeIfAbsent(device.substring(6), k -> new ConcurrentLinkedDeque<>())
								.add(new Seen(System.nanoTime(), state(m.get("State"))));
					}
				});
				probes.scheduleWithFixedDelay(() -> probe(site, inView, probes), 100, 200, TimeUnit.MILLISECONDS);
				measuring[0] = true;
				long events = site.simulator.eventCount();
				long start = System.nanoTime();
				Ui.pause(RUN); // the measuring window: the event loop turns, the load runs
				measuring[0] = false;
				double seconds = (System.nanoTime() - start) / 1e9;
				double rate = (site.simulator.eventCount() - events) / seconds;
				print("load: %.0f AMI events/s for %.0f s, %d extensions, %d tiles in view", rate, seconds, EXTENSIONS,
						inView.size());
				print("event -> tile applied (any extension): %s", stats(all));
				print("event -> repainted tile (tiles in view): %s (target p99 <= 50 ms)", stats(visible));
			} finally {
				probes.shutdownNow();
				part.setBatchObserver(null);
			}
		}
	}

	/** A call between two phones in view, hung up a moment later (the load's own calls rarely land in view). */
	private static void probe(BigSite site, List<String> inView, ScheduledExecutorService later) {
		ThreadLocalRandom r = ThreadLocalRandom.current();
		String a = inView.get(r.nextInt(inView.size()));
		String b = inView.get(r.nextInt(inView.size()));
		if (a.equals(b) || "1001".equals(a) || "1001".equals(b)) {
			return;
		}
		try {
			site.simulator.callFrom(a).to(b);
			later.schedule(() -> site.simulator.hangup(a), 1500, TimeUnit.MILLISECONDS);
		} catch (RuntimeException e) {
			// the phone was busy with a load call: skip this probe
		}
	}

	private static DeviceState state(String ami) {
		return switch (ami == null ? "" : ami) {
		case "NOT_INUSE" -> DeviceState.IDLE;
		case "INUSE" -> DeviceState.IN_USE;
		case "BUSY" -> DeviceState.BUSY;
		case "RINGING", "RINGINUSE" -> DeviceState.RINGING;
		case "ONHOLD" -> DeviceState.ON_HOLD;
		case "UNAVAILABLE", "INVALID" -> DeviceState.UNAVAILABLE;
		default -> DeviceState.UNKNOWN;
		};
	}

	private static String stats(List<Long> micros) {
		List<Long> s;
		synchronized (micros) {
			s = new ArrayList<>(micros);
		}
		if (s.isEmpty()) {
			return "no samples";
		}
		Collections.sort(s);
		return String.format("n=%d p50=%.1f ms p90=%.1f ms p99=%.1f ms max=%.1f ms", s.size(), pct(s, 50),
				pct(s, 90), pct(s, 99), s.get(s.size() - 1) / 1000.0);
	}

	private static double pct(List<Long> sorted, int p) {
		int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i))) / 1000.0;
	}

	private static long median(List<Long> values) {
		List<Long> s = new ArrayList<>(values);
		Collections.sort(s);
		return s.get(s.size() / 2);
	}

	private static long millis(long startNanos) {
		return (System.nanoTime() - startNanos) / 1_000_000;
	}

	private static void print(String format, Object... args) {
		System.out.println("bench_ui " + String.format(format, args));
	}
}
