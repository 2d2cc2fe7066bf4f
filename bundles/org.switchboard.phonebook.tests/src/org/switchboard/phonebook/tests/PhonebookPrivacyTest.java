package org.switchboard.phonebook.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.switchboard.phonebook.tests.PhonebookServiceTest.contact;
import static org.switchboard.phonebook.tests.PhonebookServiceTest.names;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.core.NameDirectory;
import org.switchboard.core.OperationLog;
import org.switchboard.model.Contact;
import org.switchboard.model.Department;
import org.switchboard.model.NumberKind;
import org.switchboard.model.Outcome;
import org.switchboard.model.PhonebookKind;
import org.switchboard.phonebook.ContactCsv;
import org.switchboard.phonebook.PhonebookService;
import org.switchboard.store.Store;
import org.switchboard.store.StoreLocation;

/** R5: a personal phonebook is its owner's alone, whatever another operator's console asks of the services. */
class PhonebookPrivacyTest {

	/** Every entry the services write, in full: the operation log is read by every operator who may query it. */
	static final class FullLog implements OperationLog {
		final List<String> entries = new ArrayList<>();

		@Override
		public synchronized void record(String action, String target, Outcome outcome, String detail) {
			entries.add(action + " | " + target + " | " + outcome + " | " + detail);
		}
	}

	@TempDir
	Path dir;
	Store store;
	FullLog log = new FullLog();
	PhonebookService alice;
	PhonebookService bob;
	Department friends;
	Contact secret;

	@BeforeEach
	void open() {
		store = Store.open(StoreLocation.embedded(dir.resolve("db")));
		alice = new PhonebookService(store, "alice", log);
		bob = new PhonebookService(store, "bob", log);
		friends = alice.addDepartment(PhonebookKind.PERSONAL, 0, "Golf friends");
		secret = alice.save(contact("Private Pan", PhonebookKind.PERSONAL, friends.getId(), NumberKind.MOBILE,
				"13955550000"));
		bob.reload();
	}

	@AfterEach
	void close() {
		store.close();
	}

	@Test
	@DisplayName("security: another operator cannot edit, delete, move or file under a personal contact or department")
	void anotherOperatorCannotChangeAPersonalBook() {
		Contact forged = EcoreUtil.copy(secret);
		forged.setName("Taken over");
		assertThrows(RuntimeException.class, () -> bob.save(forged), "editing alice's contact by its id");
		forged.setKind(PhonebookKind.ENTERPRISE);
		forged.setDepartmentId(0);
		assertThrows(RuntimeException.class, () -> bob.save(forged), "publishing it in the enterprise book");
		assertEquals(0, bob.delete(List.of(secret.getId())), "deleting it");
		assertEquals(0, bob.move(List.of(secret.getId()), 0), "moving it");
		assertThrows(RuntimeException.class, () -> bob.save(contact("Mine now", PhonebookKind.PERSONAL,
				friends.getId(), NumberKind.MOBILE, "13900000001")), "filing a contact under her department");
		assertThrows(RuntimeException.class, () -> bob.addDepartment(PhonebookKind.PERSONAL, friends.getId(), "Sub"));
		assertThrows(RuntimeException.class, () -> bob.renameDepartment(friends.getId(), "Renamed"));
		assertThrows(RuntimeException.class, () -> bob.deleteDepartment(friends.getId()));
		assertThrows(RuntimeException.class, () -> bob.moveDepartment(friends.getId(), 0));
		assertEquals(List.of(), store.phonebook().contactsIn("bob", friends.getId(), 0, 10));
		assertTrue(store.phonebook().find("bob", secret.getId()).isEmpty(), "the store gives bob nothing by its id");

		alice.reload();
		Contact still = alice.index().contact(secret.getId()).orElseThrow();
		assertEquals("Private Pan", still.getName());
		assertEquals(PhonebookKind.PERSONAL, still.getKind());
		assertEquals(friends.getId(), still.getDepartmentId());
		assertEquals("Golf friends", alice.index().departmentName(friends.getId()));
		assertEquals(List.of(), names(bob.search("Pan", 10)));
	}

	@Test
	@DisplayName("security: another operator's search, dial-pad matches, names and CSV export never hold a personal contact")
	void anotherOperatorsReadsHoldNoPersonalContact() throws Exception {
		alice.save(contact("Reception", PhonebookKind.ENTERPRISE, 0, NumberKind.EXTENSION, "2000"));
		bob.reload();
		assertEquals(List.of(), names(bob.search("private", 10)));
		assertEquals(List.of(), names(bob.search("1395555", 10)));
		assertEquals(List.of(), bob.matches("1395555", 10));
		assertEquals(Optional.empty(), bob.lookup("13955550000"));
		assertEquals(Optional.empty(), bob.lookupShared("13955550000"));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		List<Contact> everything = new ArrayList<>(bob.index().contactsIn(PhonebookKind.ENTERPRISE, 0));
		everything.addAll(bob.index().contactsIn(PhonebookKind.PERSONAL, 0));
		ContactCsv.write(everything, bob.index()::departmentPath, out);
		String csv = out.toString(StandardCharsets.UTF_8);
		assertTrue(csv.contains("Reception"), csv);
		assertFalse(csv.contains("Private Pan") || csv.contains("13955550000") || csv.contains("Golf"), csv);
	}

	@Test
	@DisplayName("security: what is stored for everyone (call records) never gets a name from a personal book")
	void sharedNamesComeFromTheEnterpriseBookAndThePbxOnly() {
		alice.save(contact("Dr. Wang", PhonebookKind.ENTERPRISE, 0, NumberKind.EXTENSION, "2001"));
		alice.save(contact("Wang (my friend)", PhonebookKind.PERSONAL, friends.getId(), NumberKind.EXTENSION, "2001"));
		alice.putPbxNames(java.util.Map.of("2002", "Ward 2"));
		// alice's own screens show her names
		assertEquals("Private Pan", alice.lookup("13955550000").orElseThrow().name());
		// what her console stores for all does not
		assertEquals(Optional.empty(), alice.lookupShared("13955550000"));
		assertEquals(new NameDirectory.Party("Dr. Wang", ""), alice.lookupShared("2001").orElseThrow());
		assertEquals(new NameDirectory.Party("Ward 2", ""), alice.lookupShared("2002").orElseThrow());
	}

	@Test
	@DisplayName("security: the operation log names no personal contact or department, only their ids")
	void theOperationLogNamesNoPersonalContact() {
		Contact c = alice.save(contact("Secret Sun", PhonebookKind.PERSONAL, 0, NumberKind.MOBILE, "13811112222"));
		Department sub = alice.addDepartment(PhonebookKind.PERSONAL, friends.getId(), "Tennis club");
		alice.move(List.of(c.getId()), sub.getId());
		alice.renameDepartment(sub.getId(), "Squash club");
		alice.delete(List.of(c.getId()));
		alice.deleteDepartment(friends.getId());
		alice.save(contact("Dr. Li", PhonebookKind.ENTERPRISE, 0, NumberKind.EXTENSION, "2009"));
		String all = String.join("\n", log.entries);
		for (String hidden : List.of("Private Pan", "Secret Sun", "Golf", "Tennis", "Squash", "1381111", "1395555")) {
			assertFalse(all.contains(hidden), hidden + " is in the operation log:\n" + all);
		}
		assertTrue(all.contains("phonebook.contact.save | " + PhonebookService.PERSONAL_CONTACT + " #" + c.getId()),
				all);
		assertTrue(all.contains("phonebook.contact.save | Dr. Li | SUCCESS"), "enterprise contacts keep their names:\n" + all);
	}
}
