package org.switchboard.pbx.simulator.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A bridge as Asterisk 22 reports it: basic two-party bridges and the parking lot's holding bridge. */
public final class Bridge {

	final String id = UUID.randomUUID().toString();
	final String type;
	final String technology;
	final String creator;
	final String name;
	final List<Channel> channels = new ArrayList<>();
	boolean destroyed;

	private Bridge(String type, String technology, String creator, String name) {
		this.type = type;
		this.technology = technology;
		this.creator = creator;
		this.name = name;
	}

	static Bridge basic() {
		return new Bridge("basic", "simple_bridge", "<unknown>", "<unknown>");
	}

	static Bridge parking() {
		return new Bridge("parking", "holding_bridge", "Parking", Parking.LOT);
	}

	boolean isBasic() {
		return "basic".equals(type);
	}

	Channel other(Channel channel) {
		for (Channel c : channels) {
			if (c != channel) {
				return c;
			}
		}
		return null;
	}
}
