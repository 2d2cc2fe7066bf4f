package org.switchboard.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.store.Store;
import org.switchboard.store.StoreLocation;
import org.switchboard.store.internal.Db;

/** R5: the shared database is read by every console of a site, so it keeps no secret: those are in secure storage. */
class SchemaSecretsTest {

	@TempDir
	Path dir;

	@Test
	@DisplayName("security: no table of the latest schema has a column for a password or secret but the operators' hashes")
	void noColumnKeepsASecret() throws Exception {
		StoreLocation location = StoreLocation.embedded(dir.resolve("db"));
		Store.open(location).close();
		List<String> columns = new ArrayList<>();
		List<String> secretLike = new ArrayList<>();
		try (Db db = new Db(location); Connection c = db.open("test");
				ResultSet r = c.getMetaData().getColumns(null, null, "%", "%")) {
			while (r.next()) {
				if (r.getString("TABLE_SCHEM").startsWith("SYS")) {
					continue;
				}
				String column = (r.getString("TABLE_NAME") + "." + r.getString("COLUMN_NAME")).toLowerCase(Locale.ROOT);
				columns.add(column);
				if (column.matches(".*(password|passwd|pwd|secret|credential).*")) {
					secretLike.add(column);
				}
			}
		}
		assertTrue(columns.contains("server_profile.ami_user"), "the server profiles were read: " + columns);
		assertEquals(List.of("operator.password_hash"), secretLike);
	}
}
