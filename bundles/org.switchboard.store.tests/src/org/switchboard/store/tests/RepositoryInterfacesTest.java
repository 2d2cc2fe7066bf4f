package org.switchboard.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.switchboard.store.Store;

/** A third party builds against the store's interfaces; the SQL behind them stays in the internal package. */
class RepositoryInterfacesTest extends StoreTestBase {

	@Test
	void everyRepositoryOfTheStoreIsAPublicInterfaceWithAnInternalImplementation() throws Exception {
		List<String> repositories = new ArrayList<>();
		for (Method m : Store.class.getMethods()) {
			Class<?> type = m.getReturnType();
			if (type.getSimpleName().endsWith("Repository")) {
				repositories.add(type.getSimpleName());
				assertTrue(type.isInterface(), type + " is an interface");
				assertEquals("org.switchboard.store", type.getPackageName(), type + " is in the API package");
				Object implementation = m.invoke(store);
				assertTrue(type.isInstance(implementation));
				assertEquals("org.switchboard.store.internal", implementation.getClass().getPackageName(),
						"the SQL implementation of " + type.getSimpleName());
			}
		}
		repositories.sort(null);
		assertEquals(List.of("CallRecordRepository", "HandoverRepository", "NightServiceRepository",
				"OperationLogRepository", "OperatorRepository", "PhonebookRepository", "RoleRightRepository",
				"ServerProfileRepository",
				"WakeUpRepository"), repositories);
	}
}
