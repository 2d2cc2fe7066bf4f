package org.switchboard.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
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
import org.switchboard.store.StoreLocation;
import org.switchboard.testsupport.ScreenshotOnFailure;
import org.switchboard.testsupport.Ui;

/** SPEC L2: the advanced settings, validated, kept in preferences, secrets only in secure storage. */
@ExtendWith(ScreenshotOnFailure.class)
class ServerSettingsTest {

	@TempDir
	Path dir;

	@AfterEach
	void backToDemoMode() throws Exception {
		new SettingsStorage().save(ServerSettings.demo());
	}

	@Test
	@DisplayName("L2 advanced settings are validated, saved in the preferences, and the secrets are in no plain file")
	void settingsAreValidatedAndSecretsStaySecret() throws Exception {
		String amiSecret = "ami-" + UUID.randomUUID();
		String dbPassword = "db-" + UUID.randomUUID();
		try (LoginFixture login = new LoginFixture(LoginFixture.demoOn(dir))) {
			Shell settings = openSettings();
			set(LoginIds.AMI_HOST, "pbx.example.org");
			set(LoginIds.AMI_PORT, "70000");
			set(LoginIds.AMI_USER, "console");
			set(LoginIds.AMI_SECRET, amiSecret);
			save(settings);
			assertEquals("The port must be a number from 1 to 65535.", settingsMessage());
			set(LoginIds.AMI_PORT, "5039");
			set(LoginIds.QUEUE, "80a0");
			save(settings);
			assertEquals("The operator queue must be a number.", settingsMessage());
			set(LoginIds.QUEUE, "8001");
			set(LoginIds.CONTEXT, "from internal");
			save(settings);
			assertTrue(settingsMessage().startsWith("Not accepted: "), settingsMessage());
			set(LoginIds.CONTEXT, "operators");
			set(LoginIds.AMI_SECRET, "bad\r\nAction: Originate");
			save(settings);
			assertTrue(settingsMessage().contains("control character"), settingsMessage());
			set(LoginIds.AMI_SECRET, amiSecret);
			set(LoginIds.DATABASE, "jdbc:derby://db.example.org/");
			save(settings);
			assertEquals("A network database is written jdbc:derby://host:1527/name", settingsMessage());
			set(LoginIds.DATABASE, "jdbc:derby://db.example.org:1527/switchboard");
			set(LoginIds.DB_USER, "sb");
			set(LoginIds.DB_PASSWORD, dbPassword);
			save(settings);
			Ui.waitUntil(settings::isDisposed, "the settings dialog closed");
			Ui.waitUntil(() -> Ui.byId(Label.class, LoginIds.MODE).getText().contains("pbx.example.org:5039"),
					"the login dialog shows the configured PBX");
			assertEquals("pbx.example.org", login.controller.settings().amiHost());
		}

		ServerSettings saved = new SettingsStorage().load();
		assertEquals(new ServerSettings("pbx.example.org", 5039, "console", amiSecret, "operators", "8001",
				"jdbc:derby://db.example.org:1527/switchboard", "sb", dbPassword), saved);

		List<Path> searched = new ArrayList<>();
		for (Path area : areas()) {
			try (Stream<Path> files = Files.walk(area)) {
				for (Path f : files.filter(Files::isRegularFile).toList()) {
					String content = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
					assertFalse(content.contains(amiSecret), "the AMI secret is in plain text in " + f);
					assertFalse(content.contains(dbPassword), "the database password is in plain text in " + f);
					searched.add(f);
				}
			}
		}
		assertTrue(searched.stream().anyMatch(f -> f.getFileName().toString().equals("org.switchboard.app.prefs")),
				"the preferences file was among the files searched: " + searched);
		assertTrue(searched.stream().anyMatch(f -> f.getFileName().toString().equals("secure_storage")),
				"the secure storage was among the files searched");
	}

