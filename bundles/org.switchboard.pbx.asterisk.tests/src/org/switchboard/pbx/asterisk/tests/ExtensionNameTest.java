package org.switchboard.pbx.asterisk.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.pbx.PbxException;
import org.switchboard.pbx.asterisk.internal.AsteriskGateway;
import org.switchboard.pbx.simulator.AmiSimulator;
import org.switchboard.pbx.simulator.SimulatorOptions;

/**
 * An extension's name as the PBX knows it (S5, names where the phonebook has none): PJSIPShowEndpoint's
 * EndpointDetail Callerid (transcript 18), over a real AMI socket against the simulator.
 */
class ExtensionNameTest {

	private AmiSimulator simulator;
	private AsteriskGateway gateway;

	@BeforeEach
	void start() throws Exception {
		simulator = AmiSimulator.start(SimulatorOptions.defaults().withPort(0).withExtensions(5));
		gateway = SimulatorEndpoints.connectedTo(simulator);
	}

	@AfterEach
	void stop() {
		gateway.close();
		simulator.close();
	}

	@Test
	void theCallerIdNameOfAnEndpointAndNoneForAnUnknownOne() throws Exception {
		assertEquals(Optional.of("Ext 1002"), gateway.extensionName("1002").get(10, TimeUnit.SECONDS));
		assertEquals(Optional.of("Ext 1004"), gateway.extensionName("1004").get(10, TimeUnit.SECONDS));
		assertEquals(Optional.empty(), gateway.extensionName("1999").get(10, TimeUnit.SECONDS));
	}

	@Test
	void anExtensionThatIsNoNumberNeverReachesThePbx() {
		ExecutionException e = assertThrows(ExecutionException.class,
				() -> gateway.extensionName("1002\r\nAction: Originate").get(10, TimeUnit.SECONDS));
		assertEquals(PbxException.Reason.INVALID_INPUT, ((PbxException) e.getCause()).reason());
	}
}
