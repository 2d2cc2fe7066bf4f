package org.switchboard.pbx.live;

import java.util.Optional;

import org.switchboard.model.Queue;

/**
 * Which queue member is an extension. Queue members are the PBX's device interfaces, not extension numbers: a
 * phone's own device ({@code PJSIP/1001}) or a local channel that dials the extension ({@code Local/1001@from-queue}).
 * This rule lives with the PBX API so that areas and core ask "is 1001 a member" without knowing interface names.
 * Call on the live model's owner thread.
 */
public final class QueueMembers {

	private QueueMembers() {
	}

	/** The member interface of the queue that rings the extension, if it is a member. */
	public static Optional<String> memberOf(Queue queue, String extension) {
		if (queue == null || extension == null) {
			return Optional.empty();
		}
		for (String member : queue.getMembers()) {
			if (rings(member, extension)) {
				return Optional.of(member);
			}
		}
		return Optional.empty();
	}

	/** Whether the member (an interface of {@link #memberOf}) is paused: in the queue but not offered calls. */
	public static boolean paused(Queue queue, String member) {
		for (String paused : queue.getPausedMembers()) {
			if (paused.equalsIgnoreCase(member)) {
				return true;
			}
		}
		return false;
	}

	/** {@code TECH/EXT} or {@code TECH/EXT@CONTEXT} names the extension EXT. */
	static boolean rings(String memberInterface, String extension) {
		if (memberInterface == null) {
			return false;
		}
		int slash = memberInterface.indexOf('/');
		String rest = slash < 0 ? memberInterface : memberInterface.substring(slash + 1);
		int at = rest.indexOf('@');
		return (at < 0 ? rest : rest.substring(0, at)).equals(extension);
	}
}
