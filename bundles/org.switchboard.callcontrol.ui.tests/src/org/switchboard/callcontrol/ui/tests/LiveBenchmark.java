package org.switchboard.callcontrol.ui.tests;

import java.beans.PropertyChangeListener;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

import org.asteriskjava.live.AsteriskAgent;
import org.asteriskjava.live.AsteriskChannel;
import org.asteriskjava.live.AsteriskQueue;
import org.asteriskjava.live.AsteriskQueueEntry;
import org.asteriskjava.live.AsteriskServerListener;
import org.asteriskjava.live.ChannelState;
import org.asteriskjava.live.DefaultAsteriskServer;
import org.asteriskjava.live.MeetMeUser;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.switchboard.extensions.ui.internal.PanelProbe;
import org.switchboard.extensions.ui.internal.TilePanel;
import org.switchboard.model.Channel;
import org.switchboard.model.ConnectionStatus;
import org.switchboard.model.DeviceState;
import org.switchboard.model.Extension;
import org.switchboard.model.Queue;
import org.switchboard.pbx.PbxListener;
import org.switchboard.pbx.event.PbxEvent;
import org.switchboard.pbx.live.ExtensionView;
import org.switchboard.pbx.simulator.AmiSimulator;
import org.switchboard.pbx.simulator.ChannelView;
import org.switchboard.pbx.simulator.SimulatorOptions;
import org.switchboard.pbx.simulator.SitePhones;
import org.switchboard.testsupport.Ui;
import org.switchboard.testsupport.Workbench;

/**
 * Issue 14's P1 and P2, a benchmark, not a test: run by {@code ./switchboard bench-live} (Maven profile
 * {@code bench-live} of this bundle; the class name keeps it out of {@code ./switchboard test}). Prints lines starting
 * with {@code bench_live}; docs/benchmarks.md "P1/P2" says how to read them.
 * <p>
 * <b>P1</b>: one 10,000-extension simulator in load mode, its one event stream consumed at once by (a) Asterisk-Java's
 * {@link DefaultAsteriskServer} (its live channels) and (b) the console's whole pipeline (Asterisk back-end, live
 * model, extension feed, repainted tiles of the real workbench). A third, raw AMI connection stamps each event when
 * it arrives; "applied" is, for (a), the live API's {@link AsteriskChannel} having the state the event gave it (a
 * {@code Newchannel} as {@code onNewAsteriskChannel}, a {@code Newstate} / {@code Hangup} as the channel's
 * {@code state} property change) and, for (b), the panel's batch observer seeing the tile with the
 * {@code DeviceStateChange}'s state (it runs after the tiles in view are painted). The rate steps up; a rate is
 * sustained when the achieved rate is within 10 % of it, the latency does not grow from the first to the last third
 * of the window, and (almost) every stamped object's last state has been applied 3 s after the window.
 * <p>
 * <b>P2</b>: a 10,000-extension simulator restarts (every AMI connection drops) and comes back with 2,000 channels up
 * (1,000 calls, 1001 among them) and 100 callers queued in 8000, the calls before the restart gone; timed from the
 * moment the PBX listens again until the console's live model, and then its panel, show exactly that state; and the
 * same for Asterisk-Java's live API (its channels and queue entries), reconnecting by itself.
 */
class LiveBenchmark {

	private static final int EXTENSIONS = 10_000;
	private static final int[] RATES = Arrays.stream(System.getProperty("bench.live.rates", "250,500,1000,2500,5000,8000")
			.split(",")).mapToInt(s -> Integer.parseInt(s.strip())).toArray();
	private static final Duration STEP = Duration.ofSeconds(Integer.getInteger("bench.live.seconds", 15));
	private static final boolean ALONE_PASS = !"false".equals(System.getProperty("bench.live.alonePass"));
	private static final boolean API_PASS = !"false".equals(System.getProperty("bench.live.apiPass"));
	private static final Duration GRACE = Duration.ofSeconds(3);
	private static final int RESYNC_RUNS = Integer.getInteger("bench.live.resyncRuns", 3);
	private static final int CALLS = 1_000;
	private static final int QUEUED = 100;

