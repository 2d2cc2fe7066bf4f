package org.switchboard.phonebook.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.callcontrol.ui.CallControlUiIds;
import org.switchboard.callcontrol.ui.internal.CallsPart;
import org.switchboard.core.OperatorSession;
import org.switchboard.extensions.ui.ExtensionsUiIds;
import org.switchboard.extensions.ui.internal.ExtensionsPart;
import org.switchboard.extensions.ui.internal.TilePanel;
import org.switchboard.model.Contact;
import org.switchboard.model.ContactNumber;
import org.switchboard.model.NumberKind;
import org.switchboard.model.PhonebookKind;
import org.switchboard.model.SwitchboardFactory;
import org.switchboard.model.live.LiveModel;
import org.switchboard.pbx.PbxGateway;
import org.switchboard.pbx.simulator.SimulatorOptions;
import org.switchboard.pbx.simulator.SitePhones;
import org.switchboard.phonebook.PhonebookService;
import org.switchboard.phonebook.ui.internal.ManagementDialog;
import org.switchboard.phonebook.ui.internal.PhonebookHandlers;
import org.switchboard.phonebook.ui.internal.PhonebookPart;
import org.switchboard.store.Store;
import org.switchboard.store.Versioned;
import org.switchboard.testsupport.ScreenshotOnFailure;
import org.switchboard.testsupport.Screenshots;
import org.switchboard.testsupport.Ui;
import org.switchboard.testsupport.Workbench;
import org.switchboard.ui.WidgetIds;

/**
 * The phonebook and names on the home screen, in the running console logged in by demo mode (demo / demo at 1001)
 * with its demo phonebook (a hospital: 张伟 at 1002 in 心内科, ...) and the bundled PBX simulator.
 */
@ExtendWith(ScreenshotOnFailure.class)
class PhonebookUiTest {

	private static final Duration LOAD = Duration.ofSeconds(30);

	private static PhonebookService service() {
		Workbench.mainShell();
		IEclipseContext context = Workbench.context();
		Ui.waitUntil(() -> context.get(OperatorSession.class) != null && context.get(PhonebookService.class) != null,
				LOAD, () -> "demo mode to log the operator in");
		PhonebookService service = context.get(PhonebookService.class);
		Ui.waitUntil(() -> service.loaded().isDone() && service.index().size() > 0, LOAD,
				() -> "the demo phonebook to load");
		return service;
	}

	private static PhonebookPart phonebook() {
		Workbench.showPart(PhonebookHandlers.PART_ID);
		return Ui.waitFor(() -> Workbench.partService().findPart(PhonebookHandlers.PART_ID)
				.getObject() instanceof PhonebookPart p ? p : null, "the phonebook part");
	}

	private static List<String> column(Table table, int column) {
		List<String> out = new ArrayList<>();
		for (int i = 0; i < table.getItemCount(); i++) {
			out.add(table.getItem(i).getText(column));
		}
		return out;
	}

	@Test
	@DisplayName("S5 typing zhw finds 张伟")
	void typingZhwFindsZhangWei() {
		service();
		phonebook();
		Text search = Ui.byId(Text.class, "phonebook.search");
		Table contacts = Ui.byId(Table.class, "phonebook.contacts");
		Ui.setText(search, "");
		search.setFocus();
		Ui.type("zhw");
		Ui.waitUntil(() -> "zhw".equals(search.getText()) && contacts.getItemCount() > 0, "results for zhw");
		assertEquals("张伟", contacts.getItem(0).getText(0), () -> "shown: " + column(contacts, 0));
		assertEquals("心内科", contacts.getItem(0).getText(1));
		assertTrue(contacts.getItem(0).getText(3).contains("1002"), contacts.getItem(0).getText(3));
		Ui.setText(search, "zhangwei");
		assertEquals("张伟", contacts.getItem(0).getText(0));
		Ui.setText(search, "zhwq");
		assertEquals(0, contacts.getItemCount(), () -> "nothing spells zhwq: " + column(contacts, 0));
		Ui.setText(search, "");
	}

