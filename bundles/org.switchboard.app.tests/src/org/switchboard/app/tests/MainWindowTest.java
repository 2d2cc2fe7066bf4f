package org.switchboard.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspectiveStack;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.menu.MToolBar;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.switchboard.testsupport.ScreenshotOnFailure;
import org.switchboard.testsupport.Ui;
import org.switchboard.testsupport.Workbench;
import org.switchboard.ui.WorkbenchIds;

/** The product's application model, rendered by the real E4 workbench (English locale). */
@ExtendWith(ScreenshotOnFailure.class)
class MainWindowTest {

	@AfterEach
	void backToOperator() {
		MPerspective operator = perspective(WorkbenchIds.PERSPECTIVE_OPERATOR);
		if (Workbench.modelService().getActivePerspective(Workbench.mainWindow()) != operator) {
			Workbench.partService().switchPerspective(operator);
			Ui.flush();
		}
	}

	@Test
	@DisplayName("main window is shown, titled Switchboard and the operator, with the manual's five menus in the menu bar")
	void mainWindowAndMenus() {
		Shell shell = Workbench.mainShell();
		assertEquals("Switchboard \u2014 Demo Operator (1001)", shell.getText());
		assertTrue(shell.isVisible());
		assertTrue(shell.getSize().x >= 800 && shell.getSize().y >= 600, "window size " + shell.getSize());
		assertEquals(List.of("System Settings", "Business Management", "Log Query", "View", "Help"),
				menuBarLabels(shell));
	}

	@Test
	@DisplayName("menus carry exit, perspectives, reset layout and about")
	void menuItems() {
		Shell shell = Workbench.mainShell();
		assertTrue(Ui.labels(submenu(shell, "System Settings")).contains("Exit"));
		assertEquals(List.of("Operator", "Administration", "Reset Layout", "Find in Phonebook"),
				Ui.labels(submenu(shell, "View")));
		assertEquals(List.of("About Switchboard"), Ui.labels(submenu(shell, "Help")));
	}

	@Test
	@DisplayName("a plug-in's fragment adds its view, command and menu entries without the app knowing it")
	void pluginContributesThroughItsFragment() {
		Shell shell = Workbench.mainShell();
		// the product's areas add their own entries to Business Management and Log Query beside the plug-in's
		List<String> business = Ui.labels(submenu(shell, "Business Management"));
		assertTrue(business.contains("Sample business tool"), business.toString());
		List<String> logs = Ui.labels(submenu(shell, "Log Query"));
		assertTrue(logs.contains("Sample log"), logs.toString());
		Workbench.showPart("org.switchboard.app.tests.part.sample");
		Label label = Ui.byId(Label.class, "sample.label");
		String before = label.getText();
		Ui.click(Ui.menuItem(submenu(shell, "Log Query"), "Sample log"));
		Ui.waitUntil(() -> !label.getText().equals(before), "the sample command ran and updated its view");
		assertTrue(label.getText().startsWith("runs: "));
	}

	@Test
	@DisplayName("operator perspective is active with the five home areas as named part stacks")
	void operatorPerspectiveLayout() {
		Workbench.mainShell();
		MPerspective operator = perspective(WorkbenchIds.PERSPECTIVE_OPERATOR);
		assertEquals("Operator", operator.getLocalizedLabel());
		assertSame(operator, Workbench.modelService().getActivePerspective(Workbench.mainWindow()));
		for (String stack : List.of(WorkbenchIds.STACK_EXTENSIONS, WorkbenchIds.STACK_BUTTONS, WorkbenchIds.STACK_CALLS,
				WorkbenchIds.STACK_DIALPAD, WorkbenchIds.STACK_BOTTOM)) {
			List<MPartStack> found = Workbench.modelService().findElements(operator, stack, MPartStack.class);
			assertEquals(1, found.size(), "part stack " + stack + " in the operator perspective");
		}
		MPerspective admin = perspective(WorkbenchIds.PERSPECTIVE_ADMINISTRATION);
		assertEquals("Administration", admin.getLocalizedLabel());
		assertEquals(1, Workbench.modelService()
				.findElements(admin, WorkbenchIds.STACK_ADMIN_MAIN, MPartStack.class).size());
	}

