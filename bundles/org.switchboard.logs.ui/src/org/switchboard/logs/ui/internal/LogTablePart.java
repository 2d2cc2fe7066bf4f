package org.switchboard.logs.ui.internal;

import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Widget;
import org.switchboard.core.OperationLog;
import org.switchboard.logs.CsvExport;
import org.switchboard.logs.LogPages;
import org.switchboard.logs.ui.LogsUiIds;
import org.switchboard.model.Outcome;
import org.switchboard.store.Page;
import org.switchboard.store.PageCursor;
import org.switchboard.store.StoreException;
import org.switchboard.store.StoreExecutors;
import org.switchboard.ui.StatusReport;
import org.switchboard.ui.WidgetIds;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * A log view: a filter bar, a VIRTUAL table that asks for rows as they scroll into view, read a keyset page at a
 * time off the UI thread (so a million rows stay instant: only the pages looked at are read), and a CSV export of
 * the filtered set with a progress bar. Subclasses say which log, which filters and which columns.
 */
public abstract class LogTablePart<T> {

	static final int PAGE = 200;
	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	@Inject
	UISynchronize sync;
	@Inject
	@Optional
	IEventBroker broker;
	@Inject
	@Optional
	OperationLog operationLog;

	Messages messages;
	final ZoneId zone = ZoneId.systemDefault();
	/** At most this long the UI thread waits, when the view closes, for the query running (one page). */
	private static final java.time.Duration READER_WAIT = java.time.Duration.ofSeconds(2);
	/** One thread per view: queries run in order and never on the UI thread. */
	private final ExecutorService reader = StoreExecutors.singleThread("switchboard-log-view");
	Composite filters;
	DateTime from;
	DateTime to;
	Table table;
	Label status;
	private Button export;
	private ProgressBar progress;
	private Button cancel;
	private final AtomicBoolean cancelled = new AtomicBoolean();

	/** What the table shows: the rows read so far for the current filter, and where the next page starts. */
	final List<T> rows = new ArrayList<>();
	private PageCursor next;
	private boolean loading;
	private boolean more;
	/** Grows with each filter change, so an answer to an older query is dropped. */
	private int generation;
	private LogPages<T> source;
	/** When the last query was asked for, for the painted-at figure tests and the benchmark read. */
	private long askedNanos;
	private volatile long lastPaintMillis = -1;

	abstract String partId();

	abstract String[] columns();

	abstract int[] widths();

	abstract String cell(T row, int column);

	/** Adds the view's own filters to the bar; call {@link #refresh()} when one changes. */
	abstract void createFilters(Composite bar);

	/** The pages of the log under the current filters; null when there is no store (nobody logged in). */
	abstract LogPages<T> pages();

	abstract String exportName();

	/** Called on the UI thread after the first page of a new filter arrived: e.g. the call records' gaps. */
	void afterFirstPage() {
	}

	void build(Composite parent, Messages m) {
		this.messages = m;
		parent.setLayout(new GridLayout(1, false));
		filters = new Composite(parent, SWT.NONE);
		RowLayout row = new RowLayout(SWT.HORIZONTAL);
		row.center = true;
		row.spacing = 6;
		filters.setLayout(row);
		filters.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		new Label(filters, SWT.NONE).setText(m.filter_from);
		from = id(new DateTime(filters, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER), LogsUiIds.FROM);
		new Label(filters, SWT.NONE).setText(m.filter_to);
		to = id(new DateTime(filters, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER), LogsUiIds.TO);
		setDay(from, LocalDate.now(zone).minusDays(6));
		setDay(to, LocalDate.now(zone));
		from.addListener(SWT.Selection, e -> refresh());
		to.addListener(SWT.Selection, e -> refresh());
		createFilters(filters);
		export = id(new Button(filters, SWT.PUSH), LogsUiIds.EXPORT);
		export.setText(m.export);
		export.addListener(SWT.Selection, e -> exportCsv());
		progress = id(new ProgressBar(filters, SWT.INDETERMINATE), LogsUiIds.PROGRESS);
		cancel = new Button(filters, SWT.PUSH);
		cancel.setText(m.export_cancel);
		showExporting(false);
		cancel.addListener(SWT.Selection, e -> cancelled.set(true));

		createNotices(parent);
		table = id(new Table(parent, SWT.VIRTUAL | SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI), LogsUiIds.TABLE);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		String[] titles = columns();
		int[] widths = widths();
		for (int i = 0; i < titles.length; i++) {
			TableColumn c = new TableColumn(table, SWT.LEFT);
			c.setText(titles[i]);
			c.setWidth(widths[i]);
		}
		table.addListener(SWT.SetData, e -> fill((TableItem) e.item, e.index));
		table.addListener(SWT.Paint, e -> {
			if (askedNanos != 0) {
				lastPaintMillis = (System.nanoTime() - askedNanos) / 1_000_000;
				askedNanos = 0;
			}
		});
		status = id(new Label(parent, SWT.NONE), LogsUiIds.STATUS);
		status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		refresh();
	}

