package org.switchboard.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.testsupport.ScreenshotOnFailure;
import org.switchboard.testsupport.Ui;
import org.switchboard.testsupport.Workbench;
import org.switchboard.ui.WorkbenchIds;

/** The same workbench started with {@code -nl zh_CN}: every label in Simplified Chinese. */
@ExtendWith(ScreenshotOnFailure.class)
class MainWindowChineseTest {

	@Test
	@DisplayName("with -nl zh_CN the window, menus and perspectives are in Simplified Chinese")
	void chineseLabels() {
		Shell shell = Workbench.mainShell();
		assertEquals("Switchboard 话务台 — Demo Operator（1001）", shell.getText());
		assertEquals(List.of("系统设置", "业务管理", "日志查询", "视图", "帮助"), MainWindowTest.menuBarLabels(shell));
		assertEquals(List.of("话务员", "系统管理", "重置布局", "在电话簿中查找"),
				Ui.labels(MainWindowTest.submenu(shell, "视图")));
		assertEquals("话务员", MainWindowTest.perspective(WorkbenchIds.PERSPECTIVE_OPERATOR).getLocalizedLabel());
		assertEquals("系统管理", MainWindowTest.perspective(WorkbenchIds.PERSPECTIVE_ADMINISTRATION).getLocalizedLabel());
	}
}
