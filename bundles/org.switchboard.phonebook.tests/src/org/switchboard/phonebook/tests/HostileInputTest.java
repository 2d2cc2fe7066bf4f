package org.switchboard.phonebook.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.switchboard.phonebook.tests.PhonebookServiceTest.contact;
import static org.switchboard.phonebook.tests.PhonebookServiceTest.names;

import java.io.ByteArrayOutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.model.Contact;
import org.switchboard.model.Department;
import org.switchboard.model.NumberKind;
import org.switchboard.model.PhonebookKind;
import org.switchboard.phonebook.ContactCsv;
import org.switchboard.phonebook.PhonebookService;
import org.switchboard.store.Store;
import org.switchboard.store.StoreLocation;

/**
 * Hostile input at the phonebook's doors (R4, service level, real Derby): SQL injection text is stored and searched
 * as text, CSV files that are broken, huge, binary or in another encoding are reported and never half imported,
 * and an export never hands a spreadsheet a formula (CSV injection).
 */
class HostileInputTest {

	private static final String DROP = "Robert'); DROP TABLE contact; --";

	@TempDir
	Path dir;
	Store store;
	PhonebookService alice;

	@BeforeEach
	void open() {
		store = Store.open(StoreLocation.embedded(dir.resolve("db")));
		alice = new PhonebookService(store, "alice", new PhonebookServiceTest.Recorded());
	}

	@AfterEach
	void close() {
		store.close();
	}

	@Test
	void sqlInjectionTextIsStoredAndSearchedAsPlainText() {
		Department d = alice.addDepartment(PhonebookKind.ENTERPRISE, 0, "x'; DELETE FROM department; --");
		alice.save(contact(DROP, PhonebookKind.ENTERPRISE, d.getId(), NumberKind.EXTENSION, "2001"));
		alice.save(contact("Alice", PhonebookKind.ENTERPRISE, d.getId(), NumberKind.EXTENSION, "2002"));
		for (String hostile : new String[] { "'; DROP TABLE contact; --", "' OR '1'='1", "%", "_", "\\", "%' --" }) {
			assertEquals(List.of(), store.phonebook().search("alice", hostile, 0, 50), hostile);
			assertEquals(List.of(), names(alice.search(hostile, 50)), hostile);
		}
		assertEquals(List.of(), names(alice.search("zh".repeat(500_000), 50)), "a pasted megabyte");
		// what was typed comes back as typed, from the database (a fresh console), and the tables are all there
		PhonebookService fresh = new PhonebookService(store, "alice", new PhonebookServiceTest.Recorded());
		fresh.reload();
		assertEquals(List.of(DROP), names(store.phonebook().search("alice", "robert'); drop", 0, 50)));
		assertEquals(List.of(DROP), names(fresh.search("robert'); drop", 50)));
		assertEquals(2, store.phonebook().allVisible("alice").size());
		assertEquals("x'; DELETE FROM department; --", fresh.index().departmentPath(d.getId()));
	}

	@Test
	void anExportNeverHandsASpreadsheetAFormulaAndReadsBackAsTyped() throws Exception {
		Department d = alice.addDepartment(PhonebookKind.ENTERPRISE, 0, "@Finance");
		Contact c = contact("=cmd|' /C calc'!A0", PhonebookKind.ENTERPRISE, d.getId(), NumberKind.MOBILE,
				"+8613800138000");
		c.setTitle("+SUM(1+1)");
		c.setNote("-2+3");
		alice.save(c);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ContactCsv.write(alice.index().contactsIn(PhonebookKind.ENTERPRISE, 0), alice.index()::departmentPath, out);
		byte[] bytes = out.toByteArray();
		String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
		String row = text.split("\r\n")[1];
		assertEquals("'=cmd|' /C calc'!A0,'@Finance,'+SUM(1+1),,,+8613800138000,,,'-2+3", row);
		ContactCsv.Parsed back = ContactCsv.read(bytes);
		assertEquals(List.of(), back.errors());
		Contact read = back.rows().get(0).contact();
		assertEquals("=cmd|' /C calc'!A0", read.getName());
		assertEquals("+SUM(1+1)", read.getTitle());
		assertEquals("-2+3", read.getNote());
		assertEquals("+8613800138000", read.getNumbers().get(0).getNumber());
		assertEquals(List.of("@Finance"), back.rows().get(0).departmentPath());
	}

	@Test
	void binaryGarbageIsReportedAndNothingIsRead() {
		byte[] garbage = new byte[256 * 1024];
		new Random(14).nextBytes(garbage);
		ContactCsv.Parsed parsed = ContactCsv.read(garbage);
		assertEquals(List.of(), parsed.rows());
		assertFalse(parsed.errors().isEmpty());
	}

	@Test
	void controlCharactersAndInjectedNumbersAreBadRowsWithTheirLines() {
		String csv = "name,extension\r\nGood,2001\r\n\"Nul\u0000Name\",2002\r\nMallory,\"2003\r\nAction: Originate\"\r\n"
				+ "Eve,2004;DROP TABLE contact\r\n";
		ContactCsv.Parsed parsed = ContactCsv.read(csv.getBytes(StandardCharsets.UTF_8));
		assertEquals(List.of("Good"), parsed.rows().stream().map(r -> r.contact().getName()).toList());
		// a record's line is where it ends (Mallory's quoted number spans lines 4 and 5)
		assertEquals(List.of(3, 5, 6), parsed.errors().stream().map(ContactCsv.RowError::line).toList());
	}

	@Test
	void aFileOfBadRowsStopsAtAHundredErrors() {
		StringBuilder csv = new StringBuilder("name,extension\r\n");
		for (int i = 0; i < 50_000; i++) {
			csv.append("x,not a number\r\n");
		}
		ContactCsv.Parsed parsed = ContactCsv.read(csv.toString().getBytes(StandardCharsets.UTF_8));
		assertEquals(List.of(), parsed.rows());
		assertEquals(101, parsed.errors().size());
		assertTrue(parsed.errors().get(100).problem().startsWith("More than 100 bad rows"));
	}

	@Test
	void aFileLargerThanTheLimitIsRefusedUnread() throws Exception {
		Path huge = dir.resolve("huge.csv");
		try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
			f.setLength(ContactCsv.MAX_BYTES + 1);
		}
		ContactCsv.Parsed parsed = ContactCsv.read(huge);
		assertEquals(List.of(), parsed.rows());
		assertEquals(1, parsed.errors().size());
		assertTrue(parsed.errors().get(0).problem().contains("at most 64 MB"), parsed.errors().get(0).problem());
		Files.delete(huge);
	}

	@Test
	void aLatin1FileIsReadAsGbkAndThePreviewShowsIt() {
		byte[] latin1 = "name,extension\r\nJos\u00e9 M\u00fcller,2001\r\n".getBytes(StandardCharsets.ISO_8859_1);
		ContactCsv.Parsed parsed = ContactCsv.read(latin1);
		// not UTF-8, so the Chinese spreadsheet encoding; the operator sees the name in the preview before importing
		assertEquals("GBK", parsed.encoding());
		assertEquals(List.of(), parsed.errors());
		assertFalse(parsed.rows().get(0).contact().getName().equals("Jos\u00e9 M\u00fcller"));
	}
}
