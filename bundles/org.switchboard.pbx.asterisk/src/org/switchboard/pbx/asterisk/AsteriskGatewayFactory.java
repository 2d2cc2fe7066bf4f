package org.switchboard.pbx.asterisk;

import org.switchboard.pbx.PbxGateway;
import org.switchboard.pbx.PbxGatewayFactory;

/** Offers the Asterisk back-end as an OSGi service (vendor {@code asterisk}); see OSGI-INF. */
public final class AsteriskGatewayFactory implements PbxGatewayFactory {

	public static final String VENDOR = "asterisk";

	@Override
	public String vendor() {
		return VENDOR;
	}

	@Override
	public PbxGateway create() {
		return new AsteriskGateway();
	}
}
