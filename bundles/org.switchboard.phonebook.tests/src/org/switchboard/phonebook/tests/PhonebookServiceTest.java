package org.switchboard.phonebook.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.core.NameDirectory;
import org.switchboard.core.OperationLog;
import org.switchboard.model.Contact;
import org.switchboard.model.ContactNumber;
import org.switchboard.model.Department;
import org.switchboard.model.NumberKind;
import org.switchboard.model.Outcome;
import org.switchboard.model.PhonebookKind;
import org.switchboard.model.SwitchboardFactory;
import org.switchboard.pbx.PbxException;
import org.switchboard.phonebook.ContactCsv;
import org.switchboard.phonebook.PhonebookService;
import org.switchboard.store.Store;
import org.switchboard.store.StoreLocation;

class PhonebookServiceTest {

	/** The operation log as the service writes it. */
	static final class Recorded implements OperationLog {
		final List<String> entries = new ArrayList<>();

		@Override
		public synchronized void record(String action, String target, Outcome outcome, String detail) {
			entries.add(action + " " + outcome);
		}
	}

	@TempDir
	Path dir;
	Store store;
	Recorded log = new Recorded();
	PhonebookService alice;
	PhonebookService bob;

	@BeforeEach
	void open() {
		store = Store.open(StoreLocation.embedded(dir.resolve("db")));
		alice = new PhonebookService(store, "alice", log);
		bob = new PhonebookService(store, "bob", log);
	}

	@AfterEach
	void close() {
		store.close();
	}

	@Test
	void theFirstLoadTellsTheNamesAtOnceAndLeavesThePinyinForWhenTheScreenIsShown() throws Exception {
		Department ward = alice.addDepartment(PhonebookKind.ENTERPRISE, 0, "Ward 3");
		alice.save(contact("张伟", PhonebookKind.ENTERPRISE, ward.getId(), NumberKind.EXTENSION, "2001"));
		PhonebookService starting = new PhonebookService(store, "alice", log);
		CompletableFuture<Void> screen = new CompletableFuture<>();
		CompletableFuture<Void> loaded = starting.loadInBackground(() -> {
		}, screen);
		// the tiles' names and departments come at once
		starting.namesLoaded().toCompletableFuture().get(30, TimeUnit.SECONDS);
		assertEquals(new NameDirectory.Party("张伟", "Ward 3"), starting.lookup("2001").orElseThrow());
		// the pinyin waits for the operator's screen
		Thread.sleep(300);
		assertFalse(loaded.isDone(), "the pinyin did not wait for the screen");
		assertEquals(List.of(), names(starting.search("zhw", 10)));
		screen.complete(null);
		loaded.get(30, TimeUnit.SECONDS);
		assertEquals(List.of("张伟"), names(starting.search("zhw", 10)));
	}

	@Test
	void anotherConsolesChangeIsSeenAtTheNextLookAndNothingIsReadWhenNothingChanged() {
		Department cardiology = alice.addDepartment(PhonebookKind.ENTERPRISE, 0, "Cardiology");
		bob.reload();
		int[] told = { 0 };
		bob.addListener(() -> told[0]++);
		// alice's console changes the enterprise book; bob's has not looked yet
		alice.save(contact("Dr. Li", PhonebookKind.ENTERPRISE, cardiology.getId(), NumberKind.EXTENSION, "2002"));
		alice.renameDepartment(cardiology.getId(), "Cardiology West");
		assertEquals(List.of(), names(bob.search("dr. li", 10)));
		bob.checkForChanges();
		assertEquals(List.of("Dr. Li"), names(bob.search("dr. li", 10)));
		assertEquals(new NameDirectory.Party("Dr. Li", "Cardiology West"), bob.lookup("2002").orElseThrow());
		assertTrue(told[0] > 0, "bob's views were told");
		told[0] = 0;
		bob.checkForChanges();
		assertEquals(0, told[0], "nothing changed since: the books are not read again");
	}

	@Test
	void aWatchingConsoleSeesAChangeWithoutBeingAsked() throws Exception {
		bob.reload();
		bob.watchChanges(java.time.Duration.ofMillis(100));
		try {
			Department surgery = alice.addDepartment(PhonebookKind.ENTERPRISE, 0, "Surgery");
			alice.save(contact("Dr. Zhao", PhonebookKind.ENTERPRISE, surgery.getId(), NumberKind.EXTENSION, "2003"));
			long end = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
			while (bob.lookup("2003").isEmpty() && System.nanoTime() < end) {
				Thread.sleep(50);
			}
			assertEquals("Dr. Zhao", bob.lookup("2003").map(NameDirectory.Party::name).orElse(null));
		} finally {
			bob.close();
		}
	}

