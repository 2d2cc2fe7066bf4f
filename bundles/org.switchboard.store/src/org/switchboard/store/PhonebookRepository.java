package org.switchboard.store;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.switchboard.model.Contact;
import org.switchboard.model.Department;
import org.switchboard.model.PhonebookKind;

/**
 * The enterprise phonebook (shared by all operators) and the personal phonebooks (each seen only by its owner).
 * <p>
 * Every method takes the account of the operator asking ({@code requester}) and enforces the rule here, in the
 * query itself: personal rows of other operators are never read, changed, moved or deleted, whatever ids the
 * caller passes. A personal department or contact always belongs to its requester.
 */
public interface PhonebookRepository {

	/**
	 * A number that grows with every change to any phonebook (contacts, their numbers, departments), by any console:
	 * a console that sees it change reads its books again.
	 */
	long changeCount();

	/** The departments of one book the requester may see (the whole tree; parentId 0 marks the top). */
	List<Department> departments(String requester, PhonebookKind kind);

	/**
	 * Adds a department (sets its id). A personal one belongs to the requester; its parent must be visible to the
	 * requester and in the same book.
	 */
	Department addDepartment(String requester, Department department);

	/** Renames a department the requester may see; false if there is none. */
	boolean renameDepartment(String requester, long id, String name);

	/**
	 * Deletes a department the requester may see, with its sub-departments and their contacts. Returns how many
	 * contacts went with it.
	 */
	int deleteDepartment(String requester, long id);

	/**
	 * Moves a department the requester may see (with its sub-departments and contacts) under another department of
	 * the same book, or to the top ({@code newParentId} 0). Refuses to move a department under itself or one of its
	 * own sub-departments. False if there is no such department.
	 */
	boolean moveDepartment(String requester, long id, long newParentId);

	/** Every contact the requester may see, in both books, numbers included (to build an in-memory search index). */
	List<Contact> allVisible(String requester);

	Optional<Contact> find(String requester, long id);

	/** The contacts of one department, by name, a page at a time. */
	List<Contact> contactsIn(String requester, long departmentId, int offset, int limit);

	/**
	 * Search as you type: contacts whose name (ignoring case) or one of whose numbers starts with the text, in both
	 * books the requester may see, by name, a page at a time.
	 */
	List<Contact> search(String requester, String text, int offset, int limit);

	/** The contacts with exactly this number (to show a caller's name), personal ones first. */
	List<Contact> findByNumber(String requester, String number);

	/** Inserts a contact without id (and sets it) or updates the requester-visible one with its id, numbers included. */
	Contact save(String requester, Contact contact);

	/** The contact with the version it has now, to edit it (see {@link #update}). */
	Optional<Versioned<Contact>> findVersioned(String requester, long id);

	/**
	 * Saves an edit of a contact the requester may see, numbers included, only if the contact still has
	 * {@code expectedVersion} (the version the edit started from); returns its new version. If another console
	 * saved or deleted it in between, nothing is changed and this fails with
	 * {@link StoreException.Reason#CHANGED_ELSEWHERE}.
	 */
	long update(String requester, Contact contact, long expectedVersion);

	/** Inserts many contacts in one transaction with batched statements (CSV import). */
	void insertAll(String requester, List<Contact> contacts);

	/** Deletes the requester-visible contacts among {@code ids}; returns how many. */
	int delete(String requester, Collection<Long> ids);

	/** Moves the requester-visible contacts among {@code ids} to a department of their own book; returns how many. */
	int move(String requester, Collection<Long> ids, long departmentId);
}
