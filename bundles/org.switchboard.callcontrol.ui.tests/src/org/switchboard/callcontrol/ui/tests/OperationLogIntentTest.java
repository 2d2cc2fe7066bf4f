package org.switchboard.callcontrol.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.callcontrol.CallAction;
import org.switchboard.model.OperationLogEntry;
import org.switchboard.model.Outcome;
import org.switchboard.store.OperationLogQuery;
import org.switchboard.testsupport.ScreenshotOnFailure;
import org.switchboard.testsupport.Ui;

/**
 * R2: an action is in the operation log before the PBX is asked, so a console killed while the phone rings still
 * leaves the call in the log; its outcome later completes that same entry.
 */
@ExtendWith(ScreenshotOnFailure.class)
class OperationLogIntentTest {

	private HomeScreen home;
	private Instant t0;

	@BeforeEach
	void open() {
		home = HomeScreen.open();
		t0 = Instant.now().minusSeconds(1);
	}

	@AfterEach
	void close() {
		home.close();
	}

	@Test
	@DisplayName("R2 a placed call is in the operation log as in progress while the phone rings, and its outcome completes the same entry")
	void intentFirst() throws Exception {
		home.clickTile("1009", 1);
		home.press(CallAction.CALL);
		home.waitForState("1009", "Ringing");
		// no waiting for the log here: it was committed before the PBX was asked to ring anyone
		List<OperationLogEntry> ringing = dials("1009");
		assertEquals(1, ringing.size(), "entries while 1009 rings: " + home.log());
		assertEquals(Outcome.IN_PROGRESS, ringing.get(0).getOutcome());
		assertEquals("demo", ringing.get(0).getOperator());

		home.phones.hangupAll();
		Ui.waitUntil(() -> dials("1009").stream().noneMatch(e -> e.getOutcome() == Outcome.IN_PROGRESS),
				HomeScreen.PBX_TIMEOUT, () -> "the call's outcome in the log: " + home.log());
		List<OperationLogEntry> done = dials("1009");
		assertEquals(1, done.size(), "the outcome must complete the entry, not add one: " + home.log());
		assertEquals(ringing.get(0).getId(), done.get(0).getId());
		assertNotEquals(Outcome.IN_PROGRESS, done.get(0).getOutcome());
	}

	/** This test's call.dial rows to a number, read from the store. */
	private List<OperationLogEntry> dials(String number) {
		return home.store.operationLog()
				.find(OperationLogQuery.between(t0, Instant.now().plusSeconds(60)).withAction("call.dial"), null, 100)
				.items().stream().filter(e -> e.getTarget().equals(number)).toList();
	}
}
