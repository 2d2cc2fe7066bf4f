package org.switchboard.pbx.asterisk.internal;

import java.util.concurrent.CompletableFuture;

import org.asteriskjava.manager.event.HangupEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.event.NewChannelEvent;
import org.asteriskjava.manager.event.VarSetEvent;

/**
 * X2: whether an attended transfer Asterisk accepted ("Atxfer successfully queued") really started the consultation
 * call. Asterisk first plays {@code pbx-transfer} to the transferer; without the core sound files the transfer ends
 * there and nothing else happens (transcript 07 shows what a working one does: a Local channel to the target, marked
 * {@code ATTENDEDTRANSFER} = the transferer's channel). Completes true when the consultation call starts, false when
 * the transferer's channel hangs up first; the caller applies a time-out. Fed on the live model's thread.
 */
final class ConsultationWatch {

	private final String transfererChannel;
	private final String localPrefix;
	private final CompletableFuture<Boolean> started = new CompletableFuture<>();

	/**
	 * @param transfererChannel the operator's channel name ({@code PJSIP/1001-0000000b})
	 * @param target            the number the consultation call dials
	 * @param context           the dialplan context it dials in
	 */
	ConsultationWatch(String transfererChannel, String target, String context) {
		this.transfererChannel = transfererChannel;
		this.localPrefix = "Local/" + target + "@" + context + "-";
	}

	CompletableFuture<Boolean> started() {
		return started;
	}

	void observe(ManagerEvent event) {
		if (started.isDone()) {
			return;
		}
		switch (event) {
		case NewChannelEvent e -> {
			if (e.getChannel() != null && e.getChannel().startsWith(localPrefix)) {
				started.complete(true);
			}
		}
		case VarSetEvent e -> {
			if ("ATTENDEDTRANSFER".equals(e.getVariable()) && transfererChannel.equals(e.getValue())) {
				started.complete(true);
			}
		}
		case HangupEvent e -> {
			if (transfererChannel.equals(e.getChannel())) {
				started.complete(false);
			}
		}
		default -> {
			// not about this transfer
		}
		}
	}
}
