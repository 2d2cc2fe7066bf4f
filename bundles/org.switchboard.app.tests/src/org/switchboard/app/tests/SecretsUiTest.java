package org.switchboard.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.app.internal.login.LoginIds;
import org.switchboard.app.internal.login.SettingsStorage;
import org.switchboard.core.ServerSettings;
import org.switchboard.model.Operator;
import org.switchboard.pbx.simulator.AmiSimulator;
import org.switchboard.pbx.simulator.SimulatorOptions;
import org.switchboard.store.Store;
import org.switchboard.store.StoreLocation;
import org.switchboard.testsupport.ScreenshotOnFailure;
import org.switchboard.testsupport.Ui;

/** R5 (security) in the login the console shows: secrets typed by the operator stay in secure storage. */
@ExtendWith(ScreenshotOnFailure.class)
class SecretsUiTest {

	@TempDir
	Path dir;

	@AfterEach
	void backToDemoMode() throws Exception {
		new SettingsStorage().save(ServerSettings.demo());
	}

	@Test
	@DisplayName("R5 a console set up with its AMI secret connects with it, and no file, database row or log holds the secret or a password")
	void theSecretIsUsedFromSecureStorageAndWrittenNowhereElse() throws Exception {
		String secret = "ami-" + UUID.randomUUID();
		String password = "pw-" + UUID.randomUUID();
		Path database = dir.resolve("site-db");
		SimulatorOptions options = SimulatorOptions.defaults().withBind("127.0.0.1").withPort(0).withSecret(secret);
		try (AmiSimulator pbx = AmiSimulator.start(options)) {
			// a new site: Advanced settings, then the first administrator
			try (LoginFixture login = new LoginFixture(LoginFixture.demoOn(dir))) {
				Shell settings = openSettings();
				set(LoginIds.AMI_HOST, "127.0.0.1");
				set(LoginIds.AMI_PORT, String.valueOf(pbx.port()));
				set(LoginIds.AMI_USER, options.user());
				set(LoginIds.AMI_SECRET, secret);
				set(LoginIds.DATABASE, database.toString());
				save(settings, login);
				login.fill("admin", "", "1005");
				login.clickLogin();
				Text account = Ui.byId(Text.class, LoginIds.ADMIN_ACCOUNT);
				Ui.setText(Ui.byId(Text.class, LoginIds.ADMIN_PASSWORD), password);
				Ui.setText(Ui.byId(Text.class, LoginIds.ADMIN_CONFIRM), password);
				Ui.click(Ui.findAll(Button.class, b -> "OK".equals(Ui.label(b)) && b.getShell() == account.getShell())
						.get(0));
				login.awaitIdle();
				assertTrue(login.loggedIn(), login.isOpen() ? login.message() : "");
			}
			// the next start reads the settings back (the secret from secure storage) and connects with them
			ServerSettings stored = new SettingsStorage().load();
			assertEquals(secret, stored.amiSecret());
			try (LoginFixture login = new LoginFixture(stored)) {
				login.fill("admin", password, "1005");
				login.clickLogin();
				login.awaitIdle();
				assertTrue(login.loggedIn(), login.isOpen() ? login.message() : "");
				assertEquals("admin", login.dialog.session().account());
			}
			// it is that secret the PBX checks: another one is refused, and the message shows neither
			try (LoginFixture login = new LoginFixture(new SettingsStorage().load())) {
				Shell settings = openSettings();
				assertEquals(secret, Ui.byId(Text.class, LoginIds.AMI_SECRET).getText());
				set(LoginIds.AMI_SECRET, "not-the-secret");
				save(settings, login);
				login.fill("admin", password, "1005");
				login.clickLogin();
				login.awaitIdle();
				assertFalse(login.loggedIn());
				String refused = login.message();
				assertFalse(refused.isBlank());
				assertFalse(refused.contains("not-the-secret") || refused.contains(secret) || refused.contains(password),
						"the message shows no secret: " + refused);
				LoginTest.assertNoStackTrace(refused);
			}
		}

		try (Store store = Store.open(StoreLocation.embedded(database))) {
			Operator admin = store.operators().find("admin").orElseThrow();
			assertTrue(admin.getPasswordHash().startsWith("pbkdf2-sha256$"), "a PBKDF2 hash is stored");
		}
		// no plain file holds the secret or the password: the new database (rows and transaction log), preferences,
		// configuration, the user's Switchboard folder (its secure storage is encrypted), logs
		List<Path> searched = new ArrayList<>();
		for (Path area : areas()) {
			try (Stream<Path> files = Files.walk(area)) {
				for (Path f : files.filter(Files::isRegularFile).toList()) {
					String content = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
					assertFalse(content.contains(secret), "the AMI secret is in plain text in " + f);
					assertFalse(content.contains(password), "the administrator's password is in plain text in " + f);
					searched.add(f);
				}
			}
		}
		assertTrue(searched.stream().anyMatch(f -> f.startsWith(database)), "the new database was searched");
		assertTrue(searched.stream().anyMatch(f -> f.getFileName().toString().equals("org.switchboard.app.prefs")),
				"the preferences were searched: " + searched.size() + " files");
		assertTrue(searched.stream().anyMatch(f -> f.getFileName().toString().equals("secure_storage")),
				"the secure storage was searched");
	}

	private static Shell openSettings() {
		Link advanced = Ui.byId(Link.class, LoginIds.ADVANCED);
		advanced.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
		return Ui.byId(Text.class, LoginIds.AMI_HOST).getShell();
	}

	/** Saves the settings; they are applied in the background (the dialog is busy meanwhile). */
	private static void save(Shell settings, LoginFixture login) {
		Ui.click(Ui.byId(Button.class, LoginIds.SETTINGS_SAVE));
		Ui.waitUntil(settings::isDisposed, "the settings dialog closed");
		Ui.waitUntil(() -> login.field(LoginIds.ACCOUNT).isEnabled(), java.time.Duration.ofSeconds(60),
				() -> "the login dialog ready after the settings: " + login.message());
	}

	private static void set(String id, String value) {
		Ui.setText(Ui.byId(Text.class, id), value);
	}

	private List<Path> areas() throws IOException {
		List<Path> areas = new ArrayList<>(List.of(dir));
		for (Location l : new Location[] { Platform.getInstanceLocation(), Platform.getConfigurationLocation(),
				Platform.getUserLocation() }) {
			if (l != null && l.getURL() != null) {
				areas.add(Path.of(l.getURL().getPath()));
			}
		}
		areas.add(StoreLocation.home());
		return areas.stream().filter(Files::isDirectory).distinct().toList();
	}
}
