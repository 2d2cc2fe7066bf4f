package org.switchboard.core;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceObjects;
import org.osgi.framework.ServiceReference;
import org.switchboard.core.internal.StoreOperationLog;
import org.switchboard.model.Role;
import org.switchboard.pbx.PbxEndpoint;
import org.switchboard.pbx.PbxException;
import org.switchboard.pbx.PbxGateway;
import org.switchboard.pbx.PbxGatewayFactory;
import org.switchboard.store.Store;
import org.switchboard.store.StoreException;
import org.switchboard.store.StoreLocation;

/**
 * Everything a console runs on, built from its {@link ServerSettings}: the store, the operation log, the accounts
 * and the session service with its PBX connection. In demo mode (no PBX configured) the data lives in a database of
 * its own ({@code <switchboard.home>/demo-db}), the bundled simulator is the PBX, and the demo operator
 * {@value #DEMO_ACCOUNT} / {@value #DEMO_PASSWORD} (administrator, extension {@value #DEMO_EXTENSION}) exists.
 * Outside demo mode there is no default account: the first administrator is created at the first start.
 * <p>
 * {@link #start} blocks on the disk, the network and the PBX: call it off the UI thread.
 */
public final class ConsoleServices implements AutoCloseable {

	public static final String DEMO_ACCOUNT = "demo";
	public static final String DEMO_PASSWORD = "demo";
	public static final String DEMO_EXTENSION = "1001";
	/**
	 * The PBX back-end ({@code PbxGatewayFactory} vendor) to use outside demo mode: the system property
	 * {@value #VENDOR_PROPERTY}, default {@value #DEFAULT_VENDOR}; when that is not set and no such back-end is
	 * installed, the highest ranked one.
	 */
	public static final String VENDOR_PROPERTY = "switchboard.pbx.vendor";
	public static final String DEFAULT_VENDOR = "asterisk";
	/** The service property of a {@code PbxGatewayFactory} that names its vendor. */
	public static final String VENDOR_SERVICE_PROPERTY = "vendor";
	private static final long CONNECT_SECONDS = 20;

	private final ServerSettings settings;
	private final Store store;
	private final StoreOperationLog log;
	private final AccountService accounts;
	private final SessionService sessions;
	private final PbxSide pbx;
	/** What stops the services built on this console, first thing at {@link #close()} (see {@link #onClose}). */
	private final List<Runnable> stoppers = new ArrayList<>();
	private boolean closed;

	private ConsoleServices(ServerSettings settings, Store store, LoginPolicy policy, Clock clock, PbxSide pbx) {
		this.settings = settings;
		this.store = store;
		this.pbx = pbx;
		SessionService[] holder = new SessionService[1];
		this.log = new StoreOperationLog(store.operationLog(),
				() -> holder[0] == null ? null : holder[0].currentAccount(), StoreLocation.home(), clock);
		this.accounts = new AccountService(store, log, policy, clock);
		this.sessions = new SessionService(accounts, log, store, pbx::connect, clock, settings.operatorQueue());
		holder[0] = sessions;
	}

	/**
	 * Prepares, on the calling thread, the PBX back-end these settings connect through (its one-time initialisation,
	 * see {@link PbxGatewayFactory#prepare()}; in demo mode the default back-end, which the demo PBX speaks), so that
	 * a login started later does not wait for it: the login dialog calls it while the operator types. Connects
	 * nothing and throws nothing: a missing back-end is the login's to tell.
	 */
	public static void prepareBackEnd(ServerSettings settings) {
		PbxSide pbx = new PbxSide(settings);
		try {
			pbx.gatewayFactory(System.getProperty(VENDOR_PROPERTY)).prepare();
		} catch (LoginException | RuntimeException e) {
			java.util.logging.Logger.getLogger(ConsoleServices.class.getName())
					.fine(() -> "the PBX back-end was not prepared: " + e);
		} finally {
			pbx.release();
		}
	}

	/** Opens the store (applying migrations) and prepares the services; the PBX is connected at the first login. */
	public static ConsoleServices start(ServerSettings settings) throws LoginException {
		return start(settings, LoginPolicy.fromSystemProperties(), Clock.systemUTC(), null);
	}