	/** An event as the raw connection saw it: when, and the state it gives its object. */
	private record Stamp(long nanos, Object state) {
	}

	/** A sample: when the event arrived, how long until it was applied. */
	private record Sample(long arrivalNanos, long latencyNanos) {
	}

	/** One consumer's measurement over one window. */
	private static final class Window {
		final Map<String, ConcurrentLinkedDeque<Stamp>> pending = new ConcurrentHashMap<>();
		final List<Sample> samples = Collections.synchronizedList(new ArrayList<>());
		volatile long startNanos;
		volatile long endNanos;

		void stamp(String key, Object state) {
			pending.computeIfAbsent(key, k -> new ConcurrentLinkedDeque<>()).add(new Stamp(System.nanoTime(), state));
		}

		/** The consumer shows {@code state} for {@code key}: that stamp and the ones it superseded are done. */
		void applied(String key, Object state) {
			long now = System.nanoTime();
			ConcurrentLinkedDeque<Stamp> q = pending.get(key);
			if (q == null) {
				return;
			}
			Stamp match = null;
			for (Stamp s : q) {
				if (s.state().equals(state)) {
					match = s;
					break;
				}
			}
			if (match == null) {
				return;
			}
			Stamp s;
			while ((s = q.pollFirst()) != null && s != match) {
				// superseded before it was applied (the panel coalesces)
			}
			if (match.nanos() >= startNanos && match.nanos() <= endNanos) {
				samples.add(new Sample(match.nanos(), now - match.nanos()));
			}
		}

		/**
		 * Objects whose last state stamped in the window the consumer does not show ({@code shown}: its state now);
		 * a repeated state changes nothing the consumer could report, so a missing report alone is not counted.
		 */
		int left(Function<String, Object> shown) {
			int n = 0;
			for (Map.Entry<String, ConcurrentLinkedDeque<Stamp>> e : pending.entrySet()) {
				Stamp last = e.getValue().peekLast();
				if (last != null && last.nanos() >= startNanos && last.nanos() <= endNanos
						&& !last.state().equals(shown.apply(e.getKey()))) {
					n++;
				}
			}
			return n;
		}
	}

	private volatile Window channelsA;
	private volatile Window tilesB;

	@Test
	@DisplayName("P1/P2 benchmark: Switchboard beside Asterisk-Java's live API, 10,000 extensions; resync after a restart")
	void benchmark() throws Exception {
		Workbench.mainShell().setMaximized(true);
		HomeScreen home = HomeScreen.open();
		try {
			if (ALONE_PASS || API_PASS) {
				ratio(home);
			}
			if (RESYNC_RUNS > 0) {
				resync(home);
			}
		} finally {
			home.close();
		}
	}

	// ------------------------------------------------------------------ P1

	private void ratio(HomeScreen home) throws Exception {
		// a light load while the console synchronises; the steps set their rates
		try (BigSite site = BigSite.start(SimulatorOptions.defaults().withExtensions(EXTENSIONS).withLoad(100))) {
			site.swapIn();
			Ui.waitUntil(() -> home.panel().totalCount() == EXTENSIONS, Duration.ofSeconds(60), () -> "10,000 tiles");
			PanelProbe part = home.probe();
			part.setBatchObserver(batch -> {
				Window w = tilesB;
				if (w == null) {
					return;
				}
				for (Map.Entry<String, ExtensionView> e : batch.entrySet()) {
					if (e.getValue() != null) {
						w.applied(e.getKey(), e.getValue().deviceState());
					}
				}
			});
			try (SitePhones tap = SitePhones.connect(site.simulator.host(), site.simulator.port(),
					site.simulator.options().user(), site.simulator.options().secret(), "on")) {
				tap.tap(this::stamp);
				if (ALONE_PASS) {
					// pass 1: the console alone on the stream, so that (a)'s own cost does not weigh on (b)
					print("P1 pass 1: (b) alone");
					steps(site, home, null);
				}
				if (!API_PASS) {
					return;
				}
				// (a) starts as a program would, on a light load, and gets time to catch up before pass 2
				site.simulator.setLoadRate(100);
				Ui.pause(Duration.ofSeconds(5));
				long t = System.nanoTime();
				DefaultAsteriskServer server = liveApi(site.simulator);
				try {
					print("P1 (a) Asterisk-Java live API initialised at 100 events/s in %d ms", millis(t));
					server.addAsteriskServerListener(new Applied());
					Ui.pause(Duration.ofSeconds(5));
					print("P1 pass 2: (a) and (b) side by side on the same stream");
					steps(site, home, server);
				} finally {
					server.shutdown();
				}
			} finally {
				part.setBatchObserver(null);
			}
		}
	}