	@Test
	@DisplayName("View menu switches to the administration perspective and back")
	void switchPerspectivesFromTheMenu() {
		Shell shell = Workbench.mainShell();
		Ui.click(Ui.menuItem(submenu(shell, "View"), "Administration"));
		MPerspective admin = perspective(WorkbenchIds.PERSPECTIVE_ADMINISTRATION);
		Ui.waitUntil(() -> Workbench.modelService().getActivePerspective(Workbench.mainWindow()) == admin,
				"administration perspective active");
		Ui.click(Ui.menuItem(submenu(shell, "View"), "Operator"));
		MPerspective operator = perspective(WorkbenchIds.PERSPECTIVE_OPERATOR);
		Ui.waitUntil(() -> Workbench.modelService().getActivePerspective(Workbench.mainWindow()) == operator,
				"operator perspective active");
	}

	@Test
	@DisplayName("key bindings switch perspectives (Ctrl+Shift+2, Ctrl+Shift+1)")
	void keyBindingsSwitchPerspectives() {
		Shell shell = Workbench.mainShell();
		shell.forceActive();
		shell.setFocus();
		Ui.flush();
		Ui.press('2', SWT.CTRL | SWT.SHIFT);
		MPerspective admin = perspective(WorkbenchIds.PERSPECTIVE_ADMINISTRATION);
		Ui.waitUntil(() -> Workbench.modelService().getActivePerspective(Workbench.mainWindow()) == admin,
				"administration perspective active after Ctrl+Shift+2");
		// the administration perspective has no part here to take the focus: give it back to the window
		shell.setFocus();
		Ui.press('1', SWT.CTRL | SWT.SHIFT);
		MPerspective operator = perspective(WorkbenchIds.PERSPECTIVE_OPERATOR);
		Ui.waitUntil(() -> Workbench.modelService().getActivePerspective(Workbench.mainWindow()) == operator,
				"operator perspective active after Ctrl+Shift+1");
	}

	@Test
	@DisplayName("Enter and Esc reach the focused widget as real keys")
	void controlKeysArriveAsKeys() {
		Shell shell = Workbench.mainShell();
		shell.forceActive();
		shell.setFocus();
		List<Integer> keys = new ArrayList<>();
		org.eclipse.swt.widgets.Listener filter = e -> keys.add(e.keyCode);
		shell.getDisplay().addFilter(SWT.KeyDown, filter);
		try {
			Ui.press(SWT.CR, 0);
			Ui.press(SWT.ESC, 0);
			Ui.waitUntil(() -> keys.contains((int) SWT.CR) && keys.contains((int) SWT.ESC), Ui.DEFAULT_TIMEOUT,
					() -> "Enter and Esc key events, saw key codes " + keys);
		} finally {
			shell.getDisplay().removeFilter(SWT.KeyDown, filter);
		}
	}

	@Test
	@DisplayName("the main toolbar switches perspectives")
	void toolbarSwitchesPerspectives() {
		Workbench.mainShell();
		MToolBar model = (MToolBar) Workbench.find(WorkbenchIds.MAIN_TOOLBAR);
		ToolBar bar = Workbench.toolBar(model);
		ToolItem admin = null;
		for (ToolItem item : bar.getItems()) {
			if ("Administration".equals(item.getText()) || "Administration".equals(item.getToolTipText())
					|| (item.getToolTipText() != null && item.getToolTipText().startsWith("Administration"))) {
				admin = item;
			}
		}
		assertNotNull(admin, "Administration tool item");
		Ui.click(admin);
		MPerspective adminPerspective = perspective(WorkbenchIds.PERSPECTIVE_ADMINISTRATION);
		Ui.waitUntil(() -> Workbench.modelService().getActivePerspective(Workbench.mainWindow()) == adminPerspective,
				"administration perspective active");
	}

