package org.switchboard.phonebook;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.switchboard.core.ContactSearch;
import org.switchboard.core.NameDirectory;
import org.switchboard.core.OperationLog;
import org.switchboard.model.Contact;
import org.switchboard.model.ContactNumber;
import org.switchboard.model.Department;
import org.switchboard.model.Outcome;
import org.switchboard.model.PhonebookKind;
import org.switchboard.model.SwitchboardFactory;
import org.switchboard.pbx.PbxInput;
import org.switchboard.store.Store;
import org.switchboard.store.StoreExecutors;
import org.switchboard.store.Versioned;

/**
 * The phonebooks of one operator (S5): the enterprise book and their personal book, kept in memory for search as
 * you type and for names (this is the console's {@link NameDirectory}), changed through the store, each change one
 * operation-log entry. The E4 context offers the logged-in operator's one (inject {@code PhonebookService}).
 * <p>
 * Reading ({@link #search}, {@link #index}, {@link #lookup}) is in memory and never blocks. Changing blocks on the
 * database: call those off the UI thread. The store enforces that a personal book is its owner's alone.
 */
public final class PhonebookService implements NameDirectory, ContactSearch {

	public static final String LOG_CONTACT_SAVE = "phonebook.contact.save";
	public static final String LOG_CONTACT_DELETE = "phonebook.contact.delete";
	public static final String LOG_CONTACT_MOVE = "phonebook.contact.move";
	public static final String LOG_DEPARTMENT_ADD = "phonebook.department.add";
	public static final String LOG_DEPARTMENT_RENAME = "phonebook.department.rename";
	public static final String LOG_DEPARTMENT_DELETE = "phonebook.department.delete";
	public static final String LOG_DEPARTMENT_MOVE = "phonebook.department.move";
	public static final String LOG_IMPORT = "phonebook.import";
	public static final String LOG_EXPORT = "phonebook.export";
	/** How the operation log names a personal contact or department (with its id, never its name). */
	public static final String PERSONAL_CONTACT = "personal contact";
	public static final String PERSONAL_DEPARTMENT = "personal department";

	private final Store store;
	private final String account;
	private final OperationLog log;
	private volatile PhonebookIndex index = PhonebookIndex.empty();
	/** Names the PBX gives extensions (their caller id), for extensions the phonebook does not name. */
	private final Map<String, String> pbxNames = new ConcurrentHashMap<>();
	private final List<Listener> listeners = new CopyOnWriteArrayList<>();
	private final CompletableFuture<Void> loaded = new CompletableFuture<>();
	/** The names are read (the first publish; the pinyin for search may still be coming). */
	private final CompletableFuture<Void> namesRead = new CompletableFuture<>();
	/** The store's change count when the books were last read (-1: never). */
	private volatile long seenChanges = -1;
	private ScheduledExecutorService watcher;
	private volatile boolean closed;
	private static final String WATCHER = "phonebook watcher";

	public PhonebookService(Store store, String account, OperationLog log) {
		this.store = store;
		this.account = account;
		this.log = log;
	}

	public String account() {
		return account;
	}

	/** Reads both books into memory on a thread of its own; completes when they are searchable. */
	public CompletableFuture<Void> loadInBackground() {
		return loadInBackground(() -> {
		});
	}

	/** Runs {@code first} (e.g. filling a demo phonebook), then reads both books, on a thread of its own. */
	public CompletableFuture<Void> loadInBackground(Runnable first) {
		return loadInBackground(first, null);
	}

	/**
	 * Runs {@code first}, then reads both books on a thread of its own; the pinyin of the first load's Chinese names
	 * (search, sorting) waits for {@code pinyinAfter} (the operator's screen shown), at most {@link #PINYIN_WAIT}: the
	 * names are there at once, and the pinyin (ICU's transliterator: 0.15-0.25 s of CPU on two cores) no longer
	 * competes with the login and the first paint.
	 */
	public CompletableFuture<Void> loadInBackground(Runnable first, CompletionStage<?> pinyinAfter) {
		Thread t = new Thread(() -> {
			try {
				first.run();
				reload(pinyinAfter);
				loaded.complete(null);
			} catch (RuntimeException e) {
				namesRead.completeExceptionally(e);
				loaded.completeExceptionally(e);
			}
		}, "phonebook loader");
		t.setDaemon(true);
		t.start();
		return loaded;
	}

