package org.switchboard.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.ui.EnterKey;

/**
 * Enter in a dialog, as real key events through X (XTest under Xvfb). GTK presses an activated default button only
 * 250 ms after the key, so the order of what happens tells the two apart without timing anything: pressed at once,
 * the button's Selection comes before the Enter key's release is handled; through GTK it comes after.
 */
class EnterKeyTest {

	private Display display;
	private Shell shell;
	private Button ok;
	private final List<String> happened = new ArrayList<>();
	private final Listener released = e -> {
		if (e.keyCode == SWT.CR) {
			happened.add("Enter released");
		}
	};

	@BeforeEach
	void open() {
		display = UiThread.display();
		EnterKey.pressDefaultButtonsAtOnce(display);
		EnterKey.pressDefaultButtonsAtOnce(display); // a second call changes nothing (one Selection below, not two)
		display.addFilter(SWT.KeyUp, released);
		shell = new Shell(display);
		shell.setLayout(new FillLayout(SWT.VERTICAL));
		ok = new Button(shell, SWT.PUSH);
		ok.setText("OK");
		ok.addListener(SWT.Selection, e -> happened.add("OK pressed"));
		shell.setDefaultButton(ok);
	}

	@AfterEach
	void close() {
		display.removeFilter(SWT.KeyUp, released);
		shell.dispose();
		UiThread.spinFor(display, 50);
	}

	@Test
	void enterInATextFieldPressesTheDefaultButtonBeforeTheKeyIsReleased() {
		Text field = new Text(shell, SWT.BORDER | SWT.SINGLE);
		pressEnterIn(field);
		assertTrue(UiThread.spinUntil(display, () -> happened.size() >= 2, 3000), "happened: " + happened);
		UiThread.spinFor(display, 400); // past GTK's 250 ms: no second press
		assertEquals(List.of("OK pressed", "Enter released"), happened);
	}

	@Test
	void aDisabledDefaultButtonIsNotPressed() {
		Text field = new Text(shell, SWT.BORDER | SWT.SINGLE);
		ok.setEnabled(false);
		pressEnterIn(field);
		assertTrue(UiThread.spinUntil(display, () -> happened.contains("Enter released"), 3000), "no key release");
		UiThread.spinFor(display, 400);
		assertEquals(List.of("Enter released"), happened);
	}

	@Test
	void aMultiLineTextKeepsItsEnter() {
		Text notes = new Text(shell, SWT.BORDER | SWT.MULTI);
		pressEnterIn(notes);
		assertTrue(UiThread.spinUntil(display, () -> happened.contains("Enter released"), 3000), "no key release");
		UiThread.spinFor(display, 400);
		assertEquals(List.of("Enter released"), happened);
		assertEquals(Text.DELIMITER, notes.getText(), "the Enter went into the text");
	}

	@Test
	void aControlThatTakesEnterItselfKeepsIt() {
		Text search = new Text(shell, SWT.BORDER | SWT.SINGLE);
		search.addListener(SWT.Traverse, e -> {
			if (e.detail == SWT.TRAVERSE_RETURN) {
				e.doit = false; // as a search box that runs its search on Enter
			}
		});
		search.addListener(SWT.DefaultSelection, e -> happened.add("search"));
		pressEnterIn(search);
		assertTrue(UiThread.spinUntil(display, () -> happened.contains("Enter released"), 3000), "no key release");
		UiThread.spinFor(display, 400);
		assertEquals(List.of("search", "Enter released"), happened);
	}

	private void pressEnterIn(Text field) {
		shell.setSize(300, 200);
		shell.layout();
		shell.open();
		shell.forceActive();
		field.setFocus();
		assertTrue(UiThread.spinUntil(display, () -> {
			field.setFocus();
			return field.isFocusControl() && display.getActiveShell() == shell;
		}, 5000), "the field has the focus");
		UiThread.spinFor(display, 50);
		for (int type : new int[] { SWT.KeyDown, SWT.KeyUp }) {
			Event key = new Event();
			key.type = type;
			key.keyCode = SWT.CR;
			assertTrue(display.post(key), "the display refused a key event (no XTest?)");
		}
	}
}
