package org.switchboard.store;

import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where the data lives: an embedded Derby database in a folder of this computer (one console), or a database on a
 * Derby Network Server shared by several consoles ({@code jdbc:derby://host:1527/switchboard}).
 *
 * @param folder   the embedded database's folder, or {@code null} for a network database
 * @param url      the network database's JDBC URL, or {@code null} for an embedded one
 * @param user     the network database's user (may be empty)
 * @param password the network database's password (kept in secure storage by the console; may be empty)
 */
public record StoreLocation(Path folder, String url, String user, String password) {

	private static final Pattern NETWORK_URL = Pattern
			.compile("jdbc:derby://[A-Za-z0-9.\\-\\[\\]:]+(:[0-9]{1,5})?/[A-Za-z0-9_./\\-]+");

	public StoreLocation {
		if ((folder == null) == (url == null)) {
			throw new IllegalArgumentException("a store location is either a folder or a network URL");
		}
		if (url != null && !isNetworkUrl(url)) {
			throw new IllegalArgumentException("not a Derby network URL (jdbc:derby://host:1527/name): " + url);
		}
		user = user == null ? "" : user;
		password = password == null ? "" : password;
	}

	public static StoreLocation embedded(Path folder) {
		return new StoreLocation(Objects.requireNonNull(folder, "folder").toAbsolutePath(), null, null, null);
	}

	public static StoreLocation network(String url, String user, String password) {
		return new StoreLocation(null, Objects.requireNonNull(url, "url"), user, password);
	}

	/** The default: {@code <switchboard.home>/db}, where {@code switchboard.home} defaults to {@code ~/.switchboard}. */
	public static StoreLocation defaultEmbedded() {
		return embedded(home().resolve("db"));
	}

	/** The user's Switchboard folder: the {@code switchboard.home} system property, else {@code ~/.switchboard}. */
	public static Path home() {
		String home = System.getProperty("switchboard.home");
		return home != null && !home.isBlank() ? Path.of(home)
				: Path.of(System.getProperty("user.home"), ".switchboard");
	}

	/** A network URL as the settings dialog accepts it: {@code jdbc:derby://host[:port]/database}, no attributes. */
	public static boolean isNetworkUrl(String value) {
		return value != null && NETWORK_URL.matcher(value).matches();
	}

	public boolean isEmbedded() {
		return folder != null;
	}

	/** For messages: the folder or the URL, never the password. */
	public String describe() {
		return isEmbedded() ? folder.toString() : url;
	}

	@Override
	public String toString() {
		return describe();
	}
}
