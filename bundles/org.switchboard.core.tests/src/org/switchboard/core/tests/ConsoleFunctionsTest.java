package org.switchboard.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.switchboard.core.AccountService;
import org.switchboard.core.ConsoleServices;
import org.switchboard.core.OperationLog;
import org.switchboard.core.OperatorSession;
import org.switchboard.core.ServerSettings;
import org.switchboard.core.SessionService;
import org.switchboard.model.Role;
import org.switchboard.model.live.LiveModel;
import org.switchboard.pbx.PbxGateway;
import org.switchboard.store.Store;

import jakarta.inject.Inject;

/**
 * The core's context functions (DS services found through the OSGi service context, as in the application): the
 * context holds only the console services and the session, and everything else is derived and derived again when
 * the session changes.
 */
class ConsoleFunctionsTest {

	@TempDir
	Path dir;

	/** What an injected part would see. */
	public static final class Watcher {
		final List<String> seen = new ArrayList<>();

		@Inject
		@Optional
		void gateway(@Optional PbxGateway gateway, @Optional OperatorSession session) {
			String now = (session == null ? "nobody" : session.account()) + (gateway == null ? " without" : " with")
					+ " a gateway";
			if (seen.isEmpty() || !seen.get(seen.size() - 1).equals(now)) {
				seen.add(now); // one change of the session may reach it twice (the session, then the gateway)
			}
		}
	}

	@Test
	void theContextDerivesTheServicesFromItsRootsAndFollowsHandoverAndLogout() throws Exception {
		BundleContext bundle = FrameworkUtil.getBundle(getClass()).getBundleContext();
		IEclipseContext context = EclipseContextFactory.getServiceContext(bundle).createChild("console");
		ServerSettings demo = ServerSettings.demo().withDatabase(dir.resolve("db").toString(), "", "");
		try (ConsoleServices services = ConsoleServices.start(demo)) {
			context.set(ConsoleServices.class, services);
			assertSame(services.sessions(), context.get(SessionService.class));
			assertSame(services.accounts(), context.get(AccountService.class));
			assertSame(services.store(), context.get(Store.class));
			assertSame(services.operationLog(), context.get(OperationLog.class));
			assertNull(context.get(PbxGateway.class), "no PBX before anyone logged in");
			Watcher watcher = ContextInjectionFactory.make(Watcher.class, context);

			context.set(OperatorSession.class, services.sessions().login(ConsoleServices.DEMO_ACCOUNT,
					ConsoleServices.DEMO_PASSWORD.toCharArray(), ConsoleServices.DEMO_EXTENSION));
			PbxGateway gateway = services.sessions().gateway();
			assertNotNull(gateway);
			assertSame(gateway, context.get(PbxGateway.class), "computed again once the session is there");
			assertSame(gateway.model(), context.get(LiveModel.class));

			services.accounts().create("alice", "Alice", Role.OPERATOR, "1002", "wonderland".toCharArray());
			context.set(OperatorSession.class, services.sessions().handover("alice", "wonderland".toCharArray()));
			assertSame(gateway, context.get(PbxGateway.class), "the PBX stays connected across a handover");

			services.sessions().logout();
			context.remove(OperatorSession.class);
			assertNull(context.get(PbxGateway.class), "no PBX for nobody");
			assertNull(context.get(LiveModel.class), "no live model for nobody");
			assertSame(services.sessions(), context.get(SessionService.class), "the session service stays");

			assertEquals(List.of("nobody without a gateway", "demo with a gateway", "alice with a gateway",
					"nobody without a gateway"), watcher.seen);
		} finally {
			context.dispose();
		}
	}
}
