package org.switchboard.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.app.internal.login.LoginIds;
import org.switchboard.core.ConsoleServices;
import org.switchboard.core.OperatorSession;
import org.switchboard.pbx.PbxGateway;
import org.switchboard.testsupport.ScreenshotOnFailure;
import org.switchboard.testsupport.Ui;
import org.switchboard.testsupport.Workbench;
import org.switchboard.ui.WorkbenchIds;

/**
 * SPEC L1 and issue 14 P3, in a test runtime started without autologin (the "login" execution of this module): the
 * console starts with the real login dialog, and the workbench is built behind it while the operator types.
 */
@ExtendWith(ScreenshotOnFailure.class)
class LoginBehindTest {

	/** The extension panel's part (the extensions area's id: the app bundle knows no area). */
	private static final String EXTENSION_PANEL = "org.switchboard.extensions.part.panel";

	@Test
	@DisplayName("L1 the main window is built behind the login dialog, stays hidden through a wrong password, and is shown with its tiles once the password is accepted")
	void workbenchBuiltBehindTheLoginDialog() {
		Shell dialog = Ui.shell("Switchboard \u2014 Operator Login");
		IEclipseContext context = Workbench.workbenchBeforeLogin().getApplication().getContext();

		// behind the dialog: the main window and its parts exist, hidden, with no console in them yet
		MWindow main = mainWindow(context);
		assertTrue(main.getWidget() instanceof Shell, "the main window's shell is created while the dialog is up");
		Shell mainShell = (Shell) main.getWidget();
		assertFalse(mainShell.isVisible(), "the main window is not shown before the login");
		List<MPart> rendered = context.get(EModelService.class).findElements(main, null, MPart.class).stream()
				.filter(p -> p.getObject() != null && p.getWidget() != null).toList();
		assertTrue(rendered.stream().anyMatch(p -> EXTENSION_PANEL.equals(p.getElementId())),
				"the extension panel is created behind the dialog; rendered: "
						+ rendered.stream().map(MPart::getElementId).toList());
		assertNull(context.get(ConsoleServices.class), "no console is published before the login");
		assertNull(context.get(OperatorSession.class));

		// a wrong password: told in the dialog, the main window stays hidden
		Text password = Ui.byId(Text.class, LoginIds.PASSWORD);
		Ui.waitUntil(() -> !dialog.isDisposed() && password.isEnabled(), "the password field takes input");
		password.setFocus();
		Ui.type("wrong");
		Ui.press(SWT.CR, 0);
		Ui.waitUntil(() -> !Ui.byId(Label.class, LoginIds.MESSAGE).getText().isBlank(), Duration.ofSeconds(30),
				() -> "the wrong password is told");
		assertFalse(mainShell.isVisible(), "the main window stays hidden after a wrong password");
		assertNull(context.get(OperatorSession.class));

		// the right one: the dialog closes, the console is published and the window shown with the panel filled
		Ui.waitUntil(password::isEnabled, "the password field takes input again");
		Ui.setText(password, "");
		password.setFocus();
		Ui.type("demo");
		Ui.press(SWT.CR, 0);
		Ui.waitUntil(() -> mainShell.isVisible(), Duration.ofSeconds(30), () -> "the main window shown after the login");
		assertTrue(dialog.isDisposed(), "the login dialog is closed");
		OperatorSession session = context.get(OperatorSession.class);
		assertNotNull(session, "the session is published");
		assertEquals("demo", session.account());
		assertNotNull(context.get(PbxGateway.class), "the PBX gateway is published");
		assertEquals("Switchboard \u2014 Demo Operator (1001)", mainShell.getText());
		Ui.waitUntil(() -> Ui.findAll(Label.class, l -> l.getText().matches("\\d+ extensions")).stream()
				.anyMatch(l -> !l.getText().startsWith("0 ")), Duration.ofSeconds(30),
				() -> "the extension panel filled from the PBX");
		assertEquals(mainShell, Workbench.mainShell(), "the workbench the other tests use is this one");
	}

	private static MWindow mainWindow(IEclipseContext context) {
		List<MWindow> windows = context.get(EModelService.class).findElements(
				Workbench.workbenchBeforeLogin().getApplication(), WorkbenchIds.MAIN_WINDOW, MWindow.class);
		assertEquals(1, windows.size());
		return windows.get(0);
	}
}
