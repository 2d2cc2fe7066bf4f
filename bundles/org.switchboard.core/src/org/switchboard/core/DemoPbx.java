package org.switchboard.core;

import org.switchboard.pbx.PbxEndpoint;

/**
 * A PBX for demo mode, running in this process on a loopback port: an OSGi service (the bundled simulator's, from
 * {@code org.switchboard.pbx.simulator.demo}). The console gets it at the first demo login and ungets it when it
 * closes; the service stops its PBX when nobody uses it any more.
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
