package org.switchboard.pbx.simulator.internal;

import java.util.Locale;

/**
 * ChanSpy(prefix,options) on the operator's leg: listens to the first channel whose name starts with the prefix.
 * q (quiet), w (whisper) and B (barge) change only the audio; E ends the spy when the spied channel hangs up, S
 * when there is nothing to spy on.
 */
final class ChanSpy {

	/** The beep-free start-up time before ChanSpyStart (q), as seen on the lab. */
	private static final long START_MILLIS = 100;
	private static final long RESCAN_MILLIS = 1000;

	private final Site site;

	ChanSpy(Site site) {
		this.site = site;
	}

	void start(Channel spyer, String data) {
		spyer.runs("ChanSpy", data);
		String[] parts = data.split(",", 2);
		String prefix = parts[0].strip();
		String options = parts.length > 1 ? parts[1] : "";
		spyer.addTimer(site.loop.after(START_MILLIS, () -> scan(spyer, prefix, options)));
	}

	private void scan(Channel spyer, String prefix, String options) {
		if (spyer.hungUp) {
			return;
		}
		Channel spyee = find(spyer, prefix);
		if (spyee == null) {
			if (options.contains("S")) {
				site.calls.hangup(spyer, 16, false);
			} else {
				spyer.addTimer(site.loop.after(RESCAN_MILLIS, () -> scan(spyer, prefix, options)));
			}
			return;
		}
		site.emit(event("ChanSpyStart", spyer, spyee));
		java.util.function.Consumer<Channel> spyeeGone = gone -> {
			site.emit(event("ChanSpyStop", spyer, spyee));
			spyer.hangupHooks.clear();
			if (options.contains("E") || options.contains("S")) {
				site.loop.execute(() -> site.calls.hangup(spyer, 16, false));
			} else {
				site.loop.execute(() -> scan(spyer, prefix, options));
			}
		};
		spyee.hangupHooks.add(spyeeGone);
		spyer.hangupHooks.add(gone -> {
			spyee.hangupHooks.remove(spyeeGone);
			site.emit(event("ChanSpyStop", spyer, spyee));
		});
	}

	private Channel find(Channel spyer, String prefix) {
		String p = prefix.toLowerCase(Locale.ROOT);
		for (Channel c : site.channels.values()) {
			if (c != spyer && !c.hungUp && c.state == ChannelState.UP && c.name.toLowerCase(Locale.ROOT).startsWith(p)) {
				return c;
			}
		}
		return null;
	}

	private static AmiMessage event(String name, Channel spyer, Channel spyee) {
		AmiMessage m = AmiMessage.event(name, Events.CALL);
		Events.channel(m, "Spyer", spyer);
		return Events.channel(m, "Spyee", spyee);
	}
}