	/** (a)'s "applied": the live API has created the channel, or changed its state. */
	private final class Applied implements AsteriskServerListener {
		@Override
		public void onNewAsteriskChannel(AsteriskChannel channel) {
			Window w = channelsA;
			if (w != null) {
				w.applied(channel.getId(), channel.getState());
			}
			PropertyChangeListener l = e -> {
				Window now = channelsA;
				if (now != null && e.getNewValue() != null) {
					now.applied(channel.getId(), e.getNewValue());
				}
			};
			channel.addPropertyChangeListener(AsteriskChannel.PROPERTY_STATE, l);
		}

		@Override
		public void onNewMeetMeUser(MeetMeUser user) {
			// not measured
		}

		@Override
		public void onNewAgent(AsteriskAgent agent) {
			// not measured
		}

		@Override
		public void onNewQueueEntry(AsteriskQueueEntry entry) {
			// not measured
		}
	}

	/** On the raw connection's reader thread: the arrival of each event either consumer will apply. */
	private void stamp(Map<String, String> m) {
		String event = m.get("Event");
		if (event == null) {
			return;
		}
		Window a = channelsA;
		Window b = tilesB;
		String device = m.get("Device");
		if (b != null && "DeviceStateChange".equalsIgnoreCase(event) && device != null && device.startsWith("PJSIP/")) {
			b.stamp(device.substring(6), deviceState(m.get("State")));
		}
		String id = m.get("Uniqueid");
		if (a == null || id == null) {
			return;
		}
		switch (event) {
		case "Newchannel", "Newstate" -> {
			ChannelState s = channelState(m.get("ChannelState"));
			if (s != null) {
				a.stamp(id, s);
			}
		}
		case "Hangup" -> a.stamp(id, ChannelState.HUNGUP);
		default -> {
			// not a channel state
		}
		}
	}

	private void steps(BigSite site, HomeScreen home, DefaultAsteriskServer server) {
		boolean withA = server != null;
		boolean aHolds = true;
		boolean bHolds = true;
		Integer aMax = null;
		Integer bMax = null;
		for (int rate : RATES) {
			site.simulator.setLoadRate(rate);
			Ui.pause(Duration.ofSeconds(3)); // the new rate settles
			Window a = new Window();
			Window b = new Window();
			long start = System.nanoTime();
			a.startNanos = start;
			b.startNanos = start;
			a.endNanos = Long.MAX_VALUE;
			b.endNanos = Long.MAX_VALUE;
			channelsA = withA ? a : null;
			tilesB = b;
			long events = site.simulator.eventCount();
			Ui.pause(STEP); // the event loop turns: the panel repaints
			long end = System.nanoTime();
			a.endNanos = end;
			b.endNanos = end;
			double achieved = (site.simulator.eventCount() - events) / ((end - start) / 1e9);
			Ui.pause(GRACE); // late applications of the window's events still count
			channelsA = null;
			tilesB = null;
			boolean generated = achieved >= 0.9 * rate;
			print("P1 step %d events/s asked, %.0f AMI events/s sent for %d s, %d extensions%s", rate, achieved,
					STEP.toSeconds(), EXTENSIONS, generated ? "" : " (the simulator could not send the rate asked)");
			Verdict va = withA ? verdict(a, generated, id -> {
				AsteriskChannel c = server.getChannelById(id);
				return c == null ? ChannelState.HUNGUP : c.getState(); // a hung-up channel is dropped after a while
			}) : null;
			TilePanel panel = home.panel();
			Verdict vb = verdict(b, generated, number -> {
				ExtensionView v = panel.view(number);
				return v == null ? null : v.deviceState();
			});
			if (withA) {
				print("P1   (a) Asterisk-Java live API, event -> channel state applied: %s", va);
			}
			print("P1   (b) Switchboard, event -> tile applied and painted:       %s", vb);
			if (withA && va.n > 0 && vb.n > 0) {
				print("P1   ratio (b)/(a): p50 %.1fx, p99 %.1fx (target <= 2x)", vb.p50 / va.p50, vb.p99 / va.p99);
			}
			if (withA && aHolds && va.sustained) {
				aMax = (int) Math.round(achieved);
			} else {
				aHolds = false;
			}
			if (bHolds && vb.sustained) {
				bMax = (int) Math.round(achieved);
			} else {
				bHolds = false;
			}
			if ((!withA || !aHolds) && !bHolds && rate >= 5_000) {
				break; // 1,000 and 5,000 are always measured; above, only while one still holds
			}
		}
		print("P1 highest rate sustained without a growing backlog: %s(b) %s events/s (steps %s)",
				withA ? "(a) " + (aMax == null ? "none" : aMax) + ", " : "", bMax == null ? "none" : bMax,
				Arrays.toString(RATES));
	}

