package org.switchboard.pbx.simulator.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.asteriskjava.manager.ManagerConnection;
import org.asteriskjava.manager.ManagerConnectionFactory;
import org.asteriskjava.manager.action.OriginateAction;
import org.asteriskjava.manager.action.PingAction;
import org.asteriskjava.manager.event.BridgeEnterEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.event.OriginateResponseEvent;
import org.asteriskjava.manager.response.ManagerResponse;
import org.junit.jupiter.api.Test;
import org.switchboard.pbx.simulator.AmiSimulator;

/** Asterisk-Java 3.42.2, the library the console uses, logs in (MD5 challenge, version detection) and works. */
class AsteriskJavaClientTest {

	@Test
	void asteriskJavaLogsInSendsActionsAndReceivesEvents() throws Exception {
		try (AmiSimulator simulator = AmiSimulator.start(TranscriptConformanceTest.fastLab())) {
			ManagerConnection connection = new ManagerConnectionFactory("127.0.0.1", simulator.port(), "console",
					"console").createManagerConnection();
			BlockingQueue<ManagerEvent> events = new LinkedBlockingQueue<>();
			connection.addEventListener(events::add);
			connection.login();
			try {
				assertNotNull(connection.getVersion());
				ManagerResponse pong = connection.sendAction(new PingAction());
				assertEquals("Success", pong.getResponse());

				OriginateAction originate = new OriginateAction();
				originate.setChannel("PJSIP/1001");
				originate.setContext("internal");
				originate.setExten("1002");
				originate.setPriority(1);
				originate.setCallerId("\"Operator\" <1001>");
				originate.setAsync(true);
				originate.setTimeout(30000L);
				assertEquals("Success", connection.sendAction(originate).getResponse());

				OriginateResponseEvent answered = await(events, OriginateResponseEvent.class);
				assertEquals(Integer.valueOf(4), answered.getReason());
				BridgeEnterEvent enter = await(events, BridgeEnterEvent.class);
				assertTrue(enter.getChannel().startsWith("PJSIP/100"));
			} finally {
				connection.logoff();
			}
		}
	}

	private static <T> T await(BlockingQueue<ManagerEvent> events, Class<T> type) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (System.nanoTime() < deadline) {
			ManagerEvent e = events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
			if (type.isInstance(e)) {
				return type.cast(e);
			}
		}
		throw new AssertionError("no " + type.getSimpleName());
	}
}
