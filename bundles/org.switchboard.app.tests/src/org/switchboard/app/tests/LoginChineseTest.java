package org.switchboard.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.eclipse.swt.widgets.Button;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.app.internal.login.LoginIds;
import org.switchboard.testsupport.ScreenshotOnFailure;
import org.switchboard.testsupport.Ui;

/** The login dialog with {@code -nl zh_CN}. */
@ExtendWith(ScreenshotOnFailure.class)
class LoginChineseTest {

	@TempDir
	Path dir;

	@Test
	@DisplayName("L1 with -nl zh_CN the login dialog and its messages are in Simplified Chinese")
	void chineseLogin() {
		try (LoginFixture login = new LoginFixture(LoginFixture.demoOn(dir))) {
			assertEquals("Switchboard — 话务员登录", login.dialog.getShell().getText());
			assertEquals("登录", Ui.label(Ui.byId(Button.class, LoginIds.LOGIN)));
			login.fill("demo", "wrong", "1001");
			login.clickLogin();
			login.awaitIdle();
			assertEquals("账号或密码错误。", login.message());
		}
	}
}
