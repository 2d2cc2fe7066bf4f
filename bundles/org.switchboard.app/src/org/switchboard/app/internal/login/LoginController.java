package org.switchboard.app.internal.login;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

import org.switchboard.core.ConsoleServices;
import org.switchboard.core.LoginException;
import org.switchboard.core.OperatorSession;
import org.switchboard.core.ServerSettings;

/**
 * The login's work, off the UI thread: starting the console's services from the settings (the store, and the PBX
 * connection alongside it, taken by the first login), logging in, creating the first administrator. Everything but
 * the PBX connection runs on one worker thread, in order; results come back as futures the dialog completes on the
 * UI thread.
 */
public final class LoginController implements AutoCloseable {

	/** How a login attempt ended: a session, a refusal, or "create the first administrator first". */
	public record Result(OperatorSession session, LoginException failure, boolean needsFirstAdministrator) {

		static Result of(OperatorSession s) {
			return new Result(s, null, false);
		}

		static Result failed(LoginException e) {
			return new Result(null, e, false);
		}
	}

	/** "start-up: ..." lines: where a slow start spent its time, for the log and ./switchboard bench-startup. */
	private static final Logger LOG = Logger.getLogger(LoginController.class.getName());

	private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
		Thread t = new Thread(r, "switchboard-login");
		t.setDaemon(true);
		return t;
	});
	/**
	 * Connects the PBX while the database opens and the operator types (a wrong password is not held up by it). A
	 * thread per connection: one started with new settings must not queue behind one still timing out with the old.
	 */
	private final ExecutorService connector = Executors.newCachedThreadPool(r -> {
		Thread t = new Thread(r, "switchboard-login-pbx");
		t.setDaemon(true);
		return t;
	});
	/**
	 * Completed when the login dialog has painted, or {@value #PAINT_WAIT_MILLIS} ms after {@link #prepare()} at the
	 * latest: the PBX connects then, as starting it (the demo PBX, Asterisk-Java) along with the dialog delayed the
	 * dialog's first paint by about 0.1 s.
	 */
	private final CompletableFuture<Void> dialogPainted = new CompletableFuture<>();
	private static final long PAINT_WAIT_MILLIS = 300;
	/** The dialog's first paint itself, without the time-out of {@link #dialogPainted}. */
	private final CompletableFuture<Void> firstPaint = new CompletableFuture<>();
	private volatile ServerSettings settings;
	private volatile ConsoleServices services;

	public LoginController(ServerSettings settings) {
		this.settings = settings;
	}

	public ServerSettings settings() {
		return settings;
	}

	/** The services once started (after the first login attempt reached the database), else {@code null}. */
	public ConsoleServices services() {
		return services;
	}

	/** New settings: the next attempt starts the services afresh with them. */
	public CompletableFuture<Void> useSettings(ServerSettings value) {
		return CompletableFuture.runAsync(() -> {
			settings = value;
			ConsoleServices old = services;
			services = null;
			if (old != null) {
				old.close();
			}
		}, worker);
	}

	/**
	 * Opens the database in the background while the operator types, and connects the PBX meanwhile on a thread of
	 * its own: the first attempt then takes the time of a password check, not of a database start (which made a first
	 * wrong password take seconds to be told) nor of the PBX's synchronisation. (On a new site the first
	 * administrator's login takes that connection.)
	 */
	public void prepare() {
		long t0 = System.nanoTime();
		dialogPainted.completeOnTimeout(null, PAINT_WAIT_MILLIS, TimeUnit.MILLISECONDS);
		Executor afterPaint = task -> dialogPainted.thenRunAsync(() -> {
			LOG.info(() -> "start-up: PBX connection started " + millisSince(t0) + " ms after the dialog was prepared"
					+ (firstPaint.isDone() ? ", when it had painted" : ", without waiting longer for it to paint"));
			task.run();
		}, connector);
		// the back-end's one-time initialisation (Asterisk-Java: about 0.4 s of CPU), which would otherwise come after
		// the store has opened in demo mode and before the synchronisation with a site's PBX; only once the dialog has
		// really painted (not on the time-out), so that it does not delay the dialog
		ServerSettings s = settings;
		firstPaint.thenRunAsync(() -> ConsoleServices.prepareBackEnd(s), connector);
		worker.execute(() -> {
			try {
				// reads the operators once: the first password check then finds the store warm (about 60 ms less)
				ConsoleServices ready = started(afterPaint);
				ready.needsFirstAdministrator();
			} catch (LoginException | RuntimeException e) {
				// told by the login attempt, which tries again
			}
		});
	}

	/** The login dialog has painted (see {@link #prepare()}). */
	public void dialogPainted() {
		firstPaint.complete(null); // first: the connection started on dialogPainted logs whether it had painted
		dialogPainted.complete(null);
	}

	public CompletableFuture<Result> login(String account, char[] password, String extension) {
		char[] copy = password.clone();
		long asked = ManagementFactory.getRuntimeMXBean().getUptime(); // logged off the UI thread
		return CompletableFuture.supplyAsync(() -> {
			LOG.info(() -> "start-up: login asked " + asked + " ms after the JVM started");
			try {
				ConsoleServices s = started();
				if (s.needsFirstAdministrator()) {
					// a new site: make sure the PBX is there before asking for an administrator of it
					probePbx(settings);
					return new Result(null, null, true);
				}
				long t0 = System.nanoTime();
				OperatorSession session = s.sessions().login(account, copy, extension);
				LOG.info(() -> "start-up: password checked, PBX connected and synchronised in " + millisSince(t0)
						+ " ms");
				return Result.of(session);
			} catch (LoginException e) {
				return Result.failed(e);
			} catch (RuntimeException e) {
				return Result.failed(new LoginException(LoginException.Reason.UNEXPECTED, String.valueOf(e), null, e));
			} finally {
				Arrays.fill(copy, '\0');
			}
		}, worker);
	}

	static long millisSince(long nanoTime) {
		return (System.nanoTime() - nanoTime) / 1_000_000;
	}

	/** First start outside demo mode: creates the first administrator, then logs in with it. */
	public CompletableFuture<Result> createFirstAdministrator(String account, char[] password, String extension) {
		char[] copy = password.clone();
		return CompletableFuture.supplyAsync(() -> {
			try {
				ConsoleServices s = started();
				s.accounts().createFirstAdministrator(account, copy);
				return Result.of(s.sessions().login(account, copy, extension));
			} catch (LoginException e) {
				return Result.failed(e);
			} catch (IllegalArgumentException e) {
				return Result.failed(new LoginException(LoginException.Reason.WRONG_CREDENTIALS, e.getMessage()));
			} catch (RuntimeException e) {
				return Result.failed(new LoginException(LoginException.Reason.UNEXPECTED, String.valueOf(e), null, e));
			} finally {
				Arrays.fill(copy, '\0');
			}
		}, worker);
	}

	/** How long a new site's PBX gets to answer the probe. */
	private static final int PROBE_MILLIS = 3000;

	/**
	 * Whether an AMI server answers at the configured address: its greeting line ("Asterisk Call Manager/..."), read
	 * without logging in (the secret is checked by the login that follows the first administrator).
	 */
	static void probePbx(ServerSettings s) throws LoginException {
		if (s.isDemo()) {
			return;
		}
		String address = s.amiHost() + ":" + s.amiPort();
		try (java.net.Socket socket = new java.net.Socket()) {
			socket.connect(new java.net.InetSocketAddress(s.amiHost(), s.amiPort()), PROBE_MILLIS);
			socket.setSoTimeout(PROBE_MILLIS);
			var in = new java.io.BufferedReader(
					new java.io.InputStreamReader(socket.getInputStream(), java.nio.charset.StandardCharsets.US_ASCII));
			String greeting = in.readLine();
			if (greeting == null || !greeting.contains("Call Manager")) {
				throw new LoginException(org.switchboard.pbx.PbxException.Reason.PBX_ERROR, address,
						"No AMI greeting at " + address + ": " + greeting, null);
			}
		} catch (java.net.SocketTimeoutException e) {
			throw new LoginException(org.switchboard.pbx.PbxException.Reason.TIMEOUT, address,
					"The PBX at " + address + " did not greet in time", e);
		} catch (java.io.IOException e) {
			throw new LoginException(org.switchboard.pbx.PbxException.Reason.UNREACHABLE, address,
					"Nothing answers at " + address + ": " + e.getMessage(), e);
		}
	}

	private ConsoleServices started() throws LoginException {
		return started(null);
	}

	/** The services, started if need be, connecting the PBX on {@code pbxAhead} (if not null) while they start. */
	private ConsoleServices started(Executor pbxAhead) throws LoginException {
		if (services == null) {
			long t0 = System.nanoTime();
			services = pbxAhead == null ? ConsoleServices.start(settings) : ConsoleServices.start(settings, pbxAhead);
			LOG.info(() -> "start-up: database open in " + millisSince(t0) + " ms");
		}
		return services;
	}

	/**
	 * Hands the services over (after a successful login): this controller no longer closes them.
	 */
	public ConsoleServices takeServices() {
		ConsoleServices s = services;
		services = null;
		return s;
	}

	/** Closes services that were started but not taken (the operator quit), and the worker. */
	@Override
	public void close() {
		worker.execute(() -> {
			ConsoleServices s = services;
			services = null;
			if (s != null) {
				s.close();
			}
		});
		worker.shutdown();
		connector.shutdown();
	}

	/** Waits until {@link #close()} has closed what was started (tests: before their database folder goes). */
	public boolean awaitClosed(java.time.Duration timeout) throws InterruptedException {
		return worker.awaitTermination(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
	}
}
