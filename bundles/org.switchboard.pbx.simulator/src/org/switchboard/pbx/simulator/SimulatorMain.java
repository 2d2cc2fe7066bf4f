package org.switchboard.pbx.simulator;

import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
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
		AmiSimulator simulator = start(args, System.out, System.err);
		if (simulator == null) {
			System.exit(2);
			return;
		}
		Runtime.getRuntime().addShutdownHook(new Thread(simulator::close, "simulator-shutdown"));
		new CountDownLatch(1).await();
	}

	/**
	 * Starts the simulator the command line describes and says where it listens; on bad arguments or a port that
	 * cannot be opened prints one plain line (and the usage for bad arguments) to {@code err} and returns null: a
	 * person starting it wants to know which port is taken and how to pick another, not a stack trace.
	 */
	public static AmiSimulator start(String[] args, PrintStream out, PrintStream err) {
		SimulatorOptions options;
		try {
			options = SimulatorOptions.parse(args);
		} catch (IllegalArgumentException e) {
			err.println(e.getMessage());
			err.println(USAGE);
			return null;
		}
		AmiSimulator simulator;
		try {
			simulator = AmiSimulator.start(options);
		} catch (BindException e) {
			err.println("Port " + options.port() + " on " + options.bind()
					+ " is already in use (another simulator or PBX?): stop it, or choose another port with --port N.");
			return null;
		} catch (IOException e) {
			err.println("Cannot listen on " + options.bind() + ":" + options.port() + ": " + e.getMessage());
			return null;
		}
		out.println("Switchboard PBX simulator listening on " + options.bind() + ":" + simulator.port() + " (user "
				+ options.user() + ")");
		out.flush();
		return simulator;
	}
}
