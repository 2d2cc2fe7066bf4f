package org.switchboard.pbx.simulator;

import java.util.concurrent.CountDownLatch;

/** Runs the simulator from a plain classpath until the process is killed. */
public final class SimulatorMain {

	public static final String USAGE = """
			usage: java -cp org.switchboard.pbx.simulator.jar org.switchboard.pbx.simulator.SimulatorMain [options]
			  --port N             AMI port (default 5038, 0 = any free port)
			  --bind ADDRESS       listen address (default 127.0.0.1)
			  --user NAME          AMI user (default console)
			  --secret SECRET      AMI secret (default console)
			  --extensions N       extensions 1001.. (default 10, at most 20000; 1001 is the operator)
			  --unregistered LIST  extensions whose phones are not registered, e.g. 1007,1010
			  --traffic RATE       random calls per minute (Originate of a phone to a number)
			  --load EVENTS        benchmark load: about EVENTS AMI events per second
			  --answer-delay MS    how long auto-answering phones ring (default 400)
			  --time-scale F       factor on PBX timings (default 1.0)""";

	private SimulatorMain() {
	}

	public static void main(String[] args) throws Exception {
		SimulatorOptions options;
		try {
			options = SimulatorOptions.parse(args);
		} catch (IllegalArgumentException e) {
			System.err.println(e.getMessage());
			System.err.println(USAGE);
			System.exit(2);
			return;
		}
		AmiSimulator simulator = AmiSimulator.start(options);
		Runtime.getRuntime().addShutdownHook(new Thread(simulator::close, "simulator-shutdown"));
		System.out.println("Switchboard PBX simulator listening on " + options.bind() + ":" + simulator.port()
				+ " (user " + options.user() + ")");
		System.out.flush();
		new CountDownLatch(1).await();
	}
}
