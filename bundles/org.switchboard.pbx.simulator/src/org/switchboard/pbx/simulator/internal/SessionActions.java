package org.switchboard.pbx.simulator.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/** Login (plain and MD5 challenge), Logoff, Ping, Events, Challenge. */
final class SessionActions {

	/** manager.c sleeps a second before answering a failed login, then ends the session. */
	private static final long LOGIN_FAILURE_DELAY_MILLIS = 1000;

	private final AmiServer server;

	SessionActions(AmiServer server) {
		this.server = server;
	}

	void register(ActionDispatcher d) {
		d.register("Login", this::login);
		d.register("Logoff", r -> {
			r.send(r.response("Goodbye").add("Message", "Thanks for all the fish."));
			r.session.closeAfterFlush();
			r.complete();
		});
		d.register("Ping", r -> {
			long now = System.currentTimeMillis();
			r.send(r.response("Success").add("Ping", "Pong")
					.add("Timestamp", String.format("%d.%06d", now / 1000, (now % 1000) * 1000)));
			r.complete();
		});
		d.register("Events", this::events);
		d.register("UserEvent", this::userEvent);
		d.register("Challenge", r -> {
			if (!"md5".equalsIgnoreCase(r.header("AuthType"))) {
				r.error("Must specify AuthType");
				return;
			}
			String challenge = String.valueOf(ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999));
			r.session.challenge(challenge);
			r.send(r.response("Success").add("Challenge", challenge));
			r.complete();
		});
	}

	private void login(ActionRequest r) {
		if (r.session.authenticated()) {
			r.success("Already authenticated");
			return;
		}
		String user = r.header("Username");
		boolean userOk = user.equalsIgnoreCase(r.site.options.user());
		boolean secretOk = userOk && secretMatches(r);
		if (!secretOk) {
			server.broadcast(Events.securityEvent(userOk ? "InvalidPassword" : "InvalidAccountID", "AMI", user,
					r.session.sessionId(), r.session.localAddress(), r.session.remoteAddress())
					.add("SessionTV", Clock.eventTv()));
			r.session.refuseInput();
			r.site.loop.after(LOGIN_FAILURE_DELAY_MILLIS, () -> {
				r.send(r.response("Error").add("Message", "Authentication failed"));
				r.session.closeAfterFlush();
			});
			r.complete();
			return;
		}
		r.session.login(r.header("Events"));
		r.success("Authentication accepted");
		if (r.session.wants(Events.SYSTEM)) {
			long uptime = r.site.uptimeSeconds();
			r.send(AmiMessage.event("FullyBooted", Events.SYSTEM).add("Uptime", uptime).add("LastReload", uptime)
					.add("Status", "Fully Booted"));
		}
		server.broadcast(Events.securityEvent("SuccessfulAuth", "AMI", r.site.options.user(), r.session.sessionId(),
				r.session.localAddress(), r.session.remoteAddress()).add("UsingPassword", 0)
				.add("SessionTV", Clock.eventTv()));
	}

	private static boolean secretMatches(ActionRequest r) {
		String secret = r.site.options.secret();
		if ("md5".equalsIgnoreCase(r.header("AuthType")) && r.session.challenge() != null) {
			return md5(r.session.challenge() + secret).equalsIgnoreCase(r.header("Key"));
		}
		return secret.equals(r.header("Secret"));
	}

	/**
	 * manager.c's action_userevent: acknowledges, then sends every session that wants user events (the sender's too)
	 * a UserEvent with the sender's headers in their order, but Action and UserEvent (ActionID stays among them).
	 */
	private void userEvent(ActionRequest r) {
		AmiMessage event = AmiMessage.event("UserEvent", Events.USER).add("UserEvent", r.header("UserEvent"));
		for (int i = 0; i < r.message.size(); i++) {
			String key = r.message.key(i);
			if (!key.equalsIgnoreCase("Action") && !key.equalsIgnoreCase("UserEvent")) {
				event.add(key, r.message.value(i));
			}
		}
		r.success("Event Sent");
		server.broadcast(event);
	}

	private void events(ActionRequest r) {
		String mask = r.header("EventMask");
		boolean on = r.session.setEventMask(mask);
		r.send(r.response("Success").add("Events", on ? "On" : "Off"));
		r.complete();
	}

	static String md5(String text) {
		try {
			MessageDigest digest = MessageDigest.getInstance("MD5");
			return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
