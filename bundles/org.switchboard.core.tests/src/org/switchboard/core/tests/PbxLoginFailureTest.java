package org.switchboard.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.ServerSocket;
import java.nio.file.Path;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.core.ConsoleServices;
import org.switchboard.core.LoginException;
import org.switchboard.core.ServerSettings;
import org.switchboard.model.Role;
import org.switchboard.pbx.PbxException;

/** A PBX that cannot be used refuses the login with why and where, for the UI to word in its own language. */
class PbxLoginFailureTest {

	@TempDir
	Path dir;

	@Test
	@DisplayName("a configured PBX that does not answer refuses the login as unreachable, with its address")
	void unreachablePbx() throws Exception {
		int closed;
		try (ServerSocket s = new ServerSocket(0)) {
			closed = s.getLocalPort();
		}
		ServerSettings site = new ServerSettings("127.0.0.1", closed, "console", "console", "internal", "8000",
				dir.resolve("db").toString(), "", "");
		try (ConsoleServices services = ConsoleServices.start(site)) {
			services.accounts().create("alice", "Alice", Role.OPERATOR, "1001", "wonderland".toCharArray());
			LoginException e = assertThrows(LoginException.class,
					() -> services.sessions().login("alice", "wonderland".toCharArray(), "1001"));
			assertEquals(LoginException.Reason.PBX_UNAVAILABLE, e.reason());
			assertEquals(PbxException.Reason.UNREACHABLE, e.pbxReason());
			assertEquals("127.0.0.1:" + closed, e.pbxAddress());
		}
	}
}
