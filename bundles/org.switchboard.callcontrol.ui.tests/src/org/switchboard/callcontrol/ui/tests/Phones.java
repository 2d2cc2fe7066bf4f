package org.switchboard.callcontrol.ui.tests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The phones and the outside world of the demo site, driven the way a real site's are: a second AMI connection to
 * the PBX the console is logged in to, which originates the phones' channels into the dialplan (a phone going
 * off-hook and dialling) and lists what the PBX runs ({@code CoreShowChannels}). A plain AMI client (text over TCP),
 * so that it depends on nothing of the console.
 */
final class Phones implements AutoCloseable {

	/** What {@code CoreShowChannels} reports of one channel. */
	record Running(String channel, String uniqueId, String state, String callerNumber, String connectedNumber,
			String context, String application, String data, String bridgeId) {

		boolean of(String extension) {
			return channel.startsWith("PJSIP/" + extension + "-");
		}
	}

	private final Socket socket;
	private final Writer out;
	private final Thread reader;
	private final AtomicInteger ids = new AtomicInteger();
	private final Map<String, CompletableFuture<List<Map<String, String>>>> pending = new ConcurrentHashMap<>();
	private final Map<String, List<Map<String, String>>> lists = new ConcurrentHashMap<>();
	private final Map<String, CompletableFuture<Integer>> originates = new ConcurrentHashMap<>();
	private final List<Consumer<Map<String, String>>> taps = new java.util.concurrent.CopyOnWriteArrayList<>();
	private final List<String> newChannels = new java.util.concurrent.CopyOnWriteArrayList<>();
	private volatile boolean closed;