	/** Room above the table for notices (the call records' gaps). */
	void createNotices(Composite parent) {
	}

	<W extends Widget> W id(W widget, String suffix) {
		return WidgetIds.set(widget, partId() + suffix);
	}

	static void setDay(DateTime widget, LocalDate day) {
		widget.setDate(day.getYear(), day.getMonthValue() - 1, day.getDayOfMonth());
	}

	static LocalDate day(DateTime widget) {
		return LocalDate.of(widget.getYear(), widget.getMonth() + 1, widget.getDay());
	}

	/** The start of the "from" day, and the end of the "to" day (the range includes both days). */
	java.time.Instant fromInstant() {
		return day(from).atStartOfDay(zone).toInstant();
	}

	java.time.Instant toInstant() {
		return day(to).plusDays(1).atStartOfDay(zone).toInstant();
	}

	String time(java.time.Instant at) {
		return at == null ? "" : TIME.format(ZonedDateTime.ofInstant(at, zone));
	}

	/** The filter changed: drop what is shown and read the first page. */
	public void refresh() {
		if (table == null || table.isDisposed()) {
			return;
		}
		generation++;
		rows.clear();
		next = null;
		more = false;
		loading = false;
		table.clearAll();
		table.setItemCount(0);
		source = pages();
		status.setText(source == null ? messages.not_logged_in : messages.loading);
		if (source != null) {
			load(true);
		}
	}

	private void fill(TableItem item, int index) {
		if (index < rows.size()) {
			T row = rows.get(index);
			String[] cells = new String[columns().length];
			for (int i = 0; i < cells.length; i++) {
				String text = cell(row, i);
				cells[i] = text == null ? "" : text;
			}
			item.setText(cells);
		} else {
			item.setText(0, messages.loading);
			if (more && !loading) {
				load(false);
			}
		}
	}

	/** Reads the next page (the first when {@code first}) off the UI thread; shows it when it arrives. */
	void load(boolean first) {
		loading = true;
		int asked = generation;
		LogPages<T> pages = source;
		PageCursor after = first ? null : next;
		askedNanos = System.nanoTime();
		reader.execute(() -> {
			Page<T> page;
			try {
				page = pages.page(after, PAGE);
			} catch (StoreException e) {
				sync.asyncExec(() -> failed(asked, e));
				return;
			}
			sync.asyncExec(() -> shown(asked, page, first));
		});
	}

	private void failed(int asked, StoreException e) {
		if (asked != generation || table.isDisposed()) {
			return;
		}
		loading = false;
		status.setText(MessageFormat.format(messages.read_failed, e.getMessage()));
	}

	private void shown(int asked, Page<T> page, boolean first) {
		if (asked != generation || table.isDisposed()) {
			return;
		}
		loading = false;
		int before = rows.size();
		rows.addAll(page.items());
		next = page.next();
		more = page.hasNext();
		table.setItemCount(rows.size() + (more ? 1 : 0));
		table.clear(before, Math.max(before, table.getItemCount() - 1));
		showCount();
		if (first) {
			afterFirstPage();
		}
	}

