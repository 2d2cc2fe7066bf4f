package org.switchboard.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.switchboard.model.Contact;
import org.switchboard.model.ContactNumber;
import org.switchboard.model.Department;
import org.switchboard.model.NumberKind;
import org.switchboard.model.PhonebookKind;
import org.switchboard.model.SwitchboardFactory;
import org.switchboard.store.PhonebookRepository;
import org.switchboard.store.StoreException;
import org.switchboard.store.Versioned;

/** The SQL (Derby) implementation of {@link PhonebookRepository}. */
public final class SqlPhonebookRepository implements PhonebookRepository {

	private static final String CONTACT_COLUMNS = "c.id, c.name, c.kind, c.owner, c.department_id, c.company, "
			+ "c.title, c.email, c.note";
	/** The rows a requester may see: the enterprise book and their own personal book. */
	private static final String VISIBLE = "(c.kind = 'ENTERPRISE' OR (c.kind = 'PERSONAL' AND c.owner = ?))";
	private static final String VISIBLE_DEPARTMENT = "(d.kind = 'ENTERPRISE' OR (d.kind = 'PERSONAL' AND d.owner = ?))";
	private final Db db;

	public SqlPhonebookRepository(Db db) {
		this.db = db;
	}

	// Departments

	@Override
	public List<Department> departments(String requester, PhonebookKind kind) {
		requireRequester(requester);
		return db.call("reading departments", c -> {
			String sql = "SELECT d.id, d.name, d.kind, d.owner, d.parent_id FROM department d WHERE d.kind = ? AND "
					+ VISIBLE_DEPARTMENT + " ORDER BY d.parent_id, d.name, d.id";
			try (PreparedStatement p = c.prepareStatement(sql)) {
				p.setString(1, kind.getLiteral());
				p.setString(2, requester);
				List<Department> result = new ArrayList<>();
				try (ResultSet r = p.executeQuery()) {
					while (r.next()) {
						result.add(readDepartment(r));
					}
				}
				return result;
			}
		});
	}

	@Override
	public Department addDepartment(String requester, Department department) {
		requireRequester(requester);
		department.setOwner(department.getKind() == PhonebookKind.PERSONAL ? requester : null);
		return db.inTransaction("adding a department", c -> {
			if (department.getParentId() != 0) {
				requireDepartment(c, requester, department.getParentId(), department.getKind());
			}
			try (PreparedStatement p = c.prepareStatement(
					"INSERT INTO department (name, kind, owner, parent_id) VALUES (?, ?, ?, ?)",
					Statement.RETURN_GENERATED_KEYS)) {
				p.setString(1, Sql.fit(department.getName(), 128));
				p.setString(2, department.getKind().getLiteral());
				p.setString(3, department.getOwner());
				p.setLong(4, department.getParentId());
				p.executeUpdate();
				try (ResultSet keys = p.getGeneratedKeys()) {
					keys.next();
					department.setId(keys.getLong(1));
				}
			}
			return department;
		});
	}

	@Override
	public boolean renameDepartment(String requester, long id, String name) {
		requireRequester(requester);
		return db.call("renaming a department", c -> {
			try (PreparedStatement p = c.prepareStatement(
					"UPDATE department d SET name = ? WHERE d.id = ? AND " + VISIBLE_DEPARTMENT)) {
				p.setString(1, Sql.fit(name, 128));
				p.setLong(2, id);
				p.setString(3, requester);
				return p.executeUpdate() == 1;
			}
		});
	}