	public CompletableFuture<Void> loaded() {
		return loaded;
	}

	@Override
	public CompletableFuture<Void> namesLoaded() {
		return namesRead;
	}

	/** Reads both books again (blocks on the database). */
	public void reload() {
		reload(null);
	}

	private void reload(CompletionStage<?> pinyinAfter) {
		// read first: a change made while the books are read is seen as new at the next look
		long changes = store.phonebook().changeCount();
		List<Department> departments = new ArrayList<>(store.phonebook().departments(account, PhonebookKind.ENTERPRISE));
		departments.addAll(store.phonebook().departments(account, PhonebookKind.PERSONAL));
		List<Contact> contacts = store.phonebook().allVisible(account);
		if (index.size() == 0 && !contacts.isEmpty()) {
			// the first load, while the home screen opens: the tiles' names and departments at once (the panel waits
			// for them), the pinyin of Chinese names (search, sorting) a moment later
			PhonebookIndex names = PhonebookIndex.withoutPinyin(contacts, departments);
			publish(names);
			namesRead.complete(null);
			awaitQuietly(pinyinAfter);
			// the same names again: not told to the views of names (the panel would redo every extension); search
			// and sorting learn of the pinyin from loaded(). Not over a change read meanwhile (an edit's reload).
			PhonebookIndex withPinyin = PhonebookIndex.of(contacts, departments);
			synchronized (this) {
				if (index == names) {
					index = withPinyin;
				}
			}
		} else {
			publish(PhonebookIndex.of(contacts, departments));
		}
		seenChanges = changes;
		namesRead.complete(null);
		loaded.complete(null);
	}

	/**
	 * Looks every {@code every}, on a thread of its own, whether any phonebook changed in the store (another
	 * console's edit, an import there) and reads the books again when one did, so that every console of a site shows
	 * the same enterprise phonebook. Until {@link #close()}.
	 */
	public synchronized void watchChanges(Duration every) {
		if (watcher != null || closed) {
			return;
		}
		watcher = StoreExecutors.singleThreadScheduled(WATCHER);
		watcher.scheduleWithFixedDelay(this::checkForChanges, every.toMillis(), every.toMillis(),
				TimeUnit.MILLISECONDS);
	}

	/** Reads the books again when the store's change count moved since they were read. */
	public void checkForChanges() {
		try {
			if (!closed && loaded.isDone() && store.phonebook().changeCount() != seenChanges && !closed) {
				reload();
			}
		} catch (RuntimeException e) {
			// the database is away for now: the books in memory stay as they are, the next look tries again
		}
	}

	/**
	 * Stops looking for changes (the operator logged out or handed over). A look running now is not interrupted (it
	 * may be inside the database, and interrupting Derby's file I/O harms the store that the next operator goes on
	 * using): it is waited for a few seconds (see {@link StoreExecutors}).
	 */
	public void close() {
		closed = true;
		ScheduledExecutorService stopping;
		synchronized (this) {
			stopping = watcher;
			watcher = null;
		}
		if (stopping != null) {
			StoreExecutors.stop(stopping, WATCHER);
		}
	}

	/** What this operator sees now: both books, searchable. */
	public PhonebookIndex index() {
		return index;
	}

	public List<Contact> search(String text, int limit) {
		return index.search(text, limit);
	}

	/** {@link ContactSearch}: each number of the matching contacts, a number that matches the text first. */
	@Override
	public List<ContactSearch.Match> matches(String text, int limit) {
		PhonebookIndex now = index;
		String digits = text == null ? "" : text.strip();
		List<ContactSearch.Match> first = new ArrayList<>();
		List<ContactSearch.Match> rest = new ArrayList<>();
		for (Contact c : now.search(text, limit)) {
			for (ContactNumber n : c.getNumbers()) {
				ContactSearch.Match m = new ContactSearch.Match(c.getName(), now.departmentName(c.getDepartmentId()),
						n.getKind().getLiteral(), n.getNumber());
				(n.getNumber().contains(digits) ? first : rest).add(m);
			}
		}
		first.addAll(rest);
		return first.subList(0, Math.min(limit, first.size()));
	}

	// Departments

