package org.switchboard.extensions.ui.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;
import org.switchboard.pbx.live.ExtensionStatus;
import org.switchboard.pbx.live.ExtensionView;
import org.switchboard.pbx.live.ExtensionViews;
import org.switchboard.ui.Palette;

/**
 * E1/E4: every extension as a tile, grouped by department, owner-drawn on one canvas. Only the tiles in view are
 * painted; an update repaints just the tiles that changed (when visible); the layout is recomputed only when the
 * set of shown extensions, their grouping or the width changes. Ringing tiles pulse.
 */
public final class TilePanel extends Canvas {

	public static final int TILE_W = 176;
	public static final int TILE_H = 62;
	public static final int GAP = 8;
	public static final int MARGIN = 10;
	public static final int HEADER_H = 28;
	private static final int BLINK_MILLIS = 500;

	/** What a tile shows, for tests and accessibility: read back from the widget, not from the model. */
	public record Tile(ExtensionView view, Rectangle bounds, boolean visible, Color fill, Color accent,
			String stateText, String detailText) {
	}

	private static final class Group {
		final String name;
		final List<ExtensionView> items = new ArrayList<>();
		int top;

		Group(String name) {
			this.name = name;
		}

		int height(int columns) {
			int rows = (items.size() + columns - 1) / columns;
			return HEADER_H + rows * (TILE_H + GAP);
		}
	}

	private final Messages messages;
	private final Map<String, ExtensionView> all = new HashMap<>();
	private final List<Group> groups = new ArrayList<>();
	/** number → {group index, index in group} of the tiles shown now. */
	private final Map<String, int[]> positions = new HashMap<>();
	private final Set<String> ringing = new HashSet<>();
	private final Font boldFont;
	private final Font smallFont;
	private final Font headerFont;
	private String filter = "";
	private Set<String> alsoShown = Set.of();
	private int columns = 1;
	private int scrollY;
	private int contentHeight;
	private boolean blinkOn;
	private String selected;
	private Consumer<ExtensionView> selectionListener = v -> {
	};
	private Consumer<ExtensionView> openListener = v -> {
	};
	private long paintedTiles;
	/** Run once, after the next paint that drew a tile (see {@link #afterTilesPainted}). */
	private Runnable tilesPainted;
	/** Why the tiles are dimmed (the PBX connection is lost), or null. */
	private String dimmed;

