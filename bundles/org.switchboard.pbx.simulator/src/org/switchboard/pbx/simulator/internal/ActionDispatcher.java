package org.switchboard.pbx.simulator.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Routes actions to their handlers on the site loop, with manager.c's checks before any action runs. */
public final class ActionDispatcher {

	interface Handler {
		void handle(ActionRequest request);
	}

	private final Map<String, Handler> handlers = new HashMap<>();
	private final Site site;

	public ActionDispatcher(Site site, AmiServer server) {
		this.site = site;
		new SessionActions(server).register(this);
		new StatusActions().register(this);
		EndpointDetails.register(this);
		new ChannelActions().register(this);
		new QueueActions().register(this);
		new DbActions().register(this);
		new RawSend(server).register(this);
	}

	/**
	 * An action of the simulator itself (no Asterisk has it), for tests that drive the PBX from outside over AMI:
	 * the function gets the action's header lookup ("" for a missing header) and returns null when done, else the
	 * error message.
	 */
	public void registerControl(String action,
			java.util.function.Function<java.util.function.UnaryOperator<String>, String> control) {
		register(action, r -> {
			String error = control.apply(r::header);
			if (error == null) {
				r.success(action + " accepted");
			} else {
				r.error(error);
			}
		});
	}

	void register(String action, Handler handler) {
		handlers.put(action.toLowerCase(Locale.ROOT), handler);
	}

	/** Runs on the site loop; the request completes when the session may read its next action. */
	ActionRequest dispatch(AmiSession session, AmiMessage message) {
		ActionRequest request = new ActionRequest(session, message, site);
		String action = message.get("Action");
		if (action.isEmpty()) {
			request.error("Missing action in request");
			return request;
		}
		String key = action.toLowerCase(Locale.ROOT);
		if (!session.authenticated() && !key.equals("login") && !key.equals("logoff") && !key.equals("challenge")) {
			request.error("Permission denied");
			return request;
		}
		Handler handler = handlers.get(key);
		if (handler == null) {
			request.error("Invalid/unknown command: " + action + ". Use Action: ListCommands to show available commands.");
			return request;
		}
		handler.handle(request);
		return request;
	}
}