	private Phones(Socket socket) throws IOException {
		this.socket = socket;
		this.out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8);
		BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
		in.readLine(); // "Asterisk Call Manager/..."
		reader = new Thread(() -> read(in), "test-phones-ami");
		reader.setDaemon(true);
		reader.start();
	}

	/** Logs in to the PBX at host:port. */
	static Phones connect(String host, int port, String user, String secret) throws Exception {
		Socket s = new Socket();
		s.connect(new InetSocketAddress(host, port), 5000);
		Phones p = new Phones(s);
		Map<String, String> login = p.send("Login", Map.of("Username", user, "Secret", secret, "Events", "on"));
		if (!"Success".equalsIgnoreCase(login.get("Response"))) {
			p.close();
			throw new IOException("AMI login refused: " + login);
		}
		return p;
	}

	/** Tells every AMI event to the consumer (on the reader thread), e.g. for a benchmark's clock. */
	void tap(Consumer<Map<String, String>> consumer) {
		taps.add(consumer);
	}

	// ------------------------------------------------------------------ what phones and callers do

	/**
	 * The phone {@code extension} goes off-hook and dials {@code number} (async Originate of PJSIP/ext into the
	 * internal context, the phone answering its own call as the lab's phones do). Completes with the Originate
	 * reason: 4 when the phone's own leg answered.
	 */
	CompletableFuture<Integer> dial(String extension, String number) throws Exception {
		return originate("PJSIP/" + extension, Map.of("Context", "internal", "Exten", number, "Priority", "1",
				"CallerID", "\"Ext " + extension + "\" <" + extension + ">"), Duration.ofSeconds(30));
	}

	/** Dials and waits until the phone's own leg is up (it then rings the number). */
	void dialNow(String extension, String number) throws Exception {
		int reason = dial(extension, number).get(20, TimeUnit.SECONDS);
		if (reason != 4) {
			throw new AssertionError("the phone " + extension + " did not go off-hook (Originate reason " + reason + ")");
		}
	}

	/**
	 * An outside caller rings the operator queue: a Local channel into the internal context's queue number, with
	 * the caller's id, as a trunk call arrives. The caller waits in the queue; nothing answers the Local side.
	 */
	void callQueue(String queue, String callerNumber, String callerName) throws Exception {
		originate("Local/" + queue + "@internal", Map.of("Application", "Wait", "Data", "600", "CallerID",
				"\"" + callerName + "\" <" + callerNumber + ">"), Duration.ofMinutes(5));
	}

	private CompletableFuture<Integer> originate(String channel, Map<String, String> fields, Duration ringFor)
			throws Exception {
		Map<String, String> action = new LinkedHashMap<>();
		action.put("Channel", channel);
		action.putAll(fields);
		action.put("Timeout", String.valueOf(ringFor.toMillis()));
		action.put("Async", "true");
		String id = "phones-" + ids.incrementAndGet();
		CompletableFuture<Integer> done = new CompletableFuture<>();
		originates.put(id, done);
		Map<String, String> r = send("Originate", action, id);
		if (!"Success".equalsIgnoreCase(r.get("Response"))) {
			originates.remove(id);
			throw new AssertionError("the PBX refused to originate " + channel + ": " + r);
		}
		return done;
	}

	/** Hangs up one channel by name. */
	void hangup(String channel) throws Exception {
		send("Hangup", Map.of("Channel", channel));
	}

	/** Hangs up every channel of the site (between tests), and returns how many there were. */
	int hangupAll() throws Exception {
		List<Running> all = channels();
		for (Running r : all) {
			hangup(r.channel());
		}
		return all.size();
	}

	// ------------------------------------------------------------------ what the PBX says

	/** A point in the stream of new channels, for {@link #rangSince}. */
	int mark() {
		return newChannels.size();
	}

	/** Whether the PBX made a channel to the extension's phone since the mark (it rang, however briefly). */
	boolean rangSince(int mark, String extension) {
		return newChannels.subList(mark, newChannels.size()).stream().anyMatch(n -> n.startsWith("PJSIP/" + extension + "-"));
	}

	/** The channels the PBX runs now. */
	List<Running> channels() throws Exception {
		List<Running> out = new ArrayList<>();
		for (Map<String, String> e : list("CoreShowChannels", Map.of(), "CoreShowChannelsComplete")) {
			if ("CoreShowChannel".equalsIgnoreCase(e.get("Event"))) {
				out.add(new Running(e.getOrDefault("Channel", ""), e.getOrDefault("Uniqueid", ""),
						e.getOrDefault("ChannelStateDesc", ""), e.getOrDefault("CallerIDNum", ""),
						e.getOrDefault("ConnectedLineNum", ""), e.getOrDefault("Context", ""),
						e.getOrDefault("Application", ""), e.getOrDefault("ApplicationData", ""),
						e.getOrDefault("BridgeId", "")));
			}
		}
		return out;
	}

	/** The channels of one extension's phone. */
	List<Running> channelsOf(String extension) throws Exception {
		return channels().stream().filter(r -> r.of(extension)).toList();
	}

	/**
	 * Whether two extensions' phones talk to each other: in one bridge, or in two bridges joined by the two halves of
	 * a Local channel (as an attended transfer's consultation call runs).
	 */
	boolean bridged(String a, String b) throws Exception {
		List<Running> all = channels();
		Map<String, String> joined = new java.util.HashMap<>(); // bridge -> representative
		java.util.function.UnaryOperator<String> find = new java.util.function.UnaryOperator<>() {
			@Override
			public String apply(String x) {
				String r = joined.getOrDefault(x, x);
				return r.equals(x) ? x : apply(r);
			}
		};
		Map<String, String> localHalf = new java.util.HashMap<>();
		for (Running r : all) {
			if (r.channel().startsWith("Local/") && !r.bridgeId().isEmpty() && r.channel().contains(";")) {
				String pair = r.channel().substring(0, r.channel().lastIndexOf(';'));
				String other = localHalf.putIfAbsent(pair, r.bridgeId());
				if (other != null) {
					joined.put(find.apply(r.bridgeId()), find.apply(other));
				}
			}
		}
		for (Running x : all) {
			if (x.of(a) && !x.bridgeId().isEmpty()) {
				for (Running y : all) {
					if (y.of(b) && !y.bridgeId().isEmpty()
							&& find.apply(x.bridgeId()).equals(find.apply(y.bridgeId()))) {
						return true;
					}
				}
			}
		}
		return false;
	}

	/** A value of the PBX's AstDB, or null. */
	String dbGet(String family, String key) throws Exception {
		List<Map<String, String>> events = list("DBGet", Map.of("Family", family, "Key", key), "DBGetComplete");
		for (Map<String, String> e : events) {
			if ("DBGetResponse".equalsIgnoreCase(e.get("Event"))) {
				return e.get("Val");
			}
		}
		return null;
	}

	// ------------------------------------------------------------------ the protocol

	private Map<String, String> send(String action, Map<String, String> fields) throws Exception {
		return send(action, fields, "phones-" + ids.incrementAndGet());
	}

	private Map<String, String> send(String action, Map<String, String> fields, String id) throws Exception {
		CompletableFuture<List<Map<String, String>>> response = new CompletableFuture<>();
		pending.put(id, response);
		write(action, fields, id);
		return response.get(10, TimeUnit.SECONDS).get(0);
	}

	/** An action answered by a list of events ending with {@code completeEvent}. */
	private List<Map<String, String>> list(String action, Map<String, String> fields, String completeEvent)
			throws Exception {
		String id = "phones-" + ids.incrementAndGet();
		CompletableFuture<List<Map<String, String>>> done = new CompletableFuture<>();
		lists.put(id, new ArrayList<>());
		pending.put(id + "/" + completeEvent.toLowerCase(java.util.Locale.ROOT), done);
		CompletableFuture<List<Map<String, String>>> response = new CompletableFuture<>();
		pending.put(id, response);
		write(action, fields, id);
		Map<String, String> r = response.get(10, TimeUnit.SECONDS).get(0);
		if (!"Success".equalsIgnoreCase(r.get("Response"))) {
			pending.remove(id + "/" + completeEvent.toLowerCase(java.util.Locale.ROOT));
			lists.remove(id);
			return List.of();
		}
		return done.get(10, TimeUnit.SECONDS);
	}

	private synchronized void write(String action, Map<String, String> fields, String id) throws IOException {
		StringBuilder b = new StringBuilder("Action: ").append(action).append("\r\nActionID: ").append(id).append("\r\n");
		fields.forEach((k, v) -> b.append(k).append(": ").append(v).append("\r\n"));
		out.write(b.append("\r\n").toString());
		out.flush();
	}

	private void read(BufferedReader in) {
		Map<String, String> message = new LinkedHashMap<>();
		try {
			String line;
			while ((line = in.readLine()) != null) {
				if (line.isEmpty()) {
					if (!message.isEmpty()) {
						dispatch(message);
						message = new LinkedHashMap<>();
					}
					continue;
				}
				int colon = line.indexOf(':');
				if (colon > 0) {
					message.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
				}
			}
		} catch (IOException e) {
			if (!closed) {
				System.err.println("test phones: AMI connection lost: " + e);
			}
		}
	}

	private void dispatch(Map<String, String> m) {
		String id = m.get("ActionID");
		String event = m.get("Event");
		if (event == null) {
			CompletableFuture<List<Map<String, String>>> f = id == null ? null : pending.remove(id);
			if (f != null) {
				f.complete(List.of(m));
			}
			return;
		}
		if ("Newchannel".equalsIgnoreCase(event)) {
			newChannels.add(m.getOrDefault("Channel", ""));
		}
		for (Consumer<Map<String, String>> tap : taps) {
			tap.accept(m);
		}
		if ("OriginateResponse".equalsIgnoreCase(event) && id != null) {
			CompletableFuture<Integer> f = originates.remove(id);
			if (f != null) {
				f.complete(Integer.parseInt(m.getOrDefault("Reason", "0")));
			}
			return;
		}
		if (id != null && lists.containsKey(id)) {
			CompletableFuture<List<Map<String, String>>> done = pending
					.remove(id + "/" + event.toLowerCase(java.util.Locale.ROOT));
			if (done != null) {
				done.complete(lists.remove(id));
			} else {
				lists.get(id).add(m);
			}
		}
	}

	@Override
	public void close() {
		closed = true;
		try {
			write("Logoff", Map.of(), "phones-bye");
		} catch (IOException e) {
			// gone already
		}
		try {
			socket.close();
		} catch (IOException e) {
			// closing anyway
		}
	}
}
