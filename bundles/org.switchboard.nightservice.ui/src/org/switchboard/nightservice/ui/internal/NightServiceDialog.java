package org.switchboard.nightservice.ui.internal;

import java.text.MessageFormat;
import java.util.List;

import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.switchboard.model.NightServiceSetting;
import org.switchboard.nightservice.NightService;
import org.switchboard.nightservice.NightService.QueueNight;
import org.switchboard.nightservice.NightServiceException;
import org.switchboard.store.StoreException;
import org.switchboard.store.Versioned;
import org.switchboard.ui.WidgetIds;

/**
 * S4: the queue, its night number and prompt, whether night service is on, and Switch On / Switch Off. Input is
 * checked before anything is sent; the dialog stays open and shows the outcome, so nothing typed is lost. It does not
 * block the console while open.
 */
public final class NightServiceDialog extends TitleAreaDialog {

	public static final String ID_SHELL = "nightservice.dialog";
	public static final String ID_QUEUE = "nightservice.queue";
	public static final String ID_NUMBER = "nightservice.number";
	public static final String ID_PROMPT = "nightservice.prompt";
	public static final String ID_STATE = "nightservice.state";
	public static final int ON_ID = IDialogConstants.CLIENT_ID + 1;
	public static final int OFF_ID = IDialogConstants.CLIENT_ID + 2;

	private final NightService service;
	private final List<QueueNight> queues;
	private final Messages messages;
	private final UISynchronize ui;
	private Combo queue;
	private Text number;
	private Text prompt;
	private Label state;
	/** The version of the selected queue's saved setting as this dialog read it (-1: not read yet). */
	private long version = -1;

