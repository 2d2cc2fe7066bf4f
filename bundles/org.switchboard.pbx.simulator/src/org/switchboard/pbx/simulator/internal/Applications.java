package org.switchboard.pbx.simulator.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Dialplan applications run directly on an originated channel (Originate with Application/Data). */
final class Applications {

	private final Site site;

	Applications(Site site) {
		this.site = site;
	}

	void run(Channel c, String application, String data) {
		c.at(c.context, c.exten, 1);
		switch (application.toLowerCase(Locale.ROOT)) {
		case "bridge" -> bridge(c, data);
		case "chanspy" -> site.spy.start(c, data);
		case "playback" -> {
			c.runs("Playback", data);
			c.addTimer(site.loop.after(2000, () -> site.calls.hangup(c, 16, false)));
		}
		case "musiconhold" -> {
			c.runs("MusicOnHold", data);
			site.calls.musicOnHold(c, true);
		}
		case "echo" -> c.runs("Echo", data);
		case "wait" -> {
			c.runs("Wait", data);
			c.addTimer(site.loop.after(seconds(data) * 1000, () -> site.calls.hangup(c, 16, false)));
		}
		case "park" -> site.parking.parkSelf(c);
		case "queue" -> site.queue.join(c);
		case "hangup" -> site.calls.hangup(c, 16, false);
		default -> {
			c.runs(application, data);
			site.calls.hangup(c, 16, false);
		}
		}
	}

	/** Bridge(channel): pulls the target (on hold in the dialplan, or in another bridge) into a new bridge. */
	private void bridge(Channel c, String targetName) {
		c.runs("Bridge", targetName);
		Channel target = site.channel(targetName);
		if (target == null || target == c) {
			site.calls.hangup(c, 16, false);
			return;
		}
		for (CdrEngine.Record r : c.cdrRecords) {
			site.cdr.finish(r);
		}
		site.cdr.open(c);
		List<Channel> followers = new ArrayList<>();
		site.calls.moveOut(target, followers);
		target.cancelTimers();
		Bridge b = site.calls.createBridge();
		site.calls.musicOnHold(target, false);
		target.pbx = Channel.Pbx.NONE;
		target.runs("", "");
		site.calls.enter(b, target);
		site.calls.enter(b, c);
		site.cdr.answered(c, target);
		site.calls.connectedLine(c, target.callerNum, target.callerName);
		for (Channel f : followers) {
			site.calls.hangup(f, 16, false);
		}
	}

	private static long seconds(String data) {
		try {
			return Math.max(0, Long.parseLong(data.strip()));
		} catch (NumberFormatException e) {
			return 1;
		}
	}
}