	@Test
	@DisplayName("S5 personal contacts are invisible to another operator")
	void personalContactsAreInvisibleToAnotherOperator() throws Exception {
		PhonebookService mine = service();
		phonebook();
		Contact c = SwitchboardFactory.eINSTANCE.createContact();
		c.setName("私人 Private Friend " + System.nanoTime());
		c.setKind(PhonebookKind.PERSONAL);
		ContactNumber n = SwitchboardFactory.eINSTANCE.createContactNumber();
		n.setKind(NumberKind.MOBILE);
		n.setNumber("13711112222");
		c.getNumbers().add(n);
		mine.save(c);

		// the demo operator sees it in the Personal book and in search
		Button personal = Ui.byId(Button.class, "phonebook.book.personal");
		personal.setSelection(true);
		personal.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
		Ui.byId(Button.class, "phonebook.book.enterprise").setSelection(false);
		Table contacts = Ui.byId(Table.class, "phonebook.contacts");
		Ui.waitUntil(() -> column(contacts, 0).contains(c.getName()), "the personal contact in the Personal book");
		Text search = Ui.byId(Text.class, "phonebook.search");
		Ui.setText(search, "1371111");
		assertEquals(List.of(c.getName()), column(contacts, 0));

		// another operator at another console on the same database: its phonebook, as its console builds it
		Store store = Workbench.context().get(Store.class);
		PhonebookService other = new PhonebookService(store, "nurse.li", null);
		other.loadInBackground().get(30, TimeUnit.SECONDS);
		assertEquals(List.of(), other.search("1371111", 10));
		assertEquals(List.of(), other.search("Private Friend", 10));
		assertTrue(other.lookup("13711112222").isEmpty());
		assertEquals(List.of(), other.index().contactsIn(PhonebookKind.PERSONAL, 0));
		assertFalse(other.search("zhangwei", 10).isEmpty(), "the enterprise book is shared");

		Ui.setText(search, "");
		Button enterprise = Ui.byId(Button.class, "phonebook.book.enterprise");
		enterprise.setSelection(true);
		personal.setSelection(false);
		enterprise.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
		mine.delete(List.of(c.getId()));
	}

	@Test
	@DisplayName("R3 a contact another console saved meanwhile: Save says so, keeps what the operator typed and shows theirs")
	void r3AContactAnotherConsoleSavedMeanwhileIsNotSavedOver() throws Exception {
		PhonebookService mine = service();
		phonebook();
		Contact c = SwitchboardFactory.eINSTANCE.createContact();
		c.setName("R3 Ward desk " + System.nanoTime());
		c.setKind(PhonebookKind.ENTERPRISE);
		ContactNumber n = SwitchboardFactory.eINSTANCE.createContactNumber();
		n.setKind(NumberKind.OFFICE);
		n.setNumber("3310");
		c.getNumbers().add(n);
		mine.save(c);
		Text search = Ui.byId(Text.class, "phonebook.search");
		Table contacts = Ui.byId(Table.class, "phonebook.contacts");
		Ui.setText(search, c.getName());
		Ui.waitUntil(() -> column(contacts, 0).equals(List.of(c.getName())), "the new contact alone in the list");

		// the operator opens it and types
		Ui.selectRow(contacts, 0);
		Ui.click(Ui.menuItem(Ui.contextMenu(contacts), "Edit…"));
		Shell edit = Ui.shell("Edit Contact");
		Ui.setText(Ui.byId(Text.class, "phonebook.contact.title"), "Head nurse");
		Ui.setText(Ui.byId(Text.class, "phonebook.contact.number.mobile"), "13900001111");

		// meanwhile another console (its own store on the same database) saves the same contact
		Store store = Workbench.context().get(Store.class);
		// not closed: closing a store shuts the embedded database down, under the console's own store
		Store otherConsole = Store.open(store.location());
		Versioned<Contact> read = otherConsole.phonebook().findVersioned(mine.account(), c.getId()).orElseThrow();
		read.value().setNote("Moved to ward 4");
		otherConsole.phonebook().update(mine.account(), read.value(), read.version());

		Button ok = Ui.byId(Button.class, "phonebook.contact.ok");
		Ui.click(ok);
		Label conflict = Ui.byId(Label.class, "phonebook.contact.conflict");
		Ui.waitUntil(() -> conflict.isVisible() && conflict.getText().contains("Moved to ward 4"),
				Ui.DEFAULT_TIMEOUT, () -> "the dialog to show what the other console saved: " + conflict.getText());
		assertFalse(edit.isDisposed(), "the dialog stays open");
		assertTrue(conflict.getText().contains("OK saves yours over it"), conflict.getText());
		assertEquals("Head nurse", Ui.byId(Text.class, "phonebook.contact.title").getText(), "the typing is kept");
		assertEquals("13900001111", Ui.byId(Text.class, "phonebook.contact.number.mobile").getText());
		Contact stored = store.phonebook().find(mine.account(), c.getId()).orElseThrow();
		assertEquals("Moved to ward 4", stored.getNote(), "the other console's save stands");
		assertEquals(null, stored.getTitle(), "nothing of the refused save was written");
		Ui.pause(java.time.Duration.ofSeconds(1)); // the capture shows what was painted: let the dialog repaint first
		Screenshots.toDocs("r3-contact-changed-elsewhere.png");

		// Reload shows theirs; the operator adds their title again and saves: both changes are in
		Ui.click(Ui.byId(Button.class, "phonebook.contact.reload"));
		assertEquals("Moved to ward 4", Ui.byId(Text.class, "phonebook.contact.notes").getText());
		Ui.setText(Ui.byId(Text.class, "phonebook.contact.title"), "Head nurse");
		Ui.click(ok);
		Ui.waitUntil(edit::isDisposed, "the dialog to close once saved");
		Ui.waitUntil(() -> "Head nurse".equals(store.phonebook().find(mine.account(), c.getId()).orElseThrow().getTitle()),
				"the operator's save");
		Contact both = store.phonebook().find(mine.account(), c.getId()).orElseThrow();
		assertEquals("Moved to ward 4", both.getNote(), "the other console's change is not lost");
		assertEquals(List.of("3310"), both.getNumbers().stream().map(ContactNumber::getNumber).toList());

		Ui.setText(search, "");
		mine.delete(List.of(c.getId()));
	}