	@Test
	@DisplayName("Reset Layout brings back a part stack the operator closed")
	void resetLayoutRestoresTheOriginalArrangement() {
		Shell shell = Workbench.mainShell();
		MPerspective before = perspective(WorkbenchIds.PERSPECTIVE_OPERATOR);
		MPartStack bottom = Workbench.modelService()
				.findElements(before, WorkbenchIds.STACK_BOTTOM, MPartStack.class).get(0);
		String originalWeight = bottom.getContainerData();
		bottom.setToBeRendered(false);
		bottom.getParent().getChildren().get(0).setContainerData("99");
		Ui.flush();

		Ui.click(Ui.menuItem(submenu(shell, "View"), "Reset Layout"));

		MPerspective after = perspective(WorkbenchIds.PERSPECTIVE_OPERATOR);
		assertNotSame(before, after, "a fresh copy of the perspective");
		assertSame(after, Workbench.modelService().getActivePerspective(Workbench.mainWindow()));
		MPartStack restored = Workbench.modelService()
				.findElements(after, WorkbenchIds.STACK_BOTTOM, MPartStack.class).get(0);
		assertTrue(restored.isToBeRendered(), "bottom area shown again");
		assertEquals(originalWeight, restored.getContainerData());
		assertEquals("87", restored.getParent().getChildren().get(0).getContainerData());
		MPerspectiveStack stack = (MPerspectiveStack) Workbench.find(WorkbenchIds.PERSPECTIVE_STACK);
		assertEquals(2, stack.getChildren().size(), "no duplicate perspective left behind");
		assertFalse(stack.getChildren().contains(before));
	}

	@Test
	@DisplayName("the application bundle depends on no area bundle (only model, PBX API, store, core and ui)")
	void applicationKnowsNoArea() {
		Bundle app = null;
		for (Bundle b : FrameworkUtil.getBundle(MainWindowTest.class).getBundleContext().getBundles()) {
			if (b.getSymbolicName().equals("org.switchboard.app")) {
				app = b;
			}
		}
		assertNotNull(app);
		List<String> switchboardDeps = new ArrayList<>();
		for (BundleWire wire : app.adapt(BundleWiring.class).getRequiredWires(null)) {
			String provider = wire.getProvider().getSymbolicName();
			if (provider.startsWith("org.switchboard.") && !SHARED.contains(provider)) {
				switchboardDeps.add(provider);
			}
		}
		assertTrue(switchboardDeps.isEmpty(), "the app bundle must not wire to " + switchboardDeps);
	}

	@Test
	@DisplayName("perspective commands are enabled for known perspectives only")
	void perspectiveCommandChecksItsParameter() {
		Workbench.mainShell();
		assertTrue(Workbench.canExecute(WorkbenchIds.COMMAND_SWITCH_PERSPECTIVE,
				Map.of(WorkbenchIds.COMMAND_SWITCH_PERSPECTIVE_ID, WorkbenchIds.PERSPECTIVE_ADMINISTRATION)));
		assertFalse(Workbench.canExecute(WorkbenchIds.COMMAND_SWITCH_PERSPECTIVE,
				Map.of(WorkbenchIds.COMMAND_SWITCH_PERSPECTIVE_ID, "no.such.perspective")));
	}

