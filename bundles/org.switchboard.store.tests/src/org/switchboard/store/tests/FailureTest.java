package org.switchboard.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.store.Store;
import org.switchboard.store.StoreException;
import org.switchboard.store.StoreLocation;

/** Storage failures become clear messages, never silence. */
class FailureTest {

	@TempDir
	Path dir;

	@Test
	void anUnreachableNetworkDatabaseSaysSo() throws IOException {
		int port;
		try (ServerSocket s = new ServerSocket(0)) {
			port = s.getLocalPort();
		}
		StoreLocation location = StoreLocation.network("jdbc:derby://127.0.0.1:" + port + "/switchboard", "app", "pw");
		StoreException e = assertThrows(StoreException.class, () -> Store.open(location));
		assertEquals(StoreException.Reason.UNREACHABLE, e.reason());
		assertTrue(e.getMessage().contains("cannot be reached"), e.getMessage());
		assertTrue(e.getMessage().contains("127.0.0.1:" + port), e.getMessage());
		assertFalse(e.getMessage().contains("pw"), "never shows the password");
	}

	@Test
	void anEmbeddedFolderThatCannotBeCreatedSaysSo() throws IOException {
		// not the process's first database (the first also places Derby's log): the folder is checked all the same;
		// left to Derby, a database under a plain file became a database named "null" in the working folder
		Store.open(StoreLocation.embedded(dir.resolve("first"))).close();
		Path stray = Path.of(System.getProperty("user.dir"), "null");
		boolean strayBefore = java.nio.file.Files.exists(stray);
		Path file = dir.resolve("not-a-folder");
		java.nio.file.Files.writeString(file, "x");
		StoreException e = assertThrows(StoreException.class,
				() -> Store.open(StoreLocation.embedded(file.resolve("db"))));
		assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
		if (!strayBefore) {
			assertFalse(java.nio.file.Files.exists(stray), "a database made in the working folder: " + stray);
		}
	}

	@Test
	void derbyFailuresAreTranslatedIntoActionableMessages() {
		assertReason(StoreException.Reason.DISK_FULL, "disk is full",
				new SQLException("Page 7 could not be written to disk, please check if the disk is full", "XSDG1"));
		assertReason(StoreException.Reason.DISK_FULL, "disk is full",
				new SQLException("Cannot write to the log, most likely the log is full.", "XSLA4"));
		assertReason(StoreException.Reason.READ_ONLY, "read-only",
				new SQLException("An SQL data change is not permitted for a read-only connection", "25502"));
		SQLException inUse = new SQLException("Failed to start database", "XJ040");
		inUse.setNextException(new SQLException("Another instance of Derby may have already booted", "XSDB6"));
		assertReason(StoreException.Reason.IN_USE, "another Switchboard", inUse);
		assertReason(StoreException.Reason.UNREACHABLE, "cannot be reached",
				new SQLException("java.net.ConnectException : Error connecting to server", "08001"));
		assertReason(StoreException.Reason.AUTHENTICATION_FAILED, "user name or password",
				new SQLException("Connection authentication failure", "08004"));
	}

	private static void assertReason(StoreException.Reason reason, String text, SQLException e) {
		StoreException translated = StoreException.from(e, "saving the operation log", "/data/db");
		assertEquals(reason, translated.reason());
		assertTrue(translated.getMessage().startsWith("Failed saving the operation log (/data/db): "),
				translated.getMessage());
		assertTrue(translated.getMessage().contains(text), translated.getMessage());
		assertEquals(e, translated.getCause());
	}
}
