package org.switchboard.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.switchboard.model.PhonebookKind.ENTERPRISE;
import static org.switchboard.model.PhonebookKind.PERSONAL;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.model.Contact;
import org.switchboard.model.Department;
import org.switchboard.store.StoreException;

class PhonebookRepositoryTest extends StoreTestBase {

	Department sales;
	Department alicesFriends;
	Contact enterprise;
	Contact alicesPrivate;

	@BeforeEach
	void books() {
		sales = store.phonebook().addDepartment("alice", Records.department("Sales", ENTERPRISE, 0));
		alicesFriends = store.phonebook().addDepartment("alice", Records.department("Friends", PERSONAL, 0));
		enterprise = store.phonebook().save("alice",
				Records.contact("Wang Fang", ENTERPRISE, sales.getId(), "2001", "13800138000"));
		alicesPrivate = store.phonebook().save("alice",
				Records.contact("Dr. Chen", PERSONAL, alicesFriends.getId(), "13912345678"));
	}

	@Test
	void aPersonalContactIsSeenOnlyByItsOwner() {
		assertEquals("alice", alicesPrivate.getOwner());
		assertTrue(store.phonebook().find("alice", alicesPrivate.getId()).isPresent());
		assertTrue(store.phonebook().find("bob", alicesPrivate.getId()).isEmpty());
		assertTrue(store.phonebook().find("bob", enterprise.getId()).isPresent());

		assertEquals(List.of("Dr. Chen"), names(store.phonebook().search("alice", "dr", 0, 10)));
		assertEquals(List.of(), names(store.phonebook().search("bob", "dr", 0, 10)));
		assertEquals(List.of(), names(store.phonebook().search("bob", "139", 0, 10)));
		assertEquals(List.of(), names(store.phonebook().findByNumber("bob", "13912345678")));
		assertEquals(List.of("Dr. Chen"), names(store.phonebook().findByNumber("alice", "13912345678")));
		assertEquals(List.of(), names(store.phonebook().contactsIn("bob", alicesFriends.getId(), 0, 10)));
		assertEquals(List.of("Friends"),
				store.phonebook().departments("alice", PERSONAL).stream().map(Department::getName).toList());
		assertEquals(List.of(), store.phonebook().departments("bob", PERSONAL));
		assertEquals(List.of("Sales"),
				store.phonebook().departments("bob", ENTERPRISE).stream().map(Department::getName).toList());
	}

	@Test
	void anotherOperatorCannotChangeMoveOrDeleteAPersonalContact() {
		Contact stolen = store.phonebook().find("alice", alicesPrivate.getId()).orElseThrow();
		stolen.setName("Renamed by Bob");
		StoreException e = assertThrows(StoreException.class, () -> store.phonebook().save("bob", stolen));
		assertTrue(e.getMessage().contains("you can see"), e.getMessage());
		assertEquals(0, store.phonebook().delete("bob", List.of(alicesPrivate.getId())));
		assertEquals(0, store.phonebook().move("bob", List.of(alicesPrivate.getId()), 0));
		assertFalse(store.phonebook().renameDepartment("bob", alicesFriends.getId(), "Mine"));
		assertThrows(StoreException.class, () -> store.phonebook().deleteDepartment("bob", alicesFriends.getId()));
		assertThrows(StoreException.class, () -> store.phonebook()
				.addDepartment("bob", Records.department("Inside", PERSONAL, alicesFriends.getId())));
		// Bob's own personal contact cannot be put into Alice's department either
		assertThrows(StoreException.class, () -> store.phonebook()
				.save("bob", Records.contact("Bob's", PERSONAL, alicesFriends.getId(), "1")));

		Contact still = store.phonebook().find("alice", alicesPrivate.getId()).orElseThrow();
		assertEquals("Dr. Chen", still.getName());
		assertEquals(alicesFriends.getId(), still.getDepartmentId());
	}

