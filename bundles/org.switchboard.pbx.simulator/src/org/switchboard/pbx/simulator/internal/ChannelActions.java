package org.switchboard.pbx.simulator.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Originate, Hangup, Redirect, BlindTransfer, Atxfer and Park, with manager.c's checks and messages. */
final class ChannelActions {

	private static final long DEFAULT_ORIGINATE_TIMEOUT = 30_000;

	void register(ActionDispatcher d) {
		d.register("Originate", this::originate);
		d.register("Hangup", this::hangup);
		d.register("Redirect", this::redirect);
		d.register("BlindTransfer", this::blindTransfer);
		d.register("Atxfer", this::atxfer);
		d.register("Park", this::park);
	}

	private void originate(ActionRequest r) {
		String channel = r.header("Channel");
		if (channel.isEmpty()) {
			r.error("Channel not specified");
			return;
		}
		String application = r.header("Application");
		String exten = r.header("Exten");
		String context = r.header("Context");
		String priorityText = r.header("Priority");
		if (!priorityText.isEmpty()) {
			try {
				Integer.parseInt(priorityText.strip());
			} catch (NumberFormatException e) {
				r.error("Invalid priority");
				return;
			}
		}
		long timeout = DEFAULT_ORIGINATE_TIMEOUT;
		if (!r.header("Timeout").isEmpty()) {
			try {
				timeout = Long.parseLong(r.header("Timeout").strip());
			} catch (NumberFormatException e) {
				r.error("Invalid timeout");
				return;
			}
		}
		if (channel.indexOf('/') < 0) {
			r.error("Invalid channel");
			return;
		}
		if (application.isEmpty() && (exten.isEmpty() || context.isEmpty() || priorityText.isEmpty())) {
			r.error("Originate with 'Exten' requires 'Context' and 'Priority'");
			return;
		}
		String[] callerId = parseCallerId(r.header("CallerID"));
		Originator.Request request = new Originator.Request(channel, context, exten, application,
				r.header("Data"), callerId[0], callerId[1], timeout, r.actionId());
		Originator originator = r.site.originator;
		if (ActionRequest.isTrue(r.header("Async"))) {
			r.success("Originate successfully queued");
			originator.originate(request, outcome -> r.site.emit(originator.responseEvent(request, outcome)));
		} else {
			originator.originate(request, outcome -> {
				if (outcome.success()) {
					r.success("Originate successfully queued");
				} else {
					r.error("Originate failed");
				}
			});
		}
	}