	@Override
	public int deleteDepartment(String requester, long id) {
		requireRequester(requester);
		return db.inTransaction("deleting a department", c -> {
			Department root = requireDepartment(c, requester, id, null);
			List<Long> ids = new ArrayList<>(List.of(root.getId()));
			for (int i = 0; i < ids.size(); i++) {
				try (PreparedStatement p = c.prepareStatement("SELECT id FROM department WHERE parent_id = ?")) {
					p.setLong(1, ids.get(i));
					try (ResultSet r = p.executeQuery()) {
						while (r.next()) {
							ids.add(r.getLong(1));
						}
					}
				}
			}
			int contacts = 0;
			try (PreparedStatement deleteContacts = c.prepareStatement("DELETE FROM contact WHERE department_id = ?");
					PreparedStatement deleteDepartment = c.prepareStatement("DELETE FROM department WHERE id = ?")) {
				for (long each : ids) {
					deleteContacts.setLong(1, each);
					contacts += deleteContacts.executeUpdate();
					deleteDepartment.setLong(1, each);
					deleteDepartment.executeUpdate();
				}
			}
			return contacts;
		});
	}

	@Override
	public boolean moveDepartment(String requester, long id, long newParentId) {
		requireRequester(requester);
		return db.inTransaction("moving a department", c -> {
			Department moved;
			try {
				moved = requireDepartment(c, requester, id, null);
			} catch (StoreException e) {
				return false;
			}
			if (newParentId != 0) {
				requireDepartment(c, requester, newParentId, moved.getKind());
				// walk up from the new parent: meeting the moved department would make a cycle
				long at = newParentId;
				while (at != 0) {
					if (at == id) {
						throw new StoreException(StoreException.Reason.DATABASE_ERROR,
								"A department cannot be moved into itself or one of its sub-departments.");
					}
					try (PreparedStatement p = c.prepareStatement("SELECT parent_id FROM department WHERE id = ?")) {
						p.setLong(1, at);
						try (ResultSet r = p.executeQuery()) {
							at = r.next() ? r.getLong(1) : 0;
						}
					}
				}
			}
			try (PreparedStatement p = c.prepareStatement(
					"UPDATE department d SET parent_id = ? WHERE d.id = ? AND " + VISIBLE_DEPARTMENT)) {
				p.setLong(1, newParentId);
				p.setLong(2, id);
				p.setString(3, requester);
				return p.executeUpdate() == 1;
			}
		});
	}

	@Override
	public long changeCount() {
		return db.call("reading the phonebook's change count", c -> {
			try (PreparedStatement p = c.prepareStatement("SELECT seq FROM phonebook_version WHERE id = 1");
					ResultSet r = p.executeQuery()) {
				return r.next() ? r.getLong(1) : 0L;
			}
		});
	}

	// Contacts

	@Override
	public List<Contact> allVisible(String requester) {
		requireRequester(requester);
		return db.call("reading the phonebook", c -> {
			Map<Long, Contact> byId = new LinkedHashMap<>();
			try (PreparedStatement p = c.prepareStatement(
					"SELECT " + CONTACT_COLUMNS + " FROM contact c WHERE " + VISIBLE + " ORDER BY c.id")) {
				p.setString(1, requester);
				try (ResultSet r = p.executeQuery()) {
					while (r.next()) {
						Contact contact = readContact(r);
						byId.put(contact.getId(), contact);
					}
				}
			}
			// one pass over the numbers of the visible contacts instead of a query per contact
			try (PreparedStatement p = c.prepareStatement("SELECT n.contact_id, n.kind, n.number FROM contact_number n "
					+ "JOIN contact c ON c.id = n.contact_id WHERE " + VISIBLE + " ORDER BY n.contact_id, n.position")) {
				p.setString(1, requester);
				try (ResultSet r = p.executeQuery()) {
					while (r.next()) {
						Contact owner = byId.get(r.getLong(1));
						if (owner != null) {
							owner.getNumbers().add(readNumber(r.getString(2), r.getString(3)));
						}
					}
				}
			}
			return new ArrayList<>(byId.values());
		});
	}

	@Override
	public Optional<Contact> find(String requester, long id) {
		requireRequester(requester);
		return db.call("reading a contact", c -> {
			try (PreparedStatement p = c.prepareStatement(
					"SELECT " + CONTACT_COLUMNS + " FROM contact c WHERE c.id = ? AND " + VISIBLE)) {
				p.setLong(1, id);
				p.setString(2, requester);
				List<Contact> found = readContacts(c, p);
				return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
			}
		});
	}