	@Test
	void aPersonalContactIsFoundByItsOwnerOnlyAndAnEnterpriseOneByBoth() {
		Department friends = alice.addDepartment(PhonebookKind.PERSONAL, 0, "Friends");
		alice.save(contact("张伟", PhonebookKind.PERSONAL, friends.getId(), NumberKind.MOBILE, "13912345678"));
		Department cardiology = alice.addDepartment(PhonebookKind.ENTERPRISE, 0, "Cardiology");
		alice.save(contact("Dr. Wang", PhonebookKind.ENTERPRISE, cardiology.getId(), NumberKind.EXTENSION, "2001"));
		bob.reload();

		assertEquals(List.of("张伟"), names(alice.search("zhw", 10)));
		assertEquals(List.of(), names(bob.search("zhw", 10)));
		assertEquals(List.of(), names(bob.search("139123", 10)));
		assertEquals(Optional.empty(), bob.lookup("13912345678"));
		assertEquals("张伟", alice.lookup("13912345678").orElseThrow().name());
		assertEquals(List.of("Dr. Wang"), names(bob.search("wang", 10)));
		assertEquals(List.of(), bob.index().contactsIn(PhonebookKind.PERSONAL, 0));
		assertTrue(bob.index().department(friends.getId()).isEmpty());
	}

	@Test
	void anExtensionNumberGivesTheNameAndDepartmentAndThePbxNameWhereThePhonebookHasNone() {
		Department cardiology = alice.addDepartment(PhonebookKind.ENTERPRISE, 0, "Cardiology");
		alice.save(contact("Dr. Wang", PhonebookKind.ENTERPRISE, cardiology.getId(), NumberKind.EXTENSION, "2001"));
		int[] changes = { 0 };
		alice.addListener(() -> changes[0]++);
		alice.putPbxNames(java.util.Map.of("2001", "PBX name", "2002", "Reception"));
		assertEquals(new NameDirectory.Party("Dr. Wang", "Cardiology"), alice.lookup("2001").orElseThrow());
		assertEquals(new NameDirectory.Party("Reception", ""), alice.lookup("2002").orElseThrow());
		assertEquals(Optional.empty(), alice.lookup("2003"));
		assertEquals(1, changes[0]);
		alice.renameDepartment(cardiology.getId(), "心内科");
		assertEquals("心内科", alice.lookup("2001").orElseThrow().department());
	}

	@Test
	void aNumberThatCannotBeDialledIsRefusedAndNothingIsStored() {
		Contact bad = contact("Mallory", PhonebookKind.ENTERPRISE, 0, NumberKind.OFFICE, "2001\r\nAction: Originate");
		PbxException e = assertThrows(PbxException.class, () -> alice.save(bad));
		assertEquals(PbxException.Reason.INVALID_INPUT, e.reason());
		assertThrows(PbxException.class, () -> alice.save(contact(" ", PhonebookKind.ENTERPRISE, 0, NumberKind.OFFICE, "1")));
		alice.reload();
		assertEquals(0, alice.index().size());
	}

	@Test
	void everyChangeIsOneOperationLogEntry() {
		Department d = alice.addDepartment(PhonebookKind.ENTERPRISE, 0, "Sales");
		Contact c = alice.save(contact("Li Na", PhonebookKind.ENTERPRISE, d.getId(), NumberKind.OFFICE, "2001"));
		Department e = alice.addDepartment(PhonebookKind.ENTERPRISE, 0, "East");
		assertEquals(1, alice.move(List.of(c.getId()), e.getId()));
		alice.moveDepartment(e.getId(), d.getId());
		assertEquals(1, alice.deleteDepartment(d.getId()));
		assertEquals(List.of("phonebook.department.add SUCCESS", "phonebook.contact.save SUCCESS",
				"phonebook.department.add SUCCESS", "phonebook.contact.move SUCCESS",
				"phonebook.department.move SUCCESS", "phonebook.department.delete SUCCESS"), log.entries);
		assertEquals(0, alice.index().size());
		assertThrows(RuntimeException.class, () -> alice.renameDepartment(d.getId(), "Gone"));
		assertEquals("phonebook.department.rename FAILURE", log.entries.get(log.entries.size() - 1));
	}

