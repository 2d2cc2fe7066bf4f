package org.switchboard.testsupport.pbx;

import java.time.Duration;
import java.util.List;

import org.switchboard.core.DemoPbx;
import org.switchboard.pbx.PbxEndpoint;
import org.switchboard.pbx.PbxGateway;
import org.switchboard.pbx.PbxGatewayFactory;

/**
 * Demo mode in UI tests while the PBX simulator bundle is not installed: a {@link DemoPbx} whose endpoint only the
 * {@link FakeGateway}s of this {@link PbxGatewayFactory} (vendor {@value #VENDOR}) can reach, with extensions
 * 1001-1010. UI tests start with {@code -Dswitchboard.autologin=demo:demo@1001} (parent pom), so the console logs
 * in on this stand-in before the main window opens. Once the simulator is installed the console uses it (and the
 * Asterisk gateway) instead, and this class can go. Registered by OSGI-INF/demo-pbx-stand-in.xml; this bundle is
 * started early in UI tests.
 */
public final class DemoPbxStandIn implements DemoPbx, PbxGatewayFactory {

	public static final String VENDOR = "test-stand-in";
	public static final int PORT = 15038;
	public static final List<String> EXTENSIONS = List.of("1001", "1002", "1003", "1004", "1005", "1006", "1007",
			"1008", "1009", "1010");

	@Override
	public PbxEndpoint start() {
		return new PbxEndpoint("127.0.0.1", PORT, "console", "console", "internal", "8000", Duration.ofSeconds(5));
	}

	@Override
	public void close() {
		// nothing runs
	}

	/** The vendor of both the demo PBX and the gateway factory: the console pairs them by it. */
	@Override
	public String vendor() {
		return VENDOR;
	}

	@Override
	public PbxGateway create() {
		return new FakeGateway(EXTENSIONS, PORT);
	}
}
