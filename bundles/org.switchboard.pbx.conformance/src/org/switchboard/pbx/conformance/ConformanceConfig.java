package org.switchboard.pbx.conformance;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.switchboard.pbx.PbxEndpoint;
import org.switchboard.pbx.PbxException;
import org.switchboard.pbx.PbxInput;

/**
 * What the conformance suite runs against and which extensions it may use. Defaults: the reference lab (operator 1001,
 * auto-answering phones 1002-1008 and 1010, 1009 rings and never answers, queue 8000, context internal).
 *
 * @param endpoint     the AMI endpoint (with context and operator queue)
 * @param operator     the operator's extension (a queue member; its phone auto-answers)
 * @param phones       auto-answering phones the suite may call and call from; at least four
 * @param noAnswer     a registered phone that rings and never answers
 * @param unregistered a phone that is not registered, or null to look for one in the PBX's lists
 * @param timeout      how long to wait for each thing the PBX should report
 * @param noAnswerRing how long a wake-up call to the no-answer phone rings
 */
public record ConformanceConfig(PbxEndpoint endpoint, String operator, List<String> phones, String noAnswer,
		String unregistered, Duration timeout, Duration noAnswerRing) {

	public static final String USAGE = """
			usage: ./switchboard conformance --ami HOST:PORT --user USER --secret SECRET [options]
			  --operator EXT        the operator's extension (default 1001)
			  --phones LIST         auto-answering phones, e.g. 1002-1008,1010 (default; at least four)
			  --no-answer EXT       a registered phone that never answers (default 1009)
			  --unregistered EXT    a phone that is not registered (default: the first the PBX reports, if any)
			  --queue NUMBER        the operator queue (default 8000)
			  --context NAME        the site's dialplan context (default internal)
			  --timeout SECONDS     how long to wait for each expected report (default 10)
			  --ring SECONDS        ring time of the no-answer wake-up call (default 4)""";

	public ConformanceConfig {
		Objects.requireNonNull(endpoint, "endpoint");
		PbxInput.requireNumber("operator", operator);
		PbxInput.requireNumber("no-answer phone", noAnswer);
		if (unregistered != null) {
			PbxInput.requireNumber("unregistered phone", unregistered);
		}
		phones = List.copyOf(phones);
		for (String p : phones) {
			PbxInput.requireNumber("phone", p);
		}
		if (phones.size() < 4) {
			throw new PbxException(PbxException.Reason.INVALID_INPUT, "The suite needs at least four phones.");
		}
		Set<String> all = new LinkedHashSet<>(phones);
		all.add(operator);
		all.add(noAnswer);
		if (all.size() != phones.size() + 2) {
			throw new PbxException(PbxException.Reason.INVALID_INPUT,
					"The operator, the phones and the no-answer phone must all differ.");
		}
		if (timeout == null) {
			timeout = Duration.ofSeconds(10);
		}
		if (noAnswerRing == null) {
			noAnswerRing = Duration.ofSeconds(4);
		}
	}

	/** The lab's extensions at the given endpoint. */
	public static ConformanceConfig lab(PbxEndpoint endpoint) {
		return new ConformanceConfig(endpoint, "1001",
				List.of("1002", "1003", "1004", "1005", "1006", "1007", "1008", "1010"), "1009", null, null, null);
	}

	public ConformanceConfig withUnregistered(String extension) {
		return new ConformanceConfig(endpoint, operator, phones, noAnswer, extension, timeout, noAnswerRing);
	}

	public ConformanceConfig withTimeout(Duration value) {
		return new ConformanceConfig(endpoint, operator, phones, noAnswer, unregistered, value, noAnswerRing);
	}

	public ConformanceConfig withNoAnswerRing(Duration value) {
		return new ConformanceConfig(endpoint, operator, phones, noAnswer, unregistered, timeout, value);
	}

	public String queue() {
		return endpoint.operatorQueue();
	}

	public String context() {
		return endpoint.context();
	}

	/** Parses the command line of {@code ./switchboard conformance} (see {@link #USAGE}). */
	public static ConformanceConfig parse(String... args) {
		String ami = null;
		String user = null;
		String secret = null;
		String operator = "1001";
		String phones = "1002-1008,1010";
		String noAnswer = "1009";
		String unregistered = null;
		String queue = "8000";
		String context = "internal";
		Duration timeout = Duration.ofSeconds(10);
		Duration ring = Duration.ofSeconds(4);
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			if (i + 1 >= args.length) {
				throw new IllegalArgumentException("missing value for " + arg);
			}
			String value = args[++i];
			switch (arg) {
			case "--ami" -> ami = value;
			case "--user" -> user = value;
			case "--secret" -> secret = value;
			case "--operator" -> operator = value;
			case "--phones" -> phones = value;
			case "--no-answer" -> noAnswer = value;
			case "--unregistered" -> unregistered = value;
			case "--queue" -> queue = value;
			case "--context" -> context = value;
			case "--timeout" -> timeout = Duration.ofSeconds(positive(arg, value));
			case "--ring" -> ring = Duration.ofSeconds(positive(arg, value));
			default -> throw new IllegalArgumentException("unknown option " + arg);
			}
		}
		if (ami == null || user == null || secret == null) {
			throw new IllegalArgumentException("--ami, --user and --secret are required");
		}
		int colon = ami.lastIndexOf(':');
		String host = colon > 0 ? ami.substring(0, colon) : ami;
		int port;
		try {
			port = colon > 0 ? Integer.parseInt(ami.substring(colon + 1)) : 5038;
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("--ami must be HOST:PORT");
		}
		try {
			PbxEndpoint endpoint = new PbxEndpoint(host, port, user, secret, context, queue, Duration.ofSeconds(5));
			return new ConformanceConfig(endpoint, operator, numbers(phones), noAnswer, unregistered, timeout, ring);
		} catch (PbxException e) {
			throw new IllegalArgumentException(e.getMessage(), e);
		}
	}

	private static long positive(String arg, String value) {
		try {
			long n = Long.parseLong(value);
			if (n > 0 && n <= 600) {
				return n;
			}
		} catch (NumberFormatException e) {
			// below
		}
		throw new IllegalArgumentException(arg + " must be a number of seconds (1-600)");
	}

	/** {@code 1002-1004,1010} → 1002, 1003, 1004, 1010. */
	static List<String> numbers(String list) {
		List<String> out = new ArrayList<>();
		for (String part : list.split(",")) {
			String p = part.strip();
			int dash = p.indexOf('-');
			if (dash > 0) {
				String from = p.substring(0, dash);
				String to = p.substring(dash + 1);
				PbxInput.requireNumber("phone", from);
				PbxInput.requireNumber("phone", to);
				long a = Long.parseLong(from);
				long b = Long.parseLong(to);
				if (b < a || b - a > 1000 || from.length() != to.length()) {
					throw new IllegalArgumentException("bad phone range " + p);
				}
				for (long n = a; n <= b; n++) {
					out.add(String.format("%0" + from.length() + "d", n));
				}
			} else if (!p.isEmpty()) {
				out.add(p);
			}
		}
		return out;
	}
}
