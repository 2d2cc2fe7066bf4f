package org.switchboard.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Item;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.Widget;
import org.switchboard.ui.WidgetIds;

/**
 * Drives SWT widgets of the running workbench the way an operator does: find by stable id, click, type,
 * select rows, open context menus, and wait for the UI to show a result. Every method runs on the UI thread
 * (UI tests run there: {@code useUIThread=true}) and keeps the event loop turning while it waits.
 */
public final class Ui {

	/** How long {@link #waitUntil} waits unless told otherwise. */
	public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

	private Ui() {
	}

	public static Display display() {
		Display display = Display.getCurrent();
		if (display == null) {
			throw new IllegalStateException("UI tests must run on the UI thread (useUIThread=true)");
		}
		return display;
	}

	/** Runs the event loop until nothing is pending. */
	public static void flush() {
		Display display = display();
		while (display.readAndDispatch()) {
			// keep dispatching
		}
	}

	/** Lets the UI run for a while (for animations or timers that the test does not wait on otherwise). */
	public static void pause(Duration duration) {
		long end = System.nanoTime() + duration.toNanos();
		while (System.nanoTime() < end) {
			if (!display().readAndDispatch()) {
				sleepBriefly();
			}
		}
	}

	public static void waitUntil(BooleanSupplier condition, String what) {
		waitUntil(condition, DEFAULT_TIMEOUT, () -> what);
	}

	/**
	 * Turns the event loop until the condition holds; fails with the description and a screenshot when it does
	 * not within the time-out.
	 */
	public static void waitUntil(BooleanSupplier condition, Duration timeout, Supplier<String> what) {
		long end = System.nanoTime() + timeout.toNanos();
		Display display = display();
		while (true) {
			if (condition.getAsBoolean()) {
				return;
			}
			if (System.nanoTime() > end) {
				Path shot = Screenshots.save("timeout");
				throw new AssertionError("Timed out after " + timeout.toMillis() + " ms waiting for: " + what.get()
						+ (shot != null ? " (screenshot " + shot + ")" : ""));
			}
			if (!display.readAndDispatch()) {
				sleepBriefly();
			}
		}
	}

	/** Waits until a value is produced (non-null) and returns it. */
	public static <T> T waitFor(Supplier<T> value, String what) {
		Object[] holder = new Object[1];
		waitUntil(() -> (holder[0] = value.get()) != null, DEFAULT_TIMEOUT, () -> what);
		@SuppressWarnings("unchecked")
		T result = (T) holder[0];
		return result;
	}

	// ---------------------------------------------------------------- finding

	/** All widgets of all open shells, depth first, including items of tool bars, tables and menus. */
	public static List<Widget> allWidgets() {
		List<Widget> result = new ArrayList<>();
		for (Shell shell : display().getShells()) {
			collect(shell, result);
		}
		return result;
	}

