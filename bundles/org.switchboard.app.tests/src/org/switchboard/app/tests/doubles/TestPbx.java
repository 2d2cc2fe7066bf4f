package org.switchboard.app.tests.doubles;

import java.time.Duration;
import java.util.List;

import org.switchboard.core.DemoPbx;
import org.switchboard.pbx.PbxEndpoint;
import org.switchboard.pbx.PbxGateway;
import org.switchboard.pbx.PbxGatewayFactory;

/**
 * Until the PBX simulator and the Asterisk gateway are installed next to these tests, demo mode runs on this
 * double: a {@link DemoPbx} whose endpoint only the {@link FakeGateway}s of this {@link PbxGatewayFactory} can
 * reach, with extensions 1001-1010. The console prefers the real ones when they are installed (the simulator
 * bundle, the "asterisk" vendor). Registered by OSGI-INF/test-pbx.xml before the workbench starts.
 */
public final class TestPbx implements DemoPbx, PbxGatewayFactory {

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

	@Override
	public String vendor() {
		return "test-double";
	}

	@Override
	public PbxGateway create() {
		return new FakeGateway(EXTENSIONS, PORT);
	}
}
