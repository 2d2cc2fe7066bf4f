package org.switchboard.wakeup.ui.internal;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.switchboard.model.WakeUpAttempt;
import org.switchboard.model.WakeUpOutcome;
import org.switchboard.model.WakeUpTask;
import org.switchboard.store.Page;
import org.switchboard.store.Versioned;
import org.switchboard.ui.WidgetIds;
import org.switchboard.wakeup.WakeUpException;
import org.switchboard.wakeup.WakeUpScheduler;
import org.switchboard.wakeup.WakeUpService;
import org.switchboard.wakeup.ui.WakeUpUiIds;

/**
 * Business management &gt; Wake-up management: the settings query (every wake-up and its next call, with new, edit
 * and delete) and the result query (every attempt, filtered by extension, dates and outcome). It says which consoles
 * make the calls. Everything is read and written off the UI thread.
 */
public final class WakeUpManagementDialog extends Dialog {

	private static final int RESULT_LIMIT = 1000;
	private static final WakeUpOutcome[] FILTER_OUTCOMES = { WakeUpOutcome.ANSWERED, WakeUpOutcome.NO_ANSWER,
			WakeUpOutcome.BUSY, WakeUpOutcome.FAILED, WakeUpOutcome.CONGESTION, WakeUpOutcome.MISSED,
			WakeUpOutcome.PENDING };

	private final WakeUpService service;
	private final Messages m;
	private final Texts texts;
	private final String operator;
	private final Consumer<String> status;
	private Label console;
	private Table tasks;
	private Label taskStatus;
	private Text resultExtension;
	private Text from;
	private Text to;
	private Combo outcome;
	private Table results;
	private Label resultStatus;

	public WakeUpManagementDialog(Shell parent, WakeUpService service, Messages messages, String operator,
			Consumer<String> status) {
		super(parent);
		this.service = service;
		this.m = messages;
		this.texts = new Texts(messages);
		this.operator = operator;
		this.status = status;
		setBlockOnOpen(false);
		setShellStyle(SWT.DIALOG_TRIM | SWT.RESIZE | SWT.MODELESS);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(m.manage_title);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		console = WidgetIds.set(new Label(area, SWT.WRAP), WakeUpUiIds.MANAGE_CONSOLE);
		GridDataFactory.fillDefaults().grab(true, false).hint(900, SWT.DEFAULT).applyTo(console);
		describeConsole();
		TabFolder tabs = WidgetIds.set(new TabFolder(area, SWT.TOP), WakeUpUiIds.MANAGE_TABS);
		GridDataFactory.fillDefaults().grab(true, true).hint(900, 380).applyTo(tabs);
		TabItem settings = new TabItem(tabs, SWT.NONE);
		settings.setText(m.manage_tab_settings);
		settings.setControl(settingsTab(tabs));
		TabItem history = new TabItem(tabs, SWT.NONE);
		history.setText(m.manage_tab_results);
		history.setControl(resultsTab(tabs));
		refresh();
		search();
		return area;
	}

	private void describeConsole() {
		WakeUpScheduler s = service.scheduler();
		String state = s.lastError() != null ? MessageFormat.format(m.manage_console_error, s.lastError())
				: s.isStarted() ? m.manage_console_running : m.manage_console_stopped;
		console.setText(MessageFormat.format(m.manage_console, service.console(), state));
	}

