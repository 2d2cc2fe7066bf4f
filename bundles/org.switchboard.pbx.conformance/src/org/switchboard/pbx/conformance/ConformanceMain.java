package org.switchboard.pbx.conformance;

import java.util.List;

/**
 * {@code ./switchboard conformance --ami HOST:PORT --user U --secret S [...]}: runs every case of the PBX contract
 * against the AMI endpoint and prints one line per case, then {@code N passed, N failed}. Exit code 0 only if every
 * case passed; 1 if one failed; 2 for a bad command line or a PBX that cannot be reached.
 */
public final class ConformanceMain {

	private ConformanceMain() {
	}

	public static void main(String[] args) {
		System.exit(run(args));
	}

	static int run(String... args) {
		ConformanceConfig config;
		try {
			config = ConformanceConfig.parse(args);
		} catch (IllegalArgumentException e) {
			System.err.println(e.getMessage());
			System.err.println(ConformanceConfig.USAGE);
			return 2;
		}
		try (ConformanceSuite suite = new ConformanceSuite(config)) {
			try {
				suite.open();
			} catch (Exception e) {
				System.out.println("cannot start: " + e.getMessage());
				System.out.println("0 passed, " + suite.cases().size() + " failed");
				return 2;
			}
			List<CaseResult> results = suite.runAll(r -> {
				System.out.println(r.line());
				System.out.flush();
			});
			long passed = results.stream().filter(CaseResult::passed).count();
			long failed = results.size() - passed;
			System.out.println(passed + " passed, " + failed + " failed");
			return failed == 0 ? 0 : 1;
		}
	}
}
