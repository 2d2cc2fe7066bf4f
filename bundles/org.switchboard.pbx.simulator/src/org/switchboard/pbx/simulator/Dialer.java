package org.switchboard.pbx.simulator;

/** A phone about to dial: {@code simulator.callFrom("1005").to("1006")}. */
public final class Dialer {

	private final AmiSimulator simulator;
	private final String extension;

	Dialer(AmiSimulator simulator, String extension) {
		this.simulator = simulator;
		this.extension = extension;
	}

	/**
	 * Dials a number as the phone would (an extension, 8000, 7xx, an outside number 0..., a feature code); returns
	 * the name of the phone's channel.
	 */
	public String to(String number) {
		return simulator.dial(extension, number);
	}
}
