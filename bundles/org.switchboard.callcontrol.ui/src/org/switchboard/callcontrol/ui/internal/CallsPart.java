package org.switchboard.callcontrol.ui.internal;

import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.services.EMenuService;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.switchboard.callcontrol.CallAction;
import org.switchboard.callcontrol.OperatorCallView;
import org.switchboard.callcontrol.QueueCallerView;
import org.switchboard.callcontrol.ui.CallControlUiIds;
import org.switchboard.ui.Palette;
import org.switchboard.ui.Selections;
import org.switchboard.ui.WidgetIds;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * L3 area 4: the callers waiting in the queue (number, name, queue, wait time ticking) and the operator's calls
 * (number, name, state, duration), each with its right-click menu. Enter on a waiting caller answers it.
 */
public class CallsPart {

	@Inject
	private MWindow window;
	@Inject
	private ESelectionService selection;
	@Inject
	private EMenuService menus;
	@Inject
	private EHandlerService handlers;
	@Inject
	private ECommandService commands;
	@Inject
	@Translation
	private Messages messages;

	private Label queueTitle;
	private Label callsTitle;
	private Table queue;
	private Table calls;
	private SashForm sash;
	private int[] rowsShared = { -1, -1 };
	private Font titleFont;
	private CallBoard board;
	private final CallBoard.Listener listener = b -> refresh();

	@PostConstruct
	void create(Composite parent) {
		parent.setLayout(new org.eclipse.swt.layout.FillLayout());
		sash = new SashForm(parent, SWT.VERTICAL);
		FontData fd = parent.getFont().getFontData()[0];
		titleFont = new Font(parent.getDisplay(), fd.getName(), fd.getHeight(), SWT.BOLD);
		queueTitle = new Label(section(sash), SWT.NONE);
		queue = table(queueTitle.getParent(), "callcontrol.queue", messages.column_number, messages.column_name,
				messages.column_queue, messages.column_wait);
		callsTitle = new Label(section(sash), SWT.NONE);
		calls = table(callsTitle.getParent(), "callcontrol.calls", messages.column_number, messages.column_name,
				messages.column_state, messages.column_duration);
		for (Label l : new Label[] { queueTitle, callsTitle }) {
			l.setFont(titleFont);
			l.setForeground(Palette.ACCENT_DARK);
			l.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		}
		WidgetIds.set(queueTitle, "callcontrol.queue.title");
		WidgetIds.set(callsTitle, "callcontrol.calls.title");
		sash.setWeights(45, 55);

		queue.addListener(SWT.Selection, e -> publish(selected(queue)));
		calls.addListener(SWT.Selection, e -> publish(selected(calls)));
		queue.addListener(SWT.DefaultSelection, e -> execute(CallAction.ANSWER));
		calls.addListener(SWT.DefaultSelection, e -> execute(CallAction.HANGUP));
		queue.addListener(SWT.FocusIn, e -> publish(selected(queue)));
		calls.addListener(SWT.FocusIn, e -> publish(selected(calls)));
		menus.registerContextMenu(queue, CallControlUiIds.POPUP_QUEUE);
		menus.registerContextMenu(calls, CallControlUiIds.POPUP_CALLS);
		parent.addListener(SWT.Dispose, e -> titleFont.dispose());
		if (board != null) {
			board.addListener(listener);
		}
		refresh();
		tick(parent.getDisplay());
	}

	private static Composite section(Composite parent) {
		Composite c = new Composite(parent, SWT.NONE);
		GridLayout l = new GridLayout(1, false);
		l.marginWidth = 6;
		l.marginHeight = 2;
		l.verticalSpacing = 2;
		c.setLayout(l);
		return c;
	}

	private static Table table(Composite parent, String id, String... columns) {
		Table t = new Table(parent, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER);
		WidgetIds.set(t, id);
		t.setHeaderVisible(true);
		t.setLinesVisible(true);
		t.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		int[] widths = { 90, 120, 80, 80 };
		// the number column fits a mobile or long-distance number (13 digits) without cutting it
		org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(t);
		try {
			widths[0] = Math.max(widths[0], gc.textExtent("0000000000000").x + 24);
		} finally {
			gc.dispose();
		}
		for (int i = 0; i < columns.length; i++) {
			TableColumn c = new TableColumn(t, SWT.LEFT);
			c.setText(columns[i]);
			c.setWidth(widths[i]);
		}
		return t;
	}

	@Inject
	@Optional
	void board(CallBoard board) {
		if (this.board != null) {
			this.board.removeListener(listener);
		}
		this.board = board;
		if (board != null && queue != null) {
			board.addListener(listener);
			refresh();
		}
	}

	private void tick(org.eclipse.swt.widgets.Display display) {
		display.timerExec(1000, () -> {
			if (queue.isDisposed()) {
				return;
			}
			updateTimes();
			tick(display);
		});
	}

