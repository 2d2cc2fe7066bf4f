package org.switchboard.store.tests;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.store.Store;
import org.switchboard.store.StoreLocation;

/** A fresh embedded database in a temporary folder for each test. */
abstract class StoreTestBase {

	@TempDir
	Path dir;
	Store store;

	@BeforeEach
	void openStore() {
		store = Store.open(StoreLocation.embedded(dir.resolve("db")));
	}

	@AfterEach
	void closeStore() {
		store.close();
	}
}
