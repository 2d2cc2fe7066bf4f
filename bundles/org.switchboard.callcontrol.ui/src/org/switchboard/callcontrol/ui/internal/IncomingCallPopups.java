package org.switchboard.callcontrol.ui.internal;

import java.text.MessageFormat;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.switchboard.callcontrol.CallAction;
import org.switchboard.callcontrol.QueueCallerView;
import org.switchboard.ui.Palette;
import org.switchboard.ui.WidgetIds;

/**
 * C2: a pop-up for each caller that joins the queue: number, name, queue and the waiting time, ticking. Answer
 * brings the caller to the operator's phone; Close only closes the pop-up (the caller stays queued, for another
 * operator or for the queue list). They sit at the bottom right of the extension panel, stacking upwards, where
 * they hide no button (the dial pad's Hang Up, Hold and Resume are at the bottom right of the window); with the main
 * window minimized or the panel not shown, at the bottom right of the screen. They are top-level on-top shells
 * without a parent, so they appear even when the main window is minimized. They never keep the keyboard: the main
 * window has it back when one opens or closes, so F3 and the other keys work at once.
 * <p>
 * At most {@link #MAX_OPEN} are open, as many as fit in the panel: a queue of a hundred callers (a resynchronisation
 * after the PBX was restarted, a busy morning) would otherwise put a hundred windows on the screen and keep the UI
 * thread building them. The topmost pop-up says how many more are waiting; the next caller gets a pop-up when one
 * closes. Every caller is in the queue list in any case.
 */
final class IncomingCallPopups {

	static final int WIDTH = 320;
	/** The most pop-ups open at once (fewer when the panel is low). */
	static final int MAX_OPEN = 4;
	private static final int GAP = 8;

	private final Display display;
	private final Supplier<Rectangle> anchor;
	private final Supplier<Shell> mainShell;
	private final CallBoard board;
	private final Messages messages;
	private final Map<String, Popup> open = new LinkedHashMap<>();
	private final Set<String> dismissed = new HashSet<>();
	private final Set<String> seen = new HashSet<>();
	private final Font bigFont;
	private final Font titleFont;
	private boolean ticking;
	private List<QueueCallerView> lastWaiting = List.of();

	private final class Popup {
		final QueueCallerView caller;
		final Shell shell;
		final Label wait;
		final Label title;

		Popup(QueueCallerView caller) {
			this.caller = caller;
			shell = new Shell(display, SWT.ON_TOP | SWT.TOOL | SWT.NO_TRIM);
			WidgetIds.set(shell, "callcontrol.popup");
			shell.setText(messages.popup_title);
			shell.setBackground(Palette.ACCENT);
			shell.setLayout(new org.eclipse.swt.layout.FillLayout());
			// a frame in the accent colour: a borderless shell on GTK does not paint its own background, and
			// without a window manager's shadow a white pop-up disappears against the white parts below it
			var frame = new org.eclipse.swt.widgets.Composite(shell, SWT.NONE);
			frame.setBackground(Palette.ACCENT);
			frame.addListener(SWT.Paint, e -> { // the theme may paint composites itself: the frame is drawn here
				e.gc.setBackground(Palette.ACCENT);
				e.gc.fillRectangle(frame.getClientArea());
			});
			GridLayout outer = new GridLayout(1, false);
			outer.marginWidth = 3;
			outer.marginHeight = 3;
			outer.verticalSpacing = 0;
			frame.setLayout(outer);
			title = new Label(frame, SWT.NONE);
			WidgetIds.set(title, "callcontrol.popup.title");
			title.setText(messages.popup_title);
			title.setBackground(Palette.ACCENT);
			title.setForeground(Palette.BACKGROUND);
			title.setFont(titleFont);
			GridData titleData = new GridData(SWT.FILL, SWT.CENTER, true, false);
			titleData.horizontalIndent = 9;
			titleData.heightHint = title.computeSize(SWT.DEFAULT, SWT.DEFAULT).y + 8;
			title.setLayoutData(titleData);
			var body = new org.eclipse.swt.widgets.Composite(frame, SWT.NONE);
			body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
			body.setBackground(Palette.BACKGROUND);
			GridLayout l = new GridLayout(2, false);
			l.marginWidth = 12;
			l.marginHeight = 10;
			body.setLayout(l);
			Label number = label(body, caller.number(), 2);
			WidgetIds.set(number, "callcontrol.popup.number");
			number.setFont(bigFont);
			Label name = label(body, caller.name(), 2);
			WidgetIds.set(name, "callcontrol.popup.name");
			wait = label(body, "", 2);
			WidgetIds.set(wait, "callcontrol.popup.wait");
			wait.setForeground(Palette.TEXT_MUTED);
			Button answer = new Button(body, SWT.PUSH);
			WidgetIds.set(answer, "callcontrol.popup.answer");
			answer.setText(messages.popup_answer + " (F3)");
			answer.setImage(ActionUi.icon(CallAction.ANSWER, answer));
			answer.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			answer.addListener(SWT.Selection, e -> {
				board.perform(CallAction.ANSWER, caller, "");
				close(caller.uniqueId(), false);
				returnKeyboard();
			});
			Button close = new Button(body, SWT.PUSH);
			WidgetIds.set(close, "callcontrol.popup.close");
			close.setText("✕");
			close.setToolTipText(messages.popup_close);
			close.addListener(SWT.Selection, e -> {
				close(caller.uniqueId(), true);
				returnKeyboard();
			});
			shell.setDefaultButton(answer);
			shell.addListener(SWT.Traverse, e -> {
				if (e.detail == SWT.TRAVERSE_ESCAPE) {
					close(caller.uniqueId(), true);
					returnKeyboard();
				}
			});
			updateWait();
			Point size = shell.computeSize(WIDTH, SWT.DEFAULT);
			shell.setSize(WIDTH, size.y);
		}

