package org.switchboard.pbx.asterisk;

import org.osgi.service.component.annotations.Component;
import org.switchboard.pbx.PbxGateway;
import org.switchboard.pbx.PbxGatewayFactory;
import org.switchboard.pbx.asterisk.internal.AsteriskGateway;

/** Offers the Asterisk back-end as an OSGi service (vendor {@code asterisk}). */
@Component(service = PbxGatewayFactory.class, property = "vendor=" + AsteriskGatewayFactory.VENDOR)
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

	/** Asterisk-Java's first connection initialises its logging and scans its event classes: about 0.4 s. */
	@Override
	public void prepare() {
		AsteriskGateway.prepare();
	}
}
