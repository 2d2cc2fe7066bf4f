package org.switchboard.callcontrol.ui.neutral.tests.memory;

import java.time.Duration;

import org.osgi.service.component.annotations.Component;
import org.switchboard.core.DemoPbx;
import org.switchboard.pbx.PbxEndpoint;

/**
 * Demo mode's PBX in this test runtime: ranked above the simulator's, so the console's demo login connects through the
 * {@value MemoryPbx#VENDOR} back-end instead of Asterisk. The in-memory PBX runs inside each gateway, so there is
 * nothing to start or stop here but the address it reports.
 */
@Component(service = DemoPbx.class, property = "service.ranking:Integer=100")
public final class MemoryDemoPbx implements DemoPbx {

	/** Not a network address: the in-memory PBX is reached by no socket. */
	public static final String HOST = "memory.invalid";

	@Override
	public String vendor() {
		return MemoryPbx.VENDOR;
	}

	@Override
	public PbxEndpoint start() {
		return new PbxEndpoint(HOST, 1, "operator", "none", "internal", MemoryPbx.QUEUE, Duration.ofSeconds(5));
	}

	@Override
	public void close() {
		// each gateway's PBX ends with the gateway
	}
}
