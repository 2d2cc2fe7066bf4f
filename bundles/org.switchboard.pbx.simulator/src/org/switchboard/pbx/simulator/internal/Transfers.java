package org.switchboard.pbx.simulator.internal;

/**
 * BlindTransfer and Atxfer as Asterisk 22 performs them. Atxfer plays the feature code (*2) and the number as DTMF
 * into the transferer's leg, holds the transferee, reaches the target through a Local channel and completes when
 * the transferer hangs up (bridge merge, then Local channel optimization).
 */
final class Transfers {

	/** DTMF timing of the feature code and the digits, as measured on the lab. */
	private static final long FEATURE_DIGIT_GAP_MILLIS = 145;
	private static final long HOLD_AFTER_MILLIS = 100;
	private static final long DIGIT_GAP_MILLIS = 45;
	private static final long OPTIMIZE_AFTER_MILLIS = 450;

	private final Site site;

	Transfers(Site site) {
		this.site = site;
	}

	/** Returns null on success, else Asterisk's error message. */
	String blind(Channel transferer, String exten, String context) {
		Bridge b = transferer.bridge;
		if (b == null || !b.isBasic() || b.other(transferer) == null) {
			return "Transfer invalid";
		}
		Channel transferee = b.other(transferer);
		site.emit(Events.channel("Unhold", transferer));
		AmiMessage event = AmiMessage.event("BlindTransfer", Events.CALL).add("Result", "Success");
		Events.channel(event, "Transferer", transferer);
		Events.channel(event, "Transferee", transferee);
		Events.bridge(event, "", b);
		// a transfer asked for over AMI is "external": no party of the bridge pressed a feature code
		site.emit(event.add("IsExternal", "Yes").add("Context", context).add("Extension", exten));
		site.calls.leave(transferer);
		if (transferer.pbx == Channel.Pbx.BRIDGING_APP) {
			site.calls.softHangupRequest(transferer, 16);
		}
		transferee.at(context, exten, 1);
		site.calls.leave(transferee);
		site.calls.destroy(b);
		site.calls.hangup(transferer, 16, false);
		moveOnToDialplan(transferee, context, exten);
		return null;
	}

	/** A channel leaves its call for a new dialplan location (transfer target, Redirect). */
	void moveOnToDialplan(Channel c, String context, String exten) {
		c.cancelTimers();
		java.util.List<Runnable> leaving = new java.util.ArrayList<>(c.leaveHooks);
		c.leaveHooks.clear();
		leaving.forEach(Runnable::run);
		site.calls.musicOnHold(c, false);
		c.hangupHooks.clear();
		c.bridgeEndHooks.clear();
		site.cdr.fork(c);
		c.pbx = Channel.Pbx.OTHER_APP;
		site.dialplan.run(c, context, exten);
	}

	/** Returns null when queued, else Asterisk's error message. */
	String attended(Channel transferer, String exten, String context) {
		Bridge original = transferer.bridge;
		if (original == null || !original.isBasic() || original.other(transferer) == null) {
			return "Atxfer failed";
		}
		Channel transferee = original.other(transferer);
		site.emit(Events.dtmfEnd(transferer, '*'));
		long t = FEATURE_DIGIT_GAP_MILLIS;
		transferer.addTimer(site.loop.after(t, () -> site.emit(Events.dtmfEnd(transferer, '2'))));
		if (!site.coreSounds) {
			// Asterisk cannot play pbx-transfer: "Unable to acquire target extension for attended transfer"
			return null;
		}
		t += HOLD_AFTER_MILLIS;
		transferer.addTimer(site.loop.after(t, () -> hold(transferer, transferee)));
		for (char digit : exten.toCharArray()) {
			t += DIGIT_GAP_MILLIS;
			transferer.addTimer(site.loop.after(t, () -> site.emit(Events.dtmfEnd(transferer, digit))));
		}
		transferer.addTimer(site.loop.after(t + 1, () -> callTarget(transferer, transferee, original, exten, context)));
		return null;
	}

	private void hold(Channel transferer, Channel transferee) {
		transferee.onHold = true;
		if (transferee.phone != null) {
			site.devices.refresh(transferee.phone);
		}
		site.emit(Events.channel("Hold", transferer));
		site.calls.musicOnHold(transferee, true);
	}