	@Test
	@DisplayName("L2 saved settings survive a restart: the preference file and the secure storage are re-read from disk")
	void settingsSurviveARestart() throws Exception {
		String secret = "s-" + UUID.randomUUID();
		new SettingsStorage().save(new ServerSettings("10.1.2.3", 5038, "console", secret, "internal", "8000", "",
				"", ""));

		// a restart reads the preference file from the instance area
		Path prefs = instanceArea().resolve(".metadata/.plugins/org.eclipse.core.runtime/.settings/org.switchboard.app.prefs");
		Properties onDisk = new Properties();
		try (Reader r = Files.newBufferedReader(prefs)) {
			onDisk.load(r);
		}
		assertEquals("10.1.2.3", onDisk.getProperty("ami.host"));
		assertEquals("console", onDisk.getProperty("ami.user"));
		assertFalse(onDisk.containsKey("ami.secret"));

		// and opens the secure storage file afresh (a copy, so no cached instance answers)
		Path copy = dir.resolve("secure_storage_copy");
		Files.copy(new SettingsStorage().secureStorageFile(), copy);
		char[] key = Files.readString(StoreLocation.home().resolve(".secure_storage.key")).strip().toCharArray();
		ISecurePreferences reopened = SecurePreferencesFactory.open(copy.toUri().toURL(),
				Map.of(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec(key), IProviderHints.PROMPT_USER, false));
		assertEquals(secret, reopened.node("/org/switchboard/server").get("ami.secret", null));

		// the dialog shows what was saved
		try (LoginFixture login = new LoginFixture(new SettingsStorage().load())) {
			Shell settings = openSettings();
			assertEquals("10.1.2.3", Ui.byId(Text.class, LoginIds.AMI_HOST).getText());
			assertEquals(secret, Ui.byId(Text.class, LoginIds.AMI_SECRET).getText());
			settings.close();
		}
	}

	@Test
	@DisplayName("start-up cache: saving another PBX or database asks the next start to record it again; other changes do not")
	void anotherSiteRecordsTheStartupCacheAgain() throws Exception {
		SettingsStorage storage = new SettingsStorage(dir);
		Path marker = dir.resolve("aot").resolve(SettingsStorage.RECORD_AGAIN);
		ServerSettings site = new ServerSettings("10.1.2.3", 5038, "console", "s", "internal", "8000", "", "", "");

		storage.save(site); // from demo mode (the test's default) to a PBX, but no cache is kept here yet
		assertFalse(Files.exists(dir.resolve("aot")), "no aot folder is made where the start scripts keep no cache");

		Files.createDirectories(dir.resolve("aot"));
		storage.save(site);
		storage.save(new ServerSettings("10.1.2.3", 5038, "operator2", "other secret", "operators", "8001", "", "",
				""));
		assertFalse(Files.exists(marker), "the same PBX and database: the cache still fits");

		storage.save(site.withAmi("10.1.2.4", 5038, "console", "s"));
		assertTrue(Files.exists(marker), "another PBX host");
		Files.delete(marker);
		storage.save(site.withAmi("10.1.2.4", 5039, "console", "s"));
		assertTrue(Files.exists(marker), "another AMI port");
		Files.delete(marker);
		storage.save(site.withAmi("10.1.2.4", 5039, "console", "s").withDatabase("jdbc:derby://db:1527/sb", "u", "p"));
		assertTrue(Files.exists(marker), "another database");
		Files.delete(marker);
		storage.save(ServerSettings.demo());
		assertTrue(Files.exists(marker), "back to demo mode");
	}

	private static Shell openSettings() {
		Link advanced = Ui.byId(Link.class, LoginIds.ADVANCED);
		advanced.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
		Text host = Ui.byId(Text.class, LoginIds.AMI_HOST);
		return host.getShell();
	}

	private static void set(String id, String value) {
		Ui.setText(Ui.byId(Text.class, id), value);
	}

	private static void save(Shell settings) {
		Ui.click(Ui.byId(Button.class, LoginIds.SETTINGS_SAVE));
	}

	private static String settingsMessage() {
		return Ui.byId(Label.class, LoginIds.SETTINGS_MESSAGE).getText();
	}

	private static List<Path> areas() throws IOException, URISyntaxException {
		List<Path> areas = new ArrayList<>();
		for (Location l : new Location[] { Platform.getInstanceLocation(), Platform.getConfigurationLocation(),
				Platform.getUserLocation() }) {
			if (l != null && l.getURL() != null) {
				areas.add(Path.of(l.getURL().getPath()));
			}
		}
		areas.add(StoreLocation.home());
		return areas.stream().filter(Files::isDirectory).distinct().toList();
	}

	private static Path instanceArea() {
		return Path.of(Platform.getInstanceLocation().getURL().getPath());
	}
}
