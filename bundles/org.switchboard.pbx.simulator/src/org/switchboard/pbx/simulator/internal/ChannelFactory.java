package org.switchboard.pbx.simulator.internal;

/**
 * Names and ids as Asterisk makes them: {@code PJSIP/1002-0000000a} (one hex counter for chan_pjsip),
 * {@code Local/1003@internal-00000000;1} (its own counter), uniqueids {@code <epoch>.<n>} with one counter.
 */
final class ChannelFactory {

	private long pjsipCounter;
	private long localCounter;
	private long uniqueCounter;

	String nextPjsipName(String endpoint) {
		return "PJSIP/" + endpoint + "-" + String.format("%08x", pjsipCounter++);
	}

	String nextLocalBase(String exten, String context) {
		return "Local/" + exten + "@" + context + "-" + String.format("%08x", localCounter++);
	}

	String nextUniqueid() {
		return (System.currentTimeMillis() / 1000) + "." + uniqueCounter++;
	}
}