	@Test
	@DisplayName("the console's look: a grey-blue frame, white parts, compact tabs whose selected one is bold dark blue and follows the selection")
	void look() {
		Shell shell = Workbench.mainShell();
		assertEquals(FRAME, shell.getBackground().getRGB(), "the main window's frame");
		MPartStack stack = Workbench.modelService()
				.findElements(perspective(WorkbenchIds.PERSPECTIVE_OPERATOR), null, MPartStack.class).stream()
				.filter(s -> s.getWidget() instanceof CTabFolder f && f.getItemCount() >= 2).findFirst().orElse(null);
		assertNotNull(stack, "a part stack of the Operator perspective with two tabs");
		CTabFolder folder = (CTabFolder) stack.getWidget();
		assertEquals(26, folder.getTabHeight(), "compact tabs");
		assertEquals(WHITE, folder.getBackground().getRGB());
		assertEquals(DARK_BLUE, folder.getSelectionForeground().getRGB());
		// what a part does not colour itself is white: the labels and composites inside the selected part
		Control content = folder.getSelection().getControl();
		List<Control> plain = new ArrayList<>();
		collect(content, plain);
		assertFalse(plain.isEmpty(), "the part has labels or composites");
		for (Control c : plain) {
			assertEquals(WHITE, c.getBackground().getRGB(), c + " in " + folder.getSelection().getText());
		}
		Ui.waitUntil(() -> onlySelectedBold(folder), "the selected tab alone bold: " + fonts(folder));

		CTabItem selected = folder.getSelection();
		CTabItem other = folder.getItem(folder.indexOf(selected) == 0 ? 1 : 0);
		clickTab(folder, other);
		Ui.waitUntil(() -> folder.getSelection() == other && onlySelectedBold(folder)
				&& Workbench.partService().getActivePart() == other.getData("modelElement"),
				"the clicked tab " + other.getText() + " selected, its part active, alone bold: " + fonts(folder));
		// and back, as the part service does it
		Workbench.partService().activate((MPart) selected.getData("modelElement"));
		Ui.waitUntil(() -> folder.getSelection() == selected && onlySelectedBold(folder),
				"the activated part's tab bold again: " + fonts(folder));
	}

	private static final RGB FRAME = new RGB(0xe9, 0xed, 0xf2);
	private static final RGB WHITE = new RGB(0xff, 0xff, 0xff);
	private static final RGB DARK_BLUE = new RGB(0x0b, 0x3d, 0x91);

	/** The plain labels and composites (no colour of their own is set by the parts on these classes) inside. */
	private static void collect(Control control, List<Control> out) {
		if (control.getClass() == Label.class || control.getClass() == Composite.class) {
			out.add(control);
		}
		if (control instanceof Composite c) {
			for (Control child : c.getChildren()) {
				collect(child, out);
			}
		}
	}

	private static boolean onlySelectedBold(CTabFolder folder) {
		for (CTabItem item : folder.getItems()) {
			boolean bold = (item.getFont().getFontData()[0].getStyle() & SWT.BOLD) != 0;
			if (bold != (item == folder.getSelection())) {
				return false;
			}
		}
		return true;
	}

	private static String fonts(CTabFolder folder) {
		StringBuilder sb = new StringBuilder();
		for (CTabItem item : folder.getItems()) {
			sb.append(item.getText()).append(item == folder.getSelection() ? " (selected) " : " ")
					.append(item.getFont().getFontData()[0]).append("; ");
		}
		return sb.toString();
	}

	/**
	 * Selects a tab as a click on it does (the folder selects it and tells its selection listeners, the workbench's
	 * among them). A click posted through the input queue starts the workbench's tab drag on Xvfb instead.
	 */
	private static void clickTab(CTabFolder folder, CTabItem item) {
		folder.setSelection(item);
		Event e = new Event();
		e.item = item;
		folder.notifyListeners(SWT.Selection, e);
		Ui.flush();
	}

	/** The bundles every part of the console shares: not areas. */
	static final List<String> SHARED = List.of("org.switchboard.model", "org.switchboard.pbx",
			"org.switchboard.store", "org.switchboard.core", "org.switchboard.ui");

	static MPerspective perspective(String id) {
		List<MPerspective> found = Workbench.findAll(MPerspective.class, id);
		MUIElement rendered = found.stream().filter(MUIElement::isToBeRendered).findFirst().orElse(null);
		assertNotNull(rendered, "perspective " + id);
		return (MPerspective) rendered;
	}

	static List<String> menuBarLabels(Shell shell) {
		List<String> labels = new ArrayList<>();
		for (MenuItem item : shell.getMenuBar().getItems()) {
			labels.add(Ui.label(item));
		}
		return labels;
	}

	static Menu submenu(Shell shell, String label) {
		Menu menu = Ui.menuItem(shell.getMenuBar(), label).getMenu();
		menu.notifyListeners(org.eclipse.swt.SWT.Show, new org.eclipse.swt.widgets.Event());
		Ui.flush();
		return menu;
	}
}
