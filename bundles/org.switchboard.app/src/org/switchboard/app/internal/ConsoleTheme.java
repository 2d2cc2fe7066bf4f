package org.switchboard.app.internal;

import org.eclipse.e4.ui.model.application.ui.MElementContainer;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.advanced.MArea;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspectiveStack;
import org.eclipse.e4.ui.model.application.ui.advanced.MPlaceholder;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartSashContainer;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.basic.MTrimBar;
import org.eclipse.e4.ui.model.application.ui.basic.MTrimmedWindow;
import org.eclipse.e4.ui.model.application.ui.menu.MToolControl;
import org.eclipse.e4.ui.model.application.ui.menu.MToolItem;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.ToolItem;
import org.switchboard.ui.Palette;
import org.switchboard.ui.WorkbenchIds;

/**
 * The console's look, given to the workbench's widgets as the workbench renders them: calm neutrals so that the
 * colours of extension states stand out. The main window's frame (menu, toolbar and status trim) is a light grey
 * blue, everything inside it white unless a part colours its own widgets; part stacks have compact tabs, the selected
 * one bold in dark blue; the main toolbar's call functions are blue buttons with their names (issue 13 B7, the
 * manual's blue buttons), paler while they cannot run.
 * <p>
 * This was a CSS style sheet. E4's CSS engine took about 0.3 s of the UI thread at every start (its engine, parser and
 * property handlers, then a style computation for every widget), on the way from the operator's Enter to the filled
 * tiles (issue 14, P3; docs/benchmarks.md). Here each model element's widget gets its colours once, when it is set;
 * what a part creates inside it inherits the background (the main window's background mode, {@link
 * SWT#INHERIT_DEFAULT}, which the workbench sets), as the style sheet's {@code Composite} rule did: the main window
 * looks as it did with the style sheet, pixel for pixel (compared on screenshots). Dialogs keep the system's look, as
 * they did with the style sheet.
 */
public final class ConsoleTheme {

	/** The main window's frame: its trim bars (menu, toolbar, status line) and the gaps between the part stacks. */
	public static final Color FRAME = Palette.color(0xe9edf2);
	/** Inside the frame: part stacks, parts and what the parts do not colour themselves. */
	public static final Color CONTENT = Palette.BACKGROUND;
	/** The selected tab's name (bold). */
	public static final Color SELECTED_TAB = Palette.ACCENT_DARK;
	/** A call function of the main toolbar that can run: a blue button with a white name. */
	public static final Color PROMINENT = Palette.color(0x1f66c7);
	public static final Color PROMINENT_TEXT = Palette.color(0xffffff);
	/** A call function that cannot run now: paler. */
	public static final Color PROMINENT_DISABLED = Palette.color(0xa9c1e4);
	public static final Color PROMINENT_DISABLED_TEXT = Palette.color(0xeef3fa);
	/** The height of the part stacks' tabs, in pixels. */
	public static final int TAB_HEIGHT = 26;

	private static final String BOLD_KEY = ConsoleTheme.class.getName() + ".bold";
	/** A tab folder's data: its selection listener is there. */
	private static final String STYLED_KEY = ConsoleTheme.class.getName() + ".styled";

	private ConsoleTheme() {
	}

	/** A model element's widget was set (rendered): gives it its look. */
	static void widgetSet(Object element) {
		if (!(element instanceof MUIElement e) || e.getWidget() == null) {
			return;
		}
		Object widget = e.getWidget();
		if (widget instanceof Control c && c.isDisposed()) {
			return;
		}
		if (e instanceof MTrimmedWindow && widget instanceof Shell shell) {
			shell.setBackground(FRAME);
			shell.setBackgroundMode(SWT.INHERIT_DEFAULT);
		} else if (e instanceof MTrimBar && widget instanceof Composite trim) {
			trim.setBackground(FRAME);
		} else if (e instanceof MPartStack && widget instanceof CTabFolder folder) {
			styleFolder(folder);
		} else if ((e instanceof MPerspectiveStack || e instanceof MPerspective || e instanceof MPartSashContainer
				|| e instanceof MArea || e instanceof MPart || e instanceof MToolControl) && widget instanceof Control c) {
			c.setBackground(CONTENT);
		} else if (e instanceof MToolItem item && widget instanceof ToolItem toolItem) {
			styleToolItem(item, toolItem);
		}
		Object parent = e.getParent();
		if ((e instanceof MPart || e instanceof MPlaceholder) && parent instanceof MPartStack stack
				&& stack.getWidget() instanceof CTabFolder folder) {
			// its tab is made after its widget: the bold name once it is there
			folder.getDisplay().asyncExec(() -> markSelectedTab(folder));
		}
	}

	/** A container's selected element changed: a part stack's selected tab is shown bold. */
	static void selectionChanged(Object element) {
		if (element instanceof MElementContainer<?> c && c instanceof MPartStack
				&& c.getWidget() instanceof CTabFolder folder && !folder.isDisposed()) {
			// after the stack's renderer has selected the tab
			folder.getDisplay().asyncExec(() -> markSelectedTab(folder));
		}
	}

	/** A tool item's enablement changed: the main toolbar's call functions are paler while they cannot run. */
	static void enablementChanged(Object element) {
		if (element instanceof MToolItem item && item.getWidget() instanceof ToolItem toolItem) {
			styleToolItem(item, toolItem);
		}
	}

	/** Whether this tool item is one of the main toolbar's call functions (the items with an icon). */
	private static boolean isProminent(MToolItem item) {
		return item.getIconURI() != null && !item.getIconURI().isEmpty() && item.getParent() != null
				&& WorkbenchIds.MAIN_TOOLBAR.equals(item.getParent().getElementId());
	}

	private static void styleToolItem(MToolItem item, ToolItem toolItem) {
		if (toolItem.isDisposed() || !isProminent(item)) {
			return;
		}
		boolean enabled = item.isEnabled();
		toolItem.setBackground(enabled ? PROMINENT : PROMINENT_DISABLED);
		toolItem.setForeground(enabled ? PROMINENT_TEXT : PROMINENT_DISABLED_TEXT);
	}

	private static void styleFolder(CTabFolder folder) {
		folder.setBackground(CONTENT);
		folder.setSelectionBackground(CONTENT);
		folder.setSelectionForeground(SELECTED_TAB);
		folder.setTabHeight(TAB_HEIGHT);
		if (folder.getData(STYLED_KEY) == null) { // one listener, however often the stack's widget is announced
			folder.setData(STYLED_KEY, Boolean.TRUE);
			folder.addListener(SWT.Selection, event -> markSelectedTab(folder));
		}
	}

	/** The selected tab's name bold, the others not. */
	static void markSelectedTab(CTabFolder folder) {
		if (folder.isDisposed()) {
			return;
		}
		CTabItem selected = folder.getSelection();
		Font bold = bold(folder);
		for (CTabItem item : folder.getItems()) {
			Font want = item == selected ? bold : null;
			if (item.getFont() != (want == null ? folder.getFont() : want)) {
				item.setFont(want);
			}
		}
	}

	/** The bold variant of the folder's font, one per display (disposed with it). */
	private static Font bold(CTabFolder folder) {
		Display display = folder.getDisplay();
		Object cached = display.getData(BOLD_KEY);
		if (cached instanceof Font font && !font.isDisposed()) {
			return font;
		}
		FontData[] data = folder.getFont().getFontData();
		for (FontData d : data) {
			d.setStyle(d.getStyle() | SWT.BOLD);
		}
		Font font = new Font(display, data);
		display.setData(BOLD_KEY, font);
		display.disposeExec(font::dispose);
		return font;
	}
}
