package org.switchboard.phonebook.tests;

import org.switchboard.model.Contact;
import org.switchboard.model.ContactNumber;
import org.switchboard.model.Department;
import org.switchboard.model.NumberKind;
import org.switchboard.model.PhonebookKind;
import org.switchboard.model.SwitchboardFactory;

/** Contacts and departments for tests: the first number is an extension, the others mobile. */
final class Contacts {

	private Contacts() {
	}

	static Contact contact(long id, String name, long department, String... numbers) {
		Contact c = SwitchboardFactory.eINSTANCE.createContact();
		c.setId(id);
		c.setName(name);
		c.setKind(PhonebookKind.ENTERPRISE);
		c.setDepartmentId(department);
		for (int i = 0; i < numbers.length; i++) {
			ContactNumber n = SwitchboardFactory.eINSTANCE.createContactNumber();
			n.setKind(i == 0 ? NumberKind.EXTENSION : NumberKind.MOBILE);
			n.setNumber(numbers[i]);
			c.getNumbers().add(n);
		}
		return c;
	}

	static Department department(long id, String name, long parent) {
		Department d = SwitchboardFactory.eINSTANCE.createDepartment();
		d.setId(id);
		d.setName(name);
		d.setKind(PhonebookKind.ENTERPRISE);
		d.setParentId(parent);
		return d;
	}
}
