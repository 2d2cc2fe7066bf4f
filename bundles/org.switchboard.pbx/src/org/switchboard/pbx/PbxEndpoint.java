package org.switchboard.pbx;

import java.time.Duration;
import java.util.Objects;

/**
 * Where and how to reach a PBX's manager interface, and the site's dialplan conventions.
 *
 * @param host            host name or address
 * @param port            TCP port (AMI: 5038)
 * @param user            manager user
 * @param secret          manager secret (kept in secure storage by the console, never in plain files)
 * @param context         dialplan context for calls the console makes (the lab: {@code internal})
 * @param operatorQueue   the operator queue (the lab: {@code 8000})
 * @param responseTimeout how long to wait for the PBX to answer an action
 */
public record PbxEndpoint(String host, int port, String user, String secret, String context, String operatorQueue,
		Duration responseTimeout) {

	public PbxEndpoint {
		Objects.requireNonNull(host, "host");
		Objects.requireNonNull(user, "user");
		Objects.requireNonNull(secret, "secret");
		if (port <= 0 || port > 65535) {
			throw new IllegalArgumentException("port out of range: " + port);
		}
		PbxInput.requireText("host", host);
		PbxInput.requireText("user", user);
		if (host.isBlank() || user.isBlank()) {
			throw new PbxException(PbxException.Reason.INVALID_INPUT, "The PBX host and manager user must be given.");
		}
		PbxInput.requireText("secret", secret);
		PbxInput.requireName("context", context);
		PbxInput.requireNumber("operator queue", operatorQueue);
		if (responseTimeout == null) {
			responseTimeout = Duration.ofSeconds(5);
		}
	}

	public PbxEndpoint(String host, int port, String user, String secret) {
		this(host, port, user, secret, "internal", "8000", Duration.ofSeconds(5));
	}

	/** For messages and logs: never shows the secret. */
	@Override
	public String toString() {
		return user + "@" + host + ":" + port;
	}
}
