package org.switchboard.logs.ui.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.switchboard.logs.CallRecorder;
import org.switchboard.logs.HourlyCalls;
import org.switchboard.logs.QueueTally;
import org.switchboard.logs.ui.LogsUiIds;
import org.switchboard.store.Store;
import org.switchboard.store.StoreExecutors;
import org.switchboard.ui.WidgetIds;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The day at a glance, for a supervisor who would rather look than read: today's queue (answered by operators,
 * hung up while waiting, longest and average wait) as bars, and calls per hour today against the same weekday last
 * week as bars and a line, drawn with SWT's own GC. Live: the queue figures follow the queue events, the hourly
 * counts are read again when a call record is stored (at most every few seconds) and every minute.
 */
public class DayAtAGlancePart {

	private static final int REREAD_MILLIS = 60_000;
	private static final int SETTLE_MILLIS = 3_000;

	@Inject
	private UISynchronize sync;
	@Inject
	@Optional
	private Store store;
	@Inject
	@Translation
	private Messages messages;

	private final ZoneId zone = ZoneId.systemDefault();
	/** At most this long the UI thread waits, when the view closes, for the query running (one page). */
	private static final java.time.Duration READER_WAIT = java.time.Duration.ofSeconds(2);
	private final ExecutorService reader = StoreExecutors.singleThread("switchboard-day-at-a-glance");
	private final AtomicBoolean rereadPending = new AtomicBoolean();
	private Canvas canvas;
	private QueueTally tally;
	private QueueTally.Figures figures;
	private int[] today = new int[24];
	private int[] lastWeek = new int[24];
	/** Last week's counts of one day: a day over does not change, so it is read once, not at every reread. */
	private record PastDay(Store store, LocalDate day, int[] hours) {
	}

	private volatile PastDay pastDay;
	private AutoCloseable tallyListener;
	private AutoCloseable recorderListener;
	private Color todayColor;
	private Color lastWeekColor;
	private Color abandonedColor;

	@PostConstruct
	void create(Composite parent) {
		parent.setLayout(new FillLayout());
		canvas = WidgetIds.set(new Canvas(parent, SWT.DOUBLE_BUFFERED), LogsUiIds.PART_DAY + LogsUiIds.CHART);
		todayColor = new Color(new RGB(0x2f, 0x6f, 0xb5));
		lastWeekColor = new Color(new RGB(0xe0, 0x8a, 0x1e));
		abandonedColor = new Color(new RGB(0xc0, 0x39, 0x2b));
		canvas.addListener(SWT.Paint, e -> paint(e.gc, canvas.getClientArea()));
		canvas.addListener(SWT.Resize, e -> canvas.redraw());
		reread();
		tick();
	}

	private void tick() {
		canvas.getDisplay().timerExec(REREAD_MILLIS, () -> {
			if (!canvas.isDisposed()) {
				reread();
				tick();
			}
		});
	}

	@Inject
	void tally(@Optional QueueTally value) throws Exception {
		if (tallyListener != null) {
			tallyListener.close();
		}
		tally = value;
		tallyListener = value == null ? null : value.onChange(() -> sync.asyncExec(this::showTally));
		sync.asyncExec(this::showTally);
	}

	@Inject
	void recorder(@Optional CallRecorder recorder) throws Exception {
		if (recorderListener != null) {
			recorderListener.close();
		}
		recorderListener = recorder == null ? null : recorder.onStored(r -> {
			if (rereadPending.compareAndSet(false, true)) {
				sync.asyncExec(() -> {
					if (canvas != null && !canvas.isDisposed()) {
						canvas.getDisplay().timerExec(SETTLE_MILLIS, this::reread);
					}
				});
			}
		});
	}

	private void showTally() {
		figures = tally == null ? null : tally.figures();
		if (canvas != null && !canvas.isDisposed()) {
			canvas.redraw();
		}
	}

	/** Reads today's and last week's hourly counts off the UI thread. */
	void reread() {
		rereadPending.set(false);
		Store s = store;
		if (s == null || canvas == null || canvas.isDisposed()) {
			return;
		}
		LocalDate day = LocalDate.now(zone);
		reader.execute(() -> {
			try {
				int[] t = HourlyCalls.of(s.callRecords(), day, zone);
				PastDay past = pastDay;
				if (past == null || past.store() != s || !past.day().equals(day.minusWeeks(1))) {
					past = new PastDay(s, day.minusWeeks(1), HourlyCalls.of(s.callRecords(), day.minusWeeks(1), zone));
					pastDay = past;
				}
				int[] w = past.hours();
				sync.asyncExec(() -> {
					today = t;
					lastWeek = w;
					if (!canvas.isDisposed()) {
						canvas.redraw();
					}
				});
			} catch (RuntimeException e) {
				// the store is closing or unreachable: keep the last figures
			}
		});
	}

	private void paint(GC gc, Rectangle area) {
		gc.setAntialias(SWT.ON);
		Point em = gc.textExtent("M");
		int pad = em.y / 2;
		int left = Math.min(area.width / 3, 440);
		paintQueue(gc, new Rectangle(area.x + pad, area.y + pad, left - 2 * pad, area.height - 2 * pad), em);
		paintHours(gc, new Rectangle(area.x + left + pad, area.y + pad, area.width - left - 2 * pad,
				area.height - 2 * pad), em);
	}

