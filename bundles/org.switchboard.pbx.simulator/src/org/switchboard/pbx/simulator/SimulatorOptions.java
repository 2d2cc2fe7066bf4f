package org.switchboard.pbx.simulator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How the simulator runs. Defaults: the lab (extensions 1001-1010, AMI user console/console on 127.0.0.1:5038),
 * phones answering after 400 ms, real-time PBX timings. Immutable; the {@code with...} methods return copies.
 */
public final class SimulatorOptions {

	/** Extension numbers skip this block, which holds the site's service numbers (queue 8000, 8100, 8500 ...). */
	private static final int SERVICE_BLOCK_START = 8000;
	private static final int SERVICE_BLOCK_END = 8999;
	public static final int MAX_EXTENSIONS = 20_000;

	private final int port;
	private final String bind;
	private final String user;
	private final String secret;
	private final int extensions;
	private final Set<String> unregistered;
	private final double trafficPerMinute;
	private final int loadEventsPerSecond;
	private final long answerDelayMillis;
	private final double timeScale;

	private SimulatorOptions(int port, String bind, String user, String secret, int extensions, Set<String> unregistered,
			double trafficPerMinute, int loadEventsPerSecond, long answerDelayMillis, double timeScale) {
		this.port = port;
		this.bind = bind;
		this.user = user;
		this.secret = secret;
		this.extensions = extensions;
		this.unregistered = Collections.unmodifiableSet(new LinkedHashSet<>(unregistered));
		this.trafficPerMinute = trafficPerMinute;
		this.loadEventsPerSecond = loadEventsPerSecond;
		this.answerDelayMillis = answerDelayMillis;
		this.timeScale = timeScale;
	}

	public static SimulatorOptions defaults() {
		return new SimulatorOptions(5038, "127.0.0.1", "console", "console", 10, Set.of(), 0, 0, 400, 1.0);
	}

	/** Parses {@code SimulatorMain}'s arguments (see {@link SimulatorMain#USAGE}). */
	public static SimulatorOptions parse(String... args) {
		SimulatorOptions o = defaults();
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			if (i + 1 >= args.length) {
				throw new IllegalArgumentException("missing value for " + arg);
			}
			String value = args[++i];
			o = switch (arg) {
			case "--port" -> o.withPort(Integer.parseInt(value));
			case "--bind" -> o.withBind(value);
			case "--user" -> o.withUser(value);
			case "--secret" -> o.withSecret(value);
			case "--extensions" -> o.withExtensions(Integer.parseInt(value));
			case "--unregistered" -> o.withUnregistered(Set.of(value.split(",")));
			case "--traffic" -> o.withTraffic(Double.parseDouble(value));
			case "--load" -> o.withLoad(Integer.parseInt(value));
			case "--answer-delay" -> o.withAnswerDelayMillis(Long.parseLong(value));
			case "--time-scale" -> o.withTimeScale(Double.parseDouble(value));
			default -> throw new IllegalArgumentException("unknown option " + arg);
			};
		}
		return o;
	}

	public SimulatorOptions withPort(int value) {
		if (value < 0 || value > 65535) {
			throw new IllegalArgumentException("port " + value);
		}
		return new SimulatorOptions(value, bind, user, secret, extensions, unregistered, trafficPerMinute,
				loadEventsPerSecond, answerDelayMillis, timeScale);
	}

	public SimulatorOptions withBind(String value) {
		return new SimulatorOptions(port, value, user, secret, extensions, unregistered, trafficPerMinute,
				loadEventsPerSecond, answerDelayMillis, timeScale);
	}

	public SimulatorOptions withUser(String value) {
		return new SimulatorOptions(port, bind, value, secret, extensions, unregistered, trafficPerMinute,
				loadEventsPerSecond, answerDelayMillis, timeScale);
	}

	public SimulatorOptions withSecret(String value) {
		return new SimulatorOptions(port, bind, user, value, extensions, unregistered, trafficPerMinute,
				loadEventsPerSecond, answerDelayMillis, timeScale);
	}

	/** Extensions 1001 upwards (1001 is the operator; numbers ending in 09 never answer, like the lab's 1009). */
	public SimulatorOptions withExtensions(int value) {
		if (value < 1 || value > MAX_EXTENSIONS) {
			throw new IllegalArgumentException("extensions must be 1.." + MAX_EXTENSIONS);
		}
		return new SimulatorOptions(port, bind, user, secret, value, unregistered, trafficPerMinute,
				loadEventsPerSecond, answerDelayMillis, timeScale);
	}

	public SimulatorOptions withUnregistered(Set<String> value) {
		return new SimulatorOptions(port, bind, user, secret, extensions, value, trafficPerMinute, loadEventsPerSecond,
				answerDelayMillis, timeScale);
	}

	/** Random traffic: calls per minute, made by a {@link TrafficDriver} against the simulator itself. */
	public SimulatorOptions withTraffic(double callsPerMinute) {
		return new SimulatorOptions(port, bind, user, secret, extensions, unregistered, callsPerMinute,
				loadEventsPerSecond, answerDelayMillis, timeScale);
	}

	/** Load mode for benchmarks: a steady stream of call events at about this many events per second. */
	public SimulatorOptions withLoad(int eventsPerSecond) {
		return new SimulatorOptions(port, bind, user, secret, extensions, unregistered, trafficPerMinute,
				eventsPerSecond, answerDelayMillis, timeScale);
	}

	/** How long an auto-answering phone rings before it answers (wall clock, not scaled). */
	public SimulatorOptions withAnswerDelayMillis(long value) {
		return new SimulatorOptions(port, bind, user, secret, extensions, unregistered, trafficPerMinute,
				loadEventsPerSecond, value, timeScale);
	}

	/**
	 * Factor on every PBX timing (ring and originate time-outs, prompts, waits, parking announcements): 0.01 runs a
	 * 15 s wake-up time-out in 150 ms.
	 */
	public SimulatorOptions withTimeScale(double value) {
		if (value <= 0) {
			throw new IllegalArgumentException("time scale must be positive");
		}
		return new SimulatorOptions(port, bind, user, secret, extensions, unregistered, trafficPerMinute,
				loadEventsPerSecond, answerDelayMillis, value);
	}

	public int port() {
		return port;
	}

	public String bind() {
		return bind;
	}

	public String user() {
		return user;
	}

	public String secret() {
		return secret;
	}

	public int extensions() {
		return extensions;
	}

	public Set<String> unregistered() {
		return unregistered;
	}

	public double trafficPerMinute() {
		return trafficPerMinute;
	}

	public int loadEventsPerSecond() {
		return loadEventsPerSecond;
	}

	public long answerDelayMillis() {
		return answerDelayMillis;
	}

	public double timeScale() {
		return timeScale;
	}

	/** The Dial time-out of the lab dialplan (RINGTIME=30), in PBX milliseconds. */
	public long ringTimeoutMillis() {
		return 30_000;
	}

	/** The extension numbers of the site, in order. */
	public List<String> extensionNumbers() {
		List<String> out = new ArrayList<>(extensions);
		int n = 1001;
		while (out.size() < extensions) {
			if (n == SERVICE_BLOCK_START) {
				n = SERVICE_BLOCK_END + 1;
			}
			out.add(String.valueOf(n++));
		}
		return out;
	}
}
