package org.switchboard.pbx.simulator.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.switchboard.pbx.simulator.BridgeView;
import org.switchboard.pbx.simulator.ChannelView;
import org.switchboard.pbx.simulator.PhoneBehaviour;

/**
 * What the control API does to the site, run on the site loop: phones dialling and hanging up, outside callers,
 * registrations, and snapshots of the state.
 */
public final class SiteControl {

	private final Site site;

	public SiteControl(Site site) {
		this.site = site;
	}

	/** The phone dials a number: an inbound channel (state Ring) running the dialplan of context internal. */
	public String dial(String extension, String number) {
		Phone phone = requirePhone(extension);
		if (!phone.registered) {
			throw new IllegalStateException(extension + " is not registered");
		}
		Channel c = site.calls.newPhoneChannel(phone, null, ChannelState.RING, "internal", number);
		site.cdr.open(c);
		site.dialplan.run(c, "internal", number);
		return c.name;
	}

	/** An outside caller (through the simulated trunk) dials a queue or any number of context internal. */
	public String outsideCall(String callerNumber, String number) {
		Channel c = site.calls.newTrunkChannel(callerNumber, "internal", number);
		site.cdr.open(c);
		site.dialplan.run(c, "internal", number);
		return c.name;
	}

	/** Hangs up a channel by name, or every channel of an extension; returns how many went. */
	public int hangup(String channelOrExtension) {
		List<Channel> targets = new ArrayList<>();
		Channel named = site.channel(channelOrExtension);
		if (named != null) {
			targets.add(named);
		} else {
			Phone phone = site.phone(channelOrExtension);
			if (phone != null) {
				targets.addAll(site.channelsOf(phone));
			}
		}
		for (Channel c : targets) {
			site.calls.hangup(c, 16, true);
		}
		return targets.size();
	}

	public void setRegistered(String extension, boolean registered) {
		site.registrations.setRegistered(requirePhone(extension), registered);
	}

	/**
	 * This site as a PBX that went down: its calls end without a word to anyone (the AMI connections are gone), its
	 * timers stop. Returns the AstDB, which a restarted Asterisk finds again on disk.
	 */
	public Map<String, String> crash() {
		for (Channel c : site.channels.values()) {
			c.cancelTimers();
		}
		return site.db.snapshot();
	}

	/** A new site after a restart: the AstDB of the old one, no calls. */
	public void restoreDb(Map<String, String> saved) {
		site.db.restore(saved);
	}

	public void setCoreSounds(boolean installed) {
		site.coreSounds = installed;
	}

	public void setBehaviour(String extension, PhoneBehaviour behaviour) {
		requirePhone(extension).behaviour = behaviour;
	}

	public void dbPut(String family, String key, String value) {
		site.db.put(family, key, value);
	}

	public boolean dbDelete(String family, String key) {
		return site.db.delete(family, key);
	}

	public Map<String, String> astdb() {
		return site.db.snapshot();
	}

	public List<ChannelView> channels() {
		List<ChannelView> out = new ArrayList<>();
		for (Channel c : site.channels.values()) {
			out.add(new ChannelView(c.name, c.uniqueid, c.linkedid, c.state.text, c.callerNum, c.callerName,
					c.connectedNum, c.connectedName, c.context, c.exten, c.application,
					c.bridge == null ? "" : c.bridge.id));
		}
		return out;
	}

	public List<BridgeView> bridges() {
		List<BridgeView> out = new ArrayList<>();
		for (Bridge b : site.bridges.values()) {
			out.add(new BridgeView(b.id, b.type, b.technology, b.channels.stream().map(c -> c.name).toList()));
		}
		return out;
	}

	public String deviceState(String device) {
		return site.devices.of(device).name();
	}

	public List<String> extensions() {
		return new ArrayList<>(site.phones.keySet());
	}

	private Phone requirePhone(String extension) {
		Phone phone = site.phone(extension);
		if (phone == null) {
			throw new IllegalArgumentException("no extension " + extension);
		}
		return phone;
	}
}
