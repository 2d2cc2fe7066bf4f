package org.switchboard.logs.ui.tests;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.switchboard.logs.ui.LogsUiIds;
import org.switchboard.model.HandoverRecord;
import org.switchboard.model.SwitchboardFactory;
import org.switchboard.testsupport.Screenshots;
import org.switchboard.testsupport.Ui;
import org.switchboard.testsupport.Workbench;

/**
 * Takes the screenshots of the log views and the day at a glance (docs/screenshots), named after the language the
 * runtime runs in ({@code -nl}): {@code call-records-en.png}, {@code call-records-zh.png} ... Not a test (no test
 * pattern matches its name): run by this bundle's {@code screenshots} profile, once per language.
 */
class LogsScreenshotTour {

	@Test
	void tour() throws Exception {
		String lang = System.getProperty("osgi.nl", "en").startsWith("zh") ? "zh" : "en";
		Workbench.mainShell().setMaximized(true);
		Ui.flush();
		LogViews views = LogViews.open();
		try {
			// today's queue: the operator is off-line, two callers wait; one is answered at 1002 by the PBX's
			// redirect from another console, one hangs up
			views.gateway.setOperatorOnline("8000", "1001", false).get(15, java.util.concurrent.TimeUnit.SECONDS);
			views.phones.callQueue("8000", "13800138000", "Zhang Wei");
			views.phones.callQueue("8000", "02088886666", "Li Na");
			Ui.pause(Duration.ofSeconds(3));
			views.hangupAll();
			views.gateway.setOperatorOnline("8000", "1001", true).get(15, java.util.concurrent.TimeUnit.SECONDS);
			views.phones.dialNow("1002", "1003");
			views.phones.dialNow("1004", "1005");
			Ui.pause(Duration.ofSeconds(3));
			views.hangupAll();
			String[][] handovers = { { "demo", "alice" }, { "alice", "bob" }, { "bob", "demo" } };
			for (int i = 0; i < handovers.length; i++) {
				HandoverRecord h = SwitchboardFactory.eINSTANCE.createHandoverRecord();
				h.setFromOperator(handovers[i][0]);
				h.setToOperator(handovers[i][1]);
				h.setAt(Instant.now().minus(Duration.ofHours(8L * (i + 1))));
				h.setExtension("1001");
				views.store.handovers().insert(h);
			}
			// R2: a call a console placed just before it was killed, never completed
			org.switchboard.model.OperationLogEntry left = SwitchboardFactory.eINSTANCE.createOperationLogEntry();
			left.setAt(Instant.now().minus(Duration.ofMinutes(40)));
			left.setOperator("demo");
			left.setAction("call.dial");
			left.setTarget("1009");
			left.setOutcome(org.switchboard.model.Outcome.IN_PROGRESS);
			left.setDetail("");
			views.store.operationLog().insertAll(java.util.List.of(left));
			settle();
			Screenshots.toDocs("day-at-a-glance-" + lang + ".png");
			for (String[] view : new String[][] { { LogsUiIds.PART_CALLS, "call-records" },
					{ LogsUiIds.PART_HANDOVERS, "handover-records" }, { LogsUiIds.PART_OPERATIONS, "operation-log" } }) {
				Workbench.showPart(view[0]);
				Ui.waitUntil(() -> ((org.switchboard.logs.ui.internal.LogTablePart<?>) Workbench.partService()
						.findPart(view[0]).getObject()).idle(), view[0]);
				settle();
				Screenshots.toDocs(view[1] + "-" + lang + ".png");
			}
		} finally {
			views.close();
		}
	}

	private static void settle() {
		Ui.pause(Duration.ofMillis(1500));
	}


}
