package org.switchboard.core;

import org.switchboard.pbx.PbxEndpoint;

/**
 * A PBX for demo mode, running in this process on a loopback port: an OSGi service (the bundled simulator's, from
 * {@code org.switchboard.pbx.simulator.demo}), best of prototype scope. The console gets an instance at the first
 * demo login and ungets it when it closes; the instance stops its PBX then.
 */
public interface DemoPbx extends AutoCloseable {

	/** The back-end ({@code PbxGatewayFactory} vendor) that speaks this PBX's protocol. */
	default String vendor() {
		return "asterisk";
	}

	/** Starts the PBX (if not yet running) and tells how to reach it. */
	PbxEndpoint start() throws Exception;

	/** Stops the PBX. */
	@Override
	void close();
}
