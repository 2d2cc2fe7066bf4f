package org.switchboard.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.switchboard.ui.Selections;

/** Context keys share one namespace with everything else in the window's context: they must not collide. */
class SelectionsTest {

	@Test
	void theSharedContextKeysAreDistinctAndInTheSwitchboardNamespace() {
		assertNotEquals(Selections.TARGET, Selections.DIAL_NUMBER, "the dial number would overwrite the selection");
		for (String key : new String[] { Selections.TARGET, Selections.DIAL_NUMBER }) {
			assertTrue(key.startsWith("org.switchboard."), key);
		}
	}
}
