package org.switchboard.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.ui.WidgetIds;

class WidgetIdsTest {

	private Shell shell;

	@BeforeEach
	void open() {
		Display display = UiThread.display();
		shell = new Shell(display);
	}

	@AfterEach
	void close() {
		shell.dispose();
	}

	@Test
	void anIdSetOnAWidgetIsReadBackAndReplacedBySettingAnother() {
		Button button = new Button(shell, SWT.PUSH);
		assertSame(button, WidgetIds.set(button, "callcontrol.button.call"), "set returns the widget, for chaining");
		assertEquals("callcontrol.button.call", WidgetIds.get(button));
		assertEquals("callcontrol.button.call", button.getData(WidgetIds.KEY));
		WidgetIds.set(button, "callcontrol.button.answer");
		assertEquals("callcontrol.button.answer", WidgetIds.get(button));
	}

	@Test
	void aWidgetWithoutIdHasNoneAndOtherDataDoesNotCount() {
		Label label = new Label(shell, SWT.NONE);
		label.setData("something else");
		label.setData("org.switchboard.other", "x");
		assertNull(WidgetIds.get(label));
	}

	@Test
	void aDisposedWidgetHasNoIdAndReadingItDoesNotThrow() {
		Button button = WidgetIds.set(new Button(shell, SWT.PUSH), "callcontrol.button.hangup");
		button.dispose();
		assertNull(WidgetIds.get(button));
	}
}