	/**
	 * Opens the store and prepares the services, connecting the PBX on {@code pbxAhead} <em>while</em> the store
	 * opens (the two take about a second each at a large site; in demo mode, whose PBX runs in this process, once the
	 * store is open): the first login then takes that connection (see {@link SessionService#useEarlyConnection}). It
	 * is the site's AMI account, not an operator's; until a login succeeds nothing reads it. When the store cannot be
	 * opened, the connection is closed once it is made.
	 */
	public static ConsoleServices start(ServerSettings settings, Executor pbxAhead)
			throws LoginException {
		return start(settings, LoginPolicy.fromSystemProperties(), Clock.systemUTC(), pbxAhead);
	}

	public static ConsoleServices start(ServerSettings settings, LoginPolicy policy, Clock clock)
			throws LoginException {
		return start(settings, policy, clock, null);
	}

	private static ConsoleServices start(ServerSettings settings, LoginPolicy policy, Clock clock,
			Executor pbxAhead) throws LoginException {
		StoreLocation location = settings.isDemo() && settings.database().isEmpty()
				? StoreLocation.embedded(StoreLocation.home().resolve("demo-db"))
				: settings.storeLocation();
		PbxSide pbx = new PbxSide(settings);
		// the demo PBX runs in this process: started alongside the store it only takes CPU from the store and the
		// workbench (the demo site synchronises in a tenth of a second), so it connects once the store is open
		boolean alongside = pbxAhead != null && !settings.isDemo();
		CompletableFuture<PbxGateway> early = alongside ? SessionService.connecting(pbx::connect, pbxAhead) : null;
		Store store = null;
		try {
			store = Store.open(location);
		} catch (StoreException e) {
			throw new LoginException(LoginException.Reason.DATABASE_UNAVAILABLE, e.getMessage(), null, e);
		} finally {
			if (store == null) {
				discard(early, pbx);
			}
		}
		ConsoleServices services = new ConsoleServices(settings, store, policy, clock, pbx);
		if (pbxAhead != null) {
			services.sessions.useEarlyConnection(early != null ? early : SessionService.connecting(pbx::connect, pbxAhead));
		}
		try {
			if (settings.isDemo() && store.operators().find(DEMO_ACCOUNT).isEmpty()) {
				services.accounts.create(DEMO_ACCOUNT, "Demo Operator", Role.ADMINISTRATOR, DEMO_EXTENSION,
						DEMO_PASSWORD.toCharArray());
			}
		} catch (StoreException e) {
			services.close();
			throw new LoginException(LoginException.Reason.DATABASE_UNAVAILABLE, e.getMessage(), null, e);
		}
		return services;
	}

	/** A connection no console will take (its store did not open): closed once made, then its services ungot. */
	private static void discard(CompletableFuture<PbxGateway> early, PbxSide pbx) {
		if (early == null) {
			pbx.release();
			return;
		}
		early.whenComplete((gateway, failure) -> {
			if (gateway != null) {
				gateway.close();
			}
			pbx.release();
		});
	}

	public ServerSettings settings() {
		return settings;
	}

	/**
	 * The operator's screen is up (after the login, the session's live state painted in the main window): the PBX
	 * connection may read the details of its synchronisation that the screen does not wait for (see
	 * {@link PbxGateway#connectShowing}). Without this call they are read a few seconds after the login's part of the
	 * synchronisation.
	 */
	public void screenShown() {
		pbx.screenShown.complete(null);
	}

	/**
	 * Completes once the operator's screen is up ({@link #screenShown()}): work of a session's start that nobody waits
	 * for may wait for it, so as not to compete with the login and the first paint.
	 */
	public CompletionStage<Void> whenScreenShown() {
		return pbx.screenShown.minimalCompletionStage();
	}

	public boolean isDemo() {
		return settings.isDemo();
	}

	public Store store() {
		return store;
	}

	public OperationLog operationLog() {
		return log;
	}

	public AccountService accounts() {
		return accounts;
	}

