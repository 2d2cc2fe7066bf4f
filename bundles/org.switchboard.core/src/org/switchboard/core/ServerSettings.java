package org.switchboard.core;

import java.nio.file.Path;
import java.time.Duration;

import org.switchboard.pbx.PbxEndpoint;
import org.switchboard.store.StoreLocation;

/**
 * The console's server settings (SPEC L2): how to reach the PBX's manager interface and where the data lives. With
 * no AMI host the console runs in demo mode: the bundled PBX simulator on a loopback port and embedded Derby.
 *
 * @param amiHost       AMI host; empty for demo mode
 * @param amiPort       AMI port (5038)
 * @param amiUser       manager user
 * @param amiSecret     manager secret (kept in secure storage)
 * @param context       dialplan context for calls the console makes
 * @param operatorQueue the operator queue
 * @param database      empty for the default embedded database, a folder for another embedded one, or a network URL
 *                      {@code jdbc:derby://host:1527/switchboard}
 * @param dbUser        network database user (may be empty)
 * @param dbPassword    network database password (kept in secure storage)
 */
public record ServerSettings(String amiHost, int amiPort, String amiUser, String amiSecret, String context,
		String operatorQueue, String database, String dbUser, String dbPassword) {

	public static final int DEFAULT_AMI_PORT = 5038;
	public static final String DEFAULT_CONTEXT = "internal";
	public static final String DEFAULT_QUEUE = "8000";

	public ServerSettings {
		amiHost = amiHost == null ? "" : amiHost.strip();
		amiUser = amiUser == null ? "" : amiUser.strip();
		amiSecret = amiSecret == null ? "" : amiSecret;
		context = context == null || context.isBlank() ? DEFAULT_CONTEXT : context.strip();
		operatorQueue = operatorQueue == null || operatorQueue.isBlank() ? DEFAULT_QUEUE : operatorQueue.strip();
		database = database == null ? "" : database.strip();
		dbUser = dbUser == null ? "" : dbUser.strip();
		dbPassword = dbPassword == null ? "" : dbPassword;
	}

	/** Nothing configured: demo mode. */
	public static ServerSettings demo() {
		return new ServerSettings("", DEFAULT_AMI_PORT, "", "", DEFAULT_CONTEXT, DEFAULT_QUEUE, "", "", "");
	}

	/** Demo mode: no PBX configured. */
	public boolean isDemo() {
		return amiHost.isEmpty();
	}

	/** The PBX endpoint (outside demo mode). Throws {@link org.switchboard.pbx.PbxException} on invalid values. */
	public PbxEndpoint endpoint() {
		return new PbxEndpoint(amiHost, amiPort, amiUser, amiSecret, context, operatorQueue, Duration.ofSeconds(5));
	}

	/** Where the data lives: the default embedded folder, another folder, or a network database. */
	public StoreLocation storeLocation() {
		if (database.isEmpty()) {
			return StoreLocation.defaultEmbedded();
		}
		if (database.startsWith("jdbc:")) {
			return StoreLocation.network(database, dbUser, dbPassword);
		}
		return StoreLocation.embedded(Path.of(database));
	}

	public ServerSettings withAmi(String host, int port, String user, String secret) {
		return new ServerSettings(host, port, user, secret, context, operatorQueue, database, dbUser, dbPassword);
	}

	public ServerSettings withDatabase(String value, String user, String password) {
		return new ServerSettings(amiHost, amiPort, amiUser, amiSecret, context, operatorQueue, value, user, password);
	}

	/** Never shows the secrets. */
	@Override
	public String toString() {
		return isDemo() ? "demo mode" : amiUser + "@" + amiHost + ":" + amiPort + ", database " + storeLocation();
	}
}
