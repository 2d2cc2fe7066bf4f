package org.switchboard.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.app.internal.StatusLine;
import org.switchboard.app.internal.exit.ExitDialog;
import org.switchboard.app.internal.login.HandoverDialog;
import org.switchboard.core.OperatorSession;
import org.switchboard.testsupport.ScreenshotOnFailure;
import org.switchboard.testsupport.Screenshots;
import org.switchboard.testsupport.Ui;
import org.switchboard.testsupport.Workbench;
import org.switchboard.ui.WorkbenchIds;

/** The exit and handover dialogs, the queue state and the administration perspective in Simplified Chinese. */
@ExtendWith(ScreenshotOnFailure.class)
class ExitAndHandoverChineseTest {

	@Test
	@DisplayName("Q1 the exit dialog, the queue state and the handover dialog speak Chinese")
	void dialogsInChinese() {
		Workbench.mainShell();
		Ui.waitUntil(() -> Workbench.context().get(OperatorSession.class) != null, "the demo operator logged in");
		Button queue = Ui.byId(Button.class, StatusLine.QUEUE_WIDGET_ID);
		Ui.waitUntil(() -> queue.getText().equals("队列 8000：在线"), java.time.Duration.ofSeconds(15),
				() -> "the queue state: " + queue.getText());

		Workbench.execute(WorkbenchIds.COMMAND_EXIT, Map.of());
		Shell exit = Ui.shell("退出 Switchboard");
		Label calls = Ui.byId(Label.class, ExitDialog.ID_CALLS);
		Ui.waitUntil(() -> calls.getText().equals("您的分机没有进行中的通话。"),
				"no calls: " + calls.getText());
		assertEquals("退出：在话务员队列中离线（不再接收队列来电）",
				Ui.byId(Button.class, ExitDialog.ID_DIRECT).getText());
		Screenshots.save("exit-dialog-zh");
		Ui.click(Ui.byId(Button.class, ExitDialog.ID_CANCEL));
		Ui.waitUntil(exit::isDisposed, "取消 closes the dialog");

		Workbench.execute("org.switchboard.command.handover", Map.of());
		Shell handover = Ui.shell("交接班");
		assertEquals("交接", Ui.label(Ui.byId(Button.class, HandoverDialog.ID_OK)));
		Screenshots.save("handover-dialog-zh");
		Ui.click(Ui.byId(Button.class, HandoverDialog.ID_CANCEL));
		Ui.waitUntil(handover::isDisposed, "取消 closes the dialog");
	}

	@Test
	@DisplayName("administration perspective in Chinese")
	void administrationInChinese() {
		Workbench.mainShell();
		Workbench.execute(WorkbenchIds.COMMAND_SWITCH_PERSPECTIVE,
				Map.of(WorkbenchIds.COMMAND_SWITCH_PERSPECTIVE_ID, WorkbenchIds.PERSPECTIVE_ADMINISTRATION));
		Table accounts = Ui.byId(Table.class, "admin.operators.table");
		Ui.waitUntil(() -> accounts.getItemCount() > 0 && accounts.isVisible(), "the operator accounts");
		assertEquals("账号", accounts.getColumn(0).getText());
		String role = accounts.getItem(0).getText(2);
		assertTrue(role.equals("管理员") || role.equals("话务员"), role);
		Screenshots.save("administration-zh");
		Workbench.execute(WorkbenchIds.COMMAND_SWITCH_PERSPECTIVE,
				Map.of(WorkbenchIds.COMMAND_SWITCH_PERSPECTIVE_ID, WorkbenchIds.PERSPECTIVE_OPERATOR));
	}
}
