package org.switchboard.callcontrol.ui.internal;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.bindings.EBindingService;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.switchboard.callcontrol.CallAction;
import org.switchboard.ui.Selections;
import org.switchboard.ui.WidgetIds;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * L3 business buttons: each runs its workbench command (the same as its key and menu entries) and is enabled only
 * when the current selection allows the action.
 */
public class ButtonsPart {

	@Inject
	private IEclipseContext context;
	@Inject
	private EHandlerService handlers;
	@Inject
	private ECommandService commands;
	@Inject
	@Optional
	private EBindingService bindings;
	@Inject
	@Translation
	private Messages messages;
	@Inject
	@Optional
	private IEventBroker broker;

	private static final int BUTTON_MIN_WIDTH = 150;

	private final Map<CallAction, Button> buttons = new EnumMap<>(CallAction.class);
	private CallBoard board;
	private Object target;
	private String dial = "";
	private final CallBoard.Listener listener = b -> refresh();

	@PostConstruct
	void create(Composite parent) {
		GridLayout layout = new GridLayout(2, true);
		layout.marginWidth = 8;
		layout.marginHeight = 8;
		layout.horizontalSpacing = 6;
		layout.verticalSpacing = 5;
		parent.setLayout(layout);
		// as many columns as the part is wide enough for, so that all ten buttons stay visible in a short part
		parent.addListener(SWT.Resize, e -> {
			int columns = Math.max(2, Math.min(5, parent.getClientArea().width / BUTTON_MIN_WIDTH));
			if (columns != layout.numColumns) {
				layout.numColumns = columns;
				parent.layout(true);
			}
		});
		for (CallAction action : CallAction.values()) {
			Button b = new Button(parent, SWT.PUSH);
			WidgetIds.set(b, "callcontrol.button." + action.id());
			b.setText(messages.label(action));
			b.setImage(ActionUi.icon(action, b));
			b.setToolTipText(ActionUi.tooltip(action, messages, ActionUi.shortcut(action, commands, bindings)));
			GridData gd = new GridData(SWT.FILL, SWT.CENTER, true, false);
			gd.heightHint = 30;
			b.setLayoutData(gd);
			b.addListener(SWT.Selection, e -> run(action));
			buttons.put(action, b);
		}
		if (board != null) {
			board.addListener(listener);
		}
		refresh();
	}

	@Inject
	@Optional
	void board(CallBoard board) {
		if (this.board != null) {
			this.board.removeListener(listener);
		}
		this.board = board;
		if (board != null && !buttons.isEmpty()) {
			board.addListener(listener);
		}
		refresh();
	}

	@Inject
	@Optional
	void target(@Named(Selections.TARGET) Object target) {
		this.target = target;
		refresh();
		updateToolbar();
	}

	@Inject
	@Optional
	void dial(@Named(Selections.DIAL_NUMBER) String dial) {
		this.dial = dial == null ? "" : dial;
		refresh();
		updateToolbar();
	}

	/** The main toolbar's buttons ask their handlers again only when told: after each change of what is selected. */
	private void updateToolbar() {
		if (broker != null) {
			broker.send(UIEvents.REQUEST_ENABLEMENT_UPDATE_TOPIC, UIEvents.ALL_ELEMENT_ID);
		}
	}

	private void run(CallAction action) {
		ParameterizedCommand command = commands.createCommand(action.commandId(), null);
		if (command != null && handlers.canExecute(command)) {
			handlers.executeHandler(command);
		}
		refresh();
	}

	/** Enables each button by what the selection allows now. */
	void refresh() {
		boolean pbxDown = board != null && !board.pbxUp();
		for (Map.Entry<CallAction, Button> e : buttons.entrySet()) {
			if (!e.getValue().isDisposed()) {
				e.getValue().setEnabled(board != null && board.allows(e.getKey(), target, dial));
				// A9: a disabled button says why when the reason is the lost PBX connection
				String tip = ActionUi.tooltip(e.getKey(), messages, ActionUi.shortcut(e.getKey(), commands, bindings));
				e.getValue().setToolTipText(pbxDown ? messages.status_pbxDown + "\n" + tip : tip);
			}
		}
		Button call = buttons.get(CallAction.CALL);
		if (call != null && !call.isDisposed()) {
			String text = messages.callLabel(board == null ? null : board.numberToCall(target, dial));
			if (!text.equals(call.getText())) {
				call.setText(text);
				call.getParent().layout(true);
			}
		}
	}

	public Button button(CallAction action) {
		return buttons.get(action);
	}

	@Focus
	void focus() {
		for (Button b : buttons.values()) {
			if (b.isEnabled()) {
				b.setFocus();
				return;
			}
		}
		buttons.get(CallAction.CALL).getParent().setFocus();
	}

	@PreDestroy
	void dispose() {
		if (board != null) {
			board.removeListener(listener);
		}
	}
}
