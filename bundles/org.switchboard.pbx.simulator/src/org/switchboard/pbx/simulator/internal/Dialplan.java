package org.switchboard.pbx.simulator.internal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lab's dialplan (lab-config/extensions.conf): context internal with extensions, permission and DND checks,
 * the operator queue 8000 with night service, parking 700/701-720, outside numbers through the simulated PSTN,
 * feature codes; contexts hold, wakeup and pstn-sim.
 */
final class Dialplan {

	/** Levels of CALLPERM/<ext>: internal < local < national < international (no entry: unrestricted). */
	static final List<String> LEVELS = List.of("internal", "local", "national", "international");

	private static final Pattern LOCAL = Pattern.compile("0[2-9]\\d{6}");
	private static final Pattern NATIONAL = Pattern.compile("00[1-9]\\d.+");
	private static final Pattern INTERNATIONAL = Pattern.compile("000\\d.+");
	private static final Pattern SPY = Pattern.compile("\\*2([123])(\\d{4})");
	private static final long NOSERVICE_PROMPT_MILLIS = 4900;
	/** Prompt lengths of the lab's sound files (hello-world, beep), as the transcripts time them. */
	private static final long HELLO_WORLD_MILLIS = 1360;
	private static final long BEEP_MILLIS = 500;

	private final Site site;

	Dialplan(Site site) {
		this.site = site;
	}

	/** Starts a channel at context/exten (Originate, Redirect, transfers, phones dialling). */
	void run(Channel c, String context, String exten) {
		if (c.pbx == Channel.Pbx.NONE) {
			c.pbx = Channel.Pbx.OTHER_APP;
		}
		switch (context) {
		case "internal", "dial-ext", "parkedcalls", "features-ext" -> internal(c, exten);
		case "hold" -> hold(c);
		case "wakeup" -> wakeup(c);
		case "pstn-sim" -> pstn(c);
		default -> invalid(c, context, exten);
		}
	}

	static String outsideLevel(String exten) {
		if (LOCAL.matcher(exten).matches()) {
			return "local";
		}
		if (INTERNATIONAL.matcher(exten).matches()) {
			return "international";
		}
		if (NATIONAL.matcher(exten).matches()) {
			return "national";
		}
		return null;
	}

	private void internal(Channel c, String exten) {
		c.at("internal", exten, 1);
		Phone target = site.phone(exten);
		String outside = outsideLevel(exten);
		Matcher spy = SPY.matcher(exten);
		if (target != null) {
			if (permitted(c, "internal")) {
				dialExtension(c, target);
			}
		} else if (OperatorQueue.NAME.equals(exten)) {
			queueEntry(c);
		} else if (Parking.PARK_EXTEN.equals(exten)) {
			answer(c);
			site.parking.parkSelf(c);
		} else if (Parking.isSpace(exten)) {
			answer(c);
			site.parking.retrieve(c, Integer.parseInt(exten));
		} else if (outside != null) {
			if (permitted(c, outside)) {
				c.priority = 2;
				site.calls.dialOutside(c, exten.substring(1), hangupWhenDialFails(c));
			}
		} else if ("8600".equals(exten) || "8100".equals(exten)) {
			answer(c);
			c.priority = 2;
			c.runs("8600".equals(exten) ? "Echo" : "ConfBridge", "8600".equals(exten) ? "" : "8100");
		} else if ("8601".equals(exten)) {
			answer(c);
			c.priority = 2;
			c.runs("Playback", "hello-world");
			c.addTimer(site.loop.after(HELLO_WORLD_MILLIS, () -> site.calls.hangupApp(c, 16)));
		} else if ("8500".equals(exten)) {
			wakeup(c);
		} else if ("*78".equals(exten) || "*79".equals(exten)) {
			if ("*78".equals(exten)) {
				site.db.put("DND", c.callerNum, "1");
			} else {
				site.db.delete("DND", c.callerNum);
			}
			answer(c);
			c.priority = 2;
			c.runs("Playback", "beep");
			c.addTimer(site.loop.after(BEEP_MILLIS, () -> site.calls.hangupApp(c, 16)));
		} else if (spy.matches()) {
			String options = switch (spy.group(1)) {
			case "1" -> "qES";
			case "2" -> "qwES";
			default -> "qBES";
			};
			answer(c);
			site.spy.start(c, "PJSIP/" + spy.group(2) + "," + options);
		} else {
			invalid(c, "internal", exten);
		}
	}

