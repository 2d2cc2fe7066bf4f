package org.switchboard.ui;

import org.eclipse.swt.widgets.Widget;

/**
 * A stable id on a widget, for UI tests and accessibility tools: {@code WidgetIds.set(button, "callcontrol.call")}.
 * Ids never change with the language or the layout.
 */
public final class WidgetIds {

	/** The key under which the id is kept with {@link Widget#setData(String, Object)}. */
	public static final String KEY = "org.switchboard.widgetId";

	private WidgetIds() {
	}

	public static <W extends Widget> W set(W widget, String id) {
		widget.setData(KEY, id);
		return widget;
	}

	public static String get(Widget widget) {
		return widget.isDisposed() ? null : (String) widget.getData(KEY);
	}
}