	public Department addDepartment(PhonebookKind kind, long parentId, String name) {
		String checked = requireName(name);
		Department d = SwitchboardFactory.eINSTANCE.createDepartment();
		d.setKind(kind);
		d.setParentId(parentId);
		d.setName(checked);
		return logged(LOG_DEPARTMENT_ADD, kind == PhonebookKind.PERSONAL ? PERSONAL_DEPARTMENT : checked, () -> {
			Department added = store.phonebook().addDepartment(account, d);
			reloadDepartments();
			return added;
		});
	}

	public void renameDepartment(long id, String name) {
		String checked = requireName(name);
		logged(LOG_DEPARTMENT_RENAME, logDepartment(id) + (isPersonal(id) ? "" : " → " + checked), () -> {
			if (!store.phonebook().renameDepartment(account, id, checked)) {
				throw new IllegalArgumentException("No department " + id + " in the phonebooks you can see.");
			}
			reloadDepartments();
			return null;
		});
	}

	/** Deletes a department with its sub-departments and their contacts; returns how many contacts went with it. */
	public int deleteDepartment(long id) {
		return logged(LOG_DEPARTMENT_DELETE, logDepartment(id), () -> {
			int contacts = store.phonebook().deleteDepartment(account, id);
			reload();
			return contacts;
		});
	}

	/** How many contacts a department and its sub-departments hold (what deleting it would delete). */
	public int contactsUnder(long departmentId) {
		PhonebookIndex now = index;
		return now.department(departmentId).map(d -> now.contactsIn(d.getKind(), departmentId).size()).orElse(0);
	}

	public void moveDepartment(long id, long newParentId) {
		logged(LOG_DEPARTMENT_MOVE, logDepartment(id) + " → " + logDepartment(newParentId), () -> {
			if (!store.phonebook().moveDepartment(account, id, newParentId)) {
				throw new IllegalArgumentException("No department " + id + " in the phonebooks you can see.");
			}
			reloadDepartments();
			return null;
		});
	}

	// Contacts

	/**
	 * Adds (id 0) or updates a contact, numbers included, after checking it: a name, and numbers that can be dialled
	 * ({@link PbxInput}); a bad one fails with {@code PbxException} {@code INVALID_INPUT} and nothing is stored.
	 */
	public Contact save(Contact contact) {
		validate(contact);
		Contact copy = EcoreUtil.copy(contact);
		return logged(LOG_CONTACT_SAVE, () -> logName(copy), () -> {
			Contact saved = store.phonebook().save(account, copy);
			publish(index.with(saved));
			contact.setId(saved.getId());
			contact.setOwner(saved.getOwner());
			return saved;
		});
	}

	/**
	 * A contact as stored now, with its version, to edit it (blocks on the database). Empty if it was deleted or
	 * is not visible to this operator.
	 */
	public Optional<Versioned<Contact>> forEdit(long id) {
		return store.phonebook().findVersioned(account, id);
	}

	/**
	 * Saves an edit of a stored contact that started from {@code expectedVersion} (see {@link #forEdit}), after
	 * checking it as {@link #save} does; returns the new version. If another console saved or deleted the contact
	 * since, nothing is saved and this fails with {@code StoreException} {@code CHANGED_ELSEWHERE}: the operator
	 * decides, with what the other console saved in view ({@link #forEdit} again).
	 */
	public long update(Contact contact, long expectedVersion) {
		validate(contact);
		Contact copy = EcoreUtil.copy(contact);
		return logged(LOG_CONTACT_SAVE, contact.getName(), () -> {
			long version = store.phonebook().update(account, copy, expectedVersion);
			publish(index.with(copy));
			contact.setOwner(copy.getOwner());
			return version;
		});
	}

	public int delete(Collection<Long> ids) {
		List<Long> copy = List.copyOf(ids);
		String target = names(copy);
		return logged(LOG_CONTACT_DELETE, target, () -> {
			int n = store.phonebook().delete(account, copy);
			publish(index.without(copy));
			return n;
		});
	}

	/** Moves contacts to a department of their own book (0: the top of the book); returns how many moved. */
	public int move(Collection<Long> ids, long departmentId) {
		List<Long> copy = List.copyOf(ids);
		return logged(LOG_CONTACT_MOVE, names(copy) + " → " + logDepartment(departmentId), () -> {
			int n = store.phonebook().move(account, copy, departmentId);
			reload();
			return n;
		});
	}