	/** {@code "Name" <num>}, {@code Name <num>}, {@code num}: returns {num, name}; nulls when absent. */
	static String[] parseCallerId(String text) {
		String t = text.strip();
		if (t.isEmpty()) {
			return new String[] { null, null };
		}
		int lt = t.lastIndexOf('<');
		int gt = t.lastIndexOf('>');
		if (lt >= 0 && gt > lt) {
			String name = t.substring(0, lt).strip();
			if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
				name = name.substring(1, name.length() - 1);
			}
			return new String[] { t.substring(lt + 1, gt).strip(), name };
		}
		return new String[] { t, "" };
	}

	private void hangup(ActionRequest r) {
		String nameOrRegex = r.header("Channel");
		if (nameOrRegex.isEmpty()) {
			r.error("No channel specified");
			return;
		}
		int cause = 0;
		String causeText = r.header("Cause").strip();
		if (!causeText.isEmpty()) {
			try {
				cause = Integer.parseInt(causeText);
			} catch (NumberFormatException e) {
				cause = 0;
			}
			if (cause < 0 || cause > 127) {
				cause = 0;
			}
		}
		int hangupCause = cause == 0 ? 16 : cause;
		Calls calls = r.site.calls;
		if (!nameOrRegex.startsWith("/")) {
			Channel c = r.site.channel(nameOrRegex);
			if (c == null) {
				r.error("No such channel");
				return;
			}
			r.success("Channel Hungup");
			calls.hangup(c, hangupCause, true);
			return;
		}
		if (nameOrRegex.length() < 2 || !nameOrRegex.endsWith("/")) {
			r.error("Regex format invalid, Channel param should be /regex/");
			return;
		}
		Pattern pattern;
		try {
			pattern = Pattern.compile(nameOrRegex.substring(1, nameOrRegex.length() - 1));
		} catch (PatternSyntaxException e) {
			r.error("Regex compile failed on: " + nameOrRegex);
			return;
		}
		List<Channel> matched = new ArrayList<>();
		for (Channel c : r.site.channels.values()) {
			if (pattern.matcher(c.name).find()) {
				matched.add(c);
			}
		}
		r.listStart("Channels hung up will follow");
		for (Channel c : matched) {
			AmiMessage item = AmiMessage.event("ChannelHungup").add("Channel", c.name);
			r.send(r.withTrailingId(item));
		}
		r.listComplete("ChannelsHungupListComplete", matched.size());
		// every match is asked to hang up before any of them is torn down, as the regex loop does
		for (Channel c : matched) {
			if (c.bridge == null && c.pbx != Channel.Pbx.NONE) {
				calls.softHangupRequest(c, hangupCause);
			}
		}
		for (Channel c : matched) {
			calls.hangup(c, hangupCause, true, false);
		}
	}

	private void redirect(ActionRequest r) {
		String name = r.header("Channel");
		String extra = r.header("ExtraChannel");
		String context = r.header("Context");
		String exten = r.header("Exten");
		if (name.isEmpty()) {
			r.error("Channel not specified");
			return;
		}
		if (context.isEmpty()) {
			r.error("Context not specified");
			return;
		}
		if (exten.isEmpty()) {
			r.error("Exten not specified");
			return;
		}
		if (r.header("Priority").isEmpty()) {
			r.error("Priority not specified");
			return;
		}
		Channel c = r.site.channel(name);
		if (c == null) {
			r.error("Channel does not exist: " + name);
			return;
		}
		Channel c2 = null;
		if (!extra.isEmpty()) {
			c2 = r.site.channel(extra);
			if (c2 == null) {
				r.error("ExtraChannel does not exist: " + extra);
				return;
			}
		}
		r.success(c2 == null ? "Redirect successful" : "Dual Redirect successful");
		String extraContext = r.header("ExtraContext").isEmpty() ? context : r.header("ExtraContext");
		String extraExten = r.header("ExtraExten").isEmpty() ? exten : r.header("ExtraExten");
		Calls calls = r.site.calls;
		List<Channel> followers = new ArrayList<>();
		List<Channel> moving = c2 == null ? List.of(c) : List.of(c, c2);
		for (Channel m : moving) {
			m.at(m == c ? context : extraContext, m == c ? exten : extraExten, 1);
		}
		for (Channel m : moving) {
			if (m.bridge != null) {
				Channel peer = m.bridge.other(m);
				if (peer != null && moving.contains(peer)) {
					Bridge b = m.bridge;
					calls.leave(m);
					calls.leave(peer);
					calls.destroy(b);
				} else {
					calls.moveOut(m, followers);
				}
			}
		}
		for (Channel f : followers) {
			calls.hangup(f, 16, false);
		}
		for (Channel m : moving) {
			if (!m.hungUp) {
				r.site.transfers.moveOnToDialplan(m, m.context, m.exten);
			}
		}
	}

	private void blindTransfer(ActionRequest r) {
		String name = r.header("Channel");
		String exten = r.header("Exten");
		if (name.isEmpty()) {
			r.error("No channel specified");
			return;
		}
		if (exten.isEmpty()) {
			r.error("No extension specified");
			return;
		}
		Channel c = r.site.channel(name);
		if (c == null) {
			r.error("Channel specified does not exist");
			return;
		}
		String context = r.header("Context").isEmpty() ? c.context : r.header("Context");
		if (c.bridge == null || c.bridge.other(c) == null) {
			r.error("Transfer invalid");
			return;
		}
		r.success("Transfer succeeded");
		r.site.transfers.blind(c, exten, context);
	}

	private void atxfer(ActionRequest r) {
		String name = r.header("Channel");
		String exten = r.header("Exten");
		if (name.isEmpty()) {
			r.error("No channel specified");
			return;
		}
		if (exten.isEmpty()) {
			r.error("No extension specified");
			return;
		}
		Channel c = r.site.channel(name);
		if (c == null) {
			r.error("Channel specified does not exist");
			return;
		}
		String context = r.header("Context").isEmpty() ? "internal" : r.header("Context");
		if (c.bridge == null || c.bridge.other(c) == null) {
			r.error("Atxfer failed");
			return;
		}
		r.success("Atxfer successfully queued");
		r.site.transfers.attended(c, exten, context);
	}

	private void park(ActionRequest r) {
		String name = r.header("Channel");
		if (name.isEmpty()) {
			r.error("Channel not specified");
			return;
		}
		String timeout = r.header("Timeout");
		if (!timeout.isEmpty()) {
			try {
				if (Integer.parseInt(timeout.strip()) < 0) {
					throw new NumberFormatException();
				}
			} catch (NumberFormatException e) {
				r.error("Invalid Timeout value.");
				return;
			}
		}
		Channel c = r.site.channel(name);
		if (c == null) {
			r.error("Requested channel does not exist");
			return;
		}
		Channel announceTo = r.header("TimeoutChannel").isEmpty() ? null : r.site.channel(r.header("TimeoutChannel"));
		String lot = r.header("Parkinglot");
		if (!lot.isEmpty() && !Parking.LOT.equals(lot)) {
			r.error("Park action failed");
			return;
		}
		if (!r.site.parking.canPark()) {
			r.error("Park action failed");
			return;
		}
		r.success("Park successful");
		r.site.parking.park(c, announceTo);
	}
}