	private record Verdict(int n, double p50, double p90, double p99, double max, double firstThird,
			double lastThird, int left, boolean sustained) {
		@Override
		public String toString() {
			if (n == 0) {
				return "no samples" + (left > 0 ? ", " + left + " never applied" : "") + " -> not sustained";
			}
			return String.format(
					"n=%d p50=%.1f p90=%.1f p99=%.1f max=%.1f ms; p50 first/last third %.1f/%.1f ms; %d never applied -> %s",
					n, p50, p90, p99, max, firstThird, lastThird, left, sustained ? "sustained" : "BACKLOG");
		}
	}

	private static Verdict verdict(Window w, boolean generated, Function<String, Object> shown) {
		List<Sample> samples;
		synchronized (w.samples) {
			samples = new ArrayList<>(w.samples);
		}
		int left = w.left(shown);
		if (samples.isEmpty()) {
			return new Verdict(0, 0, 0, 0, 0, 0, 0, left, false);
		}
		List<Long> all = new ArrayList<>();
		List<Long> first = new ArrayList<>();
		List<Long> last = new ArrayList<>();
		long third = (w.endNanos - w.startNanos) / 3;
		for (Sample s : samples) {
			all.add(s.latencyNanos());
			if (s.arrivalNanos() < w.startNanos + third) {
				first.add(s.latencyNanos());
			} else if (s.arrivalNanos() >= w.endNanos - third) {
				last.add(s.latencyNanos());
			}
		}
		Collections.sort(all);
		Collections.sort(first);
		Collections.sort(last);
		double f = first.isEmpty() ? 0 : pct(first, 50);
		double l = last.isEmpty() ? 0 : pct(last, 50);
		// growing: the last third's median clearly above the first's (2x and 50 ms more), or objects left unapplied
		boolean growing = l > 2 * f && l - f > 50;
		boolean lost = left > Math.max(5, w.pending.size() / 100);
		return new Verdict(all.size(), pct(all, 50), pct(all, 90), pct(all, 99), all.get(all.size() - 1) / 1e6, f, l,
				left, generated && !growing && !lost && !last.isEmpty());
	}

	// ------------------------------------------------------------------ P2

