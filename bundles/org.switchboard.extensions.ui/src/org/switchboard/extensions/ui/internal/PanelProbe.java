package org.switchboard.extensions.ui.internal;

import java.util.Map;
import java.util.function.Consumer;

import org.switchboard.pbx.live.ExtensionView;

/**
 * What the UI tests and the UI benchmark may observe of the extension panel, and nothing else: the panel's one
 * testing interface (internal; friends: the test bundles). Production code never calls it.
 */
public interface PanelProbe {

	/** Told on the UI thread after each applied batch, once the changed tiles are painted; null removes it. */
	void setBatchObserver(Consumer<Map<String, ExtensionView>> observer);

	/** How many tiles the panel has painted since it was created (only visible tiles are painted). */
	long paintedTiles();

	/** Why the tiles are dimmed (A9: the PBX connection is lost), or null when they are not. */
	String dimmed();
}
