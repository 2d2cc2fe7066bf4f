package org.switchboard.pbx.simulator.internal;

import java.util.function.Consumer;

/**
 * The Originate action: calls a channel (a phone, or a Local channel running dialplan) and, once it answers,
 * sends it to an extension or runs an application on it. The result is an OriginateResponse event (async) or the
 * action's response (sync), with Asterisk's reasons: 0 failed, 1 hung up, 3 no answer, 4 answered, 5 busy,
 * 8 congestion.
 */
final class Originator {

	/** What was asked for. */
	record Request(String channel, String context, String exten, String application, String data,
			String callerNum, String callerName, long timeoutMillis, String actionId) {

		boolean toApplication() {
			return !application.isEmpty();
		}
	}

	/** The outcome: the channel (null when none was made) and the reason. */
	record Outcome(Channel channel, int reason) {
		boolean success() {
			return reason == 4;
		}
	}

	private final Site site;

	Originator(Site site) {
		this.site = site;
	}

	void originate(Request request, Consumer<Outcome> done) {
		int slash = request.channel().indexOf('/');
		String tech = slash < 0 ? "" : request.channel().substring(0, slash);
		String resource = slash < 0 ? "" : request.channel().substring(slash + 1);
		if ("PJSIP".equalsIgnoreCase(tech)) {
			Phone phone = site.phone(resource.split("/")[0]);
			if (phone == null || !phone.registered) {
				done.accept(new Outcome(null, 0));
				return;
			}
			callPhone(request, phone, resource, done);
		} else if ("Local".equalsIgnoreCase(tech) && resource.contains("@")) {
			callLocal(request, resource, done);
		} else {
			done.accept(new Outcome(null, 0));
		}
	}

	private void callPhone(Request request, Phone phone, String dialString, Consumer<Outcome> done) {
		Channel c = site.calls.newPhoneChannel(phone, null, ChannelState.DOWN, "internal", "s");
		site.cdr.open(c);
		c.runs("AppDial2", "(Outgoing Line)");
		site.emit(Events.newexten(c));
		String num = request.callerNum() == null ? phone.extension : request.callerNum();
		String name = request.callerName() == null ? phone.name : request.callerName();
		if (!num.equals(c.callerNum) || !name.equals(c.callerName)) {
			site.calls.callerId(c, num, name);
		}
		site.calls.connectedLine(c, num, name);
		site.emit(Events.dial("DialBegin", null, c).add("DialString", dialString));
		boolean[] finished = { false };
		c.addTimer(site.loop.after(request.timeoutMillis(), () -> {
			if (!finished[0] && !c.hungUp) {
				finished[0] = true;
				site.calls.hangup(c, 19, false);
				done.accept(new Outcome(null, 3));
			}
		}));
		c.hangupHooks.add(gone -> {
			if (!finished[0]) {
				finished[0] = true;
				done.accept(new Outcome(null, 1));
			}
		});
		site.calls.phoneResponds(c, () -> {
			site.calls.setState(c, ChannelState.RINGING);
			site.emit(Events.dial("DialState", null, c).add("DialStatus", "RINGING"));
		}, () -> {
			finished[0] = true;
			site.calls.setState(c, ChannelState.UP);
			site.emit(Events.dial("DialEnd", null, c).add("DialStatus", "ANSWER"));
			done.accept(new Outcome(c, 4));
			start(c, request);
		}, cause -> {
			finished[0] = true;
			site.calls.hangup(c, cause, false);
			done.accept(new Outcome(null, cause == 17 ? 5 : cause == 34 ? 8 : 1));
		});
	}

	/** Local/exten@context: ;2 runs that dialplan, ;1 is the originated channel once ;2 is answered. */
	private void callLocal(Request request, String resource, Consumer<Outcome> done) {
		String target = resource.split("/")[0];
		int at = target.indexOf('@');
		Channel[] pair = site.calls.newLocalPair(target.substring(0, at), target.substring(at + 1), null);
		Channel one = pair[0];
		Channel two = pair[1];
		site.cdr.open(one);
		site.cdr.open(two);
		if (request.callerNum() != null) {
			site.calls.callerId(two, request.callerNum(), request.callerName());
		}
		site.emit(Events.localBridge(one, two));
		boolean[] finished = { false };
		one.addTimer(site.loop.after(request.timeoutMillis(), () -> {
			if (!finished[0] && !one.hungUp) {
				finished[0] = true;
				site.calls.hangup(one, 19, false);
				done.accept(new Outcome(null, 3));
			}
		}));
		one.hangupHooks.add(gone -> {
			if (!finished[0]) {
				finished[0] = true;
				done.accept(new Outcome(null, 1));
			}
		});
		two.ringingHooks.add(() -> site.calls.setState(one, ChannelState.RINGING));
		two.answerHooks.add(() -> {
			if (!one.hungUp) {
				finished[0] = true;
				site.calls.setState(one, ChannelState.UP);
				done.accept(new Outcome(one, 4));
				start(one, request);
			}
		});
		site.dialplan.run(two, two.context, two.exten);
	}

	private void start(Channel c, Request request) {
		if (c.hungUp) {
			return;
		}
		if (request.toApplication()) {
			c.pbx = Channel.Pbx.NONE;
			site.applications.run(c, request.application(), request.data());
		} else {
			c.pbx = Channel.Pbx.OTHER_APP;
			site.dialplan.run(c, request.context(), request.exten());
		}
	}

	AmiMessage responseEvent(Request request, Outcome outcome) {
		AmiMessage m = AmiMessage.event("OriginateResponse", Events.CALL);
		if (!request.actionId().isEmpty()) {
			m.add("ActionID", request.actionId());
		}
		m.add("Response", outcome.success() ? "Success" : "Failure");
		m.add("Channel", outcome.channel() == null ? request.channel() : outcome.channel().name);
		if (request.toApplication()) {
			m.add("Application", request.application()).add("Data", request.data());
		} else {
			m.add("Context", request.context()).add("Exten", request.exten());
		}
		return m.add("Reason", outcome.reason())
				.add("Uniqueid", outcome.channel() == null ? "<unknown>" : outcome.channel().uniqueid)
				.add("CallerIDNum", request.callerNum() == null ? "<unknown>" : request.callerNum())
				.add("CallerIDName", request.callerName() == null ? "<unknown>" : request.callerName());
	}
}