	private void refresh() {
		if (queue == null || queue.isDisposed()) {
			return;
		}
		List<QueueCallerView> waiting = board == null ? List.of() : board.waiting();
		List<OperatorCallView> mine = board == null ? List.of() : board.calls();
		fill(queue, waiting, QueueCallerView::uniqueId);
		fill(calls, mine, OperatorCallView::key);
		queueTitle.setText(MessageFormat.format(messages.queue_title, waiting.size()));
		callsTitle.setText(MessageFormat.format(messages.calls_title, mine.size()));
		share(waiting.size(), mine.size());
		updateTimes();
		Object target = window.getContext().get(Selections.TARGET);
		if (target instanceof OperatorCallView || target instanceof QueueCallerView) {
			// keep the target current (its state changed) or drop it (it is gone)
			Object now = target instanceof OperatorCallView ? selected(calls) : selected(queue);
			if (now == null || !now.equals(target)) {
				window.getContext().set(Selections.TARGET, now);
			}
		}
	}

	/**
	 * Shares the part's height between the two lists by what they hold (each at least one row), so that three
	 * waiting callers and two calls all show in a short part instead of one list scrolling beside an empty one.
	 */
	private void share(int waitingRows, int callRows) {
		if (rowsShared[0] == waitingRows && rowsShared[1] == callRows) {
			return;
		}
		rowsShared = new int[] { waitingRows, callRows };
		int chrome = queueTitle.computeSize(SWT.DEFAULT, SWT.DEFAULT).y + queue.getHeaderHeight() + 12;
		int row = queue.getItemHeight();
		sash.setWeights(chrome + Math.max(1, waitingRows) * row, chrome + Math.max(1, callRows) * row);
	}

	private static <T> void fill(Table table, List<T> rows, Function<T, String> key) {
		String keep = null;
		if (table.getSelectionIndex() >= 0 && table.getItem(table.getSelectionIndex()).getData() != null) {
			@SuppressWarnings("unchecked")
			T old = (T) table.getItem(table.getSelectionIndex()).getData();
			keep = key.apply(old);
		}
		table.setItemCount(rows.size());
		table.deselectAll();
		for (int i = 0; i < rows.size(); i++) {
			TableItem item = table.getItem(i);
			item.setData(rows.get(i));
			if (keep != null && keep.equals(key.apply(rows.get(i)))) {
				table.select(i);
			}
		}
	}

	/** Texts of every row, with the wait and call durations as of now. */
	private void updateTimes() {
		Instant now = Instant.now();
		for (TableItem item : queue.getItems()) {
			if (item.getData() instanceof QueueCallerView q) {
				setTexts(item, q.number(), q.name(), q.queue(), duration(q.joinedAt(), now));
			}
		}
		for (TableItem item : calls.getItems()) {
			if (item.getData() instanceof OperatorCallView c) {
				// X3/X4: a spy leg shows whose call it is about ("1006 ↔ 1007") and what it does instead of a phase
				String state = c.spying() == null ? messages.phase(c.state())
						: c.spying().barge() ? messages.spy_barge : messages.spy_monitor;
				setTexts(item, c.peerNumber(), c.peerName(), state, duration(c.since(), now));
				item.setForeground(2, c.held() ? Palette.ON_HOLD
						: c.state() == OperatorCallView.CallPhase.CONNECTED ? Palette.IN_CALL : Palette.RINGING);
			}
		}
	}

	private static void setTexts(TableItem item, String... texts) {
		for (int i = 0; i < texts.length; i++) {
			if (!texts[i].equals(item.getText(i))) {
				item.setText(i, texts[i]);
			}
		}
	}

	/** "m:ss" or "h:mm:ss". */
	static String duration(Instant since, Instant now) {
		if (since == null) {
			return "";
		}
		long s = Math.max(0, Duration.between(since, now).getSeconds());
		return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60)
				: String.format("%d:%02d", s / 60, s % 60);
	}

	private static Object selected(Table table) {
		int i = table.getSelectionIndex();
		return i >= 0 ? table.getItem(i).getData() : null;
	}

	private void publish(Object target) {
		if (target == null) {
			return;
		}
		selection.setSelection(target);
		window.getContext().set(Selections.TARGET, target);
	}

	private void execute(CallAction action) {
		ParameterizedCommand command = commands.createCommand(action.commandId(), null);
		if (command != null && handlers.canExecute(command)) {
			handlers.executeHandler(command);
		}
	}

	public Table queueTable() {
		return queue;
	}

	public Table callTable() {
		return calls;
	}

	@Focus
	void focus() {
		(queue.getItemCount() > 0 ? queue : calls).setFocus();
	}

	@PreDestroy
	void dispose() {
		if (board != null) {
			board.removeListener(listener);
		}
	}
}
