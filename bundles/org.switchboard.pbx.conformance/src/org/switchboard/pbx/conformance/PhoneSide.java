package org.switchboard.pbx.conformance;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.asteriskjava.manager.DefaultManagerConnection;
import org.asteriskjava.manager.ManagerConnection;
import org.asteriskjava.manager.ResponseEvents;
import org.asteriskjava.manager.action.CoreShowChannelsAction;
import org.asteriskjava.manager.action.OriginateAction;
import org.asteriskjava.manager.event.CoreShowChannelEvent;
import org.asteriskjava.manager.event.OriginateResponseEvent;
import org.asteriskjava.manager.event.ResponseEvent;
import org.asteriskjava.manager.response.ManagerError;
import org.asteriskjava.manager.response.ManagerResponse;
import org.switchboard.pbx.PbxEndpoint;
import org.switchboard.pbx.PbxInput;

/**
 * The suite's second AMI connection, for what the console does not do: making the calls that phones and outside
 * callers make (as a real site does it: an async {@code Originate} of the phone's channel, which auto-answers, into the
 * dialplan) and reading {@code CoreShowChannels} where the live model does not carry a detail.
 */
final class PhoneSide implements AutoCloseable {

	/** What {@code CoreShowChannels} says a channel runs. */
	record Running(String uniqueId, String channel, String application, String data) {
	}

	private final PbxEndpoint endpoint;
	private final Map<String, CompletableFuture<OriginateResponseEvent>> originates = new ConcurrentHashMap<>();
	private final AtomicInteger ids = new AtomicInteger();
	private ManagerConnection connection;

	PhoneSide(PbxEndpoint endpoint) {
		this.endpoint = endpoint;
	}

	void open() throws Exception {
		DefaultManagerConnection c = new DefaultManagerConnection(endpoint.host(), endpoint.port(), endpoint.user(),
				endpoint.secret());
		c.setDefaultResponseTimeout(endpoint.responseTimeout().toMillis());
		c.setSocketTimeout(5000);
		c.addEventListener(event -> {
			if (event instanceof OriginateResponseEvent o && o.getActionId() != null) {
				CompletableFuture<OriginateResponseEvent> f = originates.remove(o.getActionId());
				if (f != null) {
					f.complete(o);
				}
			}
		});
		c.login("call");
		connection = c;
	}

	/**
	 * The phone ({@code device}, e.g. PJSIP/1002) calls {@code number}: Originate of the phone's channel into the
	 * site's context with the phone's caller id. Returns the OriginateResponse reason (4 = the phone answered).
	 */
	int call(String device, String callerNumber, String number, Duration ringFor) throws Exception {
		PbxInput.requireNumber("caller number", callerNumber);
		PbxInput.requireNumber("number", number);
		if (!device.matches("[A-Za-z0-9_./@-]{1,64}")) {
			throw new IllegalArgumentException("not a device: " + device);
		}
		OriginateAction a = new OriginateAction();
		String id = "conformance-" + ids.incrementAndGet();
		a.setActionId(id);
		a.setChannel(device);
		a.setContext(endpoint.context());
		a.setExten(number);
		a.setPriority(1);
		a.setCallerId("\"Ext " + callerNumber + "\" <" + callerNumber + ">");
		a.setTimeout(ringFor.toMillis());
		a.setAsync(true);
		CompletableFuture<OriginateResponseEvent> response = new CompletableFuture<>();
		originates.put(id, response);
		try {
			ManagerResponse r = connection.sendAction(a, endpoint.responseTimeout().toMillis());
			if (r instanceof ManagerError) {
				throw new AssertionError("the PBX refused to originate " + device + " -> " + number + ": " + r.getMessage());
			}
			Integer reason = response.get(ringFor.toMillis() + 10_000, TimeUnit.MILLISECONDS).getReason();
			return reason == null ? 0 : reason;
		} finally {
			originates.remove(id);
		}
	}

	/** The channels the PBX lists right now, with their applications. */
	List<Running> channels() throws IOException, Exception {
		ResponseEvents answer = connection.sendEventGeneratingAction(new CoreShowChannelsAction(),
				Math.max(10_000, endpoint.responseTimeout().toMillis() * 2));
		List<Running> out = new ArrayList<>();
		for (ResponseEvent e : answer.getEvents()) {
			if (e instanceof CoreShowChannelEvent c) {
				out.add(new Running(c.getUniqueid(), c.getChannel(), c.getApplication(), c.getApplicationdata()));
			}
		}
		return out;
	}

	@Override
	public void close() {
		ManagerConnection c = connection;
		connection = null;
		if (c != null) {
			try {
				c.logoff();
			} catch (RuntimeException e) {
				// gone already
			}
		}
	}
}
