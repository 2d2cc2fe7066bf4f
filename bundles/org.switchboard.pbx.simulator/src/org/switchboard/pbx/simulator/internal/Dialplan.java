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
			step(c, 1, "NoOp", "Internal call " + c.callerNum + " -> " + exten);
			if (permitted(c, "internal", 2)) {
				step(c, 3, "Goto", "dial-ext," + exten + ",1");
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
			if (permitted(c, outside, 1)) {
				step(c, 2, "Dial", "Local/" + exten.substring(1) + "@pstn-sim,30");
				site.emit(Events.varSet(c, "DIALSTATUS", ""));
				site.calls.dialOutside(c, exten.substring(1), hangupWhenDialFails(c, 3));
			}
		} else if ("8600".equals(exten) || "8100".equals(exten)) {
			step(c, 1, "Answer", "");
			answer(c);
			app(c, 2, "8600".equals(exten) ? "Echo" : "ConfBridge", "8600".equals(exten) ? "" : "8100");
		} else if ("8601".equals(exten)) {
			step(c, 1, "Answer", "");
			answer(c);
			app(c, 2, "Playback", "hello-world");
			c.addTimer(site.loop.after(HELLO_WORLD_MILLIS, () -> hangupStep(c, 3, 16)));
		} else if ("8500".equals(exten)) {
			step(c, 1, "Goto", "wakeup,s,1");
			wakeup(c);
		} else if ("*78".equals(exten) || "*79".equals(exten)) {
			if ("*78".equals(exten)) {
				step(c, 1, "Set", "DB(DND/" + c.callerNum + ")=1");
				site.db.put("DND", c.callerNum, "1");
			} else {
				step(c, 1, "NoOp", "");
				site.db.delete("DND", c.callerNum);
			}
			answer(c);
			app(c, 2, "Playback", "beep");
			c.addTimer(site.loop.after(BEEP_MILLIS, () -> hangupStep(c, 3, 16)));
		} else if (spy.matches()) {
			String options = switch (spy.group(1)) {
			case "1" -> "qES";
			case "2" -> "qwES";
			default -> "qBES";
			};
			step(c, 1, "ChanSpy", "PJSIP/" + spy.group(2) + "," + options);
			answer(c);
			site.spy.start(c, "PJSIP/" + spy.group(2) + "," + options);
		} else {
			invalid(c, "internal", exten);
		}
	}

	/**
	 * Gosub(sub-permission,s,1(needed)) at the given priority of the current extension: the caller's CALLPERM level
	 * must reach the needed one, else Answer, ss-noservice and Hangup(21). Traced step by step as Asterisk does.
	 */
	private boolean permitted(Channel c, String needed, int gosubPriority) {
		String context = c.context;
		String exten = c.exten;
		step(c, gosubPriority, "Gosub", "sub-permission,s,1(" + needed + ")");
		site.emit(Events.varSet(c, "LOCAL(ARG1)", needed));
		site.emit(Events.varSet(c, "LOCAL(ARGC)", "1"));
		String perm = site.db.get("CALLPERM", c.callerNum);
		String stored = perm == null ? "" : perm;
		String level = stored.isEmpty() ? "international" : stored;
		int have = LEVELS.contains(level) ? LEVELS.indexOf(level) + 1 : LEVELS.size();
		int need = LEVELS.indexOf(needed) + 1;
		c.at("sub-permission", "s", 1);
		set(c, 1, "PERM", stored);
		set(c, 2, "PERM", level);
		set(c, 3, "HAVE", String.valueOf(have));
		set(c, 4, "NEED", String.valueOf(need));
		step(c, 5, "GotoIf", (have >= need ? "1" : "0") + "?ok");
		if (have >= need) {
			step(c, 10, "NoOp", "ALLOWED: " + c.callerNum + " has " + level + ", needs " + needed);
			step(c, 11, "Return", "");
			site.emit(Events.varSet(c, "ARGC", ""));
			site.emit(Events.varSet(c, "ARG1", ""));
			site.emit(Events.varSet(c, "GOSUB_RETVAL", ""));
			c.at(context, exten, gosubPriority);
			return true;
		}
		step(c, 6, "NoOp", "DENIED: " + c.callerNum + " has " + level + ", needs " + needed);
		step(c, 7, "Answer", "");
		answer(c);
		app(c, 8, "Playback", "ss-noservice");
		c.addTimer(site.loop.after(NOSERVICE_PROMPT_MILLIS, () -> {
			site.emit(Events.varSet(c, "PLAYBACKSTATUS", "SUCCESS"));
			hangupStep(c, 9, 21);
		}));
		return false;
	}

	/** [dial-ext]: DND check (any value of DND/ext), Dial(PJSIP/ext,30,tTkK), Busy(5) when busy. */
	void dialExtension(Channel c, Phone target) {
		String dnd = site.db.get("DND", target.extension);
		c.at("dial-ext", target.extension, 1);
		step(c, 1, "GotoIf", (dnd != null && !dnd.isEmpty() ? "1" : "0") + "?dnd");
		if (dnd != null && !dnd.isEmpty()) {
			step(c, 5, "NoOp", "DND active for " + target.extension);
			step(c, 6, "Set", "DIALSTATUS=BUSY");
			site.emit(Events.varSet(c, "DIALSTATUS", "BUSY"));
			busy(c);
			return;
		}
		step(c, 2, "Dial", "PJSIP/" + target.extension + ",30,tTkK");
		site.emit(Events.varSet(c, "DIALSTATUS", ""));
		site.calls.dialPhone(c, target, "PJSIP/" + target.extension + ",30,tTkK", new Calls.DialOutcome() {
			@Override
			public void answered(Channel callee) {
				// the bridge is up; the dialplan continues when it ends
			}

			@Override
			public void failed(String dialStatus) {
				step(c, 3, "GotoIf", ("BUSY".equals(dialStatus) ? "1" : "0") + "?busy");
				if ("BUSY".equals(dialStatus)) {
					busy(c);
				} else {
					hangupStep(c, 4, 16);
				}
			}
		});
	}

	private Calls.DialOutcome hangupWhenDialFails(Channel c, int hangupPriority) {
		return new Calls.DialOutcome() {
			@Override
			public void answered(Channel callee) {
				// bridged
			}

			@Override
			public void failed(String dialStatus) {
				hangupStep(c, hangupPriority, 16);
			}
		};
	}

	private void busy(Channel c) {
		c.pbx = Channel.Pbx.OTHER_APP;
		app(c, 7, "Busy", "5");
		c.addTimer(site.loop.after(5000, () -> {
			c.priority = 8;
			site.calls.hangup(c, 17, false);
		}));
	}

	// ------------------------------------------------------------------ tracing (Newexten, VarSet)

	/** The channel executes one priority of its current extension: Newexten, as Asterisk reports every one. */
	private void step(Channel c, int priority, String application, String data) {
		if (c.hungUp) {
			return;
		}
		c.priority = priority;
		c.application = application;
		c.applicationData = data;
		site.emit(Events.newexten(c));
	}

	/** A step that runs an application the CDR reports as the call's last one. */
	private void app(Channel c, int priority, String application, String data) {
		step(c, priority, application, data);
		c.runs(application, data);
	}

	/** Set(VAR=value): the step and the VarSet it causes. */
	private void set(Channel c, int priority, String variable, String value) {
		step(c, priority, "Set", variable + "=" + value);
		site.emit(Events.varSet(c, variable, value));
	}

	/** Hangup(cause) as a dialplan step ({@code Hangup()} for a normal clearing). */
	private void hangupStep(Channel c, int priority, int cause) {
		step(c, priority, "Hangup", cause == 16 ? "" : String.valueOf(cause));
		site.calls.hangupApp(c, cause);
	}

	/** exten 8000: night service (NIGHT/8000) or Answer + Queue(8000,t,,,300). */
	private void queueEntry(Channel c) {
		String night = site.db.get("NIGHT", OperatorQueue.NAME);
		boolean active = night != null && !night.isEmpty();
		c.at("internal", OperatorQueue.NAME, 1);
		step(c, 1, "NoOp", "Operator queue, night=" + (active ? night : ""));
		step(c, 2, "GotoIf", (active ? "1" : "0") + "?night");
		if (active) {
			step(c, 6, "NoOp", "Night service active -> " + night);
			step(c, 7, "Goto", "internal," + night + ",1");
			internal(c, night);
			return;
		}
		step(c, 3, "Answer", "");
		answer(c);
		c.at("internal", OperatorQueue.NAME, 4);
		step(c, 4, "Queue", OperatorQueue.NAME + ",t,,,300");
		site.queue.join(c);
	}

	private void hold(Channel c) {
		c.at("hold", "s", 1);
		step(c, 1, "Answer", "");
		answer(c);
		app(c, 2, "MusicOnHold", "default");
		site.calls.musicOnHold(c, true);
	}

	/** [wakeup]: Answer, Wait(1), Playback(hello-world&beep), Wait(1), Hangup. */
	void wakeup(Channel c) {
		c.at("wakeup", "s", 1);
		step(c, 1, "Answer", "");
		answer(c);
		app(c, 2, "Wait", "1");
		c.addTimer(site.loop.after(1000, () -> {
			app(c, 3, "Playback", "hello-world&beep");
			c.addTimer(site.loop.after(HELLO_WORLD_MILLIS + BEEP_MILLIS, () -> {
				site.emit(Events.varSet(c, "PLAYBACKSTATUS", "SUCCESS"));
				app(c, 4, "Wait", "1");
				c.addTimer(site.loop.after(1000, () -> hangupStep(c, 5, 16)));
			}));
		}));
	}

	/** [pstn-sim]: Answer, Playback(hello-world), Echo. */
	void pstn(Channel c) {
		c.at("pstn-sim", c.exten, 1);
		step(c, 1, "Answer", "");
		answer(c);
		app(c, 2, "Playback", "hello-world");
		c.addTimer(site.loop.after(HELLO_WORLD_MILLIS, () -> {
			site.emit(Events.varSet(c, "PLAYBACKSTATUS", "SUCCESS"));
			app(c, 3, "Echo", "");
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
