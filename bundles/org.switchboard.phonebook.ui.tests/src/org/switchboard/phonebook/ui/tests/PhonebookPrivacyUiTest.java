package org.switchboard.phonebook.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.core.AccountService;
import org.switchboard.core.NameDirectory;
import org.switchboard.core.OperatorSession;
import org.switchboard.core.SessionService;
import org.switchboard.model.Contact;
import org.switchboard.model.ContactNumber;
import org.switchboard.model.NumberKind;
import org.switchboard.model.PhonebookKind;
import org.switchboard.model.Role;
import org.switchboard.model.SwitchboardFactory;
import org.switchboard.phonebook.PhonebookService;
import org.switchboard.phonebook.ui.internal.PhonebookHandlers;
import org.switchboard.phonebook.ui.internal.PhonebookPart;
import org.switchboard.store.Store;
import org.switchboard.testsupport.ScreenshotOnFailure;
import org.switchboard.testsupport.Ui;
import org.switchboard.testsupport.Workbench;

/** R5 (security) on the running console: a personal phonebook stays with its owner across a shift handover. */
@ExtendWith(ScreenshotOnFailure.class)
class PhonebookPrivacyUiTest {

	private static final Duration LOAD = Duration.ofSeconds(30);
	private static final String NURSE = "nurse.r5";
	private static final String NURSE_PASSWORD = "nurse-pw-r5";
	/** The handover dialog's widgets (the application's ids; this bundle does not require the application). */
	private static final String HANDOVER_ACCOUNT = "handover.account";
	private static final String HANDOVER_PASSWORD = "handover.password";
	private static final String HANDOVER_OK = "handover.ok";

	private Contact mine;

	@AfterEach
	void backToDemo() throws Exception {
		IEclipseContext context = Workbench.context();
		SessionService sessions = context.get(SessionService.class);
		OperatorSession now = sessions.current().orElse(null);
		if (now != null && !"demo".equals(now.account())) {
			sessions.handover("demo", "demo".toCharArray(), "1001");
		}
		Ui.waitUntil(() -> "demo".equals(context.get(OperatorSession.class).account()), "the demo operator back");
		if (mine != null) {
			PhonebookService demo = loaded("demo");
			demo.delete(List.of(mine.getId()));
		}
		showBook(true);
		Ui.setText(Ui.byId(Text.class, "phonebook.search"), "");
	}

	@Test
	@DisplayName("R5 after a shift handover the next operator's phonebook view and names show none of the previous operator's personal contacts")
	void personalContactsStayWithTheirOwnerAcrossAHandover() throws Exception {
		IEclipseContext context = Workbench.context();
		Workbench.mainShell();
		PhonebookService demo = loaded("demo");
		String name = "私人 R5 Friend " + System.nanoTime();
		Contact c = SwitchboardFactory.eINSTANCE.createContact();
		c.setName(name);
		c.setKind(PhonebookKind.PERSONAL);
		ContactNumber n = SwitchboardFactory.eINSTANCE.createContactNumber();
		n.setKind(NumberKind.MOBILE);
		n.setNumber("13722223333");
		c.getNumbers().add(n);
		mine = demo.save(c);

		// the owner sees it: the Personal book, search, the console's names
		Workbench.showPart(PhonebookHandlers.PART_ID);
		Ui.waitFor(() -> Workbench.partService().findPart(PhonebookHandlers.PART_ID).getObject() instanceof PhonebookPart p
				? p : null, "the phonebook part");
		Table contacts = Ui.byId(Table.class, "phonebook.contacts");
		Text search = Ui.byId(Text.class, "phonebook.search");
		showBook(false);
		Ui.waitUntil(() -> column(contacts).contains(name), "the contact in demo's Personal book");
		Ui.setText(search, "1372222");
		Ui.waitUntil(() -> column(contacts).equals(List.of(name)), LOAD, () -> "demo finds it: " + column(contacts));
		assertEquals(name, context.get(NameDirectory.class).lookup("13722223333").orElseThrow().name());

		// a plain operator takes over the console through System Settings > Shift Handover
		if (context.get(Store.class).operators().find(NURSE).isEmpty()) {
			context.get(AccountService.class).create(NURSE, "Nurse R5", Role.OPERATOR, "1001",
					NURSE_PASSWORD.toCharArray());
		}
		Workbench.execute("org.switchboard.command.handover", Map.of());
		Shell dialog = Ui.shell("Shift Handover");
		Ui.setText(Ui.byId(Text.class, HANDOVER_ACCOUNT), NURSE);
		Ui.setText(Ui.byId(Text.class, HANDOVER_PASSWORD), NURSE_PASSWORD);
		Ui.click(Ui.byId(Button.class, HANDOVER_OK));
		Ui.waitUntil(dialog::isDisposed, LOAD, () -> "the handover to finish");
		Ui.waitUntil(() -> NURSE.equals(context.get(OperatorSession.class).account()), "the nurse's session");
		PhonebookService nurse = loaded(NURSE);

		// her view: the same search finds nothing, her Personal book is empty, the console's names do not know it
		Ui.setText(search, "");
		Ui.setText(search, "1372222");
		Ui.waitUntil(() -> "1372222".equals(search.getText()) && column(contacts).isEmpty(), LOAD,
				() -> "the nurse's search shows: " + column(contacts));
		Ui.setText(search, "R5 Friend");
		Ui.waitUntil(() -> column(contacts).isEmpty(), LOAD, () -> "the nurse's search by name shows: " + column(contacts));
		Ui.setText(search, "");
		showBook(false);
		Ui.waitUntil(() -> !column(contacts).contains(name), LOAD, () -> "the nurse's Personal book: " + column(contacts));
		assertTrue(context.get(NameDirectory.class).lookup("13722223333").isEmpty(), "the console's names");
		assertTrue(nurse.lookup("13722223333").isEmpty());
		assertEquals(List.of(), nurse.index().contactsIn(PhonebookKind.PERSONAL, 0));
		assertTrue(!nurse.search("zhangwei", 5).isEmpty(), "the enterprise book is still hers to see");
	}

	/** The phonebook service in the context once it is the account's and loaded. */
	private static PhonebookService loaded(String account) {
		IEclipseContext context = Workbench.context();
		Ui.waitUntil(() -> {
			PhonebookService s = context.get(PhonebookService.class);
			return s != null && account.equals(s.account()) && s.loaded().isDone() && s.index().size() > 0;
		}, LOAD, () -> account + "'s phonebook loaded");
		return context.get(PhonebookService.class);
	}

	private static void showBook(boolean enterprise) {
		Button e = Ui.byId(Button.class, "phonebook.book.enterprise");
		Button p = Ui.byId(Button.class, "phonebook.book.personal");
		e.setSelection(enterprise);
		p.setSelection(!enterprise);
		(enterprise ? e : p).notifyListeners(SWT.Selection, new Event());
	}

	private static List<String> column(Table table) {
		List<String> out = new ArrayList<>();
		for (int i = 0; i < table.getItemCount(); i++) {
			out.add(table.getItem(i).getText(0));
		}
		return out;
	}
}
