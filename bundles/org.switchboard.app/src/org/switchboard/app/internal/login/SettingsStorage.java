package org.switchboard.app.internal.login;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.logging.Logger;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.osgi.service.prefs.BackingStoreException;
import org.switchboard.core.ServerSettings;
import org.switchboard.store.StoreLocation;

/**
 * Where the server settings are kept: the plain values in the instance preferences ({@code InstanceScope}, node
 * {@value #NODE}); the AMI secret and the database password only in Eclipse secure storage (encrypted), never in a
 * plain file.
 * <p>
 * The secure storage lives in {@code <switchboard.home>/secure_storage}. Linux offers Eclipse no key store without a
 * desktop keyring, so its master password is a random key in {@code <switchboard.home>/.secure_storage.key},
 * readable by the user only (the same protection an SSH key has).
 */
public final class SettingsStorage {

	private static final Logger LOG = Logger.getLogger(SettingsStorage.class.getName());
	public static final String NODE = "org.switchboard.app";
	static final String SECURE_NODE = "/org/switchboard/server";
	private static final String AMI_HOST = "ami.host";
	private static final String AMI_PORT = "ami.port";
	private static final String AMI_USER = "ami.user";
	private static final String CONTEXT = "ami.context";
	private static final String QUEUE = "ami.operatorQueue";
	private static final String DATABASE = "db.location";
	private static final String DB_USER = "db.user";
	private static final String AMI_SECRET = "ami.secret";
	private static final String DB_PASSWORD = "db.password";
	private static final String LAST_ACCOUNT = "login.lastAccount";
	private static final String LAST_EXTENSION = "login.lastExtension";

	/** In {@code <home>/aot}: the next start records the start-up cache again (read by the start scripts). */
	public static final String RECORD_AGAIN = "record-again";

	private final Path folder;

	public SettingsStorage() {
		this(StoreLocation.home());
	}

	public SettingsStorage(Path folder) {
		this.folder = folder;
	}

	public Path secureStorageFile() {
		return folder.resolve("secure_storage");
	}

	public ServerSettings load() throws SettingsException {
		IEclipsePreferences p = InstanceScope.INSTANCE.getNode(NODE);
		ISecurePreferences secure = secureNode();
		try {
			return new ServerSettings(p.get(AMI_HOST, ""), p.getInt(AMI_PORT, ServerSettings.DEFAULT_AMI_PORT),
					p.get(AMI_USER, ""), secure.get(AMI_SECRET, ""), p.get(CONTEXT, ServerSettings.DEFAULT_CONTEXT),
					p.get(QUEUE, ServerSettings.DEFAULT_QUEUE), p.get(DATABASE, ""), p.get(DB_USER, ""),
					secure.get(DB_PASSWORD, ""));
		} catch (StorageException e) {
			throw new SettingsException("The secure storage cannot be read: " + e.getMessage(), e);
		}
	}

	public void save(ServerSettings s) throws SettingsException {
		IEclipsePreferences p = InstanceScope.INSTANCE.getNode(NODE);
		boolean otherSite = !p.get(AMI_HOST, "").equals(s.amiHost())
				|| p.getInt(AMI_PORT, ServerSettings.DEFAULT_AMI_PORT) != s.amiPort()
				|| !p.get(DATABASE, "").equals(s.database());
		p.put(AMI_HOST, s.amiHost());
		p.putInt(AMI_PORT, s.amiPort());
		p.put(AMI_USER, s.amiUser());
		p.put(CONTEXT, s.context());
		p.put(QUEUE, s.operatorQueue());
		p.put(DATABASE, s.database());
		p.put(DB_USER, s.dbUser());
		try {
			ISecurePreferences secure = secureNode();
			secure.put(AMI_SECRET, s.amiSecret(), true);
			secure.put(DB_PASSWORD, s.dbPassword(), true);
			secure.flush();
			p.flush();
		} catch (StorageException | IOException e) {
			throw new SettingsException("The secrets cannot be saved in secure storage: " + e.getMessage(), e);
		} catch (BackingStoreException e) {
			throw new SettingsException("The settings cannot be saved: " + e.getMessage(), e);
		}
		if (otherSite) {
			recordStartupCacheAgain();
		}
	}

	/**
	 * The start scripts record the JVM's start-up cache (Java 25+, {@code <home>/aot}) at a console's first start, and
	 * the later starts replay what that start did: the classes it loaded and its methods' profiles. A first start in
	 * demo mode, or against another PBX or database, trained it on another console's start (at 10,000 extensions a
	 * cache trained on the demo left Enter to painted tiles 0.27 s slower: docs/benchmarks.md, P3). After the PBX or
	 * the database changed, the marker {@value #RECORD_AGAIN} asks the next start to record it again.
	 */
	private void recordStartupCacheAgain() {
		Path aot = folder.resolve("aot");
		if (!Files.isDirectory(aot)) {
			return; // no cache kept (Java 21-24, or SWITCHBOARD_AOT=off)
		}
		try {
			Files.writeString(aot.resolve(RECORD_AGAIN), "the PBX or the database changed\n", StandardCharsets.US_ASCII);
		} catch (IOException e) {
			// the cache stays as it is: still correct, only trained on another start
			LOG.info("The start-up cache cannot be marked to be recorded again: " + e.getMessage());
		}
	}

	/** Remembers the last account and extension, to fill the login dialog next time (never the password). */
	public void rememberLogin(String account, String extension) throws SettingsException {
		IEclipsePreferences p = InstanceScope.INSTANCE.getNode(NODE);
		p.put(LAST_ACCOUNT, account);
		p.put(LAST_EXTENSION, extension);
		try {
			p.flush();
		} catch (BackingStoreException e) {
			throw new SettingsException("The settings cannot be saved: " + e.getMessage(), e);
		}
	}

	public String lastAccount() {
		return InstanceScope.INSTANCE.getNode(NODE).get(LAST_ACCOUNT, "");
	}

	public String lastExtension() {
		return InstanceScope.INSTANCE.getNode(NODE).get(LAST_EXTENSION, "");
	}

	private ISecurePreferences secureNode() throws SettingsException {
		try {
			Files.createDirectories(folder);
			Map<String, Object> options = Map.of(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec(masterKey()),
					IProviderHints.PROMPT_USER, Boolean.FALSE);
			URL url = secureStorageFile().toUri().toURL();
			ISecurePreferences root = SecurePreferencesFactory.open(url, options);
			if (root == null) {
				throw new SettingsException("The secure storage " + secureStorageFile() + " cannot be opened.", null);
			}
			return root.node(SECURE_NODE);
		} catch (IOException e) {
			throw new SettingsException("The secure storage cannot be opened: " + e.getMessage(), e);
		}
	}

	private char[] masterKey() throws IOException {
		Path keyFile = folder.resolve(".secure_storage.key");
		if (!Files.exists(keyFile)) {
			byte[] key = new byte[32];
			new SecureRandom().nextBytes(key);
			try {
				Files.createFile(keyFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			} catch (UnsupportedOperationException e) {
				Files.createFile(keyFile);
			}
			Files.writeString(keyFile, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII,
					StandardOpenOption.TRUNCATE_EXISTING);
		}
		return Files.readString(keyFile, StandardCharsets.US_ASCII).strip().toCharArray();
	}

	/** Settings could not be read or written. */
	public static final class SettingsException extends Exception {
		private static final long serialVersionUID = 1L;

		public SettingsException(String message, Throwable cause) {
			super(message, cause);
		}
	}
}
