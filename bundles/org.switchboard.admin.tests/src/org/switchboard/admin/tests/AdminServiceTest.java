package org.switchboard.admin.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.admin.AdminService;
import org.switchboard.admin.AdminService.AdminException;
import org.switchboard.core.AccessDeniedException;
import org.switchboard.core.ConsoleServices;
import org.switchboard.core.LoginException;
import org.switchboard.core.Right;
import org.switchboard.core.ServerSettings;
import org.switchboard.model.OperationLogEntry;
import org.switchboard.model.Operator;
import org.switchboard.model.Role;
import org.switchboard.model.ServerProfile;
import org.switchboard.model.SwitchboardFactory;
import org.switchboard.store.OperationLogQuery;

/**
 * The administration services over a real console (demo mode: the bundled simulator over AMI, embedded Derby in a
 * temporary folder): what an administrator may do, and that a plain operator is refused by the service itself.
 */
class AdminServiceTest {

	@TempDir
	Path dir;
	ConsoleServices services;
	AdminService admin;

	@BeforeEach
	void start() throws Exception {
		services = ConsoleServices.start(ServerSettings.demo().withDatabase(dir.resolve("db").toString(), "", ""));
		services.accounts().create("olga", "Olga", Role.OPERATOR, "1002", "operator".toCharArray());
		services.sessions().login("demo", "demo".toCharArray(), "1001");
		admin = new AdminService(services.sessions(), services.accounts(), services.store(), services.operationLog());
	}

	@AfterEach
	void stop() {
		services.close();
	}

	@Test
	void anAdministratorCreatesDisablesResetsAndPromotesAccounts() throws Exception {
		assertTrue(admin.allowed());
		admin.createOperator("carl", "Carl", Role.OPERATOR, "1003", "first-pw".toCharArray());
		assertEquals(List.of("carl", "demo", "olga"), admin.operators().stream().map(Operator::getAccount).toList());

		admin.setEnabled("carl", false);
		assertEquals(LoginException.Reason.DISABLED, assertThrows(LoginException.class,
				() -> services.accounts().authenticate("carl", "first-pw".toCharArray(), "1003")).reason());
		admin.setEnabled("carl", true);

		admin.resetPassword("carl", "second-pw".toCharArray());
		assertEquals(LoginException.Reason.WRONG_CREDENTIALS, assertThrows(LoginException.class,
				() -> services.accounts().authenticate("carl", "first-pw".toCharArray(), "1003")).reason());
		assertEquals("carl", services.accounts().authenticate("carl", "second-pw".toCharArray(), "1003").getAccount());

		admin.setRole("carl", Role.ADMINISTRATOR);
		assertEquals(Role.ADMINISTRATOR, services.store().operators().find("carl").orElseThrow().getRole());

		List<String> expected = List.of("operator.create carl", "operator.disable carl", "operator.enable carl",
				"operator.password carl", "operator.role carl");
		List<String> logged = awaitLogged("demo", expected);
		assertTrue(logged.containsAll(expected), expected + " in " + logged);
	}

	@Test
	void badRequestsAreRefusedWithTheirReasonAndChangeNothing() throws Exception {
		assertEquals(AdminService.Reason.DUPLICATE, assertThrows(AdminException.class,
				() -> admin.createOperator("olga", "", Role.OPERATOR, "", "whatever".toCharArray())).reason());
		assertEquals(AdminService.Reason.INVALID_INPUT, assertThrows(AdminException.class,
				() -> admin.createOperator("x y", "", Role.OPERATOR, "", "whatever".toCharArray())).reason());
		assertEquals(AdminService.Reason.INVALID_INPUT, assertThrows(AdminException.class,
				() -> admin.createOperator("zed", "", Role.OPERATOR, "10a", "whatever".toCharArray())).reason());
		assertEquals(AdminService.Reason.INVALID_INPUT, assertThrows(AdminException.class,
				() -> admin.resetPassword("olga", "abc".toCharArray())).reason());
		assertEquals(AdminService.Reason.UNKNOWN_ACCOUNT, assertThrows(AdminException.class,
				() -> admin.setEnabled("nobody", false)).reason());
		assertEquals(AdminService.Reason.OWN_ACCOUNT, assertThrows(AdminException.class,
				() -> admin.setRole("demo", Role.OPERATOR)).reason());
		assertEquals(AdminService.Reason.OWN_ACCOUNT, assertThrows(AdminException.class,
				() -> admin.setEnabled("demo", false)).reason());
		assertEquals(2, admin.operators().size());
		assertEquals(Role.ADMINISTRATOR, services.store().operators().find("demo").orElseThrow().getRole());
		assertTrue(services.store().operators().find("demo").orElseThrow().isEnabled());
	}

	@Test
	void theLastEnabledAdministratorCannotBeDemotedByAnother() throws Exception {
		admin.createOperator("root", "Root", Role.ADMINISTRATOR, "", "rootroot".toCharArray());
		services.sessions().handover("root", "rootroot".toCharArray());
		admin.setRole("demo", Role.OPERATOR);
		services.sessions().handover("demo", "demo".toCharArray());
		assertThrows(AccessDeniedException.class, () -> admin.setRole("root", Role.OPERATOR),
				"demo is no administrator any more");
	}

