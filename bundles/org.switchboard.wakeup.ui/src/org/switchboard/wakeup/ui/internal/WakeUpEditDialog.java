package org.switchboard.wakeup.ui.internal;

import java.text.MessageFormat;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.switchboard.model.WakeUpRepeat;
import org.switchboard.model.WakeUpTask;
import org.switchboard.ui.Shells;
import org.switchboard.ui.WidgetIds;
import org.switchboard.wakeup.ExtensionSelection;
import org.switchboard.store.Versioned;
import org.switchboard.wakeup.WakeUpException;
import org.switchboard.wakeup.WakeUpRequest;
import org.switchboard.wakeup.WakeUpService;
import org.switchboard.wakeup.WakeUpTimes;
import org.switchboard.wakeup.ui.WakeUpUiIds;

/**
 * Creates wake-ups for one or many extensions (typed as numbers and ranges, or picked from the PBX's list), or edits
 * one. Save checks and stores everything off the UI thread; a refusal is shown in the dialog, which stays open with
 * what the operator typed.
 */
public final class WakeUpEditDialog extends Dialog {

	private final WakeUpService service;
	private final Texts texts;
	private final Messages m;
	/** The wake-up being edited ({@code null}: new ones; also after another console deleted it: Save adds it). */
	private WakeUpTask editing;
	/** The stored version the edit starts from; after a refused save, the version the other console saved. */
	private long version;
	private final String preset;
	private final String operator;
	private final Consumer<String> saved;
	private Text extensions;
	private org.eclipse.swt.widgets.List picker;
	private Text time;
	private Button once;
	private Button daily;
	private Button weekdays;
	private final List<Button> days = new ArrayList<>();
	private Text date;
	private Spinner retries;
	private Spinner interval;
	private Text prompt;
	private Label error;

	/**
	 * @param editing the wake-up to edit, or {@code null} for new ones
	 * @param preset  extensions to start with (e.g. the one right-clicked), may be empty
	 * @param saved   told on the UI thread with a line for the status bar once saved
	 */
	public WakeUpEditDialog(Shell parent, WakeUpService service, Messages messages, WakeUpTask editing, String preset,
			String operator, Consumer<String> saved) {
		this(parent, service, messages, editing, -1, preset, operator, saved);
	}

	/**
	 * @param version the stored version of {@code editing} as read with it: a save is refused, and the operator told,
	 *                if another console saved it since
	 */
	public WakeUpEditDialog(Shell parent, WakeUpService service, Messages messages, WakeUpTask editing, long version,
			String preset, String operator, Consumer<String> saved) {
		super(parent);
		this.version = version;
		this.service = service;
		this.m = messages;
		this.texts = new Texts(messages);
		this.editing = editing;
		this.preset = preset == null ? "" : preset;
		this.operator = operator;
		this.saved = saved;
		setBlockOnOpen(false); // the UI thread goes on with the workbench's own event loop
		setShellStyle(SWT.DIALOG_TRIM | SWT.RESIZE | SWT.APPLICATION_MODAL);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(editing == null ? m.edit_title_new : m.edit_title_edit);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);

		label(area, m.edit_extensions);
		extensions = WidgetIds.set(new Text(area, SWT.BORDER), WakeUpUiIds.EDIT_EXTENSIONS);
		extensions.setMessage(m.edit_extensions_hint);
		extensions.setText(editing != null ? editing.getExtension() : preset);
		GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(extensions);
		if (editing == null) {
			label(area, m.edit_extensions_pick);
			picker = WidgetIds.set(new org.eclipse.swt.widgets.List(area, SWT.MULTI | SWT.BORDER | SWT.V_SCROLL),
					WakeUpUiIds.EDIT_PICKER);
			GridDataFactory.fillDefaults().grab(true, true).hint(320, 110).applyTo(picker);
			Async.run(picker, () -> service.knownExtensions().stream().sorted().toList(),
					list -> picker.setItems(list.toArray(String[]::new)), e -> picker.setItems());
		} else {
			extensions.setEnabled(false);
		}

