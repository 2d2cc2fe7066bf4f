package org.switchboard.pbx.simulator;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The phones of a site, driven the way a real site's are: a plain AMI connection (text over TCP, no library) to any
 * AMI endpoint, the simulator or a real Asterisk, that makes the calls phones and outside callers make (an
 * {@code Originate} of the phone's own channel into the dialplan: the phone goes off-hook and dials), hangs them up,
 * and reads what the PBX runs. The one AMI client of tests and tools.
 * <p>
 * Two levels: the protocol ({@link #send}, {@link #action}, {@link #list}, and, on a connection that keeps its
 * history, {@link #awaitMessage} and friends over everything received), and what phones do ({@link #dial},
 * {@link #callQueue}, {@link #hangup}, {@link #channels} ...). Every value goes through {@link AmiMessages}'s CR/LF
 * guard; only {@link #sendRaw} writes bytes as given, for tests of the protocol itself.
 */
public final class SitePhones implements AutoCloseable {

	/** How long an answer or an awaited message may take. */
	public static final Duration TIMEOUT = Duration.ofSeconds(10);

	/** Whether a connection keeps every message it receives (tests that look back) or none (long-running tools). */
	public enum History {
		KEEP, NONE
	}

	/** What {@code CoreShowChannels} reports of one channel. */
	public record Running(String channel, String uniqueId, String state, String callerNumber, String connectedNumber,
			String context, String application, String data, String bridgeId) {

		/** Whether it is a channel of the device, e.g. {@code PJSIP/1002}. */
		public boolean onDevice(String device) {
			return channel.startsWith(device + "-");
		}

		/** Whether it is a channel of the extension's PJSIP phone. */
		public boolean of(String extension) {
			return onDevice("PJSIP/" + extension);
		}
	}

	private final Socket socket;
	private final OutputStream out;
	private final String banner;
	private final History history;
	private final List<Map<String, String>> received = new ArrayList<>();
	private final AtomicInteger ids = new AtomicInteger();
	private volatile String idPrefix = "phones-";
	private final Map<String, CompletableFuture<Map<String, String>>> responses = new ConcurrentHashMap<>();
	private final Map<String, ListCollector> lists = new ConcurrentHashMap<>();
	private final Map<String, CompletableFuture<Map<String, String>>> originates = new ConcurrentHashMap<>();
	private final List<Consumer<Map<String, String>>> taps = new CopyOnWriteArrayList<>();
	private final List<String> newChannels = new CopyOnWriteArrayList<>();
	private volatile String context = "internal";
	private boolean closed;
	private volatile boolean closing;

	private record ListCollector(List<Map<String, String>> items, CompletableFuture<List<Map<String, String>>> done) {
	}

	private SitePhones(Socket socket, History history) throws IOException {
		this.socket = socket;
		this.history = history;
		socket.setTcpNoDelay(true);
		socket.setSoTimeout((int) TIMEOUT.toMillis());
		this.out = socket.getOutputStream();
		AmiMessages.Reader in = new AmiMessages.Reader(new BufferedInputStream(socket.getInputStream()));
		String first = in.readLine();
		if (first == null) {
			throw new IOException("the AMI endpoint closed the connection before its banner");
		}
		this.banner = first;
		socket.setSoTimeout(0);
		Thread reader = new Thread(() -> readLoop(in), "site-phones-ami");
		reader.setDaemon(true);
		reader.start();
	}

	/** Opens a connection without logging in (its banner read). */
	public static SitePhones open(String host, int port, History history) throws IOException {
		Socket s = new Socket();
		try {
			s.connect(new InetSocketAddress(host, port), (int) TIMEOUT.toMillis());
			return new SitePhones(s, history);
		} catch (IOException e) {
			s.close();
			throw e;
		}
	}

	/**
	 * Opens a connection and logs in with the event mask {@code events} (e.g. {@code on}, {@code call}); keeps no
	 * history.
	 *
	 * @throws IOException when the endpoint cannot be reached or refuses the login
	 */
	public static SitePhones connect(String host, int port, String user, String secret, String events)
			throws IOException {
		SitePhones phones = open(host, port, History.NONE);
		Map<String, String> answer = phones.login(user, secret, events);
		if (!"Success".equalsIgnoreCase(answer.get("Response"))) {
			phones.close();
			throw new IOException("AMI login refused: " + answer.getOrDefault("Message", ""));
		}
		return phones;
	}

	/** The first line the endpoint sent ({@code Asterisk Call Manager/...}). */
	public String banner() {
		return banner;
	}

	/** The dialplan context the phones dial into (default {@code internal}). */
	public SitePhones useContext(String dialplanContext) {
		requireSafe(dialplanContext);
		this.context = dialplanContext;
		return this;
	}

	/**
	 * Starts the ActionIDs of this connection's actions with {@code prefix} (default {@code phones-}), so that the
	 * PBX's log and other AMI clients can tell whose actions they are.
	 */
	public SitePhones useActionIdPrefix(String prefix) {
		requireSafe(prefix);
		this.idPrefix = prefix;
		return this;
	}

	/** Tells every message to the consumer, on the reader thread (which it must not block). */
	public void tap(Consumer<Map<String, String>> consumer) {
		taps.add(consumer);
	}

	// ------------------------------------------------------------------ the protocol

	/** Logs in (no event mask: the endpoint's default) and returns the response. */
	public Map<String, String> login(String user, String secret) throws IOException {
		return action("Login", ordered("Username", user, "Secret", secret));
	}

	/** Logs in with an event mask and returns the response. */
	public Map<String, String> login(String user, String secret, String events) throws IOException {
		return action("Login", ordered("Username", user, "Secret", secret, "Events", events));
	}

	/**
	 * Sends a message with the headers in the order given ({@code Action} among them); an {@code ActionID} is added
	 * at the end when missing. Returns the ActionID.
	 */
	public String send(Map<String, String> headers) throws IOException {
		Map<String, String> message = new LinkedHashMap<>(headers);
		if (!message.containsKey("ActionID")) {
			message.put("ActionID", nextId());
		}
		write(AmiMessages.message(message));
		return message.get("ActionID");
	}

	/** {@link #send(Map)} with alternating keys and values. */
	public String send(String... keysAndValues) throws IOException {
		return send(ordered(keysAndValues));
	}

	/** Writes bytes as they are, bypassing the CR/LF guard: for tests of how an endpoint takes broken input. */
	public void sendRaw(byte[] bytes) throws IOException {
		write(bytes);
	}

	/** Sends an action and waits for its response. */
	public Map<String, String> action(String action, Map<String, String> fields) throws IOException {
		String id = nextId();
		CompletableFuture<Map<String, String>> response = new CompletableFuture<>();
		responses.put(id, response);
		try {
			write(AmiMessages.action(action, withId(id, fields)));
			return get(response, TIMEOUT, action);
		} finally {
			responses.remove(id);
		}
	}

	/**
	 * Sends an action answered by a list of events and returns the events up to (without) the one that completes
	 * the list ({@code EventList: Complete}); empty when the endpoint answers with an error.
	 */
	public List<Map<String, String>> list(String action, Map<String, String> fields) throws IOException {
		String id = nextId();
		ListCollector collector = new ListCollector(new ArrayList<>(), new CompletableFuture<>());
		CompletableFuture<Map<String, String>> response = new CompletableFuture<>();
		lists.put(id, collector);
		responses.put(id, response);
		try {
			write(AmiMessages.action(action, withId(id, fields)));
			if (!"Success".equalsIgnoreCase(get(response, TIMEOUT, action).get("Response"))) {
				return List.of();
			}
			return get(collector.done(), TIMEOUT, action + " list");
		} finally {
			responses.remove(id);
			lists.remove(id);
		}
	}

	/** Every message received so far (a connection that keeps its history). */
	public synchronized List<Map<String, String>> messages() {
		requireHistory();
		return new ArrayList<>(received);
	}

	public synchronized boolean isClosed() {
		return closed;
	}

	/** The response to the action with this ActionID, received or still to come. */
	public Map<String, String> awaitResponse(String actionId) {
		return awaitMessage(m -> m.containsKey("Response") && actionId.equals(m.get("ActionID")));
	}

	/** Every message with this ActionID (response, items, Complete event), once the list is complete or failed. */
	public List<Map<String, String>> awaitList(String actionId) {
		awaitMessage(m -> actionId.equals(m.get("ActionID"))
				&& ("Complete".equals(m.get("EventList")) || "Error".equals(m.get("Response"))));
		return messages().stream().filter(m -> actionId.equals(m.get("ActionID"))).toList();
	}

	/** The first event of this type that matches, received or still to come. */
	public Map<String, String> awaitEvent(String event, Predicate<Map<String, String>> condition) {
		return awaitMessage(m -> event.equals(m.get("Event")) && condition.test(m));
	}

	/**
	 * The first message received since the connection opened that matches, waiting up to {@link #TIMEOUT}.
	 *
	 * @throws IllegalStateException when none comes in time
	 */
	public Map<String, String> awaitMessage(Predicate<Map<String, String>> condition) {
		requireHistory();
		@SuppressWarnings("unchecked")
		Map<String, String>[] found = new Map[1];
		int[] scanned = { 0 };
		boolean ok = await(() -> {
			for (; scanned[0] < received.size(); scanned[0]++) {
				if (condition.test(received.get(scanned[0]))) {
					found[0] = received.get(scanned[0]);
					return true;
				}
			}
			return false;
		}, TIMEOUT);
		if (!ok) {
			throw new IllegalStateException(
					"no such AMI message within " + TIMEOUT + "; received " + received.size() + " messages");
		}
		return found[0];
	}

	/**
	 * Waits until the condition holds or the time-out passes; the condition is tested under this object's lock,
	 * again after each message received. Returns whether it holds.
	 */
	public synchronized boolean await(BooleanSupplier condition, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			long left = deadline - System.nanoTime();
			if (left <= 0) {
				return false;
			}
			try {
				wait(Math.max(1, left / 1_000_000));
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return false;
			}
		}
		return true;
	}

	/** Waits until the endpoint closed the connection. */
	public boolean awaitClosed(Duration timeout) {
		return await(() -> closed, timeout);
	}

	// ------------------------------------------------------------------ what phones and callers do

	/**
	 * An async {@code Originate} with these fields ({@code Channel}, {@code Context}/{@code Exten} or
	 * {@code Application} ...); completes with the {@code OriginateResponse} event.
	 *
	 * @throws IOException when the endpoint refuses the action
	 */
	public CompletableFuture<Map<String, String>> originate(Map<String, String> fields) throws IOException {
		Map<String, String> action = new LinkedHashMap<>(fields);
		action.put("Async", "true");
		String id = nextId();
		CompletableFuture<Map<String, String>> done = new CompletableFuture<>();
		originates.put(id, done);
		CompletableFuture<Map<String, String>> response = new CompletableFuture<>();
		responses.put(id, response);
		try {
			write(AmiMessages.action("Originate", withId(id, action)));
			Map<String, String> r = get(response, TIMEOUT, "Originate");
			if (!"Success".equalsIgnoreCase(r.get("Response"))) {
				originates.remove(id);
				throw new IOException("the PBX refused to originate " + fields.get("Channel") + ": "
						+ r.getOrDefault("Message", ""));
			}
			return done;
		} finally {
			responses.remove(id);
		}
	}

	/**
	 * The phone {@code device} (e.g. {@code PJSIP/1002}) goes off-hook and dials {@code number} in the site's
	 * context, with the caller id {@code "Ext <callerNumber>" <callerNumber>}; the phone answers its own leg as the
	 * lab's phones do. Completes with the Originate reason: 4 when the phone's own leg answered.
	 */
	public CompletableFuture<Integer> dial(String device, String callerNumber, String number, Duration ringFor)
			throws IOException {
		return originate(ordered("Channel", device, "Context", context, "Exten", number, "Priority", "1", "CallerID",
				"\"Ext " + callerNumber + "\" <" + callerNumber + ">", "Timeout", String.valueOf(ringFor.toMillis())))
				.thenApply(SitePhones::reason);
	}

	/** The extension's PJSIP phone dials {@code number} and may ring for 30 s. */
	public CompletableFuture<Integer> dial(String extension, String number) throws IOException {
		return dial("PJSIP/" + extension, extension, number, Duration.ofSeconds(30));
	}

	/** Dials and waits until the phone's own leg is up (it then rings the number). */
	public void dialNow(String extension, String number) throws IOException {
		int reason = reasonWithin(dial(extension, number), Duration.ofSeconds(20));
		if (reason != 4) {
			throw new IllegalStateException(
					"the phone " + extension + " did not go off-hook (Originate reason " + reason + ")");
		}
	}

	/** Dials from a device and waits for the Originate reason (4: the phone answered its own leg). */
	public int dialAndWait(String device, String callerNumber, String number, Duration ringFor) throws IOException {
		return reasonWithin(dial(device, callerNumber, number, ringFor), ringFor.plusSeconds(10));
	}

	/**
	 * An outside caller rings a queue: a Local channel into the site's context at the queue's number, with the
	 * caller's id, as a trunk call arrives. The caller waits in the queue; nothing answers the Local side.
	 */
	public CompletableFuture<Integer> callQueue(String queue, String callerNumber, String callerName)
			throws IOException {
		return originate(ordered("Channel", "Local/" + queue + "@" + context, "Application", "Wait", "Data", "600",
				"CallerID", "\"" + callerName + "\" <" + callerNumber + ">", "Timeout",
				String.valueOf(Duration.ofMinutes(5).toMillis()))).thenApply(SitePhones::reason);
	}

	/** Hangs up one channel by name; returns whether the PBX had it. */
	public boolean hangup(String channel) throws IOException {
		return "Success".equalsIgnoreCase(action("Hangup", ordered("Channel", channel)).get("Response"));
	}

	/** Hangs up every channel the PBX runs, and returns how many there were. */
	public int hangupAll() throws IOException {
		List<Running> all = channels();
		for (Running r : all) {
			hangup(r.channel());
		}
		return all.size();
	}

	// ------------------------------------------------------------------ what the PBX says

	/** A point in the stream of new channels, for {@link #rangSince}. */
	public int mark() {
		return newChannels.size();
	}

	/** Whether the PBX made a channel to the extension's phone since the mark (it rang, however briefly). */
	public boolean rangSince(int mark, String extension) {
		return newChannels.subList(mark, newChannels.size()).stream()
				.anyMatch(n -> n.startsWith("PJSIP/" + extension + "-"));
	}

	/** The channels the PBX runs now. */
	public List<Running> channels() throws IOException {
		List<Running> running = new ArrayList<>();
		for (Map<String, String> e : list("CoreShowChannels", Map.of())) {
			if ("CoreShowChannel".equalsIgnoreCase(e.get("Event"))) {
				running.add(new Running(e.getOrDefault("Channel", ""), e.getOrDefault("Uniqueid", ""),
						e.getOrDefault("ChannelStateDesc", ""), e.getOrDefault("CallerIDNum", ""),
						e.getOrDefault("ConnectedLineNum", ""), e.getOrDefault("Context", ""),
						e.getOrDefault("Application", ""), e.getOrDefault("ApplicationData", ""),
						e.getOrDefault("BridgeId", "")));
			}
		}
		return running;
	}

	/** The channels of one extension's phone. */
	public List<Running> channelsOf(String extension) throws IOException {
		return channels().stream().filter(r -> r.of(extension)).toList();
	}

	/**
	 * Whether two extensions' phones talk to each other: in one bridge, or in two bridges joined by the two halves of
	 * a Local channel (as an attended transfer's consultation call runs).
	 */
	public boolean bridged(String a, String b) throws IOException {
		List<Running> all = channels();
		Map<String, String> joined = new HashMap<>();
		Map<String, String> localHalf = new HashMap<>();
		for (Running r : all) {
			if (r.channel().startsWith("Local/") && !r.bridgeId().isEmpty() && r.channel().contains(";")) {
				String pair = r.channel().substring(0, r.channel().lastIndexOf(';'));
				String other = localHalf.putIfAbsent(pair, r.bridgeId());
				if (other != null) {
					joined.put(root(joined, r.bridgeId()), root(joined, other));
				}
			}
		}
		for (Running x : all) {
			for (Running y : all) {
				if (x.of(a) && y.of(b) && !x.bridgeId().isEmpty() && !y.bridgeId().isEmpty()
						&& root(joined, x.bridgeId()).equals(root(joined, y.bridgeId()))) {
					return true;
				}
			}
		}
		return false;
	}

	private static String root(Map<String, String> joined, String bridge) {
		String r = bridge;
		while (joined.containsKey(r) && !joined.get(r).equals(r)) {
			r = joined.get(r);
		}
		return r;
	}

	/** A value of the PBX's AstDB, or null when the key is not set. */
	public String dbGet(String family, String key) throws IOException {
		for (Map<String, String> e : list("DBGet", ordered("Family", family, "Key", key))) {
			if ("DBGetResponse".equalsIgnoreCase(e.get("Event"))) {
				return e.get("Val");
			}
		}
		return null;
	}

	/** The PJSIP endpoints with a registered phone (a contact), in the PBX's order. */
	public List<String> registeredEndpoints() throws IOException {
		List<String> out = new ArrayList<>();
		for (Map<String, String> e : list("PJSIPShowEndpoints", Map.of())) {
			if ("EndpointList".equalsIgnoreCase(e.get("Event")) && !e.getOrDefault("Contacts", "").isEmpty()) {
				out.add(e.get("ObjectName"));
			}
		}
		return out;
	}

	// ------------------------------------------------------------------ the wire

	private String nextId() {
		return idPrefix + ids.incrementAndGet();
	}

	private static Map<String, String> withId(String id, Map<String, String> fields) {
		Map<String, String> m = new LinkedHashMap<>();
		m.put("ActionID", id);
		fields.forEach((k, v) -> {
			if (!"ActionID".equalsIgnoreCase(k)) {
				m.put(k, v);
			}
		});
		return m;
	}

	private static Map<String, String> ordered(String... keysAndValues) {
		if (keysAndValues.length % 2 != 0) {
			throw new IllegalArgumentException("keys and values must pair up");
		}
		Map<String, String> m = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			m.put(keysAndValues[i], keysAndValues[i + 1]);
		}
		return m;
	}

	private static void requireSafe(String value) {
		if (!AmiMessages.isSafe(value)) {
			throw new IllegalArgumentException("CR/LF in an AMI value");
		}
	}

	private void requireHistory() {
		if (history != History.KEEP) {
			throw new IllegalStateException("this connection keeps no history");
		}
	}

	private void write(byte[] bytes) throws IOException {
		if (isClosed()) {
			throw new IOException("the AMI connection is closed");
		}
		synchronized (out) {
			out.write(bytes);
			out.flush();
		}
	}

	private static <T> T get(CompletableFuture<T> future, Duration timeout, String what) throws IOException {
		try {
			return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
		} catch (TimeoutException e) {
			throw new IOException("no answer to " + what + " within " + timeout, e);
		} catch (ExecutionException e) {
			throw new IOException(what + " failed", e.getCause());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while waiting for " + what, e);
		}
	}

	private static int reason(Map<String, String> originateResponse) {
		try {
			return Integer.parseInt(originateResponse.getOrDefault("Reason", "0").strip());
		} catch (NumberFormatException e) {
			return 0;
		}
	}

	private static int reasonWithin(CompletableFuture<Integer> reason, Duration timeout) throws IOException {
		return get(reason, timeout, "the phone's Originate");
	}

	private void readLoop(AmiMessages.Reader in) {
		try {
			for (Map<String, String> m = in.next(); m != null; m = in.next()) {
				dispatch(m);
			}
		} catch (IOException e) {
			if (!closing) {
				System.err.println("site phones: AMI connection lost: " + e);
			}
		}
		synchronized (this) {
			closed = true;
			notifyAll();
		}
		IOException gone = new IOException("the AMI connection is closed");
		responses.values().forEach(f -> f.completeExceptionally(gone));
		lists.values().forEach(l -> l.done().completeExceptionally(gone));
		originates.values().forEach(f -> f.completeExceptionally(gone));
	}

	private void dispatch(Map<String, String> m) {
		// taps first: whoever awaits a message in the history may rely on the taps having seen it
		for (Consumer<Map<String, String>> tap : taps) {
			tap.accept(m);
		}
		if (history == History.KEEP) {
			synchronized (this) {
				received.add(m);
				notifyAll();
			}
		}
		String id = m.get("ActionID");
		String event = m.get("Event");
		if ("Newchannel".equalsIgnoreCase(event)) {
			newChannels.add(m.getOrDefault("Channel", ""));
		}
		if (id == null) {
			return;
		}
		if (event == null) {
			CompletableFuture<Map<String, String>> f = responses.get(id);
			if (f != null) {
				f.complete(m);
			}
		} else if ("OriginateResponse".equalsIgnoreCase(event)) {
			CompletableFuture<Map<String, String>> f = originates.remove(id);
			if (f != null) {
				f.complete(m);
			}
		} else {
			ListCollector list = lists.get(id);
			if (list == null) {
				return;
			}
			if ("Complete".equalsIgnoreCase(m.get("EventList"))) {
				list.done().complete(List.copyOf(list.items()));
			} else {
				list.items().add(m);
			}
		}
	}

	/** Logs off (best effort) and closes the connection. */
	@Override
	public void close() {
		closing = true;
		try {
			write(AmiMessages.action("Logoff", Map.of("ActionID", idPrefix + "bye")));
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
