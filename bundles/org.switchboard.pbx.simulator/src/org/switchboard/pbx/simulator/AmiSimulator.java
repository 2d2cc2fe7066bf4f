package org.switchboard.pbx.simulator;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.switchboard.pbx.simulator.internal.ActionDispatcher;
import org.switchboard.pbx.simulator.internal.AmiServer;
import org.switchboard.pbx.simulator.internal.LoadGenerator;
import org.switchboard.pbx.simulator.internal.Site;
import org.switchboard.pbx.simulator.internal.SiteControl;
import org.switchboard.pbx.simulator.internal.SiteLoop;

/**
 * A simulated Asterisk 22 PBX speaking AMI on a TCP port, with the reference lab as its site. Start it, point an
 * AMI client at {@link #port()}, and drive the site either over AMI (as a console does) or with the control
 * methods here (as the phones and the outside world do). Every method is thread-safe: the site is owned by one
 * internal thread.
 */
public final class AmiSimulator implements AutoCloseable {

	/** The simulator's own AMI action: drop every connection (the site carries on). */
	public static final String DROP_ACTION = "SimulatorDropConnections";
	/**
	 * The simulator's own AMI action: restart the PBX. Headers: {@code DownMillis} (how long the port stays closed,
	 * default 3000), {@code DND} ({@code 1004=1,1005=}: AstDB DND values to set, empty deletes) and {@code Calls}
	 * ({@code 1005>1006,1007>1008}: calls the phones make) applied while it is down.
	 */
	public static final String RESTART_ACTION = "SimulatorRestart";
	/**
	 * The simulator's own AMI action: a phone's SIP UA stops or starts ({@code Extension}, {@code Registered: yes|no}),
	 * as {@link #setRegistered} does.
	 */
	public static final String REGISTER_ACTION = "SimulatorSetRegistered";
	/**
	 * The simulator's own AMI action: a hostile PBX writes raw bytes to the other logged-in AMI connections
	 * ({@code Base64}, {@code Repeat}, {@code PadBytes}: the first {@code %PAD} becomes that many bytes), as
	 * {@link #sendRaw} does.
	 */
	public static final String SEND_RAW_ACTION = "SimulatorSendRaw";

	private final SimulatorOptions options;
	private final AmiServer server;
	private final SiteLoop loop;
	/** Replaced by a restart; read and replaced on the site loop. */
	private volatile Site site;
	private volatile SiteControl control;
	private final LoadGenerator load;
	private final TrafficDriver traffic;

	private AmiSimulator(SimulatorOptions options) throws IOException {
		this.options = options;
		this.server = new AmiServer(options.bind(), options.port());
		this.loop = new SiteLoop(options.timeScale());
		site = newSite();
		control = new SiteControl(site);
		server.start(loop, dispatcher(site));
		try {
			traffic = startTraffic(options);
		} catch (IOException | RuntimeException e) {
			server.close();
			loop.shutdown();
			throw e;
		}
		if (options.loadEventsPerSecond() > 0) {
			load = new LoadGenerator(site, server, options.loadEventsPerSecond());
			load.start();
		} else {
			load = null;
		}
	}

	/** A site whose events reach the clients only while it is the PBX's current one (not after a restart). */
	private Site newSite() {
		Site[] made = new Site[1];
		made[0] = new Site(options, loop, event -> {
			if (site == made[0]) {
				server.broadcast(event);
			}
		});
		return made[0];
	}

	private ActionDispatcher dispatcher(Site s) {
		ActionDispatcher d = new ActionDispatcher(s, server);
		d.registerControl(DROP_ACTION, header -> {
			later(0, this::dropConnections);
			return null;
		});
		d.registerControl(REGISTER_ACTION, header -> {
			try {
				control.setRegistered(header.apply("Extension"), !"no".equalsIgnoreCase(header.apply("Registered")));
				return null;
			} catch (RuntimeException e) {
				return "No such extension: " + header.apply("Extension");
			}
		});
		d.registerControl(RESTART_ACTION, header -> {
			long down;
			try {
				down = header.apply("DownMillis").isEmpty() ? 3000 : Long.parseLong(header.apply("DownMillis"));
			} catch (NumberFormatException e) {
				return "DownMillis must be a number of milliseconds";
			}
			String dnd = header.apply("DND");
			String calls = header.apply("Calls");
			later(0, () -> restart(Duration.ofMillis(down), () -> {
				for (String entry : dnd.split(",")) {
					String[] kv = entry.split("=", 2);
					if (kv.length == 2 && !kv[0].isBlank()) {
						if (kv[1].isBlank()) {
							dbDelete("DND", kv[0].strip());
						} else {
							dbPut("DND", kv[0].strip(), kv[1].strip());
						}
					}
				}
				for (String call : calls.split(",")) {
					String[] fromTo = call.split(">", 2);
					if (fromTo.length == 2 && !fromTo[0].isBlank()) {
						callFrom(fromTo[0].strip()).to(fromTo[1].strip());
					}
				}
			}));
			return null;
		});
		return d;
	}

	/** Off the site loop, after the answer to the action that asked for it went out. */
	private static void later(long millis, Runnable r) {
		Thread t = new Thread(() -> {
			try {
				Thread.sleep(100 + millis);
				r.run();
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			} catch (RuntimeException e) {
				// the simulator was closed meanwhile
			}
		}, "ami-simulator-control");
		t.setDaemon(true);
		t.start();
	}

