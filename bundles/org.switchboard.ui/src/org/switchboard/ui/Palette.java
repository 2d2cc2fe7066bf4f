package org.switchboard.ui;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;

/**
 * The console's colours in one place. The state colours are chosen to be told apart at a glance and to differ in
 * lightness as well as hue (each state also has its own icon shape, for colour-blind operators).
 */
public final class Palette {

	/** The blue of prominent buttons and of selection. */
	public static final Color ACCENT = color(0x1565c0);
	public static final Color ACCENT_DARK = color(0x0b3d91);
	public static final Color TEXT = color(0x1f2933);
	public static final Color TEXT_MUTED = color(0x5f6b7a);
	public static final Color BACKGROUND = color(0xffffff);
	public static final Color BACKGROUND_ALT = color(0xf3f6f9);
	public static final Color BORDER = color(0xc9d2dc);
	public static final Color ERROR = color(0xb3261e);
	public static final Color SUCCESS = color(0x1b7f3b);

	public static final Color IDLE = color(0x2e9d5b);
	public static final Color IDLE_TINT = color(0xe6f5ec);
	public static final Color RINGING = color(0xf08c00);
	public static final Color RINGING_TINT = color(0xfff1d6);
	public static final Color RINGING_FLASH = color(0xffc857);
	public static final Color IN_CALL = color(0xd32f2f);
	public static final Color IN_CALL_TINT = color(0xfde7e7);
	public static final Color ON_HOLD = color(0x7b4fc9);
	public static final Color ON_HOLD_TINT = color(0xefe8fb);
	public static final Color BUSY = color(0x8d2c14);
	public static final Color BUSY_TINT = color(0xf6e2dc);
	public static final Color UNAVAILABLE = color(0x8a94a0);
	public static final Color UNAVAILABLE_TINT = color(0xeef0f2);
	public static final Color DND = color(0x37474f);
	public static final Color DND_TINT = color(0xdfe4e7);

	private Palette() {
	}

	public static Color color(int rgb) {
		return new Color(new RGB((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff));
	}
}
