package org.switchboard.phonebook.internal;

import org.switchboard.model.Contact;
import org.switchboard.model.ContactNumber;
import org.switchboard.model.Department;
import org.switchboard.model.NumberKind;
import org.switchboard.model.PhonebookKind;
import org.switchboard.model.SwitchboardFactory;
import org.switchboard.store.Store;

/**
 * The demo site's enterprise phonebook (demo mode only, into its own database, once): a small hospital whose
 * departments and staff own the simulator's extensions 1001-1010, so that demo mode shows names everywhere.
 */
final class DemoPhonebook {

	/** {@code -Dswitchboard.demo.phonebook=false}: demo mode without it (e.g. a demo PBX of another site). */
	static final String PROPERTY = "switchboard.demo.phonebook";

	private static final String[][] STAFF = {
			// extension, name, department, title, mobile
			{ "1001", "总机 Operator", "行政办公室", "Switchboard", "" },
			{ "1002", "张伟", "心内科", "主任医师", "13800138002" },
			{ "1003", "王芳", "心内科", "护士长", "13800138003" },
			{ "1004", "李娜", "放射科", "医师", "" },
			{ "1005", "刘洋", "放射科", "技师", "" },
			{ "1006", "陈静", "行政办公室", "院长助理", "13900139006" },
			{ "1007", "杨磊", "行政办公室", "IT", "" },
			{ "1008", "赵敏", "前台 Reception", "Reception", "" },
			{ "1009", "黄强", "前台 Reception", "Reception", "" },
			{ "1010", "Dr. Smith", "国际医疗部", "Physician", "" } };

	private DemoPhonebook() {
	}

	/** Fills the enterprise book when it is empty (the first demo start). */
	static void fillIfEmpty(Store store, String account) {
		if (!store.phonebook().departments(account, PhonebookKind.ENTERPRISE).isEmpty()
				|| !store.phonebook().search(account, "1", 0, 1).isEmpty()) {
			return;
		}
		store.inTransaction(() -> {
			java.util.Map<String, Long> departments = new java.util.HashMap<>();
			for (String[] s : STAFF) {
				long department = departments.computeIfAbsent(s[2], name -> {
					Department d = SwitchboardFactory.eINSTANCE.createDepartment();
					d.setName(name);
					d.setKind(PhonebookKind.ENTERPRISE);
					return store.phonebook().addDepartment(account, d).getId();
				});
				Contact c = SwitchboardFactory.eINSTANCE.createContact();
				c.setName(s[1]);
				c.setKind(PhonebookKind.ENTERPRISE);
				c.setDepartmentId(department);
				c.setTitle(s[3]);
				c.getNumbers().add(number(NumberKind.EXTENSION, s[0]));
				if (!s[4].isEmpty()) {
					c.getNumbers().add(number(NumberKind.MOBILE, s[4]));
				}
				store.phonebook().save(account, c);
			}
		});
	}

	private static ContactNumber number(NumberKind kind, String value) {
		ContactNumber n = SwitchboardFactory.eINSTANCE.createContactNumber();
		n.setKind(kind);
		n.setNumber(value);
		return n;
	}
}
