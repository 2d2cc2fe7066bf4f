package org.switchboard.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.switchboard.core.LoginException;
import org.switchboard.core.ServerSettings;
import org.switchboard.core.internal.Passwords;
import org.switchboard.model.OperationLogEntry;
import org.switchboard.model.Role;
import org.switchboard.pbx.PbxEndpoint;
import org.switchboard.store.StoreLocation;

/** R5: passwords are kept only as hashes, and no secret is written or printed anywhere. */
class SecretsTest extends CoreTestBase {

	@Test
	@DisplayName("security: passwords reach no database row, operation log entry, log file or message, only their hashes do")
	void passwordsAreKeptOnlyAsHashes() throws Exception {
		String first = "Pw-first-" + System.nanoTime();
		String wrong = "Pw-wrong-" + System.nanoTime();
		String changed = "Pw-changed-" + System.nanoTime();
		currentOperator = "root";
		accounts.create("alice", "Alice", Role.OPERATOR, "1001", first.toCharArray());
		String firstHash = store.operators().find("alice").orElseThrow().getPasswordHash();
		LoginException refused = assertThrows(LoginException.class,
				() -> accounts.authenticate("alice", wrong.toCharArray(), "1001"));
		assertFalse(String.valueOf(refused.getMessage()).contains(wrong), refused.getMessage());
		accounts.changePassword("alice", changed.toCharArray());
		String changedHash = store.operators().find("alice").orElseThrow().getPasswordHash();
		accounts.authenticate("alice", changed.toCharArray(), "1001");
		assertThrows(LoginException.class, () -> accounts.authenticate("alice", first.toCharArray(), "1001"));

		for (String hash : List.of(firstHash, changedHash)) {
			assertTrue(hash.startsWith(Passwords.PREFIX + "$" + Passwords.ITERATIONS + "$"), hash);
			assertEquals(Passwords.ITERATIONS, Passwords.iterationsOf(hash));
		}
		assertNotEquals(firstHash.split("\\$")[2], changedHash.split("\\$")[2], "a new salt for a new password");

		List<OperationLogEntry> entries = logged();
		assertFalse(entries.isEmpty());
		for (OperationLogEntry e : entries) {
			String text = e.getAction() + " " + e.getTarget() + " " + e.getDetail();
			for (String pw : List.of(first, wrong, changed)) {
				assertFalse(text.contains(pw), "a password in the operation log: " + text);
			}
		}
		// the database's files (rows, transaction log) and the console's log files, byte by byte
		log.close();
		store.close();
		int files = 0;
		try (Stream<Path> all = Files.walk(dir)) {
			for (Path f : all.filter(Files::isRegularFile).toList()) {
				String content = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
				for (String pw : List.of(first, wrong, changed)) {
					assertFalse(content.contains(pw), "a password in " + f);
				}
				files++;
			}
		}
		assertTrue(files > 10, "the database's files were searched: " + files);
		// the test base closes them again: reopen so that it can
		openStore();
	}

	@Test
	@DisplayName("security: server settings, PBX endpoints and database locations print no secret")
	void settingsPrintNoSecret() {
		ServerSettings settings = new ServerSettings("pbx.example.org", 5038, "console", "ami-Secret-1", "internal",
				"8000", "jdbc:derby://db.example.org:1527/switchboard", "switchboard", "db-Password-2");
		PbxEndpoint endpoint = new PbxEndpoint("pbx.example.org", 5038, "console", "ami-Secret-1");
		StoreLocation location = StoreLocation.network("jdbc:derby://db.example.org:1527/switchboard", "switchboard",
				"db-Password-2");
		for (Object o : List.of(settings, endpoint, location)) {
			String text = o.toString();
			assertFalse(text.contains("ami-Secret-1") || text.contains("db-Password-2"), text);
		}
		assertTrue(settings.toString().contains("pbx.example.org"), settings.toString());
		assertEquals("jdbc:derby://db.example.org:1527/switchboard", location.describe());
	}
}
