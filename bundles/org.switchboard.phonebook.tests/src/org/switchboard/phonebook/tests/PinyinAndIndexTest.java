package org.switchboard.phonebook.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.switchboard.model.Contact;
import org.switchboard.model.PhonebookKind;
import org.switchboard.phonebook.Pinyin;
import org.switchboard.phonebook.PhonebookIndex;

class PinyinAndIndexTest {

	@Test
	void chineseNamesAreSpelledInPinyinWithoutTones() {
		assertEquals(List.of("zhang", "wei"), Pinyin.syllables("张伟"));
		assertEquals("zhangwei", Pinyin.full("张伟"));
		assertEquals("zw", Pinyin.initials("张伟"));
		assertEquals("wangfang", Pinyin.full("王芳"));
		// a surname read as a surname, not as the character's usual reading
		assertEquals("zengguofan", Pinyin.full("曾国藩"));
		assertEquals(List.of("dr", "wang", "li"), Pinyin.syllables("Dr. 王丽"));
	}

	private final PhonebookIndex index = PhonebookIndex.of(
			List.of(Contacts.contact(1, "张伟", 10, "2001"), Contacts.contact(2, "王芳", 11, "2002", "13800138000"),
					Contacts.contact(3, "Zhao Wen", 11, "2003"), Contacts.contact(4, "李章伟", 10, "2004")),
			List.of(Contacts.department(10, "心内科", 0), Contacts.department(11, "Radiology", 0)));

	@ParameterizedTest
	@ValueSource(strings = { "zhw", "zw", "zhangwei", "zhang", "zhangw", "ZHW", "张" })
	void pinyinInitialsAndFullSpellingFindZhangWeiFirst(String typed) {
		List<Contact> found = index.search(typed, 10);
		assertEquals("张伟", found.get(0).getName(), typed + " found " + names(found));
	}

	@Test
	void aSyllableInsideTheNameMatchesAfterTheNamesThatStartWithItAndPinyinOrdersChineseNames() {
		assertEquals(List.of("李章伟", "张伟"), names(index.search("wei", 10)));
		assertEquals(List.of("张伟", "李章伟"), names(index.search("zhw", 10)));
	}

	@Test
	void lettersThatSpellNoNameFindNothing() {
		assertEquals(List.of(), names(index.search("zhwx", 10)));
		assertEquals(List.of(), names(index.search("hz", 10)));
		assertEquals(List.of(), names(index.search("", 10)));
	}

	@Test
	void numbersAndDepartmentsAreSearchedToo() {
		assertEquals(List.of("王芳"), names(index.search("138001", 10)));
		assertEquals(List.of("Zhao Wen"), names(index.search("2003", 10)));
		assertEquals(List.of("王芳", "Zhao Wen"), names(index.search("radio", 10)));
		assertEquals(List.of("李章伟", "张伟"), names(index.search("心内", 10)));
		assertEquals(1, index.search("20", 1).size());
	}

	@Test
	void aNumberGivesItsContactAndAChangeMakesANewIndex() {
		assertEquals("王芳", index.byNumber("13800138000").get(0).getName());
		PhonebookIndex without = index.without(List.of(2L));
		assertTrue(without.byNumber("13800138000").isEmpty());
		assertEquals(1, index.byNumber("13800138000").size(), "the old index is unchanged");
		PhonebookIndex moved = index.moved(List.of(3L), 10);
		assertEquals(List.of("李章伟", "张伟", "Zhao Wen"), names(moved.search("心内", 10)));
		assertEquals(11, index.contact(3).orElseThrow().getDepartmentId());
	}

	@Test
	void aDepartmentHoldsTheContactsOfItsSubDepartments() {
		PhonebookIndex tree = index.withDepartments(List.of(Contacts.department(10, "心内科", 11),
				Contacts.department(11, "Radiology", 0)));
		assertEquals(List.of("李章伟", "王芳", "张伟", "Zhao Wen"), names(tree.contactsIn(PhonebookKind.ENTERPRISE, 11)));
		assertEquals("Radiology/心内科", tree.departmentPath(10));
	}

	static List<String> names(List<Contact> contacts) {
		return contacts.stream().map(Contact::getName).toList();
	}

}
