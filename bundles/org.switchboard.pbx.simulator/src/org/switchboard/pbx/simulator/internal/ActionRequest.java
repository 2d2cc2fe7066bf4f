package org.switchboard.pbx.simulator.internal;

import java.util.concurrent.CompletableFuture;

/**
 * One action being handled: its headers, the session to answer, and the helpers that write responses the way
 * manager.c does (ActionID echoed right after Response/Event when the client sent one).
 */
final class ActionRequest {

	final AmiSession session;
	final AmiMessage message;
	final Site site;
	private final CompletableFuture<Void> done = new CompletableFuture<>();

	ActionRequest(AmiSession session, AmiMessage message, Site site) {
		this.session = session;
		this.message = message;
		this.site = site;
	}

	String header(String key) {
		return message.get(key);
	}

	String actionId() {
		return message.get("ActionID");
	}

	CompletableFuture<Void> done() {
		return done;
	}

	void complete() {
		done.complete(null);
	}

	void send(AmiMessage m) {
		session.send(m);
	}

	AmiMessage response(String response) {
		AmiMessage m = AmiMessage.response(response);
		if (!actionId().isEmpty()) {
			m.add("ActionID", actionId());
		}
		return m;
	}

	void success(String text) {
		send(response("Success").add("Message", text));
		complete();
	}

	void error(String text) {
		send(response("Error").add("Message", text));
		complete();
	}

	void listStart(String text) {
		send(response("Success").add("EventList", "start").add("Message", text));
	}

	/** A list item whose ActionID comes right after the event name (most lists). */
	AmiMessage item(String event) {
		AmiMessage m = AmiMessage.event(event);
		if (!actionId().isEmpty()) {
			m.add("ActionID", actionId());
		}
		return m;
	}

	/** Appends ActionID at the end, for the list items that carry it last (QueueParams, DBGetResponse ...). */
	AmiMessage withTrailingId(AmiMessage m) {
		if (!actionId().isEmpty()) {
			m.add("ActionID", actionId());
		}
		return m;
	}

	void listComplete(String event, int items) {
		send(item(event).add("EventList", "Complete").add("ListItems", items));
		complete();
	}

	static boolean isTrue(String value) {
		return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
		case "yes", "true", "y", "t", "1", "on" -> true;
		default -> false;
		};
	}
}