	@Test
	@DisplayName("S5 CSV import reports bad rows and imports none of a broken file")
	void csvImportReportsBadRowsAndImportsNone() throws Exception {
		PhonebookService service = service();
		int before = service.index().size();
		Path file = Files.createTempFile("phonebook", ".csv");
		// a GBK file as a Chinese spreadsheet saves it: line 3 has no name, line 4 a number with letters
		Files.write(file, ("姓名,部门,分机,手机\r\n测试甲,导入测试,3001,13800000001\r\n,导入测试,3002,\r\n"
				+ "测试乙,导入测试,30O3,\r\n测试丙,导入测试,3004,\r\n").getBytes(Charset.forName("GBK")));

		Workbench.execute("org.switchboard.phonebook.command.manage", java.util.Map.of());
		Shell shell = Ui.waitFor(() -> Ui.findAll(Shell.class, s -> "phonebook.manage".equals(WidgetIds.get(s)))
				.stream().findFirst().orElse(null), "the Phonebook management dialog");
		try {
			ManagementDialog dialog = (ManagementDialog) shell.getData();
			dialog.load(file);
			Table errors = Ui.byId(Table.class, "phonebook.manage.errors");
			Ui.waitUntil(() -> errors.getItemCount() == 2, "two bad rows");
			assertTrue(errors.getItem(0).getText().contains("3"), errors.getItem(0).getText());
			assertTrue(errors.getItem(1).getText().contains("4") && errors.getItem(1).getText().contains("30O3"),
					errors.getItem(1).getText());
			assertTrue(Ui.byId(Label.class, "phonebook.manage.summary").getText().contains("GBK"));
			assertEquals(List.of("测试甲", "测试丙"), column(Ui.byId(Table.class, "phonebook.manage.preview"), 0));
			assertFalse(Ui.byId(Button.class, "phonebook.manage.doImport").isEnabled(),
					"a file with bad rows cannot be imported");
		} finally {
			shell.close();
			Ui.flush();
		}
		assertEquals(before, service.index().size());
		assertEquals(List.of(), service.search("导入测试", 10));
		Files.delete(file);
	}

	@Test
	@DisplayName("S5 the dial pad offers phonebook matches as digits or letters are typed")
	void dialPadOffersPhonebookMatches() {
		service();
		Workbench.showPart(CallControlUiIds.PART_DIALPAD);
		Text number = Ui.byId(Text.class, "callcontrol.dial.number");
		org.eclipse.swt.widgets.List matches = Ui.byId(org.eclipse.swt.widgets.List.class, "callcontrol.dial.matches");
		Ui.setText(number, "");
		assertFalse(matches.getVisible());
		Ui.setText(number, "1380013800");
		Ui.waitUntil(() -> matches.getVisible() && matches.getItemCount() > 0, "phonebook matches under the pad");
		List<String> items = List.of(matches.getItems());
		assertTrue(items.contains("13800138002  张伟 (心内科)") && items.contains("13800138003  王芳 (心内科)"),
				items.toString());
		matches.select(items.indexOf("13800138002  张伟 (心内科)"));
		matches.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
		Ui.flush();
		assertEquals("13800138002", number.getText(), "a click puts the match's number in the pad");
		// letters look up a name (pinyin initials here); Enter takes the first match's number, nothing is dialled
		Ui.setText(number, "zhw");
		Ui.waitUntil(() -> matches.getVisible() && List.of(matches.getItems()).stream().anyMatch(i -> i.contains("张伟")),
				Ui.DEFAULT_TIMEOUT, () -> "张伟 among the matches for zhw: " + List.of(matches.getItems()));
		String first = matches.getItem(0);
		assertTrue(first.contains("张伟"), first);
		number.setFocus();
		Ui.press(org.eclipse.swt.SWT.CR, 0);
		Ui.waitUntil(() -> first.startsWith(number.getText() + "  "), Ui.DEFAULT_TIMEOUT, () -> "the first match's number in the pad, is '"
				+ number.getText() + "'");
		assertTrue(number.getText().chars().allMatch(Character::isDigit), number.getText());
		Ui.setText(number, "");
		Ui.waitUntil(() -> !matches.getVisible(), "no matches for an empty pad");
	}