	private static void collect(Widget widget, List<Widget> out) {
		if (widget.isDisposed()) {
			return;
		}
		out.add(widget);
		if (widget instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, out);
			}
		}
		if (widget instanceof ToolBar bar) {
			for (ToolItem item : bar.getItems()) {
				out.add(item);
			}
		}
		if (widget instanceof Shell shell) {
			for (Shell child : shell.getShells()) {
				collect(child, out);
			}
			if (shell.getMenuBar() != null) {
				collectMenu(shell.getMenuBar(), out);
			}
		}
	}

	private static void collectMenu(Menu menu, List<Widget> out) {
		out.add(menu);
		for (MenuItem item : menu.getItems()) {
			out.add(item);
			if (item.getMenu() != null) {
				collectMenu(item.getMenu(), out);
			}
		}
	}

	public static <T extends Widget> List<T> findAll(Class<T> type, Predicate<? super T> filter) {
		List<T> result = new ArrayList<>();
		for (Widget w : allWidgets()) {
			if (type.isInstance(w) && filter.test(type.cast(w))) {
				result.add(type.cast(w));
			}
		}
		return result;
	}

	/** The widget with the given {@link WidgetIds stable id}, or {@code null}. */
	public static <T extends Widget> T findById(Class<T> type, String id) {
		List<T> found = findAll(type, w -> id.equals(WidgetIds.get(w)));
		return found.isEmpty() ? null : found.get(0);
	}

	/** Waits for the widget with the given id to exist and returns it. */
	public static <T extends Widget> T byId(Class<T> type, String id) {
		return waitFor(() -> findById(type, id), type.getSimpleName() + " with id '" + id + "'");
	}

	/** A visible shell whose title is the given text. */
	public static Shell shell(String title) {
		return waitFor(() -> {
			for (Shell s : display().getShells()) {
				if (!s.isDisposed() && s.isVisible() && title.equals(s.getText())) {
					return s;
				}
			}
			return null;
		}, "a window titled '" + title + "'");
	}

	/** Text of a widget, with mnemonics and accelerator text removed, as the operator reads it. */
	public static String label(Widget widget) {
		String text = widget instanceof Item item ? item.getText()
				: widget instanceof Button b ? b.getText() : widget instanceof Shell s ? s.getText() : "";
		int tab = text.indexOf('\t');
		if (tab >= 0) {
			text = text.substring(0, tab);
		}
		return text.replaceAll("\\(&.\\)", "").replace("&", "");
	}

	// ---------------------------------------------------------------- acting

	/** Clicks a button (push, check, radio or toggle) as a mouse click would. */
	public static void click(Button button) {
		requireUsable(button);
		if ((button.getStyle() & (SWT.CHECK | SWT.TOGGLE)) != 0) {
			button.setSelection(!button.getSelection());
		} else if ((button.getStyle() & SWT.RADIO) != 0) {
			button.setSelection(true);
		}
		button.setFocus();
		notify(button, SWT.Selection);
		flush();
	}

	public static void click(ToolItem item) {
		if (!item.isEnabled()) {
			throw new AssertionError("tool item '" + label(item) + "' is disabled");
		}
		if ((item.getStyle() & (SWT.CHECK)) != 0) {
			item.setSelection(!item.getSelection());
		} else if ((item.getStyle() & SWT.RADIO) != 0) {
			item.setSelection(true);
		}
		notify(item, SWT.Selection);
		flush();
	}

	public static void click(MenuItem item) {
		if (!item.isEnabled()) {
			throw new AssertionError("menu item '" + label(item) + "' is disabled");
		}
		if ((item.getStyle() & (SWT.CHECK)) != 0) {
			item.setSelection(!item.getSelection());
		} else if ((item.getStyle() & SWT.RADIO) != 0) {
			item.setSelection(true);
		}
		notify(item, SWT.Selection);
		flush();
	}

	/** Replaces the text of a field as typing would (Modify and Verify listeners run). */
	public static void setText(Text text, String value) {
		requireUsable(text);
		text.setFocus();
		text.setText(value);
		flush();
	}

	/**
	 * Types characters through the operating system's input queue (X11 XTest under Xvfb): the focused control
	 * receives real key events, so key bindings and verify listeners see exactly what an operator's keyboard sends.
	 */
	public static void type(String characters) {
		Display display = display();
		for (char c : characters.toCharArray()) {
			postKey(display, c, 0);
		}
		flush();
	}

	/**
	 * Presses a key (an SWT key code like {@link SWT#CR}, {@link SWT#ESC}, {@link SWT#F5}, or a printable character)
	 * with modifiers. Control keys (Enter, Esc, Tab, Backspace, Delete) go by key code: posted as characters, GTK
	 * would map them to no key at all.
	 */
	public static void press(int keyCode, int modifiers) {
		Display display = display();
		int[] mods = { SWT.CTRL, SWT.SHIFT, SWT.ALT };
		for (int m : mods) {
			if ((modifiers & m) != 0) {
				post(display, SWT.KeyDown, m, (char) 0);
			}
		}
		if (keyCode >= 0x20 && keyCode < 0x10000 && keyCode != SWT.DEL && (keyCode & SWT.KEYCODE_BIT) == 0) {
			postKey(display, (char) keyCode, 0);
		} else {
			post(display, SWT.KeyDown, keyCode, (char) 0);
			post(display, SWT.KeyUp, keyCode, (char) 0);
		}
		for (int i = mods.length - 1; i >= 0; i--) {
			if ((modifiers & mods[i]) != 0) {
				post(display, SWT.KeyUp, mods[i], (char) 0);
			}
		}
		flush();
	}

	private static void postKey(Display display, char c, int keyCode) {
		Event down = new Event();
		down.type = SWT.KeyDown;
		down.character = c;
		down.keyCode = keyCode;
		if (!display.post(down)) {
			throw new AssertionError("the display refused a key event (no XTest?)");
		}
		Event up = new Event();
		up.type = SWT.KeyUp;
		up.character = c;
		up.keyCode = keyCode;
		display.post(up);
		pause(Duration.ofMillis(15));
	}

	private static void post(Display display, int type, int keyCode, char c) {
		Event e = new Event();
		e.type = type;
		e.keyCode = keyCode;
		e.character = c;
		display.post(e);
		pause(Duration.ofMillis(15));
	}

	/** Clicks with the real mouse at the centre of a control (through the operating system's input queue). */
	public static void mouseClick(Control control, int button) {
		requireUsable(control);
		Rectangle bounds = control.getBounds();
		Point centre = control.getParent() == null ? new Point(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2)
				: control.getParent().toDisplay(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
		Display display = display();
		Event move = new Event();
		move.type = SWT.MouseMove;
		move.x = centre.x;
		move.y = centre.y;
		display.post(move);
		pause(Duration.ofMillis(30));
		Event down = new Event();
		down.type = SWT.MouseDown;
		down.button = button;
		display.post(down);
		Event up = new Event();
		up.type = SWT.MouseUp;
		up.button = button;
		display.post(up);
		pause(Duration.ofMillis(50));
	}

	/** Selects a table row as a click would, firing the Selection event that viewers listen to. */
	public static void selectRow(Table table, int index) {
		requireUsable(table);
		table.setFocus();
		table.setSelection(index);
		Event e = new Event();
		e.item = table.getItem(index);
		table.notifyListeners(SWT.Selection, e);
		flush();
	}

	/** Double-clicks a table row (DefaultSelection). */
	public static void openRow(Table table, int index) {
		selectRow(table, index);
		Event e = new Event();
		e.item = table.getItem(index);
		table.notifyListeners(SWT.DefaultSelection, e);
		flush();
	}

	/** Opens the right-click menu of a control and returns it, filled as the operator would see it. */
	public static Menu contextMenu(Control control) {
		requireUsable(control);
		Event detect = new Event();
		Point centre = control.toDisplay(control.getSize().x / 2, control.getSize().y / 2);
		detect.x = centre.x;
		detect.y = centre.y;
		control.notifyListeners(SWT.MenuDetect, detect);
		Menu menu = control.getMenu();
		if (menu == null || !detect.doit) {
			throw new AssertionError("no context menu on " + control);
		}
		menu.notifyListeners(SWT.Show, new Event());
		flush();
		return menu;
	}

	/** Closes a menu opened with {@link #contextMenu} (menus opened that way are never really shown). */
	public static void closeMenu(Menu menu) {
		if (!menu.isDisposed()) {
			menu.notifyListeners(SWT.Hide, new Event());
		}
		flush();
	}

	/** The item of a menu with the given label (mnemonics ignored), or a failure listing what is there. */
	public static MenuItem menuItem(Menu menu, String label) {
		List<String> seen = new ArrayList<>();
		for (MenuItem item : menu.getItems()) {
			if (label.equals(label(item))) {
				return item;
			}
			seen.add(label(item));
		}
		throw new AssertionError("no menu item '" + label + "' in " + seen);
	}

	/** The labels of a menu's items, as shown (separators omitted). */
	public static List<String> labels(Menu menu) {
		List<String> result = new ArrayList<>();
		for (MenuItem item : menu.getItems()) {
			if ((item.getStyle() & SWT.SEPARATOR) == 0) {
				result.add(label(item));
			}
		}
		return result;
	}

	private static void requireUsable(Control control) {
		if (control.isDisposed()) {
			throw new AssertionError("widget is disposed");
		}
		if (!control.isVisible()) {
			throw new AssertionError(control + " is not visible");
		}
		if (!control.isEnabled()) {
			throw new AssertionError(control + " is disabled");
		}
	}

	private static void notify(Widget widget, int type) {
		Event e = new Event();
		e.widget = widget;
		widget.notifyListeners(type, e);
	}

	private static void sleepBriefly() {
		try {
			Thread.sleep(5);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/** Saves what the screen shows now as a PNG. */
	static void capture(Path file) throws java.io.IOException {
		Display display = display();
		Rectangle area = display.getBounds();
		Image image = new Image(display, area.width, area.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, 0, 0);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			Files.createDirectories(file.getParent());
			loader.save(file.toString(), SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}
}