	public SessionService sessions() {
		return sessions;
	}

	/** Whether the first administrator must be created before anyone can log in (never in demo mode). */
	public boolean needsFirstAdministrator() throws LoginException {
		try {
			return !accounts.hasOperators();
		} catch (StoreException e) {
			throw new LoginException(LoginException.Reason.DATABASE_UNAVAILABLE, e.getMessage(), null, e);
		}
	}

	/**
	 * The PBX side of a console: connects its gateway and holds the OSGi services that takes (the back-end's factory,
	 * the demo PBX) until {@link #release()}. Apart from the store, so that it can connect while the store opens.
	 */
	private static final class PbxSide {

		private final ServerSettings settings;
		/** Completed by {@link ConsoleServices#screenShown()}. */
		final CompletableFuture<Void> screenShown = new CompletableFuture<>();
		private DemoPbx demoPbx;
		/** Ungets the services got from the OSGi registry, at {@link #release()}. */
		private final List<Runnable> held = new ArrayList<>();

		PbxSide(ServerSettings settings) {
			this.settings = settings;
		}

		PbxGateway connect() throws LoginException {
			PbxEndpoint endpoint;
			String vendor = System.getProperty(VENDOR_PROPERTY);
			try {
				if (settings.isDemo()) {
					DemoPbx demo = demoPbx();
					endpoint = demo.start();
					vendor = demo.vendor();
				} else {
					endpoint = settings.endpoint();
				}
			} catch (PbxException e) {
				throw new LoginException(PbxException.Reason.INVALID_INPUT, null,
						"The PBX settings are not valid: " + e.getMessage(), e);
			} catch (LoginException e) {
				throw e;
			} catch (Exception e) {
				throw new LoginException(PbxException.Reason.UNREACHABLE, null,
						"The demo PBX could not start: " + e.getMessage(), e);
			}
			PbxGatewayFactory factory = gatewayFactory(vendor);
			PbxGateway gateway = factory.create();
			String address = endpoint.host() + ":" + endpoint.port();
			try {
				// for an operator's login: the registrations and device states follow while the home screen opens
				gateway.connectShowing(endpoint, screenShown).get(CONNECT_SECONDS, TimeUnit.SECONDS);
				return gateway;
			} catch (ExecutionException e) {
				gateway.close();
				Throwable cause = e.getCause() == null ? e : e.getCause();
				PbxException.Reason why = cause instanceof PbxException p && p.reason() != null ? p.reason()
						: PbxException.Reason.PBX_ERROR;
				throw new LoginException(why, address,
						"Cannot connect to the PBX at " + endpoint + ": " + cause.getMessage(), cause);
			} catch (TimeoutException e) {
				gateway.close();
				throw new LoginException(PbxException.Reason.TIMEOUT, address,
						"The PBX at " + endpoint + " did not answer within " + CONNECT_SECONDS + " seconds.", e);
			} catch (InterruptedException e) {
				gateway.close();
				Thread.currentThread().interrupt();
				throw new LoginException(PbxException.Reason.NOT_CONNECTED, address, "Interrupted.", e);
			}
		}

		/**
		 * The demo PBX: an instance of the {@link DemoPbx} OSGi service (the simulator's demo bundle) of this console's
		 * own, held until {@link #release()}.
		 */
		private synchronized DemoPbx demoPbx() throws LoginException {
			if (demoPbx == null) {
				BundleContext context = context();
				ServiceReference<DemoPbx> ref = context.getServiceReference(DemoPbx.class);
				ServiceObjects<DemoPbx> objects = ref == null ? null : context.getServiceObjects(ref);
				DemoPbx pbx = objects == null ? null : objects.getService();
				if (pbx == null) {
					throw new LoginException(PbxException.Reason.NOT_FOUND, null, "Demo mode needs the PBX "
							+ "simulator, which is not installed: configure a PBX in Advanced settings.", null);
				}
				held.add(() -> objects.ungetService(pbx));
				demoPbx = pbx;
			}
			return demoPbx;
		}