	void showCount() {
		status.setText(MessageFormat.format(more ? messages.shown_more : messages.shown, rows.size()));
	}

	/** Adds a row the store has just saved at the top, if it is newest and the filter keeps it (live views). */
	void prepend(T row) {
		if (table == null || table.isDisposed()) {
			return;
		}
		rows.add(0, row);
		table.setItemCount(rows.size() + (more ? 1 : 0));
		table.clearAll();
		showCount();
	}

	/** Time from the last query asked to the table painted with it, or -1 (for tests and the benchmark). */
	public long lastPaintMillis() {
		return lastPaintMillis;
	}

	/** Whether the last query's answer is shown (tests wait for it). */
	public boolean idle() {
		return !loading;
	}

	public List<T> rowsShown() {
		return List.copyOf(rows);
	}

	public boolean hasMore() {
		return more;
	}

	private void exportCsv() {
		if (pages() == null) {
			return;
		}
		FileDialog dialog = new FileDialog(table.getShell(), SWT.SAVE);
		dialog.setFilterExtensions(new String[] { "*.csv" });
		dialog.setFileName(exportName() + "-" + LocalDate.now(zone) + ".csv");
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen != null) {
			exportTo(Path.of(chosen));
		}
	}

	/** Exports what the filters select now to the file (the Export button, once a file is chosen). */
	public void exportTo(Path file) {
		LogPages<T> pages = pages();
		if (pages != null) {
			export(file, pages);
		}
	}

	/** Writes the filtered rows to the file off the UI thread, with a progress bar; reports in the status line. */
	private void export(Path file, LogPages<T> pages) {
		cancelled.set(false);
		export.setEnabled(false);
		showExporting(true);
		List<String> header = List.of(columns());
		Thread worker = new Thread(() -> {
			String text;
			boolean error = false;
			try {
				long n = CsvExport.write(file, pages, header, row -> {
					List<String> cells = new ArrayList<>();
					for (int i = 0; i < header.size(); i++) {
						cells.add(cell(row, i));
					}
					return cells;
				}, count -> sync.asyncExec(() -> {
					if (!status.isDisposed()) {
						status.setText(MessageFormat.format(messages.export_progress, count));
					}
				}), cancelled::get);
				text = n < 0 ? messages.export_cancelled : MessageFormat.format(messages.export_done, n, file);
				if (operationLog != null && n >= 0) {
					operationLog.record("logs.export", file.toString(), Outcome.SUCCESS, partId() + ": " + n);
				}
			} catch (java.io.IOException | RuntimeException e) {
				error = true;
				text = MessageFormat.format(messages.export_failed, file, e.getMessage());
				if (operationLog != null) {
					operationLog.record("logs.export", file.toString(), Outcome.FAILURE, String.valueOf(e.getMessage()));
				}
			}
			String shown = text;
			boolean failed = error;
			sync.asyncExec(() -> {
				if (!table.isDisposed()) {
					export.setEnabled(true);
					showExporting(false);
					status.setText(shown);
				}
			});
			if (broker != null) {
				broker.post(StatusReport.TOPIC, new StatusReport(shown, failed));
			}
		}, "switchboard-log-export");
		worker.setDaemon(true);
		worker.start();
	}

	/** The progress bar and Cancel take room in the filter bar only while an export runs. */
	private void showExporting(boolean on) {
		for (org.eclipse.swt.widgets.Control c : new org.eclipse.swt.widgets.Control[] { progress, cancel }) {
			org.eclipse.swt.layout.RowData data = new org.eclipse.swt.layout.RowData();
			data.exclude = !on;
			c.setLayoutData(data);
			c.setVisible(on);
		}
		filters.getParent().layout(true, true);
	}

	@PreDestroy
	void dispose() {
		// an export running stops at its next page (it writes no file), so that it is out of the database when the
		// store closes at exit: it is never interrupted
		cancelled.set(true);
		// not shutdownNow(): interrupting a query inside Derby's file I/O harms the database
		StoreExecutors.stop(reader, "switchboard-log-view", READER_WAIT);
	}
}