	@Test
	void aPlainOperatorIsRefusedByEveryAdministrationService() throws Exception {
		services.sessions().handover("olga", "operator".toCharArray());
		assertFalse(admin.allowed());
		ServerProfile profile = SwitchboardFactory.eINSTANCE.createServerProfile();
		profile.setName("main");
		List<org.junit.jupiter.api.function.Executable> calls = List.of(admin::operators,
				() -> admin.createOperator("mallory", "", Role.ADMINISTRATOR, "", "mallory1".toCharArray()),
				() -> admin.setEnabled("demo", false), () -> admin.resetPassword("demo", "taken-over".toCharArray()),
				() -> admin.setRole("olga", Role.ADMINISTRATOR), admin::serverProfiles,
				() -> admin.saveServerProfile(profile), admin::databaseLocation);
		for (var call : calls) {
			AccessDeniedException e = assertThrows(AccessDeniedException.class, call);
			assertEquals("olga", e.account());
			assertEquals(Right.ADMINISTRATION, e.right());
		}
		Operator demo = services.store().operators().find("demo").orElseThrow();
		assertTrue(demo.isEnabled());
		assertEquals(Role.ADMINISTRATOR, demo.getRole());
		assertTrue(services.store().operators().find("mallory").isEmpty());
		assertEquals(Role.OPERATOR, services.store().operators().find("olga").orElseThrow().getRole());
		assertTrue(services.store().serverProfiles().all().isEmpty());
	}

	@Test
	void privilegedRightsGrantedToOperatorsFollowTheSessionAndAreCheckedByTheService() throws Exception {
		assertEquals(java.util.Set.of(), admin.rights(Role.OPERATOR));
		admin.setRight(Role.OPERATOR, Right.MONITOR, true);
		assertEquals(java.util.Set.of(Right.MONITOR), admin.rights(Role.OPERATOR));
		assertEquals(AdminService.Reason.INVALID_INPUT, assertThrows(AdminException.class,
				() -> admin.setRight(Role.OPERATOR, Right.ADMINISTRATION, true)).reason());
		assertEquals(AdminService.Reason.INVALID_INPUT, assertThrows(AdminException.class,
				() -> admin.setRight(Role.ADMINISTRATOR, Right.MONITOR, false)).reason());

		services.sessions().handover("olga", "operator".toCharArray());
		services.sessions().require(Right.MONITOR);
		assertThrows(AccessDeniedException.class, () -> services.sessions().require(Right.BARGE_IN));
		assertThrows(AccessDeniedException.class, () -> admin.setRight(Role.OPERATOR, Right.BARGE_IN, true),
				"an operator cannot grant herself more");

		services.sessions().handover("demo", "demo".toCharArray());
		admin.setRight(Role.OPERATOR, Right.MONITOR, false);
		services.sessions().handover("olga", "operator".toCharArray());
		assertThrows(AccessDeniedException.class, () -> services.sessions().require(Right.MONITOR));
	}

	@Test
	void nobodyLoggedInIsRefusedToo() {
		services.sessions().logout();
		AccessDeniedException e = assertThrows(AccessDeniedException.class, admin::operators);
		assertEquals(null, e.account());
	}

	@Test
	void serverProfilesAreKeptWithoutSecrets() throws Exception {
		ServerProfile p = SwitchboardFactory.eINSTANCE.createServerProfile();
		p.setName("Main building");
		p.setAmiHost("pbx.example.org");
		p.setDatabaseUrl("jdbc:derby://db.example.org:1527/switchboard");
		admin.saveServerProfile(p);
		assertEquals(List.of("Main building"), admin.serverProfiles().stream().map(ServerProfile::getName).toList());
		ServerProfile unnamed = SwitchboardFactory.eINSTANCE.createServerProfile();
		assertEquals(AdminService.Reason.INVALID_INPUT,
				assertThrows(AdminException.class, () -> admin.saveServerProfile(unnamed)).reason());
		assertTrue(admin.deleteServerProfile(admin.serverProfiles().get(0)));
		assertTrue(admin.serverProfiles().isEmpty());
		assertTrue(admin.databaseLocation().endsWith("db"), admin.databaseLocation());
	}

	/** The operator's logged actions, once the expected ones are written (the log writes in batches). */
	private List<String> awaitLogged(String operator, List<String> expected) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		List<String> logged;
		do {
			logged = services.store().operationLog()
					.find(OperationLogQuery.between(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z")), null, 500)
					.items().stream().filter(e -> operator.equals(e.getOperator()))
					.map((OperationLogEntry e) -> e.getAction() + " " + e.getTarget()).toList();
			if (logged.containsAll(expected)) {
				break;
			}
			Thread.sleep(50);
		} while (System.nanoTime() < deadline);
		return logged;
	}
}