	/** sub-permission: the caller's CALLPERM level must reach the needed one, else ss-noservice and Hangup(21). */
	private boolean permitted(Channel c, String needed) {
		String perm = site.db.get("CALLPERM", c.callerNum);
		int have = perm == null || !LEVELS.contains(perm) ? LEVELS.size() : LEVELS.indexOf(perm) + 1;
		int need = LEVELS.indexOf(needed) + 1;
		if (have >= need) {
			return true;
		}
		c.at("sub-permission", "s", 7);
		answer(c);
		c.priority = 8;
		c.runs("Playback", "ss-noservice");
		c.addTimer(site.loop.after(NOSERVICE_PROMPT_MILLIS, () -> {
			c.priority = 9;
			site.calls.hangupApp(c, 21);
		}));
		return false;
	}

	/** [dial-ext]: DND check, Dial(PJSIP/ext,30,tTkK), Busy(5) when busy. */
	void dialExtension(Channel c, Phone target) {
		c.at("dial-ext", target.extension, 1);
		if (site.db.get("DND", target.extension) != null && !site.db.get("DND", target.extension).isEmpty()) {
			busy(c);
			return;
		}
		c.priority = 2;
		site.calls.dialPhone(c, target, "PJSIP/" + target.extension + ",30,tTkK", new Calls.DialOutcome() {
			@Override
			public void answered(Channel callee) {
				// the bridge is up; the dialplan continues when it ends
			}

			@Override
			public void failed(String dialStatus) {
				if ("BUSY".equals(dialStatus)) {
					busy(c);
				} else {
					c.priority = 4;
					site.calls.hangupApp(c, 16);
				}
			}
		});
	}

	private Calls.DialOutcome hangupWhenDialFails(Channel c) {
		return new Calls.DialOutcome() {
			@Override
			public void answered(Channel callee) {
				// bridged
			}

			@Override
			public void failed(String dialStatus) {
				site.calls.hangupApp(c, 16);
			}
		};
	}

	private void busy(Channel c) {
		c.priority = 7;
		c.pbx = Channel.Pbx.OTHER_APP;
		c.runs("Busy", "5");
		c.addTimer(site.loop.after(5000, () -> {
			c.priority = 8;
			site.calls.hangup(c, 17, false);
		}));
	}

	/** exten 8000: night service (NIGHT/8000) or Answer + Queue(8000,t,,,300). */
	private void queueEntry(Channel c) {
		String night = site.db.get("NIGHT", OperatorQueue.NAME);
		if (night != null && !night.isEmpty()) {
			internal(c, night);
			return;
		}
		answer(c);
		c.at("internal", OperatorQueue.NAME, 4);
		site.queue.join(c);
	}

	private void hold(Channel c) {
		c.at("hold", "s", 1);
		answer(c);
		c.priority = 2;
		c.runs("MusicOnHold", "default");
		site.calls.musicOnHold(c, true);
	}

	/** [wakeup]: Answer, Wait(1), Playback(hello-world&beep), Wait(1), Hangup. */
	void wakeup(Channel c) {
		c.at("wakeup", "s", 1);
		answer(c);
		c.priority = 2;
		c.runs("Wait", "1");
		c.addTimer(site.loop.after(1000, () -> {
			c.priority = 3;
			c.runs("Playback", "hello-world&beep");
			c.addTimer(site.loop.after(HELLO_WORLD_MILLIS + BEEP_MILLIS, () -> {
				c.priority = 4;
				c.runs("Wait", "1");
				c.addTimer(site.loop.after(1000, () -> {
					c.priority = 5;
					site.calls.hangupApp(c, 16);
				}));
			}));
		}));
	}

	/** [pstn-sim]: Answer, Playback(hello-world), Echo. */
	void pstn(Channel c) {
		c.at("pstn-sim", c.exten, 1);
		answer(c);
		c.priority = 2;
		c.runs("Playback", "hello-world");
		c.addTimer(site.loop.after(HELLO_WORLD_MILLIS, () -> {
			c.priority = 3;
			c.runs("Echo", "");
		}));
	}

	private void invalid(Channel c, String context, String exten) {
		c.at(context, exten, 1);
		site.calls.hangup(c, 1, false);
	}

	private void answer(Channel c) {
		if (c.state != ChannelState.UP) {
			site.calls.setState(c, ChannelState.UP);
		}
	}
}
