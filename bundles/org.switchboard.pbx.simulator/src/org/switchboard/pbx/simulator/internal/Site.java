package org.switchboard.pbx.simulator.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.switchboard.pbx.simulator.PhoneBehaviour;
import org.switchboard.pbx.simulator.SimulatorOptions;

/**
 * The simulated site (by default the reference lab): phones, channels, bridges, AstDB, the operator queue, the
 * parking lot. Owned by the {@link SiteLoop}; nothing here may be touched from another thread.
 */
public final class Site {

	final SimulatorOptions options;
	final SiteLoop loop;
	private final Consumer<AmiMessage> sink;
	final long startMillis = System.currentTimeMillis();
	final Map<String, Phone> phones = new LinkedHashMap<>();
	final Map<String, Channel> channels = new LinkedHashMap<>();
	final Map<String, Bridge> bridges = new LinkedHashMap<>();
	final AstDb db = new AstDb();
	final ChannelFactory factory = new ChannelFactory();
	final DeviceStates devices;
	final CdrEngine cdr;
	final Calls calls;
	final Dialplan dialplan;
	final Applications applications;
	final Originator originator;
	final Parking parking;
	final OperatorQueue queue;
	final Transfers transfers;
	final ChanSpy spy;
	final Registrations registrations;
	long processedCalls;
	/** Asterisk's core sound files are installed (attended transfer needs pbx-transfer). */
	boolean coreSounds = true;

	public Site(SimulatorOptions options, SiteLoop loop, Consumer<AmiMessage> sink) {
		this.options = options;
		this.loop = loop;
		this.sink = sink;
		this.devices = new DeviceStates(this);
		this.cdr = new CdrEngine(this);
		this.calls = new Calls(this);
		this.dialplan = new Dialplan(this);
		this.applications = new Applications(this);
		this.originator = new Originator(this);
		this.parking = new Parking(this);
		this.queue = new OperatorQueue(this);
		this.transfers = new Transfers(this);
		this.spy = new ChanSpy(this);
		this.registrations = new Registrations(this);
		for (String extension : options.extensionNumbers()) {
			PhoneBehaviour behaviour = extension.endsWith("09") ? PhoneBehaviour.NO_ANSWER : PhoneBehaviour.AUTO_ANSWER;
			String name = "1001".equals(extension) ? "Operator" : "Ext " + extension;
			phones.put(extension, new Phone(extension, name, behaviour, !options.unregistered().contains(extension)));
		}
		queue.init();
		for (Phone p : phones.values()) {
			devices.preset(p.device(), devices.compute(p));
		}
	}

	void emit(AmiMessage event) {
		sink.accept(event);
	}

	Phone phone(String extension) {
		return phones.get(extension);
	}

	/** The phone of a device name such as {@code PJSIP/1001}. */
	Phone phoneOfDevice(String device) {
		return device != null && device.startsWith("PJSIP/") ? phones.get(device.substring(6)) : null;
	}

	Channel channel(String name) {
		return channels.get(name);
	}

	List<Channel> channelsOf(Phone phone) {
		List<Channel> out = new ArrayList<>();
		for (Channel c : channels.values()) {
			if (c.phone == phone && !c.hungUp) {
				out.add(c);
			}
		}
		return out;
	}

	public long uptimeSeconds() {
		return (System.currentTimeMillis() - startMillis) / 1000;
	}
}
