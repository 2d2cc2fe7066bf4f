package org.switchboard.pbx.asterisk.tests;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import org.asteriskjava.manager.event.ManagerEvent;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.asteriskjava.manager.DefaultManagerConnection;
import org.asteriskjava.manager.event.FullyBootedEvent;
import org.switchboard.model.Site;
import org.switchboard.model.live.LiveModel;
import org.switchboard.pbx.asterisk.internal.AmiEventMapper;
import org.switchboard.pbx.asterisk.internal.ami.AmiClasses;
import org.switchboard.pbx.event.PbxEvent;
import org.switchboard.pbx.live.LiveModelUpdater;
import org.switchboard.pbx.transcripts.Transcript;

/**
 * Feeds a transcript's server bytes, message by message, through Asterisk-Java's own event builder (as its reader
 * does: lower-case keys, our event classes registered) and the {@link AmiEventMapper} into a live model.
 */
public final class AmiReplay implements AutoCloseable {

	/** One message of the server's byte stream, and the event Asterisk-Java builds from it (null if none). */
	public record Item(Map<String, String> headers, ManagerEvent event) {
		public String name() {
			return headers.get("event");
		}
	}

	public final LiveModel model = new LiveModel("replay-live-model");
	public final LiveModelUpdater updater = new LiveModelUpdater(model);
	public final AmiEventMapper mapper = new AmiEventMapper();
	public final List<PbxEvent> seen = new ArrayList<>();

	public AmiReplay() {
		updater.addListener(seen::add);
	}

	/**
	 * Every event message of the server's bytes, with the event a real Asterisk-Java {@code ManagerConnection} makes
	 * of it: the messages are written to a connected client over a loopback socket (each tagged with its index as
	 * {@code SequenceNumber}), in the transcript's order. Events the library drops have no item.
	 */
	public static List<Item> items(String serverBytes) {
		List<Map<String, String>> messages = new ArrayList<>();
		StringBuilder wire = new StringBuilder();
		for (String chunk : serverBytes.split("\r\n\r\n")) {
			Map<String, String> headers = new LinkedHashMap<>();
			StringBuilder raw = new StringBuilder();
			for (String line : chunk.split("\r\n")) {
				int colon = line.indexOf(':');
				if (colon > 0) {
					String value = line.substring(colon + 1);
					headers.put(line.substring(0, colon).toLowerCase(Locale.ENGLISH),
							value.startsWith(" ") ? value.substring(1) : value);
					if (!line.regionMatches(true, 0, "SequenceNumber:", 0, 15)) {
						raw.append(line).append("\r\n");
					}
				}
			}
			if (!headers.containsKey("event")) {
				continue; // responses and the banner
			}
			wire.append(raw).append("SequenceNumber: ").append(messages.size()).append("\r\n\r\n");
			messages.add(headers);
		}
		wire.append("Event: FullyBooted\r\nStatus: replay-end\r\n\r\n");
		List<Item> out = new ArrayList<>();
		CountDownLatch end = new CountDownLatch(1);
		try (FakeAmi ami = new FakeAmi()) {
			DefaultManagerConnection c = new DefaultManagerConnection("127.0.0.1", ami.port(), "test", "test");
			AmiClasses.EVENTS.forEach(c::registerUserEventClass);
			c.addEventListener(event -> {
				if (event instanceof FullyBootedEvent f && "replay-end".equals(f.getStatus())) {
					end.countDown();
				} else if (event.getSequenceNumber() != null && event.getSequenceNumber() >= 0
						&& event.getSequenceNumber() < messages.size()) {
					synchronized (out) {
						out.add(new Item(messages.get(event.getSequenceNumber()), event));
					}
				}
			});
			c.login();
			ami.write(wire.toString());
			if (!end.await(30, TimeUnit.SECONDS)) {
				throw new IllegalStateException("the replayed events did not arrive");
			}
			c.logoff();
		} catch (Exception e) {
			throw new IllegalStateException(e);
		}
		return out;
	}

	/** Replays the at-rest state of the lab (transcript 01) as a synchronisation, as the gateway does on login. */
	public AmiReplay syncAtRest() {
		model.post(site -> {
			mapper.beginSync();
			updater.apply(new PbxEvent.SyncStarted());
		});
		replay(Transcript.load("01-login-at-rest"));
		updater.post(new PbxEvent.SyncCompleted());
		model.sync();
		return this;
	}

	public void replay(Transcript t) {
		replay(items(t.serverBytes()), item -> false);
	}

	/** Replays up to and including the first item that matches; returns how many items were replayed. */
	public int replay(List<Item> items, Predicate<Item> stop) {
		int n = 0;
		for (Item item : items) {
			n++;
			apply(item.event());
			if (stop.test(item)) {
				break;
			}
		}
		model.sync();
		return n;
	}

	public void apply(ManagerEvent event) {
		if (event == null) {
			return;
		}
		model.post(site -> mapper.map(event).forEach(updater::apply));
	}

	public <T> T read(java.util.function.Function<Site, T> query) {
		return model.read(query).join();
	}

	@Override
	public void close() {
		model.close();
	}
}