	@Override
	public List<Contact> contactsIn(String requester, long departmentId, int offset, int limit) {
		requireRequester(requester);
		Sql.checkLimit(limit);
		return db.call("reading contacts", c -> {
			try (PreparedStatement p = c.prepareStatement("SELECT " + CONTACT_COLUMNS + " FROM contact c "
					+ "WHERE c.department_id = ? AND " + VISIBLE
					+ " ORDER BY c.name_key, c.id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
				p.setLong(1, departmentId);
				p.setString(2, requester);
				p.setInt(3, offset);
				p.setInt(4, limit);
				return readContacts(c, p);
			}
		});
	}

	@Override
	public List<Contact> search(String requester, String text, int offset, int limit) {
		requireRequester(requester);
		Sql.checkLimit(limit);
		String pattern = Sql.prefixPattern(text == null ? "" : text.strip().toLowerCase(Locale.ROOT));
		return db.call("searching the phonebook", c -> {
			try (PreparedStatement p = c.prepareStatement("SELECT " + CONTACT_COLUMNS + " FROM contact c WHERE "
					+ VISIBLE + " AND (c.name_key LIKE ? ESCAPE '\\' OR c.id IN (SELECT n.contact_id FROM "
					+ "contact_number n WHERE n.number LIKE ? ESCAPE '\\')) "
					+ "ORDER BY c.name_key, c.id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
				p.setString(1, requester);
				p.setString(2, pattern);
				p.setString(3, pattern);
				p.setInt(4, offset);
				p.setInt(5, limit);
				return readContacts(c, p);
			}
		});
	}

	@Override
	public List<Contact> findByNumber(String requester, String number) {
		requireRequester(requester);
		return db.call("looking up a number", c -> {
			try (PreparedStatement p = c.prepareStatement("SELECT " + CONTACT_COLUMNS + " FROM contact c WHERE "
					+ VISIBLE + " AND c.id IN (SELECT n.contact_id FROM contact_number n WHERE n.number = ?) "
					+ "ORDER BY c.kind DESC, c.name_key, c.id FETCH FIRST 20 ROWS ONLY")) {
				p.setString(1, requester);
				p.setString(2, number);
				return readContacts(c, p);
			}
		});
	}

	@Override
	public Contact save(String requester, Contact contact) {
		requireRequester(requester);
		return db.inTransaction("saving a contact", c -> {
			saveOne(c, requester, contact);
			return contact;
		});
	}

	@Override
	public Optional<Versioned<Contact>> findVersioned(String requester, long id) {
		requireRequester(requester);
		return db.call("reading a contact", c -> {
			long version;
			try (PreparedStatement p = c.prepareStatement(
					"SELECT c.row_version FROM contact c WHERE c.id = ? AND " + VISIBLE)) {
				p.setLong(1, id);
				p.setString(2, requester);
				try (ResultSet r = p.executeQuery()) {
					if (!r.next()) {
						return Optional.empty();
					}
					version = r.getLong(1);
				}
			}
			// the contact is read after its version: if another console saves in between, the version read is
			// older than the contents, and the edit is refused as changed, never saved over the newer row
			try (PreparedStatement p = c.prepareStatement(
					"SELECT " + CONTACT_COLUMNS + " FROM contact c WHERE c.id = ? AND " + VISIBLE)) {
				p.setLong(1, id);
				p.setString(2, requester);
				List<Contact> found = readContacts(c, p);
				return found.isEmpty() ? Optional.empty() : Optional.of(new Versioned<>(found.get(0), version));
			}
		});
	}

	@Override
	public long update(String requester, Contact contact, long expectedVersion) {
		requireRequester(requester);
		if (contact.getId() == 0) {
			throw new IllegalArgumentException("only a stored contact can be updated");
		}
		return db.inTransaction("saving a contact", c -> {
			contact.setOwner(contact.getKind() == PhonebookKind.PERSONAL ? requester : null);
			if (contact.getDepartmentId() != 0) {
				requireDepartment(c, requester, contact.getDepartmentId(), contact.getKind());
			}
			try (PreparedStatement p = c.prepareStatement(UPDATE_CONTACT_SQL + " AND c.row_version = ?")) {
				bindContact(p, contact);
				p.setLong(10, contact.getId());
				p.setString(11, requester);
				p.setLong(12, expectedVersion);
				if (p.executeUpdate() != 1) {
					throw new StoreException(StoreException.Reason.CHANGED_ELSEWHERE, "Contact " + contact.getId()
							+ " was changed or deleted by another console after it was read (version "
							+ expectedVersion + "); nothing was saved.");
				}
			}
			replaceNumbers(c, contact);
			return expectedVersion + 1;
		});
	}

	@Override
	public void insertAll(String requester, List<Contact> contacts) {
		requireRequester(requester);
		db.inTransaction("importing contacts", c -> {
			for (Contact contact : contacts) {
				if (contact.getId() != 0) {
					throw new IllegalArgumentException("a contact to import has an id already: " + contact.getId());
				}
				contact.setOwner(contact.getKind() == PhonebookKind.PERSONAL ? requester : null);
			}
			if (contacts.isEmpty()) {
				return null;
			}
			try (PreparedStatement p = c.prepareStatement(insertContactSql(), Statement.RETURN_GENERATED_KEYS)) {
				for (Contact contact : contacts) {
					if (contact.getDepartmentId() != 0) {
						requireDepartment(c, requester, contact.getDepartmentId(), contact.getKind());
					}
					bindContact(p, contact);
					p.executeUpdate();
					try (ResultSet keys = p.getGeneratedKeys()) {
						keys.next();
						contact.setId(keys.getLong(1));
					}
				}
			}
			insertNumbers(c, contacts);
			return null;
		});
	}

	@Override
	public int delete(String requester, Collection<Long> ids) {
		requireRequester(requester);
		return db.inTransaction("deleting contacts", c -> {
			int deleted = 0;
			try (PreparedStatement p = c.prepareStatement("DELETE FROM contact c WHERE c.id = ? AND " + VISIBLE)) {
				for (long id : ids) {
					p.setLong(1, id);
					p.setString(2, requester);
					p.addBatch();
				}
				for (int n : p.executeBatch()) {
					deleted += n;
				}
			}
			return deleted;
		});
	}

	@Override
	public int move(String requester, Collection<Long> ids, long departmentId) {
		requireRequester(requester);
		return db.inTransaction("moving contacts", c -> {
			Department target = departmentId == 0 ? null : requireDepartment(c, requester, departmentId, null);
			int moved = 0;
			try (PreparedStatement p = c.prepareStatement("UPDATE contact c SET department_id = ?, row_version = row_version + 1 WHERE c.id = ? AND "
					+ VISIBLE + (target == null ? "" : " AND c.kind = ?"))) {
				for (long id : ids) {
					p.setLong(1, departmentId);
					p.setLong(2, id);
					p.setString(3, requester);
					if (target != null) {
						p.setString(4, target.getKind().getLiteral());
					}
					p.addBatch();
				}
				for (int n : p.executeBatch()) {
					moved += n;
				}
			}
			return moved;
		});
	}

	private void saveOne(Connection c, String requester, Contact contact) throws SQLException {
		contact.setOwner(contact.getKind() == PhonebookKind.PERSONAL ? requester : null);
		if (contact.getDepartmentId() != 0) {
			requireDepartment(c, requester, contact.getDepartmentId(), contact.getKind());
		}
		if (contact.getId() == 0) {
			refuseTwin(c, contact);
			try (PreparedStatement p = c.prepareStatement(insertContactSql(), Statement.RETURN_GENERATED_KEYS)) {
				bindContact(p, contact);
				p.executeUpdate();
				try (ResultSet keys = p.getGeneratedKeys()) {
					keys.next();
					contact.setId(keys.getLong(1));
				}
			}
		} else {
			try (PreparedStatement p = c.prepareStatement(UPDATE_CONTACT_SQL)) {
				bindContact(p, contact);
				p.setLong(10, contact.getId());
				p.setString(11, requester);
				if (p.executeUpdate() != 1) {
					throw new StoreException(StoreException.Reason.DATABASE_ERROR,
							"No contact " + contact.getId() + " in the phonebooks you can see.");
				}
			}
			replaceNumbers(c, contact);
			return;
		}
		insertNumbers(c, List.of(contact));
	}

	/**
	 * Refuses a new contact when its book already has one of the same name (ignoring case) with one of its numbers:
	 * two consoles adding the same person at once make one contact. The table lock (held to the commit) lets one
	 * console's check and insert finish before the other's check, which a unique constraint cannot express here (a
	 * contact has several numbers, and colleagues may share one).
	 */
	private static void refuseTwin(Connection c, Contact contact) throws SQLException {
		if (contact.getNumbers().isEmpty()) {
			return;
		}
		try (Statement lock = c.createStatement()) {
			lock.execute("LOCK TABLE contact IN EXCLUSIVE MODE");
		}
		String name = Objects.requireNonNull(contact.getName(), "contact name").strip();
		boolean personal = contact.getOwner() != null;
		try (PreparedStatement p = c.prepareStatement("SELECT n.number FROM contact c JOIN contact_number n "
				+ "ON n.contact_id = c.id WHERE c.name_key = ? AND c.kind = ? AND "
				+ (personal ? "c.owner = ?" : "c.owner IS NULL"))) {
			p.setString(1, Sql.fit(name.toLowerCase(Locale.ROOT), 128));
			p.setString(2, contact.getKind().getLiteral());
			if (personal) {
				p.setString(3, contact.getOwner());
			}
			try (ResultSet r = p.executeQuery()) {
				while (r.next()) {
					String number = r.getString(1);
					if (contact.getNumbers().stream().anyMatch(n -> number.equals(n.getNumber().strip()))) {
						throw new StoreException(StoreException.Reason.DUPLICATE, "The phonebook already has "
								+ name + " with the number " + number + " (perhaps just added by another console).");
					}
				}
			}
		}
	}

	private static void replaceNumbers(Connection c, Contact contact) throws SQLException {
		try (PreparedStatement p = c.prepareStatement("DELETE FROM contact_number WHERE contact_id = ?")) {
			p.setLong(1, contact.getId());
			p.executeUpdate();
		}
		insertNumbers(c, List.of(contact));
	}

	/** Every save of a contact moves its row version on, so that an edit from an older read is refused. */
	private static final String UPDATE_CONTACT_SQL = "UPDATE contact c SET name = ?, name_key = ?, kind = ?, "
			+ "owner = ?, department_id = ?, company = ?, title = ?, email = ?, note = ?, "
			+ "row_version = row_version + 1 WHERE c.id = ? AND " + VISIBLE;

	private static String insertContactSql() {
		return "INSERT INTO contact (name, name_key, kind, owner, department_id, company, title, email, note) "
				+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
	}

	private static void bindContact(PreparedStatement p, Contact contact) throws SQLException {
		String name = Objects.requireNonNull(contact.getName(), "contact name").strip();
		p.setString(1, Sql.fit(name, 128));
		p.setString(2, Sql.fit(name.toLowerCase(Locale.ROOT), 128));
		p.setString(3, contact.getKind().getLiteral());
		p.setString(4, contact.getOwner());
		p.setLong(5, contact.getDepartmentId());
		p.setString(6, Sql.fit(contact.getCompany(), 128));
		p.setString(7, Sql.fit(contact.getTitle(), 128));
		p.setString(8, Sql.fit(contact.getEmail(), 256));
		p.setString(9, Sql.fit(contact.getNote(), 2000));
	}

	private static void insertNumbers(Connection c, List<Contact> contacts) throws SQLException {
		try (PreparedStatement p = c.prepareStatement(
				"INSERT INTO contact_number (contact_id, position, kind, number) VALUES (?, ?, ?, ?)")) {
			int batched = 0;
			for (Contact contact : contacts) {
				int position = 0;
				for (ContactNumber n : contact.getNumbers()) {
					p.setLong(1, contact.getId());
					p.setInt(2, position++);
					p.setString(3, n.getKind().getLiteral());
					p.setString(4, Sql.fit(Objects.requireNonNull(n.getNumber(), "number").strip(), 40));
					p.addBatch();
					if (++batched % 500 == 0) {
						p.executeBatch();
					}
				}
			}
			p.executeBatch();
		}
	}

	/** The department if the requester may see it (and it is of {@code kind}, when given); else a failure. */
	private static Department requireDepartment(Connection c, String requester, long id, PhonebookKind kind)
			throws SQLException {
		try (PreparedStatement p = c.prepareStatement("SELECT d.id, d.name, d.kind, d.owner, d.parent_id "
				+ "FROM department d WHERE d.id = ? AND " + VISIBLE_DEPARTMENT)) {
			p.setLong(1, id);
			p.setString(2, requester);
			try (ResultSet r = p.executeQuery()) {
				if (r.next()) {
					Department d = readDepartment(r);
					if (kind == null || d.getKind() == kind) {
						return d;
					}
				}
			}
		}
		throw new StoreException(StoreException.Reason.DATABASE_ERROR,
				"No department " + id + " in the phonebook you can see.");
	}

	private static List<Contact> readContacts(Connection c, PreparedStatement p) throws SQLException {
		Map<Long, Contact> byId = new LinkedHashMap<>();
		try (ResultSet r = p.executeQuery()) {
			while (r.next()) {
				Contact contact = readContact(r);
				byId.put(contact.getId(), contact);
			}
		}
		if (byId.isEmpty()) {
			return List.of();
		}
		StringBuilder in = new StringBuilder();
		for (int i = 0; i < byId.size(); i++) {
			in.append(i == 0 ? "?" : ", ?");
		}
		try (PreparedStatement n = c.prepareStatement("SELECT contact_id, kind, number FROM contact_number "
				+ "WHERE contact_id IN (" + in + ") ORDER BY contact_id, position")) {
			int i = 1;
			for (long id : byId.keySet()) {
				n.setLong(i++, id);
			}
			try (ResultSet r = n.executeQuery()) {
				while (r.next()) {
					byId.get(r.getLong("contact_id")).getNumbers()
							.add(readNumber(r.getString("kind"), r.getString("number")));
				}
			}
		}
		return new ArrayList<>(byId.values());
	}

	private static Contact readContact(ResultSet r) throws SQLException {
		Contact contact = SwitchboardFactory.eINSTANCE.createContact();
		contact.setId(r.getLong("id"));
		contact.setName(r.getString("name"));
		contact.setKind(PhonebookKind.get(r.getString("kind")));
		contact.setOwner(r.getString("owner"));
		contact.setDepartmentId(r.getLong("department_id"));
		contact.setCompany(r.getString("company"));
		contact.setTitle(r.getString("title"));
		contact.setEmail(r.getString("email"));
		contact.setNote(r.getString("note"));
		return contact;
	}

	/** A stored number; a kind this version does not know reads as OTHER rather than as no kind. */
	private static ContactNumber readNumber(String kind, String value) {
		ContactNumber number = SwitchboardFactory.eINSTANCE.createContactNumber();
		NumberKind known = NumberKind.get(kind);
		number.setKind(known == null ? NumberKind.OTHER : known);
		number.setNumber(value);
		return number;
	}

	private static Department readDepartment(ResultSet r) throws SQLException {
		Department d = SwitchboardFactory.eINSTANCE.createDepartment();
		d.setId(r.getLong("id"));
		d.setName(r.getString("name"));
		d.setKind(PhonebookKind.get(r.getString("kind")));
		d.setOwner(r.getString("owner"));
		d.setParentId(r.getLong("parent_id"));
		return d;
	}

	private static void requireRequester(String requester) {
		if (requester == null || requester.isBlank()) {
			throw new IllegalArgumentException("the phonebook needs the account of the operator asking");
		}
	}
}