	private void callTarget(Channel transferer, Channel transferee, Bridge original, String exten, String context) {
		if (transferer.bridge != original || transferee.bridge != original) {
			return;
		}
		Channel[] pair = site.calls.newLocalPair(exten, context, transferer.linkedid);
		Channel one = pair[0];
		Channel two = pair[1];
		site.cdr.open(two);
		Bridge consultation = site.calls.createBridge();
		site.calls.callerId(two, transferer.callerNum, transferer.callerName);
		site.emit(Events.localBridge(one, two));
		site.calls.connectedLine(one, transferer.callerNum, transferer.callerName);
		site.calls.enter(consultation, one);
		site.calls.leave(transferer);
		site.calls.enter(consultation, transferer);
		site.cdr.fork(transferer);
		site.cdr.answered(transferer, one);
		site.calls.connectedLine(transferer, "<unknown>", "<unknown>");
		two.ringingHooks.add(() -> {
			one.callerNum = two.connectedNum;
			one.callerName = two.connectedName;
			site.calls.setState(one, ChannelState.RINGING);
			site.emit(Events.newCallerid(one));
			site.emit(Events.dial("DialState", null, one).add("DialStatus", "RINGING"));
		});
		two.answerHooks.add(() -> {
			site.calls.setState(one, ChannelState.UP);
			site.emit(Events.dial("DialEnd", null, one).add("DialStatus", "ANSWER"));
		});
		transferer.hangupHooks.add(gone -> complete(transferer, transferee, original, consultation, one, two));
		transferee.hangupHooks.add(gone -> transferer.hangupHooks.clear());
		transferer.peerLeftOverride = () -> abort(transferer, transferee, original);
		site.dialplan.run(two, context, exten);
		if (!two.hungUp && two.application.equals("Dial") && !two.connectedNum.equals("<unknown>")) {
			site.calls.connectedLine(transferer, two.connectedNum, two.connectedName);
		}
	}

	/** The target could not be reached: the transferer returns to the held party. */
	private boolean abort(Channel transferer, Channel transferee, Bridge original) {
		transferer.hangupHooks.clear();
		if (transferee.hungUp || original.destroyed) {
			return false;
		}
		site.calls.enter(original, transferer);
		transferee.onHold = false;
		site.calls.musicOnHold(transferee, false);
		if (transferee.phone != null) {
			site.devices.refresh(transferee.phone);
		}
		site.emit(Events.channel("Unhold", transferer));
		site.calls.connectedLine(transferer, transferee.callerNum, transferee.callerName);
		return true;
	}

	/** The transferer hung up: the consultation bridge merges into the original one. */
	private void complete(Channel transferer, Channel transferee, Bridge original, Bridge consultation, Channel one,
			Channel two) {
		transferer.peerLeftOverride = null;
		if (transferee.hungUp || one.hungUp || one.bridge != consultation) {
			return;
		}
		transferee.onHold = false;
		site.calls.musicOnHold(transferee, false);
		if (transferee.phone != null) {
			site.devices.refresh(transferee.phone);
		}
		site.calls.leave(transferer);
		AmiMessage merge = AmiMessage.event("BridgeMerge", Events.CALL);
		Events.bridge(merge, "To", original);
		Events.bridge(merge, "From", consultation);
		site.emit(merge);
		site.calls.leave(one);
		site.calls.enter(original, one);
		AmiMessage transfer = AmiMessage.event("AttendedTransfer", Events.CALL).add("Result", "Success");
		Events.channel(transfer, "OrigTransferer", transferer);
		Events.bridge(transfer, "Orig", original);
		Events.channel(transfer, "SecondTransferer", transferer);
		Events.bridge(transfer, "Second", consultation);
		Events.channel(transfer, "Transferee", transferee);
		site.emit(transfer.add("IsExternal", "No").add("DestType", "Bridge").add("DestBridgeUniqueid", original.id));
		site.calls.destroy(consultation);
		if (transferer.pbx == Channel.Pbx.BRIDGING_APP) {
			site.calls.softHangupRequest(transferer, 16);
		}
		site.cdr.open(one).b = transferee;
		site.calls.connectedLine(one, transferee.callerNum, transferee.callerName);
		site.calls.connectedLine(transferee, one.callerNum, one.callerName);
		Channel target = two.bridge == null ? null : two.bridge.other(two);
		if (target != null) {
			site.calls.connectedLine(target, transferee.callerNum, transferee.callerName);
		}
		site.loop.execute(() -> site.calls.callerId(two, transferee.callerNum, transferee.callerName));
		site.loop.after(OPTIMIZE_AFTER_MILLIS, () -> optimize(transferee, one, two));
	}

	/** Local channel optimization: the transferee takes ;2's place next to the target; the Local pair goes. */
	private void optimize(Channel transferee, Channel one, Channel two) {
		if (transferee.hungUp || one.hungUp || two.hungUp || two.bridge == null || transferee.bridge != one.bridge) {
			return;
		}
		Bridge targetBridge = two.bridge;
		Channel target = targetBridge.other(two);
		AmiMessage begin = AmiMessage.event("LocalOptimizationBegin", Events.CALL);
		Events.channel(begin, "LocalOne", one);
		Events.channel(begin, "LocalTwo", two);
		Events.channel(begin, "Source", transferee);
		site.emit(begin.add("DestUniqueId", two.uniqueid).add("Id", 0));
		site.calls.leave(transferee);
		site.calls.leave(two);
		targetBridge.channels.add(transferee);
		transferee.bridge = targetBridge;
		site.emit(Events.bridgeChannel("BridgeEnter", targetBridge, transferee).add("SwapUniqueid", two.uniqueid));
		AmiMessage end = AmiMessage.event("LocalOptimizationEnd", Events.CALL);
		Events.channel(end, "LocalOne", one);
		Events.channel(end, "LocalTwo", two);
		site.emit(end.add("Success", "No").add("Id", 0));
		if (target != null) {
			site.cdr.fork(transferee).b = target;
		}
		site.calls.softHangupRequest(two, 16);
		site.calls.hangup(two, 16, false);
	}
}