	/**
	 * Imports parsed CSV rows into one book, all or nothing: a file with any bad row imports none (the rows' errors
	 * say why); otherwise departments named in the file are found or created (a path {@code A/B}) and every contact
	 * is inserted in one transaction. Returns how many contacts were imported.
	 */
	public int importContacts(ContactCsv.Parsed parsed, PhonebookKind kind) {
		if (!parsed.errors().isEmpty()) {
			if (log != null) {
				log.record(LOG_IMPORT, parsed.rows().size() + parsed.errors().size() + " rows", Outcome.FAILURE,
					parsed.errors().size() + " bad rows, nothing imported");
			}
			throw new IllegalArgumentException(parsed.errors().size() + " bad rows: nothing was imported");
		}
		return logged(LOG_IMPORT, parsed.rows().size() + " rows", () -> {
			store.inTransaction(() -> {
				Map<String, Long> departments = new ConcurrentHashMap<>();
				List<Contact> contacts = new ArrayList<>();
				for (ContactCsv.Row row : parsed.rows()) {
					Contact c = EcoreUtil.copy(row.contact());
					c.setKind(kind);
					c.setDepartmentId(departmentFor(kind, row.departmentPath(), departments));
					contacts.add(c);
				}
				store.phonebook().insertAll(account, contacts);
			});
			reload();
			return parsed.rows().size();
		});
	}

	/** The department at a path of names ({@code Hospital/Cardiology}), created where missing; 0 for no path. */
	private long departmentFor(PhonebookKind kind, List<String> path, Map<String, Long> made) {
		long parent = 0;
		StringBuilder key = new StringBuilder();
		for (String name : path) {
			key.append('/').append(name);
			Long known = made.get(key.toString());
			if (known == null) {
				long under = parent;
				known = store.phonebook().departments(account, kind).stream()
						.filter(d -> d.getParentId() == under && d.getName().equals(name)).map(Department::getId)
						.findFirst().orElseGet(() -> {
							Department d = SwitchboardFactory.eINSTANCE.createDepartment();
							d.setKind(kind);
							d.setParentId(under);
							d.setName(name);
							return store.phonebook().addDepartment(account, d).getId();
						});
				made.put(key.toString(), known);
			}
			parent = known;
		}
		return parent;
	}

	/** Records an export of {@code count} contacts (the caller writes the file, {@link ContactCsv#write}). */
	public void recordExport(int count, String file, Throwable failure) {
		if (log != null) {
			log.record(LOG_EXPORT, file, failure == null ? Outcome.SUCCESS : Outcome.FAILURE,
				failure == null ? count + " contacts" : String.valueOf(failure.getMessage()));
		}
	}

	// Names

	@Override
	public Optional<Party> lookup(String number) {
		if (number == null || number.isBlank()) {
			return Optional.empty();
		}
		PhonebookIndex now = index;
		List<Contact> found = now.byNumber(number);
		if (!found.isEmpty()) {
			Contact c = found.get(0);
			return Optional.of(new Party(c.getName(), now.departmentName(c.getDepartmentId())));
		}
		String pbx = pbxNames.get(number.strip());
		return pbx == null ? Optional.empty() : Optional.of(new Party(pbx, ""));
	}

	/** As {@link #lookup}, but from the enterprise book and the PBX only: personal contacts stay their owner's. */
	@Override
	public Optional<Party> lookupShared(String number) {
		if (number == null || number.isBlank()) {
			return Optional.empty();
		}
		PhonebookIndex now = index;
		Optional<Contact> shared = now.byNumber(number).stream().filter(c -> c.getKind() == PhonebookKind.ENTERPRISE)
				.findFirst();
		if (shared.isPresent()) {
			return Optional.of(new Party(shared.get().getName(), now.departmentName(shared.get().getDepartmentId())));
		}
		String pbx = pbxNames.get(number.strip());
		return pbx == null ? Optional.empty() : Optional.of(new Party(pbx, ""));
	}

	/** Names from the PBX (an extension's caller id), used where the phonebook has none. */
	public void putPbxNames(Map<String, String> names) {
		boolean changed = false;
		for (Map.Entry<String, String> e : names.entrySet()) {
			if (e.getValue() != null && !e.getValue().isBlank() && !e.getValue().equals(pbxNames.put(e.getKey(), e.getValue()))) {
				changed = true;
			}
		}
		if (changed) {
			fire();
		}
	}

