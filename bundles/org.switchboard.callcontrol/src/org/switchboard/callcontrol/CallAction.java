package org.switchboard.callcontrol;

/** The business buttons (SPEC L3): each is a command of the workbench and an entry in the operation log. */
public enum CallAction {
	CALL("call", "call.dial"),
	ANSWER("answer", "call.answer"),
	HANGUP("hangup", "call.hangup"),
	HOLD("hold", "call.hold"),
	RESUME("resume", "call.resume"),
	BLIND_TRANSFER("transfer.blind", "call.blindTransfer"),
	ATTENDED_TRANSFER("transfer.attended", "call.attendedTransfer"),
	MONITOR("monitor", "call.monitor"),
	BARGE("barge", "call.barge"),
	FORCE_RELEASE("release", "call.forceRelease");

	/** Prefix of the workbench command ids: {@code org.switchboard.callcontrol.command.<id>}. */
	public static final String COMMAND_PREFIX = "org.switchboard.callcontrol.command.";

	private final String id;
	private final String logAction;

	CallAction(String id, String logAction) {
		this.id = id;
		this.logAction = logAction;
	}

	/** Short id: widget ids ({@code callcontrol.button.<id>}) and message keys use it. */
	public String id() {
		return id;
	}

	public String commandId() {
		return COMMAND_PREFIX + id;
	}

	/** The action code in the operation log. */
	public String logAction() {
		return logAction;
	}

	public static CallAction ofCommand(String commandId) {
		for (CallAction a : values()) {
			if (a.commandId().equals(commandId)) {
				return a;
			}
		}
		return null;
	}
}