	@Test
	@DisplayName("E1 tiles show names grouped by department")
	void tilesShowNamesGroupedByDepartment() {
		service();
		Workbench.showPart(ExtensionsUiIds.PART);
		ExtensionsPart part = Ui.waitFor(() -> Workbench.partService().findPart(ExtensionsUiIds.PART)
				.getObject() instanceof ExtensionsPart p ? p : null, "the extension part");
		TilePanel panel = part.panel();
		Ui.waitUntil(() -> panel.view("1002") != null && "张伟".equals(panel.view("1002").name()), LOAD,
				() -> "1002 named 张伟, is " + panel.view("1002"));
		assertEquals("心内科", panel.view("1002").department());
		assertEquals("心内科", panel.view("1003").department());
		assertEquals("放射科", panel.view("1004").department());
		assertTrue(panel.departments().containsAll(List.of("心内科", "放射科", "行政办公室")), panel.departments().toString());

		// the filter matches names and, through the phonebook, their pinyin
		Text filter = Ui.byId(Text.class, "extensions.filter");
		Ui.setText(filter, "王芳");
		Ui.waitUntil(() -> panel.shownCount() == 1 && panel.tileBounds("1003") != null, "王芳's tile alone");
		Ui.setText(filter, "zhw");
		Ui.waitUntil(() -> panel.shownCount() == 1 && panel.tileBounds("1002") != null, "zhw shows 张伟's tile alone");
		Ui.setText(filter, "");
		Ui.waitUntil(() -> panel.shownCount() == panel.totalCount(), "every tile again");
	}

	@Test
	@DisplayName("S5 a caller in the queue shows the phonebook name")
	void aCallerInTheQueueShowsThePhonebookName() throws Exception {
		service();
		IEclipseContext context = Workbench.context();
		PbxGateway gateway = context.get(PbxGateway.class);
		LiveModel model = context.get(LiveModel.class);
		String host = model.read(site -> site.getConnection().getHost()).get(10, TimeUnit.SECONDS);
		int port = model.read(site -> site.getConnection().getPort()).get(10, TimeUnit.SECONDS);
		SimulatorOptions demo = SimulatorOptions.defaults();
		Workbench.showPart(CallControlUiIds.PART_CALLS);
		CallsPart calls = Ui.waitFor(() -> Workbench.partService().findPart(CallControlUiIds.PART_CALLS)
				.getObject() instanceof CallsPart p ? p : null, "the calls part");
		gateway.setOperatorOnline("8000", "1001", false).get(15, TimeUnit.SECONDS);
		try (SitePhones phones = SitePhones.connect(host, port, demo.user(), demo.secret(), "on")) {
			// the PBX gives the caller id name "Caller 138"; the phonebook knows 13800138002 as 张伟's mobile
			phones.callQueue("8000", "13800138002", "Caller 138");
			Table queue = calls.queueTable();
			Ui.waitUntil(() -> queue.getItemCount() == 1, Duration.ofSeconds(15), () -> "the caller waiting in the queue");
			Ui.waitUntil(() -> "张伟".equals(queue.getItem(0).getText(1)), "the phonebook name in the queue, shown: "
					+ queue.getItem(0).getText(0) + " " + queue.getItem(0).getText(1));
			assertEquals("13800138002", queue.getItem(0).getText(0));
			phones.hangupAll();
			Ui.waitUntil(() -> queue.getItemCount() == 0, Duration.ofSeconds(15), () -> "the queue to empty");
		} finally {
			gateway.setOperatorOnline("8000", "1001", true).get(15, TimeUnit.SECONDS);
		}
	}

}
