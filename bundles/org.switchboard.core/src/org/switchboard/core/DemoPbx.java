package org.switchboard.core;

import org.switchboard.pbx.PbxEndpoint;

/**
 * A PBX for demo mode, running in this process on a loopback port. The console uses the bundled simulator
 * ({@code org.switchboard.pbx.simulator}); where that bundle is not installed, a {@code DemoPbx} OSGi service (e.g.
 * a test's) is used instead.
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