	@Test
	void aFileWithABadRowImportsNothingAndSaysWhichLines() {
		String csv = "name,department,extension,mobile\r\n" + "张伟,Hospital/Cardiology,2001,13800138000\r\n"
				+ ",Hospital,2002,\r\n" + "李娜,Hospital,20x3,\r\n" + "王芳,Hospital,2004,\r\n";
		ContactCsv.Parsed parsed = ContactCsv.read(csv.getBytes(StandardCharsets.UTF_8));
		assertEquals(List.of(3, 4), parsed.errors().stream().map(ContactCsv.RowError::line).toList());
		assertEquals(2, parsed.rows().size());
		assertThrows(IllegalArgumentException.class, () -> alice.importContacts(parsed, PhonebookKind.ENTERPRISE));
		alice.reload();
		assertEquals(0, alice.index().size());
		assertEquals(List.of(), store.phonebook().departments("alice", PhonebookKind.ENTERPRISE));
		assertEquals(List.of("phonebook.import FAILURE"), log.entries);
	}

	@Test
	void anUnclosedQuoteIsAnErrorNotAHalfImport() {
		String csv = "name,office\n\"Zhang,2001\nLi,2002\n";
		ContactCsv.Parsed parsed = ContactCsv.read(csv.getBytes(StandardCharsets.UTF_8));
		assertTrue(!parsed.errors().isEmpty(), parsed.toString());
	}

	@Test
	void gbkAndUtf8WithAndWithoutBomAreReadAndImportedIntoDepartmentsTheyName() {
		String csv = "姓名,部门,分机,手机\r\n张伟,医院/心内科,2001,13800138000\r\n王芳,医院,2002,\r\n";
		byte[] bom = { (byte) 0xef, (byte) 0xbb, (byte) 0xbf };
		byte[] utf8 = csv.getBytes(StandardCharsets.UTF_8);
		byte[] withBom = Arrays.copyOf(bom, bom.length + utf8.length);
		System.arraycopy(utf8, 0, withBom, bom.length, utf8.length);
		for (byte[] file : List.of(utf8, withBom, csv.getBytes(Charset.forName("GBK")))) {
			ContactCsv.Parsed parsed = ContactCsv.read(file);
			assertEquals(List.of(), parsed.errors());
			assertEquals(List.of("张伟", "王芳"), parsed.rows().stream().map(r -> r.contact().getName()).toList());
		}
		assertEquals("GBK", ContactCsv.read(csv.getBytes(Charset.forName("GBK"))).encoding());

		assertEquals(2, alice.importContacts(ContactCsv.read(csv.getBytes(Charset.forName("GBK"))), PhonebookKind.ENTERPRISE));
		bob.reload();
		Contact zhang = bob.search("zhangwei", 1).get(0);
		assertEquals("医院/心内科", bob.index().departmentPath(zhang.getDepartmentId()));
		assertEquals(new NameDirectory.Party("王芳", "医院"), bob.lookup("2002").orElseThrow());
		// a second import finds the departments instead of making them again
		alice.importContacts(ContactCsv.read(utf8), PhonebookKind.ENTERPRISE);
		assertEquals(2, store.phonebook().departments("alice", PhonebookKind.ENTERPRISE).size());
	}

	@Test
	void anExportOpensInASpreadsheetAndReadsBackTheSame() throws Exception {
		Department d = alice.addDepartment(PhonebookKind.ENTERPRISE, 0, "心内科");
		Contact c = contact("张伟, MD", PhonebookKind.ENTERPRISE, d.getId(), NumberKind.EXTENSION, "2001");
		c.setNote("says \"hi\"");
		alice.save(c);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ContactCsv.write(alice.index().contactsIn(PhonebookKind.ENTERPRISE, 0), alice.index()::departmentPath, out);
		byte[] bytes = out.toByteArray();
		assertArrayEquals(new byte[] { (byte) 0xef, (byte) 0xbb, (byte) 0xbf }, Arrays.copyOf(bytes, 3));
		String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
		assertTrue(text.startsWith("name,department,title,extension,office,mobile,home,other,notes\r\n"), text);
		assertTrue(text.contains("\"张伟, MD\",心内科,,2001,,,,,\"says \"\"hi\"\"\"\r\n"), text);
		ContactCsv.Parsed back = ContactCsv.read(bytes);
		assertEquals(List.of(), back.errors());
		assertEquals("张伟, MD", back.rows().get(0).contact().getName());
		assertEquals(List.of("心内科"), back.rows().get(0).departmentPath());
	}

	static Contact contact(String name, PhonebookKind kind, long department, NumberKind numberKind, String number) {
		Contact c = SwitchboardFactory.eINSTANCE.createContact();
		c.setName(name);
		c.setKind(kind);
		c.setDepartmentId(department);
		ContactNumber n = SwitchboardFactory.eINSTANCE.createContactNumber();
		n.setKind(numberKind);
		n.setNumber(number);
		c.getNumbers().add(n);
		return c;
	}

	static List<String> names(List<Contact> contacts) {
		return contacts.stream().map(Contact::getName).toList();
	}
}