	public NightServiceDialog(Shell parent, NightService service, List<QueueNight> queues, Messages messages,
			UISynchronize ui) {
		super(parent);
		this.service = service;
		this.queues = new java.util.ArrayList<>(queues);
		this.messages = messages;
		this.ui = ui;
		setBlockOnOpen(false);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(messages.dialog_title);
		WidgetIds.set(shell, ID_SHELL);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle(messages.dialog_title);
		setMessage(messages.dialog_message);
		Composite area = (Composite) super.createDialogArea(parent);
		Composite body = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(body);
		new Label(body, SWT.NONE).setText(messages.dialog_queue);
		queue = WidgetIds.set(new Combo(body, SWT.READ_ONLY | SWT.DROP_DOWN), ID_QUEUE);
		queues.forEach(q -> queue.add(q.queue()));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(queue);
		new Label(body, SWT.NONE).setText(messages.dialog_number);
		number = WidgetIds.set(new Text(body, SWT.BORDER | SWT.SINGLE), ID_NUMBER);
		number.setMessage(messages.dialog_number_hint);
		GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(number);
		new Label(body, SWT.NONE).setText(messages.dialog_prompt);
		prompt = WidgetIds.set(new Text(body, SWT.BORDER | SWT.SINGLE), ID_PROMPT);
		prompt.setMessage(messages.dialog_prompt_hint);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(prompt);
		state = WidgetIds.set(new Label(body, SWT.WRAP), ID_STATE);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(state);
		queue.addListener(SWT.Selection, e -> showQueue());
		number.addListener(SWT.Modify, e -> setErrorMessage(null));
		prompt.addListener(SWT.Modify, e -> setErrorMessage(null));
		queue.select(0);
		showQueue();
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, ON_ID, messages.dialog_on, true);
		createButton(parent, OFF_ID, messages.dialog_off, false);
		createButton(parent, IDialogConstants.CLOSE_ID, messages.dialog_close, false);
		updateButtons();
	}

	@Override
	protected org.eclipse.swt.graphics.Point getInitialSize() {
		org.eclipse.swt.graphics.Point p = super.getInitialSize();
		return new org.eclipse.swt.graphics.Point(Math.min(p.x, 620), p.y);
	}

	private QueueNight selected() {
		int i = queue.getSelectionIndex();
		return i < 0 ? null : queues.get(i);
	}

	/** The chosen queue's state; its number and prompt from the PBX when on, else as last saved. */
	private void showQueue() {
		QueueNight q = selected();
		if (q == null) {
			return;
		}
		showState(q);
		version = -1;
		if (q.on()) {
			number.setText(q.nightNumber());
			prompt.setText(q.prompt() == null ? "" : q.prompt());
		}
		service.savedForEdit(q.queue()).whenComplete((read, error) -> ui.asyncExec(() -> {
			if (number.isDisposed() || error != null || selected() != q) {
				return;
			}
			// a switch-on saves over this version only: another console's change in between is told, not lost
			version = read.map(Versioned::version).orElse(0L);
			if (q.on() || read.isEmpty() || !number.getText().isEmpty()) {
				return;
			}
			NightServiceSetting saved = read.get().value();
			number.setText(saved.getNightNumber() == null ? "" : saved.getNightNumber());
			prompt.setText(saved.getPrompt() == null ? "" : saved.getPrompt());
		}));
	}

	private void showState(QueueNight q) {
		state.setText(q.on() ? MessageFormat.format(messages.dialog_state_on, q.queue(), q.nightNumber())
				: MessageFormat.format(messages.dialog_state_off, q.queue()));
		state.getParent().layout();
		updateButtons();
	}

	private void updateButtons() {
		QueueNight q = queue == null ? null : selected();
		if (getButton(OFF_ID) != null && q != null) {
			getButton(OFF_ID).setEnabled(q.on());
		}
	}

	@Override
	protected void buttonPressed(int id) {
		if (id == ON_ID) {
			switchOn();
		} else if (id == OFF_ID) {
			switchOff();
		} else {
			super.buttonPressed(id);
		}
	}

	private void switchOn() {
		QueueNight q = selected();
		String n = number.getText();
		String p = prompt.getText();
		try {
			NightService.validate(q == null ? null : q.queue(), n, p);
		} catch (NightServiceException e) {
			setErrorMessage(messages.failure(e));
			(e.reason() == NightServiceException.Reason.PROMPT_INVALID ? prompt : number).setFocus();
			return;
		}
		long from = version;
		run(service.switchOn(q.queue(), n, p, from), new QueueNight(q.queue(), n.replaceAll("[\\s-]", ""),
				p.isBlank() ? null : p.strip()), from);
	}

	private void switchOff() {
		QueueNight q = selected();
		if (q != null) {
			run(service.switchOff(q.queue()), new QueueNight(q.queue(), null, null), -1);
		}
	}

	/** Runs a switch; {@code from} is the saved version a switch-on started from (-1: none checked). */
	private void run(java.util.concurrent.CompletableFuture<Void> operation, QueueNight after, long from) {
		setErrorMessage(null);
		setMessage(messages.dialog_working);
		enable(false);
		operation.whenComplete((v, error) -> ui.asyncExec(() -> {
			if (getShell() == null || getShell().isDisposed()) {
				return;
			}
			enable(true);
			if (error != null) {
				if (changedElsewhere(error)) {
					showTheirs(after.queue());
				} else {
					setErrorMessage(messages.failure(error));
					rereadVersion(after.queue());
				}
				return;
			}
			if (from >= 0) {
				version = from + 1;
			} else {
				rereadVersion(after.queue());
			}
			int i = queue.getSelectionIndex();
			if (i >= 0 && queues.get(i).queue().equals(after.queue())) {
				queues.set(i, after);
			}
			setMessage(after.on() ? MessageFormat.format(messages.status_on, after.queue(), after.nightNumber())
					: MessageFormat.format(messages.status_off, after.queue()));
			showState(after);
		}));
	}

	private static boolean changedElsewhere(Throwable error) {
		for (Throwable t = error; t != null; t = t.getCause()) {
			if (t instanceof StoreException e && e.reason() == StoreException.Reason.CHANGED_ELSEWHERE) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Another console changed the queue's night service after this dialog read it: says what it saved, keeps what
	 * the operator typed, and lets Switch On (pressed again, now knowing) save over it.
	 */
	private void showTheirs(String q) {
		service.savedForEdit(q).whenComplete((read, error) -> ui.asyncExec(() -> {
			if (number.isDisposed()) {
				return;
			}
			if (error != null || read.isEmpty()) {
				setErrorMessage(MessageFormat.format(messages.error_changed, q, "?", "?", "?"));
				return;
			}
			if (selected() != null && selected().queue().equals(q)) {
				version = read.get().version();
			}
			NightServiceSetting theirs = read.get().value();
			setErrorMessage(MessageFormat.format(messages.error_changed, q,
					theirs.isActive() ? messages.dialog_on_word : messages.dialog_off_word,
					theirs.getNightNumber() == null ? "" : theirs.getNightNumber(),
					theirs.getChangedBy() == null ? "?" : theirs.getChangedBy()));
		}));
	}

	private void rereadVersion(String q) {
		service.savedForEdit(q).whenComplete((read, error) -> ui.asyncExec(() -> {
			if (!number.isDisposed() && error == null && selected() != null && selected().queue().equals(q)) {
				version = read.map(Versioned::version).orElse(0L);
			}
		}));
	}

	private void enable(boolean on) {
		for (int id : new int[] { ON_ID, OFF_ID }) {
			if (getButton(id) != null) {
				getButton(id).setEnabled(on);
			}
		}
		if (on) {
			updateButtons();
		}
	}

	/** The state line shown (for tests). */
	public String stateText() {
		return state == null || state.isDisposed() ? null : state.getText();
	}
}