	/** Answered and abandoned as two horizontal bars, then the waits. */
	private void paintQueue(GC gc, Rectangle r, Point em) {
		QueueTally.Figures f = figures;
		int answered = f == null ? 0 : f.answered();
		int abandoned = f == null ? 0 : f.abandoned();
		int max = Math.max(1, Math.max(answered, abandoned));
		gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
		// the bottom stack is low: the waits share the title's line
		gc.drawText(messages.day_waiting + "    " + messages.day_longest + " "
				+ minutes(f == null ? Duration.ZERO : f.longestWait()) + "    " + messages.day_average + " "
				+ minutes(f == null ? Duration.ZERO : f.averageWait()), r.x, r.y, true);
		int labelWidth = Math.max(gc.textExtent(messages.day_answered).x, gc.textExtent(messages.day_abandoned).x)
				+ em.x;
		int barRoom = Math.max(10, r.width - labelWidth - 4 * em.x);
		int y = r.y + em.y + 4;
		bar(gc, messages.day_answered, answered, max, r.x, y, labelWidth, barRoom, em, todayColor);
		y += em.y + 4;
		bar(gc, messages.day_abandoned, abandoned, max, r.x, y, labelWidth, barRoom, em, abandonedColor);
	}

	private void bar(GC gc, String label, int value, int max, int x, int y, int labelWidth, int room, Point em,
			Color color) {
		gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
		gc.drawText(label, x, y, true);
		int w = value == 0 ? 1 : Math.max(2, room * value / max);
		gc.setBackground(color);
		gc.fillRectangle(x + labelWidth, y + 2, w, em.y - 4);
		gc.drawText(String.valueOf(value), x + labelWidth + w + em.x / 2, y, true);
	}

	static String minutes(Duration d) {
		long s = d.toSeconds();
		return String.format("%d:%02d", s / 60, s % 60);
	}

	/** 24 bars for today, a line for the same weekday last week, a legend and an hour axis. */
	private void paintHours(GC gc, Rectangle r, Point em) {
		Color fg = canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND);
		Color grid = canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW);
		gc.setForeground(fg);
		gc.drawText(messages.day_perHour, r.x, r.y, true);
		int legendX = r.x + gc.textExtent(messages.day_perHour).x + 2 * em.x;
		legendX = legend(gc, legendX, r.y, em, todayColor, messages.day_today, false);
		legend(gc, legendX, r.y, em, lastWeekColor, messages.day_lastWeek, true);
		int max = 1;
		for (int i = 0; i < 24; i++) {
			max = Math.max(max, Math.max(today[i], lastWeek[i]));
		}
		String top = String.valueOf(max);
		int axis = gc.textExtent(top).x + em.x / 2;
		int chartTop = r.y + em.y + 4;
		int chartBottom = r.y + r.height - em.y - 2;
		int height = Math.max(4, chartBottom - chartTop);
		int x0 = r.x + axis;
		int width = Math.max(24, r.width - axis);
		int slot = width / 24;
		gc.setForeground(grid);
		gc.drawLine(x0, chartBottom, x0 + slot * 24, chartBottom);
		gc.drawLine(x0, chartTop, x0, chartBottom);
		gc.setForeground(fg);
		gc.drawText(top, r.x, chartTop - em.y / 2, true);
		gc.drawText("0", r.x, chartBottom - em.y / 2, true);
		gc.setBackground(todayColor);
		for (int h = 0; h < 24; h++) {
			int barHeight = today[h] * height / max;
			if (barHeight > 0) {
				gc.fillRectangle(x0 + h * slot + slot / 6, chartBottom - barHeight, Math.max(1, slot * 2 / 3),
						barHeight);
			}
			if (h % 3 == 0) {
				gc.drawText(String.valueOf(h), x0 + h * slot, chartBottom + 1, true);
			}
		}
		gc.setForeground(lastWeekColor);
		gc.setLineWidth(2);
		int[] points = new int[48];
		for (int h = 0; h < 24; h++) {
			points[2 * h] = x0 + h * slot + slot / 2;
			points[2 * h + 1] = chartBottom - lastWeek[h] * height / max;
		}
		gc.drawPolyline(points);
		gc.setLineWidth(1);
	}

	private int legend(GC gc, int x, int y, Point em, Color color, String text, boolean line) {
		int box = em.y - 6;
		if (line) {
			gc.setForeground(color);
			gc.setLineWidth(2);
			gc.drawLine(x, y + em.y / 2, x + 2 * box, y + em.y / 2);
			gc.setLineWidth(1);
		} else {
			gc.setBackground(color);
			gc.fillRectangle(x, y + 3, 2 * box, box);
		}
		gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
		gc.drawText(text, x + 2 * box + 4, y, true);
		return x + 2 * box + 4 + gc.textExtent(text).x + 2 * em.x;
	}

	/** The hourly counts shown (tests). */
	public int[] todayShown() {
		return today.clone();
	}

	public QueueTally.Figures figuresShown() {
		return figures;
	}

	@PreDestroy
	void dispose() throws Exception {
		// not shutdownNow(): interrupting a query inside Derby's file I/O harms the database
		StoreExecutors.stop(reader, "switchboard-day-at-a-glance", READER_WAIT);
		if (tallyListener != null) {
			tallyListener.close();
		}
		if (recorderListener != null) {
			recorderListener.close();
		}
		for (Color c : new Color[] { todayColor, lastWeekColor, abandonedColor }) {
			if (c != null) {
				c.dispose();
			}
		}
	}
}