	private void resync(HomeScreen home) throws Exception {
		try (BigSite site = BigSite.start(SimulatorOptions.defaults().withExtensions(EXTENSIONS))) {
			site.swapIn();
			Ui.waitUntil(() -> home.panel().totalCount() == EXTENSIONS, Duration.ofSeconds(60), () -> "10,000 tiles");
			DefaultAsteriskServer server = liveApi(site.simulator);
			long[] loggedIn = { 0 };
			PbxListener listener = event -> {
				if (event instanceof PbxEvent.ConnectionChanged c && c.status() == ConnectionStatus.SYNCHRONIZING
						&& loggedIn[0] == 0) {
					loggedIn[0] = System.nanoTime();
				}
			};
			site.gateway.addListener(listener);
			List<String> numbers = new ArrayList<>(site.simulator.extensions());
			numbers.removeIf(n -> n.endsWith("09") || n.equals("1001") || n.equals("1002"));
			Collections.sort(numbers);
			List<Long> modelRuns = new ArrayList<>();
			List<Long> panelRuns = new ArrayList<>();
			List<Long> afterLogin = new ArrayList<>();
			List<String> aRuns = new ArrayList<>();
			try {
				// a few calls before the first restart: they must be gone afterwards
				for (int i = 0; i < 20; i++) {
					site.simulator.callFrom(numbers.get(numbers.size() - 1 - 2 * i)).to(numbers.get(numbers.size() - 2 - 2 * i));
				}
				for (int run = 0; run < RESYNC_RUNS; run++) {
					Truth truth = new Truth();
					int offset = run * 2 * CALLS % (numbers.size() - 2 * CALLS);
					loggedIn[0] = 0;
					long[] modelAt = { 0 };
					long[] panelAt = { 0 };
					long[] liveApiAt = { 0 };
					String[] panelAtModel = { null };
					PanelProbe part = home.probe();
					TilePanel panel = home.panel();
					part.setBatchObserver(batch -> {
						if (panelAt[0] == 0 && truth.back != 0 && panelShows(panel, truth)) {
							panelAt[0] = System.nanoTime();
						}
					});
					// what still differed, each time the kind of difference changed (ms after the PBX came back)
					List<String> why = Collections.synchronizedList(new ArrayList<>());
					String[] kind = { "" };
					Thread modelWatch = watch("model", truth, () -> {
						String w = modelDiffers(site, truth);
						String k = w == null ? "" : w.substring(0, Math.max(0, w.indexOf(':')));
						if (w != null && !k.equals(kind[0])) {
							kind[0] = k;
							why.add((System.nanoTime() - truth.back) / 1_000_000 + " ms " + w);
						}
						return w == null;
					}, modelAt);
					Thread apiWatch = watch("live API", truth, () -> liveApiShows(server, truth), liveApiAt);
					List<String> pairs = numbers.subList(offset, offset + 2 * (CALLS - 1));
					// the restart blocks while the PBX is down: off the UI thread, which keeps painting
					Thread restarter = new Thread(() -> truth.back = restartInto(site.simulator, truth, pairs),
							"bench-live-restart");
					restarter.setDaemon(true);
					restarter.start();
					try {
						// the panel changes only in a batch, where the observer checks it: checking the tiles here
						// in every turn of the event loop kept the UI thread from applying the batches (seen in JFR)
						Ui.waitUntil(() -> {
							if (modelAt[0] != 0 && panelAtModel[0] == null) {
								String d = panelDiffers(panel, truth);
								panelAtModel[0] = d == null ? "none" : d;
							}
							return panelAt[0] != 0;
						}, Duration.ofSeconds(90), () -> "the panel showing the PBX's state after the restart");
						modelWatch.join(60_000);
					} finally {
						part.setBatchObserver(null);
					}
					long back = truth.back;
					apiWatch.join(35_000);
					modelRuns.add(since(back, modelAt[0]));
					if (modelAt[0] == 0 || modelRuns.get(modelRuns.size() - 1) > 2_000) {
						print("P2   run %d: the live model differed for long: %s", run + 1, why);
					}
					panelRuns.add(since(back, panelAt[0]));
					afterLogin.add(loggedIn[0] == 0 ? -1 : since(loggedIn[0], modelAt[0]));
					if (panelAt[0] > modelAt[0] + 2_000_000_000L) {
						print("P2   run %d: when the live model was true, the panel still differed: %s", run + 1,
								panelAtModel[0]);
					}
					aRuns.add(liveApiAt[0] == 0 ? "not within 30 s" : (liveApiAt[0] - back) / 1_000_000 + "");
				}
			} finally {
				site.gateway.removeListener(listener);
				server.shutdown();
			}
			print("P2 resync after a restart, %d extensions, %d channels, %d queued callers, %d runs", EXTENSIONS,
					2 * CALLS, QUEUED, RESYNC_RUNS);
			print("P2   (b) Switchboard, PBX back -> live model true: %s ms, median %d ms (target <= 2000 ms)", modelRuns,
					median(modelRuns));
			print("P2   (b) Switchboard, PBX back -> panel true:      %s ms, median %d ms (target <= 2000 ms)", panelRuns,
					median(panelRuns));
			print("P2   (b) Switchboard, logged in again -> live model true: %s ms (the rest is the reconnect)",
					afterLogin);
			print("P2   (a) Asterisk-Java live API (its own reconnect), PBX back -> channels and queue true: %s ms",
					aRuns);
		}
	}

