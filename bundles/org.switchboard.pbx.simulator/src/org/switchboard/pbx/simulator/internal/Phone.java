package org.switchboard.pbx.simulator.internal;

import org.switchboard.pbx.simulator.PhoneBehaviour;

/** A PJSIP endpoint of the site with the SIP phone registered on it (the lab's baresip phones). */
public final class Phone {

	final String extension;
	final String name;
	PhoneBehaviour behaviour;
	boolean registered;
	/** Changes on every registration, as a real UA's contact address does. */
	long contactGeneration;
	final String callId;
	final int port;
	final String contactHash;

	Phone(String extension, String name, PhoneBehaviour behaviour, boolean registered) {
		this.extension = extension;
		this.name = name;
		this.behaviour = behaviour;
		this.registered = registered;
		long seed = Long.parseLong(extension) * 0x9E3779B97F4A7C15L;
		this.callId = String.format("%016x", seed ^ 0x5DEECE66DL);
		this.port = 5200 + (int) ((Long.parseLong(extension) - 1000) * 10 % 60000);
		this.contactHash = String.format("%016x%016x", seed, Long.rotateLeft(seed, 17) ^ 0xA5A5A5A5L);
	}

	String device() {
		return "PJSIP/" + extension;
	}

	String callerIdText() {
		return "\"" + name + "\" <" + extension + ">";
	}

	String contactUri() {
		long address = 0x55f000000680L + (Long.parseLong(extension) << 20) + (contactGeneration << 12);
		return "sip:" + extension + "-0x" + Long.toHexString(address) + "@127.0.0.1:" + port;
	}

	int roundtripUsec() {
		return 250 + (int) (Long.parseLong(extension) % 7) * 41;
	}
}