		label(area, m.edit_time);
		time = WidgetIds.set(new Text(area, SWT.BORDER), WakeUpUiIds.EDIT_TIME);
		time.setText(editing != null ? editing.getTimeOfDay() : "06:30");
		GridDataFactory.swtDefaults().hint(80, SWT.DEFAULT).applyTo(time);

		label(area, m.edit_repeat);
		Composite repeat = new Composite(area, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(repeat);
		once = WidgetIds.set(new Button(repeat, SWT.RADIO), WakeUpUiIds.EDIT_ONCE);
		once.setText(m.edit_once);
		daily = WidgetIds.set(new Button(repeat, SWT.RADIO), WakeUpUiIds.EDIT_DAILY);
		daily.setText(m.edit_daily);
		weekdays = WidgetIds.set(new Button(repeat, SWT.RADIO), WakeUpUiIds.EDIT_WEEKDAYS);
		weekdays.setText(m.edit_weekdays);

		label(area, m.edit_date);
		date = WidgetIds.set(new Text(area, SWT.BORDER), WakeUpUiIds.EDIT_DATE);
		GridDataFactory.swtDefaults().hint(110, SWT.DEFAULT).applyTo(date);

		new Label(area, SWT.NONE);
		Composite dayRow = new Composite(area, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(7).applyTo(dayRow);
		Set<DayOfWeek> chosen = editing != null ? WakeUpTimes.weekdays(editing.getWeekdays())
				: EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
		for (DayOfWeek d : DayOfWeek.values()) {
			Button b = WidgetIds.set(new Button(dayRow, SWT.CHECK), WakeUpUiIds.EDIT_DAY + d.name().substring(0, 3));
			b.setText(texts.day(d));
			b.setData(d);
			b.setSelection(chosen.contains(d));
			days.add(b);
		}

		label(area, m.edit_retries);
		retries = WidgetIds.set(new Spinner(area, SWT.BORDER), WakeUpUiIds.EDIT_RETRIES);
		retries.setValues(editing != null ? editing.getRetries() : 2, 0, WakeUpRequest.MAX_RETRIES, 0, 1, 1);
		label(area, m.edit_interval);
		interval = WidgetIds.set(new Spinner(area, SWT.BORDER), WakeUpUiIds.EDIT_INTERVAL);
		interval.setValues(editing != null ? editing.getRetryIntervalMinutes() : 5, 1,
				WakeUpRequest.MAX_INTERVAL_MINUTES, 0, 1, 5);

		label(area, m.edit_prompt);
		prompt = WidgetIds.set(new Text(area, SWT.BORDER), WakeUpUiIds.EDIT_PROMPT);
		prompt.setMessage(m.edit_prompt_hint);
		prompt.setText(editing != null && editing.getPrompt() != null ? editing.getPrompt() : "");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(prompt);

		error = WidgetIds.set(new Label(area, SWT.WRAP), WakeUpUiIds.EDIT_ERROR);
		error.setForeground(area.getDisplay().getSystemColor(SWT.COLOR_RED));
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(420, SWT.DEFAULT).applyTo(error);

		WakeUpRepeat r = editing != null ? editing.getRepeat() : WakeUpRepeat.ONCE;
		once.setSelection(r == WakeUpRepeat.ONCE);
		daily.setSelection(r == WakeUpRepeat.DAILY);
		weekdays.setSelection(r == WakeUpRepeat.WEEKDAYS);
		date.setText(editing != null && editing.getDate() != null ? editing.getDate()
				: LocalDate.now(service.zone()).plusDays(1).toString());
		List<Button> radios = List.of(once, daily, weekdays);
		for (Button b : radios) {
			b.addListener(SWT.Selection, e -> {
				if (b.getSelection()) { // one choice, also when the selection is set by code rather than a click
					radios.stream().filter(other -> other != b).forEach(other -> other.setSelection(false));
				}
				enableFields();
			});
		}
		enableFields();
		return area;
	}

	private static void label(Composite parent, String text) {
		Label l = new Label(parent, SWT.NONE);
		l.setText(text);
	}

	private void enableFields() {
		date.setEnabled(once.getSelection());
		for (Button b : days) {
			b.setEnabled(weekdays.getSelection());
		}
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		Button save = createButton(parent, IDialogConstants.OK_ID, m.edit_save, true);
		WidgetIds.set(save, WakeUpUiIds.EDIT_SAVE);
		createButton(parent, IDialogConstants.CANCEL_ID, m.edit_cancel, false);
	}

	@Override
	protected void okPressed() {
		WakeUpRequest request;
		try {
			request = request();
		} catch (WakeUpException e) {
			error.setText(texts.refusal(e));
			error.getParent().layout(true);
			return;
		}
		Button save = getButton(IDialogConstants.OK_ID);
		save.setEnabled(false);
		error.setText(m.edit_saving);
		WakeUpTask task = editing;
		long from = version;
		Async.run(save, () -> {
			if (task == null) {
				service.create(request, operator);
				return Optional.<Optional<Versioned<WakeUpTask>>>empty();
			}
			try {
				service.update(task.getId(), from, request, operator);
				return Optional.<Optional<Versioned<WakeUpTask>>>empty();
			} catch (WakeUpException e) {
				if (e.reason() != WakeUpException.Reason.CHANGED_ELSEWHERE) {
					throw e;
				}
				return Optional.of(service.forEdit(task.getId()));
			}
		}, refused -> {
					if (refused.isEmpty()) {
						saved.accept(MessageFormat.format(m.edit_saved, WakeUpService.summary(request.extensions())));
						close();
						return;
					}
					// nothing of the operator's input is touched: Save again saves it over theirs, Cancel keeps theirs
					save.setEnabled(true);
					Optional<Versioned<WakeUpTask>> theirs = refused.get();
					if (theirs.isPresent()) {
						version = theirs.get().version();
						WakeUpTask t = theirs.get().value();
						error.setText(MessageFormat.format(m.edit_theirs, t.getExtension(), t.getTimeOfDay(),
								texts.repeat(t), MessageFormat.format(m.retries_value, t.getRetries(),
										t.getRetryIntervalMinutes()),
								t.getPrompt() == null ? m.prompt_default : t.getPrompt()));
					} else {
						editing = null;
						version = -1;
						error.setText(m.edit_deleted);
					}
					error.getParent().layout(true);
					Shells.growHeightToFit(getShell());
				}, e -> {
					save.setEnabled(true);
					error.setText(e instanceof WakeUpException w ? texts.refusal(w) : String.valueOf(e.getMessage()));
					error.getParent().layout(true);
				});
	}

	/** What the fields say; what only the service can check (known extensions, the past) is checked there. */
	private WakeUpRequest request() {
		Set<String> chosen = new LinkedHashSet<>(ExtensionSelection.parse(extensions.getText()));
		if (picker != null) {
			chosen.addAll(List.of(picker.getSelection()));
		}
		LocalTime at = WakeUpTimes.parseTime(time.getText());
		if (at == null) {
			throw new WakeUpException(WakeUpException.Reason.BAD_TIME, "bad time", time.getText());
		}
		WakeUpRepeat repeat = once.getSelection() ? WakeUpRepeat.ONCE
				: daily.getSelection() ? WakeUpRepeat.DAILY : WakeUpRepeat.WEEKDAYS;
		LocalDate day = null;
		if (repeat == WakeUpRepeat.ONCE) {
			try {
				day = LocalDate.parse(date.getText().strip());
			} catch (DateTimeParseException e) {
				throw new WakeUpException(WakeUpException.Reason.TIME_IN_PAST, "bad date", date.getText());
			}
		}
		Set<DayOfWeek> chosenDays = EnumSet.noneOf(DayOfWeek.class);
		for (Button b : days) {
			if (b.getSelection()) {
				chosenDays.add((DayOfWeek) b.getData());
			}
		}
		return new WakeUpRequest(new ArrayList<>(chosen), at, repeat, day, chosenDays, retries.getSelection(),
				interval.getSelection(), prompt.getText());
	}
}
