package org.switchboard.wakeup.tests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import org.switchboard.pbx.simulator.AmiSimulator;

/**
 * A manager session of its own on the simulator that counts the wake-up calls the PBX made: every Originate the PBX
 * accepted ends in one OriginateResponse event, sent to every session; those of context {@code wakeup} are counted.
 */
final class OriginateCounter implements AutoCloseable {

	private final Socket socket;
	private final AtomicInteger wakeUps = new AtomicInteger();
	private final Thread reader;

	OriginateCounter(AmiSimulator simulator) throws IOException {
		socket = new Socket(simulator.host(), simulator.port());
		OutputStream out = socket.getOutputStream();
		out.write(("Action: Login\r\nUsername: " + simulator.options().user() + "\r\nSecret: "
				+ simulator.options().secret() + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		out.flush();
		BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
		reader = new Thread(() -> read(in), "originate-counter");
		reader.setDaemon(true);
		reader.start();
	}

	private void read(BufferedReader in) {
		boolean originateResponse = false;
		try {
			for (String line; (line = in.readLine()) != null;) {
				if (line.isEmpty()) {
					originateResponse = false;
				} else if (line.equals("Event: OriginateResponse")) {
					originateResponse = true;
				} else if (originateResponse && line.equals("Context: wakeup")) {
					wakeUps.incrementAndGet();
				}
			}
		} catch (IOException closed) {
			// the test is over
		}
	}

	int wakeUps() {
		return wakeUps.get();
	}

	@Override
	public void close() throws IOException {
		socket.close();
	}
}
