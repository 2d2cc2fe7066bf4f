package org.switchboard.extensions.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;
import org.switchboard.pbx.live.ExtensionStatus;
import org.switchboard.ui.Palette;

/** The colour and icon of each extension state: one place, used by the tiles, the table and the legend. */
public final class StateStyle {

	private StateStyle() {
	}

	/** The strong colour of a state (strip, icon, table marker). */
	public static Color accent(ExtensionStatus s) {
		return switch (s) {
		case IDLE -> Palette.IDLE;
		case RINGING -> Palette.RINGING;
		case IN_CALL -> Palette.IN_CALL;
		case ON_HOLD -> Palette.ON_HOLD;
		case BUSY -> Palette.BUSY;
		case DND -> Palette.DND;
		case UNAVAILABLE, UNKNOWN -> Palette.UNAVAILABLE;
		};
	}

	/** The light fill of a tile in that state. */
	public static Color tint(ExtensionStatus s) {
		return switch (s) {
		case IDLE -> Palette.IDLE_TINT;
		case RINGING -> Palette.RINGING_TINT;
		case IN_CALL -> Palette.IN_CALL_TINT;
		case ON_HOLD -> Palette.ON_HOLD_TINT;
		case BUSY -> Palette.BUSY_TINT;
		case DND -> Palette.DND_TINT;
		case UNAVAILABLE, UNKNOWN -> Palette.UNAVAILABLE_TINT;
		};
	}

	/**
	 * Draws the state's icon in a square of the given size: each state has its own shape (dot, bell waves, handset,
	 * pause bars, bar, cross, no-entry sign), so the state reads without relying on colour.
	 */
	public static void drawIcon(GC gc, ExtensionStatus s, int x, int y, int size) {
		drawIcon(gc, s, x, y, size, true);
	}

	private static void drawIcon(GC gc, ExtensionStatus s, int x, int y, int size, boolean smooth) {
		Color c = accent(s);
		gc.setAntialias(smooth ? SWT.ON : SWT.OFF);
		gc.setBackground(c);
		gc.setForeground(c);
		int cx = x + size / 2;
		int cy = y + size / 2;
		int r = size / 2;
		switch (s) {
		case IDLE -> {
			gc.fillOval(x + 2, y + 2, size - 4, size - 4);
			gc.setForeground(Palette.BACKGROUND);
			gc.setLineWidth(2);
			gc.drawPolyline(new int[] { x + size / 4 + 1, cy, cx - 1, y + size * 3 / 4 - 1, x + size * 3 / 4, y + size / 4 + 1 });
		}
		case RINGING -> {
			gc.fillOval(cx - r / 3, cy - r / 3, r * 2 / 3 + 1, r * 2 / 3 + 1);
			gc.setLineWidth(2);
			gc.drawArc(x + 2, y + 2, size - 4, size - 4, -45, 90);
			gc.drawArc(x + 2, y + 2, size - 4, size - 4, 135, 90);
			gc.drawArc(x + size / 4, y + size / 4, size / 2, size / 2, -45, 90);
			gc.drawArc(x + size / 4, y + size / 4, size / 2, size / 2, 135, 90);
		}
		case IN_CALL -> drawHandset(gc, x, y, size);
		case ON_HOLD -> {
			int w = Math.max(2, size / 4);
			gc.fillRectangle(x + size / 5, y + 2, w, size - 4);
			gc.fillRectangle(x + size - size / 5 - w, y + 2, w, size - 4);
		}
		case BUSY -> {
			gc.fillOval(x + 1, y + 1, size - 2, size - 2);
			gc.setForeground(Palette.BACKGROUND);
			gc.setLineWidth(2);
			gc.drawLine(x + size / 4, cy - 2, x + size * 3 / 4, cy - 2);
			gc.drawLine(x + size / 4, cy + 2, x + size * 3 / 4, cy + 2);
		}
		case DND -> {
			gc.fillOval(x + 1, y + 1, size - 2, size - 2);
			gc.setBackground(Palette.BACKGROUND);
			gc.fillRectangle(x + size / 5, cy - Math.max(1, size / 10), size - 2 * (size / 5), Math.max(3, size / 5));
		}
		case UNAVAILABLE, UNKNOWN -> {
			gc.setLineWidth(2);
			gc.drawOval(x + 1, y + 1, size - 3, size - 3);
			gc.drawLine(x + size / 4 + 1, y + size / 4 + 1, x + size * 3 / 4 - 1, y + size * 3 / 4 - 1);
			gc.drawLine(x + size * 3 / 4 - 1, y + size / 4 + 1, x + size / 4 + 1, y + size * 3 / 4 - 1);
		}
		}
		gc.setLineWidth(1);
	}

	private static void drawHandset(GC gc, int x, int y, int size) {
		// a telephone handset: two ear/mouth pieces joined by a thick arc
		int w = Math.max(3, size / 3);
		gc.setLineWidth(Math.max(2, size / 5));
		gc.drawArc(x + 2, y + 1, size - 4, size - 2, 200, 140);
		gc.setLineWidth(1);
		gc.fillRoundRectangle(x, y + size / 2 - 1, w, size / 2, 3, 3);
		gc.fillRoundRectangle(x + size - w, y + size / 2 - 1, w, size / 2, 3, 3);
	}

	/** A small image of the state's icon (for table rows); the caller disposes it. */
	public static Image image(Display display, ExtensionStatus s, int size) {
		// drawn on a key colour, then turned into an alpha mask: a transparent pixel does not survive drawing with a
		// GC on GTK (cairo), and the rows showed the icons on black squares
		RGB key = new RGB(255, 0, 255);
		Image canvas = new Image(display, size, size);
		ImageData drawn;
		GC gc = new GC(canvas);
		try {
			Color keyColor = new Color(display, key);
			gc.setBackground(keyColor);
			gc.fillRectangle(0, 0, size, size);
			drawIcon(gc, s, 0, 0, size, false);
			drawn = canvas.getImageData();
		} finally {
			gc.dispose();
			canvas.dispose();
		}
		byte[] alpha = new byte[size * size];
		for (int y = 0; y < size; y++) {
			for (int x = 0; x < size; x++) {
				RGB rgb = drawn.palette.getRGB(drawn.getPixel(x, y));
				alpha[y * size + x] = rgb.equals(key) ? 0 : (byte) 255;
			}
		}
		drawn.alphaData = alpha;
		return new Image(display, drawn);
	}
}