	public TilePanel(Composite parent, Messages messages) {
		super(parent, SWT.V_SCROLL | SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
		this.messages = messages;
		FontData fd = getFont().getFontData()[0];
		boldFont = new Font(getDisplay(), fd.getName(), fd.getHeight() + 1, SWT.BOLD);
		smallFont = new Font(getDisplay(), fd.getName(), Math.max(7, fd.getHeight() - 1), SWT.NORMAL);
		headerFont = new Font(getDisplay(), fd.getName(), fd.getHeight(), SWT.BOLD);
		setBackground(Palette.BACKGROUND_ALT);
		addListener(SWT.Paint, this::paint);
		addListener(SWT.Resize, e -> relayout());
		getVerticalBar().addListener(SWT.Selection, e -> {
			scrollY = getVerticalBar().getSelection();
			redraw();
		});
		addListener(SWT.MouseDown, this::mouseDown);
		addListener(SWT.MouseHover, e -> setToolTipText(tooltip(at(e.x, e.y))));
		addListener(SWT.MouseExit, e -> setToolTipText(null));
		addListener(SWT.MouseDoubleClick, e -> {
			ExtensionView v = at(e.x, e.y);
			if (v != null && e.button == 1) {
				openListener.accept(v);
			}
		});
		addListener(SWT.KeyDown, this::keyDown);
		addListener(SWT.Traverse, e -> {
			if (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
				e.doit = true;
			} else if (e.detail == SWT.TRAVERSE_RETURN) {
				e.doit = false;
				ExtensionView v = selection();
				if (v != null) {
					openListener.accept(v);
				}
			}
		});
		addListener(SWT.FocusIn, e -> redrawSelected());
		addListener(SWT.FocusOut, e -> redrawSelected());
		addListener(SWT.Dispose, e -> {
			boldFont.dispose();
			smallFont.dispose();
			headerFont.dispose();
		});
		getDisplay().timerExec(BLINK_MILLIS, this::blink);
	}

	public void onSelection(Consumer<ExtensionView> listener) {
		selectionListener = listener;
	}

	/** Enter or double click on a tile. */
	public void onOpen(Consumer<ExtensionView> listener) {
		openListener = listener;
	}

	// ------------------------------------------------------------------ data

	/** Replaces every extension. */
	public void setAll(Collection<ExtensionView> views) {
		all.clear();
		ringing.clear();
		for (ExtensionView v : views) {
			all.put(v.number(), v);
			if (v.status() == ExtensionStatus.RINGING) {
				ringing.add(v.number());
			}
		}
		relayout();
	}

	/**
	 * Applies changed snapshots (null value: removed). Repaints only the changed tiles in view unless the change
	 * moves tiles (an extension added, removed, renamed, moved to another department or in/out of the filter).
	 */
	public void update(Map<String, ExtensionView> changed) {
		boolean structural = false;
		List<String> repaint = new ArrayList<>();
		for (Map.Entry<String, ExtensionView> entry : changed.entrySet()) {
			String number = entry.getKey();
			ExtensionView now = entry.getValue();
			ExtensionView before = now == null ? all.remove(number) : all.put(number, now);
			if (now != null && now.status() == ExtensionStatus.RINGING) {
				ringing.add(number);
			} else {
				ringing.remove(number);
			}
			if (structural) {
				continue;
			}
			boolean shownBefore = before != null && shown(before);
			boolean shownNow = now != null && shown(now);
			if (shownBefore != shownNow || shownNow && (!before.department().equals(now.department())
					|| !before.name().equals(now.name()))) {
				structural = true;
			} else if (shownNow) {
				int[] p = positions.get(number);
				groups.get(p[0]).items.set(p[1], now);
				repaint.add(number);
			}
		}
		if (structural) {
			relayout();
		} else {
			for (String number : repaint) {
				redrawTile(number);
			}
		}
	}

	private boolean shown(ExtensionView v) {
		return v.matches(filter) || !filter.isBlank() && alsoShown.contains(v.number());
	}

	public void setFilter(String text) {
		setFilter(text, Set.of());
	}

	/** The filter, and numbers it also shows (the phonebook's matches: a name's pinyin, say). */
	public void setFilter(String text, Set<String> alsoNumbers) {
		alsoShown = alsoNumbers;
		filter = text == null ? "" : text;
		relayout();
	}

	public int shownCount() {
		return positions.size();
	}

	/** Every extension as last told, filtered out or not (unordered; a view of the panel's own data). */
	public Collection<ExtensionView> views() {
		return Collections.unmodifiableCollection(all.values());
	}

	public int totalCount() {
		return all.size();
	}

	public ExtensionView view(String number) {
		return all.get(number);
	}

	// ------------------------------------------------------------------ selection

	public ExtensionView selection() {
		return selected == null ? null : all.get(selected);
	}

	/** Selects a tile (null: none) and scrolls it into view; tells the selection listener. */
	public void select(String number) {
		if (number != null && !positions.containsKey(number)) {
			number = null;
		}
		String before = selected;
		selected = number;
		if (before != null) {
			redrawTile(before);
		}
		if (number != null) {
			reveal(number);
			redrawTile(number);
		}
		selectionListener.accept(selection());
	}

	/** Scrolls so that the tile is in view. */
	public void reveal(String number) {
		Rectangle r = tileBounds(number);
		if (r == null) {
			return;
		}
		int height = getClientArea().height;
		int top = r.y + scrollY;
		if (top < scrollY) {
			scrollTo(top - GAP);
		} else if (top + r.height > scrollY + height) {
			scrollTo(top + r.height + GAP - height);
		}
	}

	private void scrollTo(int y) {
		int max = Math.max(0, contentHeight - getClientArea().height);
		scrollY = Math.max(0, Math.min(max, y));
		getVerticalBar().setSelection(scrollY);
		redraw();
	}

	// ------------------------------------------------------------------ layout

	private void relayout() {
		if (isDisposed()) {
			return;
		}
		Map<String, Group> byName = new TreeMap<>(departmentOrder());
		for (ExtensionView v : all.values()) {
			if (shown(v)) {
				byName.computeIfAbsent(v.department(), Group::new).items.add(v);
			}
		}
		groups.clear();
		positions.clear();
		int width = getClientArea().width;
		columns = Math.max(1, (width - 2 * MARGIN + GAP) / (TILE_W + GAP));
		int y = MARGIN;
		for (Group g : byName.values()) {
			g.items.sort(Comparator.comparing(ExtensionView::number, ExtensionViews.NUMBER_ORDER));
			g.top = y;
			int gi = groups.size();
			groups.add(g);
			for (int i = 0; i < g.items.size(); i++) {
				positions.put(g.items.get(i).number(), new int[] { gi, i });
			}
			y += g.height(columns);
		}
		contentHeight = y + MARGIN;
		ScrollBar bar = getVerticalBar();
		int height = getClientArea().height;
		bar.setMaximum(Math.max(1, contentHeight));
		bar.setThumb(Math.max(1, Math.min(contentHeight, height)));
		bar.setPageIncrement(Math.max(1, height - TILE_H));
		bar.setIncrement(TILE_H / 2);
		scrollY = Math.max(0, Math.min(scrollY, contentHeight - height));
		bar.setSelection(scrollY);
		if (selected != null && !positions.containsKey(selected)) {
			selected = null;
			selectionListener.accept(null);
		}
		redraw();
	}

	private static Comparator<String> departmentOrder() {
		// named departments first, alphabetically; extensions without one last
		return (a, b) -> a.isEmpty() ? (b.isEmpty() ? 0 : 1) : b.isEmpty() ? -1 : a.compareToIgnoreCase(b);
	}

	/** Bounds of a shown tile in widget coordinates (scrolling applied), or null when filtered out. */
	public Rectangle tileBounds(String number) {
		int[] p = positions.get(number);
		if (p == null) {
			return null;
		}
		Group g = groups.get(p[0]);
		int col = p[1] % columns;
		int row = p[1] / columns;
		return new Rectangle(MARGIN + col * (TILE_W + GAP), g.top + HEADER_H + row * (TILE_H + GAP) - scrollY, TILE_W,
				TILE_H);
	}

	private void redrawTile(String number) {
		Rectangle r = tileBounds(number);
		if (r != null && r.y + r.height >= 0 && r.y <= getClientArea().height) {
			redraw(r.x - 2, r.y - 2, r.width + 4, r.height + 4, false);
		}
	}

	private void redrawSelected() {
		if (selected != null) {
			redrawTile(selected);
		}
	}

	/** The extension whose tile is at a point of the widget, or null. */
	public ExtensionView at(int x, int y) {
		int contentY = y + scrollY;
		for (Group g : groups) {
			int tilesTop = g.top + HEADER_H;
			if (contentY < tilesTop || contentY >= g.top + g.height(columns)) {
				continue;
			}
			int col = (x - MARGIN) / (TILE_W + GAP);
			int row = (contentY - tilesTop) / (TILE_H + GAP);
			if (x < MARGIN || col >= columns || (x - MARGIN) % (TILE_W + GAP) >= TILE_W
					|| (contentY - tilesTop) % (TILE_H + GAP) >= TILE_H) {
				return null;
			}
			int index = row * columns + col;
			return index < g.items.size() ? g.items.get(index) : null;
		}
		return null;
	}

	// ------------------------------------------------------------------ input

	private void mouseDown(Event e) {
		setFocus();
		ExtensionView v = at(e.x, e.y);
		if (v != null) {
			select(v.number());
		} else if (e.button == 1) {
			select(null);
		}
	}

	/** Selects the tile under a point given in display coordinates (before a context menu opens). */
	public void selectAtDisplay(int x, int y) {
		Point p = toControl(x, y);
		ExtensionView v = at(p.x, p.y);
		if (v != null && !v.number().equals(selected)) {
			select(v.number());
		}
	}

	private void keyDown(Event e) {
		List<String> order = shownOrder();
		if (order.isEmpty()) {
			return;
		}
		int index = selected == null ? -1 : order.indexOf(selected);
		int next = switch (e.keyCode) {
		case SWT.ARROW_RIGHT -> index + 1;
		case SWT.ARROW_LEFT -> index - 1;
		case SWT.ARROW_DOWN -> index < 0 ? 0 : index + columns;
		case SWT.ARROW_UP -> index - columns;
		case SWT.HOME -> 0;
		case SWT.END -> order.size() - 1;
		case SWT.PAGE_DOWN -> index + columns * Math.max(1, getClientArea().height / (TILE_H + GAP));
		case SWT.PAGE_UP -> index - columns * Math.max(1, getClientArea().height / (TILE_H + GAP));
		default -> Integer.MIN_VALUE;
		};
		if (next == Integer.MIN_VALUE) {
			return;
		}
		e.doit = false;
		select(order.get(Math.max(0, Math.min(order.size() - 1, next))));
	}

	private List<String> shownOrder() {
		List<String> order = new ArrayList<>(positions.size());
		for (Group g : groups) {
			for (ExtensionView v : g.items) {
				order.add(v.number());
			}
		}
		return order;
	}

	// ------------------------------------------------------------------ painting

	private void blink() {
		if (isDisposed()) {
			return;
		}
		blinkOn = !blinkOn;
		if (isVisible()) {
			for (String number : new LinkedHashSet<>(ringing)) {
				redrawTile(number);
			}
		}
		getDisplay().timerExec(BLINK_MILLIS, this::blink);
	}

	/** How many tiles were painted since the widget was made (for the benchmark and tests of lazy painting). */
	long paintedTiles() {
		return paintedTiles;
	}

	/** Runs {@code then} once, on the UI thread, after the next paint that drew at least one tile. */
	void afterTilesPainted(Runnable then) {
		tilesPainted = then;
	}

	/**
	 * Dims the tiles and shows why (the PBX connection is lost), or, with null, shows them as they are. UI thread.
	 */
	void setDimmed(String why) {
		if (!java.util.Objects.equals(why, dimmed)) {
			dimmed = why;
			redraw();
		}
	}

	/** Why the tiles are dimmed, or null. */
	String dimmed() {
		return dimmed;
	}

	private void paint(Event e) {
		GC gc = e.gc;
		gc.setBackground(Palette.BACKGROUND_ALT);
		gc.fillRectangle(e.x, e.y, e.width, e.height);
		gc.setAntialias(SWT.ON);
		gc.setTextAntialias(SWT.ON);
		if (all.isEmpty()) {
			gc.setForeground(Palette.TEXT_MUTED);
			gc.drawText(messages.waiting_pbx, MARGIN + 4, MARGIN + 4, true);
			return;
		}
		int clipTop = e.y + scrollY;
		int clipBottom = clipTop + e.height;
		long paintedBefore = paintedTiles;
		for (Group g : groups) {
			int bottom = g.top + g.height(columns);
			if (bottom < clipTop || g.top > clipBottom) {
				continue;
			}
			paintHeader(gc, g);
			int tilesTop = g.top + HEADER_H;
			int firstRow = Math.max(0, (clipTop - tilesTop) / (TILE_H + GAP));
			int lastRow = Math.max(0, (clipBottom - tilesTop) / (TILE_H + GAP));
			for (int row = firstRow; row <= lastRow; row++) {
				for (int col = 0; col < columns; col++) {
					int index = row * columns + col;
					if (index >= g.items.size()) {
						break;
					}
					int x = MARGIN + col * (TILE_W + GAP);
					int y = tilesTop + row * (TILE_H + GAP) - scrollY;
					if (x > e.x + e.width || x + TILE_W < e.x) {
						continue;
					}
					paintTile(gc, g.items.get(index), x, y);
					paintedTiles++;
				}
			}
		}
		Runnable then = tilesPainted;
		if (then != null && paintedTiles > paintedBefore) {
			tilesPainted = null;
			getDisplay().asyncExec(then); // after this paint has reached the screen, not inside it
		}
		if (dimmed != null) {
			// A9: the PBX connection is lost: what the tiles show may no longer be true
			gc.setAlpha(150);
			gc.setBackground(Palette.BACKGROUND_ALT);
			gc.fillRectangle(e.x, e.y, e.width, e.height);
			gc.setAlpha(255);
			gc.setForeground(Palette.ERROR);
			gc.drawText(dimmed, MARGIN + 4, MARGIN + 4, true);
		}
	}

	private void paintHeader(GC gc, Group g) {
		int y = g.top - scrollY;
		String name = g.name.isEmpty() ? messages.department_none : g.name;
		gc.setFont(headerFont);
		gc.setForeground(Palette.ACCENT_DARK);
		String text = name + "  (" + g.items.size() + ")";
		Point size = gc.textExtent(text);
		gc.drawText(text, MARGIN + 2, y + (HEADER_H - size.y) / 2 - 2, true);
		gc.setForeground(Palette.BORDER);
		gc.drawLine(MARGIN + size.x + 12, y + HEADER_H / 2 - 2, getClientArea().width - MARGIN, y + HEADER_H / 2 - 2);
	}

	private Color fill(ExtensionView v) {
		if (v.status() == ExtensionStatus.RINGING && blinkOn) {
			return Palette.RINGING_FLASH;
		}
		return StateStyle.tint(v.status());
	}

	/**
	 * What a tile has no room for (S1, S2): name and department, state, do-not-disturb and dial permission. Public
	 * for tests, which cannot hover.
	 */
	public String tooltip(ExtensionView v) {
		if (v == null) {
			return null;
		}
		StringBuilder b = new StringBuilder(v.number());
		if (!v.name().isEmpty()) {
			b.append("  ").append(v.name());
		}
		if (!v.department().isEmpty()) {
			b.append("  \u00b7  ").append(v.department());
		}
		b.append('\n').append(messages.column_state).append(": ").append(detail(v));
		b.append('\n').append(messages.column_dnd).append(": ").append(v.dnd() ? messages.yes : messages.no);
		b.append('\n').append(messages.column_permission).append(": ").append(messages.permission(v.permission()));
		return b.toString();
	}

	/** The second line: the other party when in a call, else the state. */
	private String detail(ExtensionView v) {
		if (v.spying() != null) {
			// X3/X4: the operator's spy leg says whose call it listens to or joins
			return MessageFormatCache.format(v.spying().barge() ? messages.spy_barge : messages.spy_monitor,
					v.spying().label());
		}
		if (v.hasPeer() && v.status() != ExtensionStatus.UNAVAILABLE) {
			return MessageFormatCache.format(messages.with, v.peerLabel());
		}
		return messages.state(v.status());
	}

	private void paintTile(GC gc, ExtensionView v, int x, int y) {
		boolean isSelected = v.number().equals(selected);
		Color accent = StateStyle.accent(v.status());
		gc.setBackground(fill(v));
		gc.fillRoundRectangle(x, y, TILE_W, TILE_H, 10, 10);
		gc.setBackground(accent);
		gc.fillRoundRectangle(x, y, 8, TILE_H, 10, 10);
		gc.fillRectangle(x + 4, y, 4, TILE_H);
		if (isSelected) {
			gc.setForeground(Palette.ACCENT);
			gc.setLineWidth(3);
			gc.drawRoundRectangle(x + 1, y + 1, TILE_W - 2, TILE_H - 2, 10, 10);
			gc.setLineWidth(1);
		} else {
			gc.setForeground(v.status() == ExtensionStatus.RINGING ? accent : Palette.BORDER);
			gc.drawRoundRectangle(x, y, TILE_W - 1, TILE_H - 1, 10, 10);
		}
		int icon = 16;
		StateStyle.drawIcon(gc, v.status(), x + TILE_W - icon - 8, y + 8, icon);
		int textX = x + 14;
		int textW = TILE_W - 14 - icon - 14;
		gc.setFont(boldFont);
		gc.setForeground(Palette.TEXT);
		Point numberSize = gc.textExtent(v.number());
		gc.drawText(shorten(gc, v.number(), textW), textX, y + 5, true);
		gc.setFont(getFont());
		if (!v.name().isEmpty() && numberSize.x + 6 < textW) {
			gc.setForeground(Palette.TEXT);
			gc.drawText(shorten(gc, v.name(), textW - numberSize.x - 6), textX + numberSize.x + 6,
					y + 5 + (numberSize.y - gc.getFontMetrics().getHeight()) / 2 + 1, true);
		}
		gc.setFont(smallFont);
		gc.setForeground(v.hasPeer() ? Palette.TEXT : accent);
		int lineY = y + 8 + numberSize.y;
		gc.drawText(shorten(gc, detail(v), TILE_W - 14 - 10), textX, lineY, true);
		if (v.dnd() && v.status() != ExtensionStatus.DND) {
			String badge = messages.dnd_badge;
			Point b = gc.textExtent(badge);
			int bx = x + TILE_W - b.x - 14;
			int by = y + TILE_H - b.y - 6;
			gc.setBackground(Palette.DND);
			gc.fillRoundRectangle(bx - 4, by - 1, b.x + 8, b.y + 2, 6, 6);
			gc.setForeground(Palette.BACKGROUND);
			gc.drawText(badge, bx, by, true);
		}
		gc.setFont(getFont());
	}

	static String shorten(GC gc, String text, int width) {
		if (width <= 0) {
			return "";
		}
		if (gc.textExtent(text).x <= width) {
			return text;
		}
		int end = text.length();
		while (end > 0 && gc.textExtent(text.substring(0, end) + "…").x > width) {
			end--;
		}
		return text.substring(0, end) + "…";
	}

	/** Tiles in view now, for tests: what each one shows. */
	public Tile tile(String number) {
		ExtensionView v = all.get(number);
		if (v == null) {
			return null;
		}
		Rectangle r = tileBounds(number);
		boolean visible = r != null && r.y + r.height > 0 && r.y < getClientArea().height;
		return new Tile(v, r, visible, fill(v), StateStyle.accent(v.status()), messages.state(v.status()), detail(v));
	}

	public List<String> departments() {
		List<String> names = new ArrayList<>();
		for (Group g : groups) {
			names.add(g.name);
		}
		return names;
	}
}