	@Test
	void aPersonalContactSavedAsAnotherOwnerStillBelongsToTheRequester() {
		Contact c = Records.contact("Mallory", PERSONAL, 0, "666");
		c.setOwner("alice");
		store.phonebook().save("bob", c);
		assertEquals("bob", c.getOwner());
		assertTrue(store.phonebook().find("alice", c.getId()).isEmpty());
	}

	@Test
	void searchMatchesNamePrefixesIgnoringCaseAndNumberPrefixes() {
		store.phonebook().save("alice", Records.contact("wang lei", ENTERPRISE, sales.getId(), "2002"));
		store.phonebook().save("alice", Records.contact("Li Na", ENTERPRISE, sales.getId(), "2003"));
		store.phonebook().save("alice", Records.contact("100%_Club", ENTERPRISE, sales.getId(), "2999"));
		assertEquals(List.of("Wang Fang", "wang lei"), names(store.phonebook().search("bob", "WANG", 0, 10)));
		assertEquals(List.of("Wang Fang", "wang lei"), names(store.phonebook().search("bob", " wang ", 0, 10)));
		assertEquals(List.of("Li Na"), names(store.phonebook().search("bob", "li", 0, 10)));
		assertEquals(List.of("Wang Fang"), names(store.phonebook().search("bob", "wang f", 0, 10)));
	}

	@Test
	void searchByNumberAndEscapesWildcards() {
		store.phonebook().save("alice", Records.contact("Li Na", ENTERPRISE, sales.getId(), "2003"));
		store.phonebook().save("alice", Records.contact("100%_Club", ENTERPRISE, sales.getId(), "2999"));
		assertEquals(List.of("Li Na", "Wang Fang"), names(store.phonebook().search("bob", "200", 0, 10)));
		assertEquals(List.of("100%_Club"), names(store.phonebook().search("bob", "100%_", 0, 10)));
		assertEquals(List.of(), names(store.phonebook().search("bob", "%", 0, 10)));
	}

	@Test
	void contactsArePagedByNameAndKeepTheirNumbersInOrder() {
		List<Contact> many = new ArrayList<>();
		for (int i = 0; i < 25; i++) {
			many.add(Records.contact(String.format("Guest %02d", i), ENTERPRISE, sales.getId(), "3" + i, "4" + i));
		}
		store.phonebook().insertAll("alice", many);
		List<String> seen = new ArrayList<>();
		for (int offset = 0; offset < 40; offset += 10) {
			for (Contact c : store.phonebook().contactsIn("bob", sales.getId(), offset, 10)) {
				seen.add(c.getName());
				assertEquals(2, c.getNumbers().size());
			}
		}
		assertEquals(26, seen.size());
		assertEquals("Guest 00", seen.get(0));
		assertEquals("Wang Fang", seen.get(25));
		Contact g = store.phonebook().search("bob", "Guest 07", 0, 1).get(0);
		assertEquals(List.of("37", "47"), g.getNumbers().stream().map(n -> n.getNumber()).toList());
	}

	@Test
	void editingReplacesNumbersAndMovingAndDeletingWork() {
		Contact c = store.phonebook().find("bob", enterprise.getId()).orElseThrow();
		c.getNumbers().remove(1);
		c.setCompany("ACME");
		store.phonebook().save("bob", c);
		Department support = store.phonebook().addDepartment("bob", Records.department("Support", ENTERPRISE, sales.getId()));
		assertEquals(1, store.phonebook().move("bob", List.of(c.getId()), support.getId()));
		Contact read = store.phonebook().find("alice", c.getId()).orElseThrow();
		assertEquals(1, read.getNumbers().size());
		assertEquals("ACME", read.getCompany());
		assertEquals(support.getId(), read.getDepartmentId());
		// deleting the parent department takes the sub-department and its contacts
		assertEquals(1, store.phonebook().deleteDepartment("alice", sales.getId()));
		assertTrue(store.phonebook().find("alice", c.getId()).isEmpty());
		assertEquals(List.of(), store.phonebook().departments("alice", ENTERPRISE));
		assertEquals(1, store.phonebook().delete("alice", List.of(alicesPrivate.getId())));
	}