		/**
		 * The installed back-end of the vendor (by its service property {@value #VENDOR_SERVICE_PROPERTY}, which names
		 * its {@code vendor()}); with no vendor named, the default one or else the highest ranked. Only the chosen factory
		 * is got, and it is held until {@link #release()}.
		 */
		private PbxGatewayFactory gatewayFactory(String vendor) throws LoginException {
			BundleContext context = context();
			String wanted = vendor == null ? DEFAULT_VENDOR : vendor;
			try {
				ServiceReference<PbxGatewayFactory> best = null;
				for (ServiceReference<PbxGatewayFactory> ref : context.getServiceReferences(PbxGatewayFactory.class,
						"(" + VENDOR_SERVICE_PROPERTY + "=" + escape(wanted) + ")")) {
					if (best == null || ref.compareTo(best) > 0) {
						best = ref;
					}
				}
				if (best == null && vendor == null) {
					best = context.getServiceReference(PbxGatewayFactory.class);
				}
				PbxGatewayFactory factory = best == null ? null : context.getService(best);
				if (factory == null) {
					throw new LoginException(PbxException.Reason.NOT_FOUND, null,
							"The PBX back-end \"" + wanted + "\" is not installed.", null);
				}
				ServiceReference<PbxGatewayFactory> got = best;
				synchronized (this) {
					held.add(() -> context.ungetService(got));
				}
				return factory;
			} catch (InvalidSyntaxException e) {
				throw new IllegalStateException(e);
			}
		}

		/** Ungets the services got (the demo PBX stops when it is ungot). */
		void release() {
			List<Runnable> release;
			synchronized (this) {
				demoPbx = null;
				release = List.copyOf(held);
				held.clear();
			}
			for (Runnable unget : release) {
				try {
					unget.run();
				} catch (IllegalStateException e) {
					// the framework is stopping: the services are gone already
				}
			}
		}
	}

	private static String escape(String filterValue) {
		return filterValue.replaceAll("([\\\\*()])", "\\\\$1");
	}

	private static BundleContext context() throws LoginException {
		Bundle self = FrameworkUtil.getBundle(ConsoleServices.class);
		BundleContext context = self == null ? null : self.getBundleContext();
		if (context == null) {
			throw new LoginException(LoginException.Reason.PBX_UNAVAILABLE, "The console runs outside OSGi.");
		}
		return context;
	}

	/**
	 * Starts the console's log: {@code <switchboard.home>/logs/switchboard.log} (rotated), the PBX conversation in
	 * it at FINE, only warnings on the terminal. Call once, first thing at start; later calls do nothing.
	 *
	 * @return the log file, or null when it cannot be written (then the terminal only)
	 */
	public static Path startLogging() {
		return org.switchboard.core.internal.ConsoleLogging.start();
	}

	/** The data folder (for files such as unsaved log entries). */
	public static Path home() {
		return StoreLocation.home();
	}

	/**
	 * Has {@code stop} run at {@link #close()}, before anything else closes: for a service built on this console that
	 * uses its store (e.g. the wake-up scheduler), so that it stops before the store closes. Stops run in the reverse
	 * order of registration; on a console closed already, {@code stop} runs at once.
	 */
	public void onClose(Runnable stop) {
		synchronized (this) {
			if (!closed) {
				stoppers.add(stop);
				return;
			}
		}
		stop.run();
	}

	/**
	 * Stops the services registered with {@link #onClose}, logs out, disconnects the PBX, writes the rest of the
	 * operation log and closes the store (which waits, a bounded time, for the calls still running in it).
	 */
	@Override
	public void close() {
		List<Runnable> stopping;
		synchronized (this) {
			closed = true;
			stopping = new ArrayList<>(stoppers);
			stoppers.clear();
		}
		java.util.Collections.reverse(stopping);
		for (Runnable stop : stopping) {
			try {
				stop.run();
			} catch (RuntimeException e) {
				java.util.logging.Logger.getLogger(ConsoleServices.class.getName()).log(java.util.logging.Level.WARNING,
						"A service of the console did not stop cleanly", e);
			}
		}
		sessions.close();
		log.close();
		pbx.release();
		store.close();
	}
}