	/**
	 * Asterisk restarts under its clients: the port closes and every AMI connection drops, the calls are gone, the
	 * AstDB stays (it is on disk); {@code whileDown} runs while it is down (e.g. phones calling each other, settings
	 * changed: the clients must find this state when they reconnect); then the PBX listens on the same port again.
	 * Blocks for {@code down}.
	 */
	public void restart(Duration down, Runnable whileDown) {
		server.goDown();
		loop.call(() -> {
			java.util.Map<String, String> db = control.crash();
			Site fresh = newSite();
			SiteControl freshControl = new SiteControl(fresh);
			freshControl.restoreDb(db);
			site = fresh;
			control = freshControl;
			server.use(dispatcher(fresh));
			return null;
		});
		if (whileDown != null) {
			whileDown.run();
		}
		try {
			Thread.sleep(down.toMillis());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		try {
			server.comeBack();
		} catch (IOException e) {
			throw new java.io.UncheckedIOException("the port " + port() + " could not be opened again", e);
		}
	}

	private TrafficDriver startTraffic(SimulatorOptions o) throws IOException {
		if (o.trafficPerMinute() <= 0) {
			return null;
		}
		TrafficDriver driver = new TrafficDriver(o.bind(), server.port(), o.user(), o.secret(), o.trafficPerMinute());
		driver.start();
		return driver;
	}

	/** Starts a simulator; port 0 picks a free port. */
	public static AmiSimulator start(SimulatorOptions options) throws IOException {
		return new AmiSimulator(options);
	}

	public SimulatorOptions options() {
		return options;
	}

	public String host() {
		return options.bind();
	}

	public int port() {
		return server.port();
	}

	/** Stops the traffic, drops every client and stops the PBX. */
	@Override
	public void close() {
		if (traffic != null) {
			traffic.close();
		}
		if (load != null) {
			load.stop();
		}
		server.close();
		loop.shutdown();
	}

	/** Drops every AMI connection; calls and the rest of the site carry on (for reconnect tests). */
	public void dropConnections() {
		server.dropConnections();
	}

	/**
	 * Writes bytes as they are, unframed and unchecked, to every logged-in AMI connection (a broken or hostile PBX);
	 * returns how many connections got them.
	 */
	public int sendRaw(byte[] bytes) {
		return server.sendRaw(bytes.clone(), null);
	}

	public int connectionCount() {
		return server.sessionCount();
	}

	/**
	 * Changes the load mode's rate (benchmarks step it up in one run); the simulator must have been started with a
	 * load ({@link SimulatorOptions#withLoad}).
	 */
	public void setLoadRate(int eventsPerSecond) {
		if (load == null) {
			throw new IllegalStateException("the simulator was started without a load");
		}
		if (eventsPerSecond <= 0) {
			throw new IllegalArgumentException("events per second must be positive: " + eventsPerSecond);
		}
		load.setRate(eventsPerSecond);
	}

	/** AMI events sent so far (each counted once however many clients received it). */
	public long eventCount() {
		return server.eventCount();
	}

	// ------------------------------------------------------------------ the phones and the outside world

	/** A phone of the site going off-hook: {@code callFrom("1005").to("1006")}. */
	public Dialer callFrom(String extension) {
		return new Dialer(this, extension);
	}

	/** Dials as the phone does; returns the phone's channel name. */
	String dial(String extension, String number) {
		return loop.call(() -> control.dial(extension, number));
	}

	/** An outside caller (simulated trunk, channel {@code PJSIP/trunk-...}) calls a queue; returns its channel. */
	public String callQueue(String callerNumber, String queue) {
		return loop.call(() -> control.outsideCall(callerNumber, queue));
	}

	/** Hangs up a channel by name, or every channel of an extension (the phone hangs up); returns how many. */
	public int hangup(String channelOrExtension) {
		return loop.call(() -> control.hangup(channelOrExtension));
	}

	/** The phone's SIP UA stops (unregisters) or starts (registers) again. */
	public void setRegistered(String extension, boolean registered) {
		loop.run(() -> control.setRegistered(extension, registered));
	}

	/**
	 * Whether Asterisk's core sound files are installed (default yes). Without them an attended transfer is accepted
	 * and then goes no further: the transferer's channel hears the feature code and nothing else happens.
	 */
	public void setCoreSounds(boolean installed) {
		loop.run(() -> control.setCoreSounds(installed));
	}

	public void setBehaviour(String extension, PhoneBehaviour behaviour) {
		loop.run(() -> control.setBehaviour(extension, behaviour));
	}

	public void dbPut(String family, String key, String value) {
		loop.run(() -> control.dbPut(family, key, value));
	}

	public boolean dbDelete(String family, String key) {
		return loop.call(() -> control.dbDelete(family, key));
	}

	// ------------------------------------------------------------------ state

	public List<ChannelView> channels() {
		return loop.call(control::channels);
	}

	public List<BridgeView> bridges() {
		return loop.call(control::bridges);
	}

	/** The AstDB, keyed by full path ({@code /DND/1003}). */
	public Map<String, String> astdb() {
		return loop.call(control::astdb);
	}

	/** Device state as DeviceStateChange reports it ({@code NOT_INUSE}, {@code INUSE}, {@code RINGING} ...). */
	public String deviceState(String device) {
		return loop.call(() -> control.deviceState(device));
	}

	public List<String> extensions() {
		return loop.call(control::extensions);
	}
}
