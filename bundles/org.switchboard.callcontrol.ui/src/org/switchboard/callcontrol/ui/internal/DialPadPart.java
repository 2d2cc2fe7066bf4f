package org.switchboard.callcontrol.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.bindings.EBindingService;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.switchboard.callcontrol.CallAction;
import org.switchboard.core.ContactSearch;
import org.switchboard.pbx.PbxInput;
import org.switchboard.ui.Selections;
import org.switchboard.ui.WidgetIds;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * L3 area 5: the dial pad. Its number field takes only what can be dialled ({@link PbxInput#NUMBER}); digits typed
 * anywhere in the main window (outside text fields) land here; Enter calls the number, or answers the longest
 * waiting caller when the field is empty; Esc clears it.
 */
public class DialPadPart {

	private static final String DIALLABLE = "0123456789*#+";

	@Inject
	private MWindow window;
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

	private Text number;
	private Font numberFont;
	private CallBoard board;
	private final List<Button> actionButtons = new ArrayList<>();
	private final CallBoard.Listener listener = b -> refresh();
	private Listener typeAnywhere;
	private Display display;
	private ContactSearch search;
	private org.eclipse.swt.widgets.List matches;
	private List<ContactSearch.Match> shownMatches = List.of();

	@PostConstruct
	void create(Composite parent) {
		display = parent.getDisplay();
		GridLayout layout = new GridLayout(4, true);
		layout.marginWidth = 10;
		layout.marginHeight = 8;
		layout.horizontalSpacing = 6;
		layout.verticalSpacing = 6;
		parent.setLayout(layout);

		number = new Text(parent, SWT.BORDER | SWT.SINGLE);
		WidgetIds.set(number, "callcontrol.dial.number");
		FontData fd = parent.getFont().getFontData()[0];
		numberFont = new Font(display, fd.getName(), fd.getHeight() + 5, SWT.BOLD);
		number.setFont(numberFont);
		number.setMessage(messages.dial_message);
		number.setTextLimit(32);
		number.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
		number.addListener(SWT.Verify, this::onlyDiallable);
		number.addListener(SWT.Modify, e -> {
			window.getContext().set(Selections.DIAL_NUMBER, number.getText());
			refresh();
			showMatches();
		});
		number.addListener(SWT.Traverse, e -> {
			if (e.detail == SWT.TRAVERSE_RETURN) {
				e.doit = false;
			}
		});
		number.addListener(SWT.KeyDown, e -> {
			if (e.keyCode == SWT.ESC) {
				number.setText("");
			} else if (e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR) {
				e.doit = false;
				enter();
			}
		});
		Button clear = new Button(parent, SWT.PUSH);
		WidgetIds.set(clear, "callcontrol.dial.clear");
		clear.setText(messages.dial_clear);
		clear.setToolTipText(messages.dial_clear_tooltip);
		clear.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false));
		clear.addListener(SWT.Selection, e -> {
			number.setText("");
			number.setFocus();
		});

		Composite keys = new Composite(parent, SWT.NONE);
		keys.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
		GridLayout kl = new GridLayout(3, true);
		kl.marginWidth = 0;
		kl.marginHeight = 0;
		kl.horizontalSpacing = 4;
		kl.verticalSpacing = 4;
		keys.setLayout(kl);
		for (String key : new String[] { "1", "2", "3", "4", "5", "6", "7", "8", "9", "*", "0", "#" }) {
			Button b = new Button(keys, SWT.PUSH);
			WidgetIds.set(b, "callcontrol.dial.key." + key);
			b.setText(key);
			b.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
			b.addListener(SWT.Selection, e -> {
				number.insert(key);
				number.setFocus();
			});
		}
		Composite actions = new Composite(parent, SWT.NONE);
		actions.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		GridLayout al = new GridLayout(1, true);
		al.marginWidth = 0;
		al.marginHeight = 0;
		al.verticalSpacing = 4;
		actions.setLayout(al);
		for (CallAction action : new CallAction[] { CallAction.CALL, CallAction.HANGUP, CallAction.HOLD,
				CallAction.RESUME }) {
			Button b = new Button(actions, SWT.PUSH);
			WidgetIds.set(b, "callcontrol.dial." + action.id());
			b.setText(messages.label(action));
			b.setImage(ActionUi.icon(action, b));
			b.setToolTipText(ActionUi.tooltip(action, messages, ActionUi.shortcut(action, commands, bindings)));
			b.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
			b.setData(action);
			b.addListener(SWT.Selection, e -> execute(action));
			actionButtons.add(b);
		}
		if (board != null) {
			board.addListener(listener);
			board.onCallStarted(() -> {
				if (!number.isDisposed()) {
					number.setText("");
				}
			});
		}
		matches = new org.eclipse.swt.widgets.List(parent, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL);
		WidgetIds.set(matches, "callcontrol.dial.matches");
		GridData md = new GridData(SWT.FILL, SWT.FILL, true, false, 4, 1);
		md.heightHint = matches.getItemHeight() * 4;
		md.exclude = true;
		matches.setLayoutData(md);
		matches.setVisible(false);
		matches.addListener(SWT.Selection, e -> pickMatch());
		matches.addListener(SWT.DefaultSelection, e -> {
			pickMatch();
			execute(CallAction.CALL);
		});
		typeAnywhere = this::typedAnywhere;
		display.addFilter(SWT.KeyDown, typeAnywhere);
		parent.addListener(SWT.Dispose, e -> numberFont.dispose());
		refresh();
	}

	private void onlyDiallable(Event e) {
		StringBuilder kept = new StringBuilder();
		for (char c : e.text.toCharArray()) {
			// S5: letters (a name, pinyin) search the phonebook; Enter then takes the match's number
			if (DIALLABLE.indexOf(c) >= 0 || Character.isLetter(c) || c == ' ' && search != null) {
				kept.append(c);
			}
		}
		if (kept.length() != e.text.length()) {
			if (kept.length() == 0 && !e.text.isEmpty()) {
				e.doit = false;
				display.beep();
				return;
			}
			e.text = kept.toString();
		}
	}

	/** A digit typed outside any text field of the main window starts dialling. */
	private void typedAnywhere(Event e) {
		if (number.isDisposed() || (e.stateMask & (SWT.CTRL | SWT.ALT | SWT.COMMAND)) != 0
				|| DIALLABLE.indexOf(e.character) < 0 || e.character == 0) {
			return;
		}
		if (!(e.widget instanceof Control c) || c == number || c instanceof Text || c instanceof Combo
				|| c instanceof Spinner || c.getClass().getSimpleName().equals("StyledText")) {
			return;
		}
		Shell main = window.getWidget() instanceof Shell s ? s : null;
		if (main == null || c.getShell() != main) {
			return;
		}
		e.doit = false;
		number.setFocus();
		number.setSelection(number.getCharCount());
		number.insert(String.valueOf(e.character));
	}

	/**
	 * S5: the phonebook's matches for the digits typed (when a phonebook is installed: {@link ContactSearch}); a
	 * click puts a match's number in the pad, a double click calls it.
	 */
	private void showMatches() {
		String text = number.getText().strip();
		List<ContactSearch.Match> found = search == null || text.length() < 2 ? List.of() : search.matches(text, 20);
		if (found.equals(shownMatches)) {
			return;
		}
		shownMatches = found;
		matches.setItems(found.stream().map(m -> m.number() + "  " + m.name()
				+ (m.department().isEmpty() ? "" : " (" + m.department() + ")")).toArray(String[]::new));
		boolean show = !found.isEmpty();
		if (matches.getVisible() != show) {
			matches.setVisible(show);
			((GridData) matches.getLayoutData()).exclude = !show;
			matches.getParent().layout(true);
		}
	}

	/** Whether the pad holds letters (a name to look up) rather than a number to dial. */
	private static boolean isName(String text) {
		return text.chars().anyMatch(Character::isLetter);
	}

	private void pickMatch() {
		int i = matches.getSelectionIndex();
		if (i >= 0 && i < shownMatches.size()) {
			String picked = shownMatches.get(i).number();
			shownMatches = List.of();
			number.setText(picked);
			number.setSelection(picked.length());
		}
	}

	@Inject
	@Optional
	void search(ContactSearch search) {
		this.search = search;
	}

	private void enter() {
		String text = number.getText().strip();
		if (isName(text)) {
			// a name is not dialled: Enter takes the chosen (or first) phonebook match's number, a second Enter calls
			if (matches.getVisible() && !shownMatches.isEmpty()) {
				if (matches.getSelectionIndex() < 0) {
					matches.select(0);
				}
				pickMatch();
			} else {
				display.beep();
			}
			return;
		}
		if (!text.isEmpty()) {
			execute(CallAction.CALL);
		} else {
			execute(CallAction.ANSWER);
		}
	}

	private void execute(CallAction action) {
		ParameterizedCommand command = commands.createCommand(action.commandId(), null);
		if (command != null && handlers.canExecute(command)) {
			handlers.executeHandler(command);
		} else if (action == CallAction.CALL && !number.getText().isEmpty() && !PbxInput.isNumber(number.getText())) {
			display.beep();
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
		if (board != null && number != null) {
			board.addListener(listener);
			board.onCallStarted(() -> {
				if (!number.isDisposed()) {
					number.setText("");
				}
			});
			refresh();
		}
	}

	private void refresh() {
		if (number == null || number.isDisposed()) {
			return;
		}
		Object target = window.getContext().get(Selections.TARGET);
		for (Button b : actionButtons) {
			CallAction action = (CallAction) b.getData();
			b.setEnabled(board != null && board.allows(action, target, number.getText()));
			if (action == CallAction.CALL) {
				String text = messages.callLabel(board == null ? null : board.numberToCall(target, number.getText()));
				if (!text.equals(b.getText())) {
					b.setText(text);
					b.getParent().getParent().layout(true, true);
				}
			}
		}
	}

	@Inject
	@Optional
	void target(@Named(Selections.TARGET) Object target) {
		refresh();
	}

	public Text number() {
		return number;
	}

	public Button button(CallAction action) {
		for (Button b : actionButtons) {
			if (b.getData() == action) {
				return b;
			}
		}
		return null;
	}

	@Focus
	void focus() {
		number.setFocus();
	}

	@PreDestroy
	void dispose() {
		if (board != null) {
			board.removeListener(listener);
		}
		if (display != null && !display.isDisposed() && typeAnywhere != null) {
			display.removeFilter(SWT.KeyDown, typeAnywhere);
		}
	}
}