	private Composite settingsTab(Composite parent) {
		Composite c = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(c);
		tasks = WidgetIds.set(new Table(c, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL),
				WakeUpUiIds.MANAGE_TASKS);
		tasks.setHeaderVisible(true);
		tasks.setLinesVisible(true);
		columns(tasks, new String[] { m.column_extension, m.column_time, m.column_repeat, m.column_next,
				m.column_retries, m.column_prompt }, new int[] { 90, 70, 200, 140, 130, 110 });
		GridDataFactory.fillDefaults().grab(true, true).applyTo(tasks);
		tasks.addListener(SWT.DefaultSelection, e -> edit());
		Composite buttons = new Composite(c, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(buttons);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
		button(buttons, m.manage_new, WakeUpUiIds.MANAGE_NEW, this::newWakeUp);
		button(buttons, m.manage_edit, WakeUpUiIds.MANAGE_EDIT, this::edit);
		button(buttons, m.manage_delete, WakeUpUiIds.MANAGE_DELETE, this::delete);
		button(buttons, m.manage_refresh, WakeUpUiIds.MANAGE_REFRESH, this::refresh);
		taskStatus = WidgetIds.set(new Label(c, SWT.WRAP), WakeUpUiIds.MANAGE_STATUS);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(taskStatus);
		return c;
	}

	private Composite resultsTab(Composite parent) {
		Composite c = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(c);
		Composite filters = new Composite(c, SWT.NONE);
		RowLayout row = new RowLayout(SWT.HORIZONTAL);
		row.center = true;
		row.wrap = true;
		filters.setLayout(row);
		GridDataFactory.fillDefaults().grab(true, false).hint(880, SWT.DEFAULT).applyTo(filters);
		label(filters, m.results_extension);
		resultExtension = WidgetIds.set(new Text(filters, SWT.BORDER), WakeUpUiIds.RESULTS_EXTENSION);
		resultExtension.setLayoutData(new RowData(70, SWT.DEFAULT));
		label(filters, m.results_from);
		from = WidgetIds.set(new Text(filters, SWT.BORDER), WakeUpUiIds.RESULTS_FROM);
		from.setText(LocalDate.now(service.zone()).minusDays(7).toString());
		from.setLayoutData(new RowData(95, SWT.DEFAULT));
		label(filters, m.results_to);
		to = WidgetIds.set(new Text(filters, SWT.BORDER), WakeUpUiIds.RESULTS_TO);
		to.setText(LocalDate.now(service.zone()).plusDays(1).toString());
		to.setLayoutData(new RowData(95, SWT.DEFAULT));
		label(filters, m.results_outcome);
		outcome = WidgetIds.set(new Combo(filters, SWT.READ_ONLY), WakeUpUiIds.RESULTS_OUTCOME);
		outcome.add(m.results_any);
		for (WakeUpOutcome o : FILTER_OUTCOMES) {
			outcome.add(texts.outcome(o));
		}
		outcome.select(0);
		Button search = WidgetIds.set(new Button(filters, SWT.PUSH), WakeUpUiIds.RESULTS_SEARCH);
		search.setText(m.results_search);
		search.addListener(SWT.Selection, e -> search());
		resultExtension.addListener(SWT.DefaultSelection, e -> search());
		results = WidgetIds.set(new Table(c, SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL),
				WakeUpUiIds.RESULTS_TABLE);
		results.setHeaderVisible(true);
		results.setLinesVisible(true);
		columns(results, new String[] { m.column_due, m.column_attempted, m.column_extension, m.column_attempt,
				m.column_outcome, m.column_detail, m.column_console }, new int[] { 130, 145, 80, 60, 150, 160, 110 });
		GridDataFactory.fillDefaults().grab(true, true).applyTo(results);
		resultStatus = WidgetIds.set(new Label(c, SWT.WRAP), WakeUpUiIds.RESULTS_STATUS);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(resultStatus);
		return c;
	}

	private static void label(Composite parent, String text) {
		new Label(parent, SWT.NONE).setText(text);
	}

	private static void columns(Table table, String[] names, int[] widths) {
		for (int i = 0; i < names.length; i++) {
			TableColumn col = new TableColumn(table, SWT.LEFT);
			col.setText(names[i]);
			col.setWidth(widths[i]);
		}
	}

	private static Button button(Composite parent, String text, String id, Runnable action) {
		Button b = WidgetIds.set(new Button(parent, SWT.PUSH), id);
		b.setText(text);
		b.addListener(SWT.Selection, e -> action.run());
		GridDataFactory.fillDefaults().applyTo(b);
		return b;
	}

	/** Reads the wake-ups again (the settings query). */
	public void refresh() {
		describeConsole();
		Async.run(tasks, service::tasksForEdit, list -> {
			tasks.removeAll();
			for (Versioned<WakeUpTask> v : list) {
				WakeUpTask t = v.value();
				TableItem item = new TableItem(tasks, SWT.NONE);
				item.setText(new String[] { t.getExtension(), t.getTimeOfDay(), texts.repeat(t),
						texts.when(t.getNextRun(), service.zone(), false),
						MessageFormat.format(m.retries_value, t.getRetries(), t.getRetryIntervalMinutes()),
						t.getPrompt() == null ? m.prompt_default : t.getPrompt() });
				item.setData(t);
				item.setData(VERSION, v.version());
			}
			taskStatus.setText(MessageFormat.format(m.manage_count, list.size()));
		}, this::failed);
	}

	/** Runs the result query with the filters. */
	public void search() {
		LocalDate fromDay;
		LocalDate toDay;
		try {
			fromDay = LocalDate.parse(from.getText().strip());
			toDay = LocalDate.parse(to.getText().strip());
		} catch (DateTimeParseException e) {
			resultStatus.setText(m.results_badDate);
			return;
		}
		Instant start = fromDay.atStartOfDay(service.zone()).toInstant();
		Instant end = toDay.plusDays(1).atStartOfDay(service.zone()).toInstant();
		String ext = resultExtension.getText().strip();
		WakeUpOutcome which = outcome.getSelectionIndex() <= 0 ? null : FILTER_OUTCOMES[outcome.getSelectionIndex() - 1];
		Async.run(results, () -> service.attempts(start, end, ext, which, null, RESULT_LIMIT), this::showResults,
				e -> resultStatus.setText(message(e)));
	}

	private void showResults(Page<WakeUpAttempt> page) {
		results.removeAll();
		for (WakeUpAttempt a : page.items()) {
			TableItem item = new TableItem(results, SWT.NONE);
			item.setText(new String[] { texts.when(a.getScheduledAt(), service.zone(), false),
					texts.when(a.getAttemptedAt(), service.zone(), true), a.getExtension(),
					String.valueOf(a.getAttempt()), texts.outcome(a.getOutcome()),
					a.getDetail() == null ? "" : a.getDetail(), a.getConsole() == null ? "" : a.getConsole() });
			item.setData(a);
		}
		resultStatus.setText(MessageFormat.format(page.next() == null ? m.results_count : m.results_more,
				page.items().size()));
	}

	private List<WakeUpTask> selected() {
		List<WakeUpTask> out = new ArrayList<>();
		for (TableItem i : tasks.getSelection()) {
			out.add((WakeUpTask) i.getData());
		}
		return out;
	}

	private void newWakeUp() {
		new WakeUpEditDialog(getShell(), service, m, null, "", operator, this::savedByEditor).open();
	}

	/** The key of a row's stored version: an edit from this list is refused if another console saved it since. */
	private static final String VERSION = "version";

	private void edit() {
		TableItem[] chosen = tasks.getSelection();
		if (chosen.length == 1) {
			new WakeUpEditDialog(getShell(), service, m, (WakeUpTask) chosen[0].getData(),
					(Long) chosen[0].getData(VERSION), "", operator, this::savedByEditor).open();
		}
	}

	private void savedByEditor(String line) {
		status.accept(line);
		if (!tasks.isDisposed()) {
			taskStatus.setText(line);
			refresh();
		}
	}

	private void delete() {
		List<WakeUpTask> chosen = selected();
		if (chosen.isEmpty() || !MessageDialog.openConfirm(getShell(), m.manage_delete_title,
				MessageFormat.format(m.manage_delete_confirm, chosen.size()))) {
			return;
		}
		Async.run(tasks, () -> service.delete(chosen), n -> {
			String line = MessageFormat.format(m.manage_deleted, n);
			status.accept(line);
			refresh();
			taskStatus.setText(line);
		}, this::failed);
	}

	private void failed(Throwable e) {
		taskStatus.setText(message(e));
	}

	private String message(Throwable e) {
		return e instanceof WakeUpException w ? texts.refusal(w) : String.valueOf(e.getMessage());
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.CLOSE_ID, m.manage_close, false);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == IDialogConstants.CLOSE_ID) {
			close();
		} else {
			super.buttonPressed(buttonId);
		}
	}
}
