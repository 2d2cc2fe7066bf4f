package org.switchboard.pbx.simulator;

import java.io.IOException;
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

	private final SimulatorOptions options;
	private final AmiServer server;
	private final SiteLoop loop;
	private final SiteControl control;
	private final LoadGenerator load;
	private final TrafficDriver traffic;

	private AmiSimulator(SimulatorOptions options) throws IOException {
		this.options = options;
		this.server = new AmiServer(options.bind(), options.port());
		this.loop = new SiteLoop(options.timeScale());
		Site site = new Site(options, loop, server::broadcast);
		this.control = new SiteControl(site);
		server.start(loop, new ActionDispatcher(site, server));
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

	public int connectionCount() {
		return server.sessionCount();
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