	@Test
	void aFailedImportLeavesNothingBehind() {
		List<Contact> batch = List.of(Records.contact("Good", ENTERPRISE, sales.getId(), "5001"),
				Records.contact("Bad", ENTERPRISE, 999_999, "5002"));
		assertThrows(StoreException.class, () -> store.phonebook().insertAll("alice", batch));
		assertEquals(List.of(), store.phonebook().search("alice", "Good", 0, 10));
	}

	@Test
	void aTransactionAcrossRepositoriesIsAllOrNothing() {
		assertThrows(IllegalStateException.class, () -> store.inTransaction(() -> {
			store.phonebook().save("alice", Records.contact("Temp", ENTERPRISE, sales.getId(), "7001"));
			store.operators().insert(Records.operator("carol"));
			throw new IllegalStateException("abort");
		}));
		assertEquals(List.of(), store.phonebook().search("alice", "Temp", 0, 10));
		assertTrue(store.operators().find("carol").isEmpty());
		store.inTransaction(() -> {
			store.phonebook().save("alice", Records.contact("Kept", ENTERPRISE, sales.getId(), "7002"));
			store.operators().insert(Records.operator("carol"));
		});
		assertEquals(1, store.phonebook().search("alice", "Kept", 0, 10).size());
		assertTrue(store.operators().find("carol").isPresent());
	}

	@Test
	void allVisibleHoldsBothBooksOfTheRequesterOnlyWithTheirNumbers() {
		assertEquals(List.of("Wang Fang", "Dr. Chen"), names(store.phonebook().allVisible("alice")));
		List<Contact> bobs = store.phonebook().allVisible("bob");
		assertEquals(List.of("Wang Fang"), names(bobs));
		assertEquals(List.of("2001", "13800138000"),
				bobs.get(0).getNumbers().stream().map(n -> n.getNumber()).toList());
	}

	@Test
	void aDepartmentMovesUnderAnotherButNeverIntoItsOwnSubtree() {
		Department north = store.phonebook().addDepartment("alice", Records.department("North", ENTERPRISE, 0));
		Department inside = store.phonebook()
				.addDepartment("alice", Records.department("Inside", ENTERPRISE, sales.getId()));
		assertTrue(store.phonebook().moveDepartment("bob", sales.getId(), north.getId()));
		assertEquals(north.getId(), parentOf("Sales"));
		assertThrows(StoreException.class, () -> store.phonebook().moveDepartment("alice", north.getId(), inside.getId()));
		assertThrows(StoreException.class, () -> store.phonebook().moveDepartment("alice", sales.getId(), sales.getId()));
		assertEquals(0, parentOf("North"));
		// a personal department cannot be moved by another operator, nor into the enterprise book
		assertFalse(store.phonebook().moveDepartment("bob", alicesFriends.getId(), 0));
		assertThrows(StoreException.class,
				() -> store.phonebook().moveDepartment("alice", alicesFriends.getId(), north.getId()));
		assertTrue(store.phonebook().moveDepartment("alice", sales.getId(), 0));
		assertEquals(0, parentOf("Sales"));
	}

	private long parentOf(String name) {
		return store.phonebook().departments("alice", ENTERPRISE).stream().filter(d -> d.getName().equals(name))
				.findFirst().orElseThrow().getParentId();
	}

	@Test
	void everyQueryNeedsTheRequester() {
		assertThrows(IllegalArgumentException.class, () -> store.phonebook().search(null, "a", 0, 10));
		assertThrows(IllegalArgumentException.class, () -> store.phonebook().find(" ", enterprise.getId()));
	}

	private static List<String> names(List<Contact> contacts) {
		return contacts.stream().map(Contact::getName).toList();
	}
}
