package org.switchboard.pbx.conformance;

/** One case of the PBX contract: its feature id ({@code C1}, {@code X3}, {@code S2}, {@code Q1}...) and what it checks. */
public record ConformanceCase(String id, String title, Body body) {

	/** The case's steps; an {@link AssertionError} or any exception fails it. */
	@FunctionalInterface
	public interface Body {
		void run() throws Exception;
	}

	/** "C1 originate ..." as shown in reports and test names. */
	public String displayName() {
		return id + " " + title;
	}
}
