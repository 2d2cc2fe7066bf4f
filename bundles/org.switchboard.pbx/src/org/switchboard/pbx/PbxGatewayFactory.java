package org.switchboard.pbx;

/**
 * Offered as an OSGi service by each PBX back-end bundle; the console picks one by {@link #vendor()}.
 */
public interface PbxGatewayFactory {

	/** A short id of the back-end, e.g. {@code "asterisk"}. */
	String vendor();

	/** A new, unconnected gateway with its own live model. */
	PbxGateway create();
}