	/** What the PBX has after the restart (read from the simulator while it is down). */
	private static final class Truth {
		volatile Set<String> channels = Set.of();
		volatile Map<String, DeviceState> devices = Map.of();
		/** When the PBX listened again (nanoTime), 0 until then. */
		volatile long back;
	}

	/**
	 * Restarts the PBX: while it is down, 1001 calls 1002 (so the operator queue's callers wait), {@code pairs} call
	 * each other and {@value #QUEUED} outside callers join 8000; returns when it listens again.
	 */
	private static long restartInto(AmiSimulator simulator, Truth truth, List<String> pairs) {
		Set<String> before = new HashSet<>();
		for (ChannelView c : simulator.channels()) {
			before.add(c.name().replaceAll("^PJSIP/(\\d+)-.*$", "$1"));
		}
		simulator.restart(Duration.ofMillis(300), () -> {
			simulator.callFrom("1001").to("1002");
			for (int i = 0; i + 1 < pairs.size(); i += 2) {
				simulator.callFrom(pairs.get(i)).to(pairs.get(i + 1));
			}
			for (int i = 0; i < QUEUED; i++) {
				simulator.callQueue(String.format("0207%06d", i), "8000");
			}
			try {
				Thread.sleep(1500); // the phones answer (400 ms) while the PBX is still down
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			Set<String> ids = new HashSet<>();
			for (ChannelView c : simulator.channels()) {
				ids.add(c.uniqueid());
			}
			Map<String, DeviceState> devices = new HashMap<>();
			Set<String> involved = new HashSet<>(before);
			involved.addAll(pairs);
			involved.add("1001");
			involved.add("1002");
			for (String n : involved) {
				if (n.matches("\\d+")) {
					devices.put(n, deviceState(simulator.deviceState("PJSIP/" + n)));
				}
			}
			truth.channels = ids;
			truth.devices = devices;
		});
		return System.nanoTime();
	}

	/** Null when the console's live model shows the truth, else what differs (printed when it takes long). */
	private static String modelDiffers(BigSite site, Truth truth) {
		try {
			return site.gateway.model().read(s -> {
				int stale = 0;
				for (Channel c : s.getChannels()) {
					if (!truth.channels.contains(c.getUniqueId())) {
						stale++;
					}
				}
				if (stale > 0 || s.getChannels().size() != truth.channels.size()) {
					return String.format("channels: %d in the model (%d not on the PBX), %d on the PBX",
							s.getChannels().size(), stale, truth.channels.size());
				}
				Queue q = site.gateway.model().queue("8000");
				if (q == null || q.getEntries().size() != QUEUED) {
					return "queue 8000: " + (q == null ? "missing" : q.getEntries().size() + " callers");
				}
				int wrong = 0;
				String example = null;
				for (Map.Entry<String, DeviceState> e : truth.devices.entrySet()) {
					Extension x = site.gateway.model().extension(e.getKey());
					if (x == null || x.getDeviceState() != e.getValue()) {
						wrong++;
						example = e.getKey() + " " + (x == null ? "missing" : x.getDeviceState()) + " instead of "
								+ e.getValue();
					}
				}
				return wrong == 0 ? null : wrong + " extensions in another state, e.g. " + example;
			}).get(10, TimeUnit.SECONDS);
		} catch (Exception e) {
			return e.toString();
		}
	}

	private static boolean panelShows(TilePanel panel, Truth truth) {
		for (Map.Entry<String, DeviceState> e : truth.devices.entrySet()) {
			ExtensionView v = panel.view(e.getKey());
			if (v == null || v.deviceState() != e.getValue()) {
				return false;
			}
		}
		return true;
	}

	/** Null when every involved tile shows the PBX's device state, else how many do not, with an example. */
	private static String panelDiffers(TilePanel panel, Truth truth) {
		int wrong = 0;
		String example = null;
		for (Map.Entry<String, DeviceState> e : truth.devices.entrySet()) {
			ExtensionView v = panel.view(e.getKey());
			if (v == null || v.deviceState() != e.getValue()) {
				wrong++;
				example = e.getKey() + " " + (v == null ? "missing" : v.deviceState()) + " instead of " + e.getValue();
			}
		}
		return wrong == 0 ? null : wrong + " tiles, e.g. " + example;
	}

	private static boolean liveApiShows(DefaultAsteriskServer server, Truth truth) {
		try {
			Set<String> up = new HashSet<>();
			for (AsteriskChannel c : server.getChannels()) {
				if (c.getState() != ChannelState.HUNGUP) {
					up.add(c.getId());
				}
			}
			if (!up.equals(truth.channels)) {
				return false;
			}
			for (AsteriskQueue q : server.getQueues()) {
				if ("8000".equals(q.getName())) {
					return q.getEntries().size() == QUEUED;
				}
			}
			return false;
		} catch (RuntimeException e) {
			return false; // still reconnecting
		}
	}

	/**
	 * Once the PBX is back, polls {@code condition} every 5 ms for up to 30 s off the UI thread; stamps when it first
	 * holds.
	 */
	private static Thread watch(String name, Truth truth, BooleanSupplier condition, long[] at) {
		Thread t = new Thread(() -> {
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
			while (System.nanoTime() < deadline) {
				long back = truth.back;
				if (back != 0 && System.nanoTime() - back > TimeUnit.SECONDS.toNanos(30)) {
					return;
				}
				if (back != 0 && condition.getAsBoolean()) {
					at[0] = System.nanoTime();
					return;
				}
				try {
					Thread.sleep(5);
				} catch (InterruptedException e) {
					return;
				}
			}
		}, "bench-live-" + name);
		t.setDaemon(true);
		t.start();
		return t;
	}

	// ------------------------------------------------------------------ helpers

	/** Asterisk-Java's live API on its own connection, initialised (as a program using it would). */
	private static DefaultAsteriskServer liveApi(AmiSimulator simulator) {
		Thread self = Thread.currentThread();
		ClassLoader previous = self.getContextClassLoader();
		// its event classes are found through the context class loader, which must also see Equinox's FileLocator
		self.setContextClassLoader(new ClassLoader(DefaultAsteriskServer.class.getClassLoader()) {
			@Override
			protected Class<?> findClass(String name) throws ClassNotFoundException {
				return LiveBenchmark.class.getClassLoader().loadClass(name);
			}

			@Override
			protected java.net.URL findResource(String name) {
				return LiveBenchmark.class.getClassLoader().getResource(name);
			}
		});
		try {
			DefaultAsteriskServer server = new DefaultAsteriskServer(simulator.host(), simulator.port(),
					simulator.options().user(), simulator.options().secret());
			server.initialize();
			return server;
		} finally {
			self.setContextClassLoader(previous);
		}
	}

	private static ChannelState channelState(String ami) {
		try {
			return ami == null ? null : ChannelState.valueOf(Integer.valueOf(ami.strip()));
		} catch (RuntimeException e) {
			return null;
		}
	}

	private static DeviceState deviceState(String ami) {
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

	private static double pct(List<Long> sortedNanos, int p) {
		int i = (int) Math.ceil(p / 100.0 * sortedNanos.size()) - 1;
		return sortedNanos.get(Math.max(0, Math.min(sortedNanos.size() - 1, i))) / 1e6;
	}

	private static long median(Collection<Long> values) {
		List<Long> s = new ArrayList<>(values);
		Collections.sort(s);
		return s.isEmpty() ? -1 : s.get(s.size() / 2);
	}

	/** Milliseconds from {@code from} to {@code at}; -1 when {@code at} never came (0). */
	private static long since(long from, long at) {
		return at == 0 ? -1 : (at - from) / 1_000_000;
	}

	private static long millis(long startNanos) {
		return (System.nanoTime() - startNanos) / 1_000_000;
	}

	private static void print(String format, Object... args) {
		System.out.println("bench_live " + String.format(format, args));
	}
}
