package org.switchboard.callcontrol.ui.neutral.tests.memory;

import org.osgi.service.component.annotations.Component;
import org.switchboard.pbx.PbxGateway;
import org.switchboard.pbx.PbxGatewayFactory;

/** The in-memory PBX's back-end, offered as any vendor's is: a {@link PbxGatewayFactory} named by its vendor. */
@Component(service = PbxGatewayFactory.class, property = "vendor=" + MemoryPbx.VENDOR)
public final class MemoryPbxFactory implements PbxGatewayFactory {

	@Override
	public String vendor() {
		return MemoryPbx.VENDOR;
	}

	@Override
	public PbxGateway create() {
		return new MemoryPbx();
	}
}
