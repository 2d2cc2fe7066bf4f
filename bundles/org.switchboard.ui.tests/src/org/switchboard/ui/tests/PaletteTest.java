package org.switchboard.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.junit.jupiter.api.Test;
import org.switchboard.ui.Palette;

/**
 * The palette's promises, measured with the WCAG relative luminance: states told apart by lightness as well as hue,
 * tints light behind their state's icon, text readable. Needs no Display (colours without a device).
 */
class PaletteTest {

	private static final Map<String, Color[]> STATES = new LinkedHashMap<>();

	static {
		STATES.put("idle", new Color[] { Palette.IDLE, Palette.IDLE_TINT });
		STATES.put("ringing", new Color[] { Palette.RINGING, Palette.RINGING_TINT });
		STATES.put("in call", new Color[] { Palette.IN_CALL, Palette.IN_CALL_TINT });
		STATES.put("on hold", new Color[] { Palette.ON_HOLD, Palette.ON_HOLD_TINT });
		STATES.put("busy", new Color[] { Palette.BUSY, Palette.BUSY_TINT });
		STATES.put("unavailable", new Color[] { Palette.UNAVAILABLE, Palette.UNAVAILABLE_TINT });
		STATES.put("dnd", new Color[] { Palette.DND, Palette.DND_TINT });
	}

	private static double luminance(Color c) {
		RGB rgb = c.getRGB();
		return 0.2126 * linear(rgb.red) + 0.7152 * linear(rgb.green) + 0.0722 * linear(rgb.blue);
	}

	private static double linear(int channel) {
		double v = channel / 255.0;
		return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
	}

	private static double contrast(Color a, Color b) {
		double la = luminance(a);
		double lb = luminance(b);
		return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
	}

	@Test
	void colorDecodesAnRgbNumber() {
		assertEquals(new RGB(0x15, 0x65, 0xc0), Palette.color(0x1565c0).getRGB());
		assertEquals(new RGB(0, 0, 0xff), Palette.color(0x0000ff).getRGB());
		assertEquals(new RGB(0xff, 0, 0), Palette.color(0xff0000).getRGB());
	}

	@Test
	void stateColoursDifferPairwiseInLightnessNotOnlyInHue() {
		List<String> names = List.copyOf(STATES.keySet());
		for (int i = 0; i < names.size(); i++) {
			for (int j = i + 1; j < names.size(); j++) {
				Color a = STATES.get(names.get(i))[0];
				Color b = STATES.get(names.get(j))[0];
				assertNotEquals(a.getRGB(), b.getRGB(), names.get(i) + " / " + names.get(j));
				assertTrue(contrast(a, b) >= 1.05,
						names.get(i) + " and " + names.get(j) + " have almost the same lightness: " + contrast(a, b));
			}
		}
	}

	@Test
	void eachTintIsLighterThanItsStateColourAndKeepsItsIconVisible() {
		STATES.forEach((name, c) -> {
			assertTrue(luminance(c[1]) > luminance(c[0]), name + ": tint not lighter");
			assertTrue(contrast(c[0], c[1]) >= 2.0, name + ": icon on its tint " + contrast(c[0], c[1]));
		});
	}

	@Test
	void textIsReadableAtWcagAa() {
		Color white = Palette.color(0xffffff);
		assertTrue(contrast(Palette.TEXT, Palette.BACKGROUND) >= 4.5);
		assertTrue(contrast(Palette.TEXT_MUTED, Palette.BACKGROUND) >= 4.5);
		assertTrue(contrast(Palette.TEXT_MUTED, Palette.BACKGROUND_ALT) >= 4.5);
		assertTrue(contrast(Palette.ERROR, Palette.BACKGROUND) >= 4.5);
		assertTrue(contrast(Palette.SUCCESS, Palette.BACKGROUND) >= 4.5);
		assertTrue(contrast(white, Palette.ACCENT) >= 4.5, "white text on prominent buttons");
		assertTrue(contrast(white, Palette.ACCENT_DARK) >= 4.5);
	}
}
