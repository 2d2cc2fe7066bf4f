package org.switchboard.extensions.ui.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.switchboard.pbx.live.ExtensionStatus;
import org.switchboard.pbx.live.ExtensionView;
import org.switchboard.pbx.live.ExtensionViews;
import org.switchboard.ui.WidgetIds;

/**
 * E2/E4: the extensions as a sortable, filterable virtual table. Rows are filled only when shown; an update clears
 * just the changed rows, unless it changes the order (sorted by a column that changed) or the set of rows.
 */
public final class ExtensionTable {

	/** The columns, in order. */
	public enum Column {
		NUMBER, NAME, DEPARTMENT, STATE, DND, PERMISSION, CALL, SINCE
	}

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());
	/** Cell padding and the sort arrow GTK draws beside a header's text. */
	private static final int HEADER_PADDING = 40;
	private static final int[] DEFAULT_WIDTHS = { 80, 150, 120, 110, 60, 120, 170, 80 };

	private final Table table;
	private final Messages messages;
	private final Map<String, ExtensionView> all = new HashMap<>();
	private final List<ExtensionView> rows = new ArrayList<>();
	private final Map<String, Integer> rowOf = new HashMap<>();
	private final Map<ExtensionStatus, Image> images = new EnumMap<>(ExtensionStatus.class);
	private String filter = "";
	private Set<String> alsoShown = Set.of();
	private Column sortColumn = Column.NUMBER;
	private boolean ascending = true;
	private Consumer<ExtensionView> selectionListener = v -> {
	};
	private Consumer<ExtensionView> openListener = v -> {
	};

	/** Wide enough for the column's title and the sort arrow: titles differ in length by language. */
	private int headerWidth(String title) {
		org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(table);
		try {
			gc.setFont(table.getFont());
			return gc.textExtent(title).x + HEADER_PADDING;
		} finally {
			gc.dispose();
		}
	}

	public ExtensionTable(Composite parent, Messages messages) {
		this.messages = messages;
		table = new Table(parent, SWT.VIRTUAL | SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER);
		WidgetIds.set(table, "extensions.table");
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		String[] titles = { messages.column_number, messages.column_name, messages.column_department,
				messages.column_state, messages.column_dnd, messages.column_permission, messages.column_call,
				messages.column_since };
		for (Column c : Column.values()) {
			TableColumn tc = new TableColumn(table, SWT.LEFT);
			tc.setText(titles[c.ordinal()]);
			tc.setWidth(Math.max(DEFAULT_WIDTHS[c.ordinal()], headerWidth(titles[c.ordinal()])));
			tc.setMoveable(true);
			tc.addListener(SWT.Selection, e -> sortBy(c, sortColumn == c ? !ascending : true));
		}
		for (ExtensionStatus s : ExtensionStatus.values()) {
			images.put(s, StateStyle.image(table.getDisplay(), s, 14));
		}
		table.addListener(SWT.SetData, this::fill);
		table.addListener(SWT.Selection, e -> selectionListener.accept(selection()));
		table.addListener(SWT.DefaultSelection, e -> {
			ExtensionView v = selection();
			if (v != null) {
				openListener.accept(v);
			}
		});
		table.addListener(SWT.Dispose, e -> images.values().forEach(Image::dispose));
		table.setSortColumn(table.getColumn(0));
		table.setSortDirection(SWT.UP);
	}

	public Table table() {
		return table;
	}

	public void onSelection(Consumer<ExtensionView> listener) {
		selectionListener = listener;
	}

	public void onOpen(Consumer<ExtensionView> listener) {
		openListener = listener;
	}

	public void setAll(Collection<ExtensionView> views) {
		all.clear();
		for (ExtensionView v : views) {
			all.put(v.number(), v);
		}
		rebuild();
	}

	public void update(Map<String, ExtensionView> changed) {
		boolean rebuild = false;
		List<Integer> clear = new ArrayList<>();
		for (Map.Entry<String, ExtensionView> entry : changed.entrySet()) {
			ExtensionView now = entry.getValue();
			ExtensionView before = now == null ? all.remove(entry.getKey()) : all.put(entry.getKey(), now);
			if (rebuild) {
				continue;
			}
			boolean shownBefore = before != null && shown(before);
			boolean shownNow = now != null && shown(now);
			if (shownBefore != shownNow || shownNow && comparator().compare(before, now) != 0) {
				rebuild = true;
			} else if (shownNow) {
				int index = rowOf.get(now.number());
				rows.set(index, now);
				clear.add(index);
			}
		}
		if (rebuild) {
			rebuild();
		} else {
			for (int index : clear) {
				table.clear(index);
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
		setFilterLater(text, alsoNumbers);
		rebuild();
	}

	/** The filter as {@link #setFilter(String, Set)}, for the next {@link #setAll} (the rows stay as they are). */
	public void setFilterLater(String text, Set<String> alsoNumbers) {
		alsoShown = alsoNumbers;
		filter = text == null ? "" : text;
	}

	public void sortBy(Column column, boolean up) {
		sortColumn = column;
		ascending = up;
		table.setSortColumn(table.getColumn(column.ordinal()));
		table.setSortDirection(up ? SWT.UP : SWT.DOWN);
		rebuild();
	}

	public Column sortColumn() {
		return sortColumn;
	}

	public boolean ascending() {
		return ascending;
	}

	private void rebuild() {
		String keep = selection() == null ? null : selection().number();
		rows.clear();
		for (ExtensionView v : all.values()) {
			if (shown(v)) {
				rows.add(v);
			}
		}
		rows.sort(comparator());
		rowOf.clear();
		for (int i = 0; i < rows.size(); i++) {
			rowOf.put(rows.get(i).number(), i);
		}
		table.setItemCount(rows.size());
		table.clearAll();
		if (keep != null && rowOf.containsKey(keep)) {
			table.setSelection(rowOf.get(keep));
		} else {
			table.deselectAll();
		}
	}

	private Comparator<ExtensionView> comparator() {
		Comparator<ExtensionView> byNumber = Comparator.comparing(ExtensionView::number, ExtensionViews.NUMBER_ORDER);
		Function<ExtensionView, String> text = v -> text(v, sortColumn);
		Comparator<ExtensionView> c = switch (sortColumn) {
		case NUMBER -> byNumber;
		case STATE -> Comparator.comparing(ExtensionView::status);
		case PERMISSION -> Comparator.comparing(ExtensionView::permission);
		case DND -> Comparator.comparing(ExtensionView::dnd);
		case SINCE -> Comparator.comparing(ExtensionView::since, Comparator.nullsLast(Comparator.naturalOrder()));
		default -> Comparator.comparing(text, String.CASE_INSENSITIVE_ORDER);
		};
		if (!ascending) {
			c = c.reversed();
		}
		return sortColumn == Column.NUMBER ? c : c.thenComparing(byNumber);
	}

	/** The text of a cell, as shown. */
	public String text(ExtensionView v, Column c) {
		return switch (c) {
		case NUMBER -> v.number();
		case NAME -> v.name();
		case DEPARTMENT -> v.department();
		case STATE -> messages.state(v.status());
		case DND -> v.dnd() ? messages.yes : messages.no;
		case PERMISSION -> messages.permission(v.permission());
		case CALL -> v.status() == ExtensionStatus.UNAVAILABLE ? ""
				: v.spying() != null ? MessageFormatCache.format(
						v.spying().barge() ? messages.spy_barge : messages.spy_monitor, v.spying().label())
				: v.peerLabel();
		case SINCE -> v.since() == null || v.status() == ExtensionStatus.IDLE ? "" : TIME.format(v.since());
		};
	}

	private void fill(Event e) {
		TableItem item = (TableItem) e.item;
		int index = table.indexOf(item);
		if (index < 0 || index >= rows.size()) {
			return;
		}
		ExtensionView v = rows.get(index);
		for (Column c : Column.values()) {
			item.setText(c.ordinal(), text(v, c));
		}
		item.setImage(Column.STATE.ordinal(), images.get(v.status()));
		item.setForeground(Column.STATE.ordinal(), StateStyle.accent(v.status()));
		item.setData(v);
	}

	public ExtensionView selection() {
		int index = table.getSelectionIndex();
		return index >= 0 && index < rows.size() ? rows.get(index) : null;
	}

	/** Selects the row of an extension (null: none) and shows it. */
	public void select(String number) {
		Integer index = number == null ? null : rowOf.get(number);
		if (index == null) {
			table.deselectAll();
		} else {
			table.setSelection(index);
			table.showSelection();
		}
	}

	public int rowCount() {
		return rows.size();
	}

	/** The extension shown in a row (for tests). */
	public ExtensionView row(int index) {
		return rows.get(index);
	}

	public int rowOf(String number) {
		Integer i = rowOf.get(number);
		return i == null ? -1 : i;
	}

	/** Column widths in model order, e.g. "80,150,...". */
	public String widths() {
		StringBuilder b = new StringBuilder();
		for (TableColumn c : table.getColumns()) {
			b.append(b.length() == 0 ? "" : ",").append(c.getWidth());
		}
		return b.toString();
	}

	public void setWidths(String widths) {
		if (widths == null || widths.isBlank()) {
			return;
		}
		String[] parts = widths.split(",");
		TableColumn[] columns = table.getColumns();
		for (int i = 0; i < Math.min(parts.length, columns.length); i++) {
			try {
				int w = Integer.parseInt(parts[i].strip());
				if (w >= 0 && w < 2000) {
					columns[i].setWidth(w);
				}
			} catch (NumberFormatException e) {
				// a damaged saved value: keep the default width
			}
		}
	}
}
