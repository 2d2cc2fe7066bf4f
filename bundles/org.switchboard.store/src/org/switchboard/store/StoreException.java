package org.switchboard.store;

import java.sql.SQLException;

/**
 * A storage failure, with a message an operator or administrator can act on. Repositories never swallow a failure:
 * every write either succeeds or throws this.
 */
public class StoreException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/** What went wrong, for code that reacts to it. */
	public enum Reason {
		/** The disk (or a quota) is full: nothing more can be written. */
		DISK_FULL,
		/** The database is read-only (read-only medium or connection). */
		READ_ONLY,
		/** The database server cannot be reached, or the connection to it was lost. */
		UNREACHABLE,
		/** The embedded database is open in another program (another console on this computer). */
		IN_USE,
		/** Wrong database user or password. */
		AUTHENTICATION_FAILED,
		/** A row that must be unique already exists. */
		DUPLICATE,
		/**
		 * Another console (or another window) saved the same row after this one read it: the change was not made,
		 * so that neither edit is lost without anyone being told.
		 */
		CHANGED_ELSEWHERE,
		/** The database was written by a newer Switchboard than this one. */
		SCHEMA_TOO_NEW,
		/** Anything else the database reported. */
		DATABASE_ERROR
	}

	private final Reason reason;

	public StoreException(Reason reason, String message, Throwable cause) {
		super(message, cause);
		this.reason = reason;
	}

	public StoreException(Reason reason, String message) {
		this(reason, message, null);
	}

	public Reason reason() {
		return reason;
	}

	/**
	 * Translates a Derby failure into a clear message.
	 *
	 * @param doing what the store was doing, e.g. {@code "saving the operation log"}
	 * @param where the database, e.g. its folder or URL (never its password)
	 */
	public static StoreException from(SQLException e, String doing, String where) {
		Reason reason = reasonOf(e);
		String what = switch (reason) {
		case DISK_FULL -> "the disk is full (or a quota was reached); free some space";
		case READ_ONLY -> "the database is read-only; check the folder's permissions or the medium";
		case UNREACHABLE -> "the database server cannot be reached; check that it runs and the network";
		case IN_USE -> "the database is already open in another Switchboard on this computer; close it, or share the data through a Derby network server";
		case AUTHENTICATION_FAILED -> "the database refused the user name or password";
		case DUPLICATE -> "such an entry already exists";
		case CHANGED_ELSEWHERE -> "another console changed it meanwhile";
		case SCHEMA_TOO_NEW -> "the database was written by a newer version of Switchboard";
		case DATABASE_ERROR -> "the database reported: " + deepestMessage(e);
		};
		return new StoreException(reason, "Failed " + doing + " (" + where + "): " + what + ".", e);
	}

	static Reason reasonOf(SQLException e) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof SQLException s) {
				for (SQLException n = s; n != null; n = n.getNextException()) {
					Reason r = reasonOfState(n.getSQLState());
					if (r != null) {
						return r;
					}
				}
			}
			if (t instanceof java.net.ConnectException || t instanceof java.net.UnknownHostException) {
				return Reason.UNREACHABLE;
			}
		}
		return Reason.DATABASE_ERROR;
	}

	private static Reason reasonOfState(String state) {
		if (state == null) {
			return null;
		}
		return switch (state) {
		// page could not be written; log full; file could not be extended
		case "XSDG1", "XSLA4", "XSDFI", "XSLAK", "XSDG5" -> Reason.DISK_FULL;
		case "25502", "25503", "25505", "XSAI3", "XBCXA" -> Reason.READ_ONLY;
		case "XSDB6" -> Reason.IN_USE;
		case "08004" -> Reason.AUTHENTICATION_FAILED;
		case "23505" -> Reason.DUPLICATE;
		default -> state.startsWith("08") || state.equals("40XD0") ? Reason.UNREACHABLE : null;
		};
	}

	private static String deepestMessage(Throwable e) {
		String message = e.getMessage();
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t.getMessage() != null) {
				message = t.getMessage();
			}
		}
		return message;
	}
}