		private Label label(org.eclipse.swt.widgets.Composite parent, String text, int span) {
			Label l = new Label(parent, SWT.NONE);
			l.setText(text == null ? "" : text.replace("&", "&&"));
			l.setBackground(Palette.BACKGROUND);
			l.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, span, 1));
			return l;
		}

		void updateWait() {
			wait.setText(MessageFormat.format(messages.popup_queue, caller.queue(),
					CallsPart.duration(caller.joinedAt(), Instant.now())));
		}
	}

	/**
	 * @param anchor    the extension panel's bounds on the display, or null when it is not shown
	 * @param mainShell the main window, or null
	 */
	IncomingCallPopups(Display display, CallBoard board, Messages messages, Supplier<Rectangle> anchor,
			Supplier<Shell> mainShell) {
		this.display = display;
		this.anchor = anchor;
		this.mainShell = mainShell;
		this.board = board;
		this.messages = messages;
		FontData fd = display.getSystemFont().getFontData()[0];
		bigFont = new Font(display, fd.getName(), fd.getHeight() + 6, SWT.BOLD);
		titleFont = new Font(display, fd.getName(), fd.getHeight(), SWT.BOLD);
		board.addListener(b -> update(b.waiting()));
	}

	private void update(List<QueueCallerView> waiting) {
		lastWaiting = waiting;
		Set<String> now = new HashSet<>();
		for (QueueCallerView q : waiting) {
			now.add(q.uniqueId());
		}
		for (String id : List.copyOf(open.keySet())) {
			if (!now.contains(id)) {
				close(id, false);
			}
		}
		int room = room();
		int notShown = 0;
		for (QueueCallerView q : waiting) {
			String id = q.uniqueId();
			if (open.containsKey(id) || dismissed.contains(id) || seen.contains(id)) {
				continue;
			}
			if (open.size() >= room) {
				notShown++;
				continue;
			}
			seen.add(id);
			Popup p = new Popup(q);
			open.put(id, p);
			place();
			Shell active = display.getActiveShell();
			p.shell.setVisible(true);
			if (active != null && active == main()) {
				returnKeyboard();
			}
		}
		showMore(notShown);
		dismissed.retainAll(now);
		seen.retainAll(now);
		if (!open.isEmpty() && !ticking) {
			ticking = true;
			display.timerExec(1000, this::tick);
		}
	}

	private void tick() {
		if (open.isEmpty() || display.isDisposed()) {
			ticking = false;
			return;
		}
		for (Popup p : open.values()) {
			p.updateWait();
		}
		display.timerExec(1000, this::tick);
	}

	/** How many pop-ups fit above one another in the panel (at least one, at most {@link #MAX_OPEN}). */
	private int room() {
		int height = open.isEmpty() ? 150 : open.values().iterator().next().shell.getSize().y;
		int fit = (where().height - GAP) / (height + GAP);
		return Math.max(1, Math.min(MAX_OPEN, fit));
	}

	/** The topmost pop-up's title says how many callers wait without a pop-up of their own. */
	private void showMore(int notShown) {
		Popup top = null;
		for (Popup p : open.values()) {
			if (!p.shell.isDisposed()) {
				p.title.setText(messages.popup_title);
				p.title.setToolTipText(null);
				top = p;
			}
		}
		if (top != null && notShown > 0) {
			top.title.setText(MessageFormat.format(messages.popup_more, messages.popup_title, notShown));
			top.title.setToolTipText(messages.popup_moreHint);
		}
	}

	/** Stacks the pop-ups upwards from the bottom right corner of the extension panel (else of the screen). */
	private void place() {
		Rectangle area = where();
		int y = area.y + area.height - GAP;
		open.values().removeIf(p -> p.shell.isDisposed());
		for (Popup p : open.values()) {
			Point size = p.shell.getSize();
			y -= size.y;
			p.shell.setLocation(area.x + area.width - size.x - GAP, y);
			y -= GAP;
		}
	}

	private Rectangle where() {
		Shell main = main();
		Rectangle panel = anchor == null ? null : anchor.get();
		if (main != null && main.isVisible() && !main.getMinimized() && panel != null && panel.width >= WIDTH
				&& panel.height > 0) {
			return panel;
		}
		return display.getPrimaryMonitor().getClientArea();
	}

	private Shell main() {
		Shell s = mainShell == null ? null : mainShell.get();
		return s == null || s.isDisposed() ? null : s;
	}

	/** The main window takes the keyboard back (a closed or new pop-up must not leave the shortcuts dead). */
	private void returnKeyboard() {
		Shell main = main();
		if (main != null && main.isVisible() && !main.getMinimized()) {
			main.forceActive();
			if (display.getFocusControl() == null || display.getFocusControl().getShell() != main) {
				main.setFocus();
			}
		}
	}

	private void close(String id, boolean byOperator) {
		Popup p = open.remove(id);
		if (p != null && !p.shell.isDisposed()) {
			p.shell.dispose();
		}
		if (byOperator) {
			dismissed.add(id);
		}
		place();
		if (byOperator) { // room for the next caller waiting without a pop-up
			update(lastWaiting);
		}
	}

	/** The open pop-ups' shells, oldest first (for tests). */
	List<Shell> shells() {
		return open.values().stream().map(p -> p.shell).toList();
	}

	void dispose() {
		for (Popup p : open.values()) {
			p.shell.dispose();
		}
		open.clear();
		bigFont.dispose();
		titleFont.dispose();
	}
}
