package org.switchboard.pbx.transcripts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.switchboard.pbx.simulator.AmiMessages;

/**
 * A reference AMI transcript recorded from a real Asterisk 22 (see {@code transcripts/README.md}): the blocks
 * the client sent, the blocks the server sent, and notes. The ground truth for the simulator and the event mapper.
 */
public final class Transcript {

	/** Who wrote a block. */
	public enum Direction {
		CLIENT_TO_SERVER, SERVER_TO_CLIENT, NOTE
	}

	/**
	 * One block: exact wire bytes (CRLF line ends) or a note. {@code connection} tells the AMI connections of a
	 * transcript with more than one apart (its tag, e.g. {@code A}); "" in a transcript of one connection.
	 */
	public record Block(Direction direction, double offsetSeconds, String text, String connection) {
	}

	/** One AMI message (a response or an event): its headers in wire order. Repeated keys keep the last value. */
	public record Message(Direction direction, double offsetSeconds, Map<String, String> headers) {

		public String get(String key) {
			return headers.get(key);
		}

		public boolean isEvent() {
			return headers.containsKey("Event");
		}

		public String event() {
			return headers.get("Event");
		}

		public boolean isResponse() {
			return headers.containsKey("Response");
		}

		public boolean isAction() {
			return headers.containsKey("Action");
		}
	}

	/** The file names of every transcript, in recording order. */
	public static final List<String> NAMES = List.of("01-login-at-rest", "02-originate-1001-to-1002", "03-hangup",
			"04-hold-park-resume", "05-hold-redirect-moh-resume", "06-blindtransfer-to-1003", "07-atxfer-to-1003",
			"08-chanspy-listen-quiet", "09-chanspy-whisper", "10-chanspy-barge", "11-force-release-both-legs",
			"12-db-dnd-callperm", "13-db-night-service", "14-queue-8000", "15-wakeup-originate-async",
			"16-db-missing-keys", "17-userevent-between-consoles", "18-pjsip-endpoint-detail");

	private static final Pattern MARKER = Pattern.compile("^### \\[\\+([0-9.]+)\\] (C->S|S->C|NOTE)(?: (\\w+))?$");

	private final String name;
	private final List<String> header;
	private final List<Block> blocks;

	private Transcript(String name, List<String> header, List<Block> blocks) {
		this.name = name;
		this.header = header;
		this.blocks = blocks;
	}

	/** Loads a transcript by name (e.g. {@code "06-blindtransfer-to-1003"}) from this bundle. */
	public static Transcript load(String name) {
		String resource = "/transcripts/" + name + ".txt";
		try (InputStream in = Transcript.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalArgumentException("no transcript " + resource);
			}
			return parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Reads a resource of this bundle (e.g. {@code "lab-config/extensions.conf"}). */
	public static String resource(String path) {
		try (InputStream in = Transcript.class.getResourceAsStream("/transcripts/" + path)) {
			if (in == null) {
				throw new IllegalArgumentException("no resource " + path);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static Transcript parse(String name, String text) {
		List<String> header = new ArrayList<>();
		List<Block> blocks = new ArrayList<>();
		Direction direction = null;
		double offset = 0;
		String connection = "";
		StringBuilder body = new StringBuilder();
		int start = 0;
		while (start < text.length()) {
			int lf = text.indexOf('\n', start);
			int end = lf < 0 ? text.length() : lf + 1;
			String line = text.substring(start, end);
			start = end;
			Matcher m = MARKER.matcher(line.stripTrailing());
			if (m.matches()) {
				if (direction != null) {
					blocks.add(new Block(direction, offset, body.toString(), connection));
				}
				offset = Double.parseDouble(m.group(1));
				connection = m.group(3) == null ? "" : m.group(3);
				direction = switch (m.group(2)) {
				case "C->S" -> Direction.CLIENT_TO_SERVER;
				case "S->C" -> Direction.SERVER_TO_CLIENT;
				default -> Direction.NOTE;
				};
				body.setLength(0);
			} else if (direction == null) {
				header.add(line.stripTrailing());
			} else {
				body.append(line);
			}
		}
		if (direction != null) {
			blocks.add(new Block(direction, offset, body.toString(), connection));
		}
		return new Transcript(name, Collections.unmodifiableList(header), Collections.unmodifiableList(blocks));
	}

	public String name() {
		return name;
	}

	/** The comment lines before the first block (Asterisk version, what was done). */
	public List<String> header() {
		return header;
	}

	public List<Block> blocks() {
		return blocks;
	}

	/** Everything the server sent, concatenated: the byte stream a client read. */
	public String serverBytes() {
		StringBuilder out = new StringBuilder();
		for (Block b : blocks) {
			if (b.direction() == Direction.SERVER_TO_CLIENT) {
				out.append(b.text());
			}
		}
		return out.toString();
	}

	/** Every message of the given direction (the banner line is skipped), in order. */
	public List<Message> messages(Direction direction) {
		List<Message> out = new ArrayList<>();
		for (Block b : blocks) {
			if (b.direction() != direction) {
				continue;
			}
			for (Map<String, String> headers : parseMessages(b.text())) {
				out.add(new Message(direction, b.offsetSeconds(), headers));
			}
		}
		return out;
	}

	/** Splits wire bytes into AMI messages: {@link AmiMessages#parse}, the parser the simulator and its clients use. */
	public static List<Map<String, String>> parseMessages(String wireText) {
		return AmiMessages.parse(wireText);
	}

	/** The tags of the AMI connections in order of first appearance: [""] for a transcript of one connection. */
	public List<String> connections() {
		return blocks.stream().filter(b -> b.direction() != Direction.NOTE).map(Block::connection).distinct().toList();
	}

	/** The events the server sent, in order. */
	public List<Message> events() {
		return messages(Direction.SERVER_TO_CLIENT).stream().filter(Message::isEvent).toList();
	}

	/** The actions the client sent, in order. */
	public List<Message> actions() {
		return messages(Direction.CLIENT_TO_SERVER).stream().filter(Message::isAction).toList();
	}
}
