package org.switchboard.callcontrol.ui.internal;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.switchboard.callcontrol.CallAction;
import org.switchboard.callcontrol.CallControl;
import org.switchboard.ui.Selections;

import jakarta.inject.Named;

/**
 * The handler of one business button's command: enabled when the current selection allows the action, runs it
 * through the {@link CallBoard}. One small subclass per command (E4 makes one handler object per contribution).
 */
public abstract class CallActionHandler {

	/**
	 * The optional parameter of the call and blind-transfer commands: the number to dial instead of the dial pad's
	 * (e.g. a phonebook contact's number).
	 */
	public static final String NUMBER_PARAMETER = "org.switchboard.callcontrol.command.number";

	private final CallAction action;

	protected CallActionHandler(CallAction action) {
		this.action = action;
	}

	@CanExecute
	boolean canExecute(@Optional CallBoard board, @Optional @Named(Selections.TARGET) Object target,
			@Optional @Named(Selections.DIAL_NUMBER) String dial, @Optional @Named(NUMBER_PARAMETER) String number) {
		return board != null && board.allows(action, target, number != null ? number : dial);
	}

	@Execute
	void execute(CallBoard board, @Optional @Named(Selections.TARGET) Object target,
			@Optional @Named(Selections.DIAL_NUMBER) String dial, @Optional @Named(NUMBER_PARAMETER) String number,
			@Optional @Named(IServiceConstants.ACTIVE_SHELL) Shell shell, @Optional @Translation Messages messages) {
		String dialled = number != null ? number : dial;
		if (action == CallAction.FORCE_RELEASE && !ForceReleaseConfirmation.confirmed(shell, messages,
				CallControl.targetOf(action, board.situation(target, dialled)))) {
			return;
		}
		board.perform(action, target, dialled);
	}

	public static class Call extends CallActionHandler {
		public Call() {
			super(CallAction.CALL);
		}
	}

	public static class Answer extends CallActionHandler {
		public Answer() {
			super(CallAction.ANSWER);
		}
	}

	public static class Hangup extends CallActionHandler {
		public Hangup() {
			super(CallAction.HANGUP);
		}
	}

	public static class Hold extends CallActionHandler {
		public Hold() {
			super(CallAction.HOLD);
		}
	}

	public static class Resume extends CallActionHandler {
		public Resume() {
			super(CallAction.RESUME);
		}
	}

	public static class BlindTransfer extends CallActionHandler {
		public BlindTransfer() {
			super(CallAction.BLIND_TRANSFER);
		}
	}

	public static class AttendedTransfer extends CallActionHandler {
		public AttendedTransfer() {
			super(CallAction.ATTENDED_TRANSFER);
		}
	}

	public static class Monitor extends CallActionHandler {
		public Monitor() {
			super(CallAction.MONITOR);
		}
	}

	public static class Barge extends CallActionHandler {
		public Barge() {
			super(CallAction.BARGE);
		}
	}

	public static class ForceRelease extends CallActionHandler {
		public ForceRelease() {
			super(CallAction.FORCE_RELEASE);
		}
	}
}
