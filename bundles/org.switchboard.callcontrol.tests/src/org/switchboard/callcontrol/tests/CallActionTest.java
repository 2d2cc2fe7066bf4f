package org.switchboard.callcontrol.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.switchboard.callcontrol.CallAction;

class CallActionTest {

	@ParameterizedTest
	@EnumSource(CallAction.class)
	void aCommandIdLeadsBackToItsAction(CallAction action) {
		assertEquals(CallAction.COMMAND_PREFIX + action.id(), action.commandId());
		assertEquals(action, CallAction.ofCommand(action.commandId()));
		assertTrue(action.logAction().startsWith("call."), action.logAction());
	}

	@Test
	void otherCommandsAreNoBusinessButton() {
		assertNull(CallAction.ofCommand(null));
		assertNull(CallAction.ofCommand(""));
		assertNull(CallAction.ofCommand(CallAction.COMMAND_PREFIX));
		assertNull(CallAction.ofCommand("call"), "a short id alone is not a command id");
		assertNull(CallAction.ofCommand(CallAction.COMMAND_PREFIX + "dnd"));
		assertNull(CallAction.ofCommand("org.switchboard.extensions.command.call"));
	}

	@Test
	void idsCommandIdsAndLogActionsAreUnique() {
		Set<String> ids = new HashSet<>();
		Set<String> logs = new HashSet<>();
		for (CallAction a : CallAction.values()) {
			assertTrue(ids.add(a.id()), "duplicate id " + a.id());
			assertTrue(logs.add(a.logAction()), "duplicate log action " + a.logAction());
		}
		assertEquals(10, ids.size(), "the ten business buttons of SPEC L3");
	}
}