	@Override
	public AutoCloseable addListener(Listener listener) {
		listeners.add(listener);
		return () -> listeners.remove(listener);
	}

	// Checks

	/** Checks a contact as {@link #save} does: fails with {@code PbxException} {@code INVALID_INPUT}. */
	public static void validate(Contact contact) {
		requireName(contact.getName());
		for (ContactNumber n : contact.getNumbers()) {
			PbxInput.requireNumber(String.valueOf(n.getKind()).toLowerCase(java.util.Locale.ROOT) + " number",
					n.getNumber() == null ? null : n.getNumber().strip());
		}
		for (String text : new String[] { contact.getTitle(), contact.getCompany(), contact.getEmail() }) {
			if (text != null && !text.isEmpty()) {
				PbxInput.requireText("A contact's detail", text);
			}
		}
	}

	private static String requireName(String name) {
		String stripped = name == null ? "" : name.strip();
		if (stripped.isEmpty()) {
			throw new org.switchboard.pbx.PbxException(org.switchboard.pbx.PbxException.Reason.INVALID_INPUT,
					"The name is empty");
		}
		return PbxInput.requireText("The name", stripped);
	}

	private void reloadDepartments() {
		List<Department> departments = new ArrayList<>(store.phonebook().departments(account, PhonebookKind.ENTERPRISE));
		departments.addAll(store.phonebook().departments(account, PhonebookKind.PERSONAL));
		publish(index.withDepartments(departments));
	}

	private void publish(PhonebookIndex next) {
		synchronized (this) {
			index = next;
		}
		fire();
	}

	/** How long the first load's pinyin waits for the operator's screen at most. */
	static final Duration PINYIN_WAIT = Duration.ofSeconds(3);

	private static void awaitQuietly(CompletionStage<?> stage) {
		if (stage == null) {
			return;
		}
		try {
			stage.toCompletableFuture().get(PINYIN_WAIT.toMillis(), TimeUnit.MILLISECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		} catch (ExecutionException | TimeoutException | RuntimeException e) {
			// the screen did not say (a console without one): the pinyin now
		}
	}

	private void fire() {
		for (Listener l : listeners) {
			l.namesChanged();
		}
	}

	private String names(List<Long> ids) {
		StringBuilder b = new StringBuilder();
		for (long id : ids) {
			if (b.length() > 200) {
				return b.append(", … (").append(ids.size()).append(')').toString();
			}
			b.append(b.isEmpty() ? "" : ", ").append(index.contact(id).map(this::logName).orElse("#" + id));
		}
		return b.toString();
	}

	/**
	 * A contact as the operation log names it. Every operator who may query the log reads it, so a personal contact
	 * is named by its id alone: its name and numbers stay in its owner's book.
	 */
	private String logName(Contact c) {
		return c.getKind() == PhonebookKind.PERSONAL ? PERSONAL_CONTACT + (c.getId() == 0 ? "" : " #" + c.getId())
				: c.getName();
	}

	private boolean isPersonal(long departmentId) {
		return index.department(departmentId).map(d -> d.getKind() == PhonebookKind.PERSONAL).orElse(false);
	}

	/** A department as the operation log names it (a personal one by its id alone, see {@link #logName}). */
	private String logDepartment(long id) {
		return isPersonal(id) ? PERSONAL_DEPARTMENT + " #" + id : index.departmentName(id);
	}

	private <T> T logged(String action, Supplier<String> target, Supplier<T> work) {
		try {
			T result = work.get();
			if (log != null) {
				log.record(action, target.get(), Outcome.SUCCESS, "");
			}
			return result;
		} catch (RuntimeException e) {
			if (log != null) {
				log.record(action, target.get(), Outcome.FAILURE, String.valueOf(e.getMessage()));
			}
			throw e;
		}
	}

	private <T> T logged(String action, String target, Supplier<T> work) {
		try {
			T result = work.get();
			if (log != null) {
				log.record(action, target, Outcome.SUCCESS, "");
			}
			return result;
		} catch (RuntimeException e) {
			if (log != null) {
				log.record(action, target, Outcome.FAILURE, String.valueOf(e.getMessage()));
			}
			throw e;
		}
	}
}
