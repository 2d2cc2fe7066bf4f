package org.switchboard.app.internal.login;

import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.switchboard.core.ConsoleServices;
import org.switchboard.core.LoginException;
import org.switchboard.core.OperatorSession;
import org.switchboard.core.ServerSettings;

/**
 * The login's work, off the UI thread: starting the console's services from the settings (store, then PBX at the
 * first login), logging in, creating the first administrator. Everything runs on one worker thread, in order;
 * results come back as futures the dialog completes on the UI thread.
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

	private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
		Thread t = new Thread(r, "switchboard-login");
		t.setDaemon(true);
		return t;
	});
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

	public CompletableFuture<Result> login(String account, char[] password, String extension) {
		char[] copy = password.clone();
		return CompletableFuture.supplyAsync(() -> {
			try {
				ConsoleServices s = started();
				if (s.needsFirstAdministrator()) {
					return new Result(null, null, true);
				}
				return Result.of(s.sessions().login(account, copy, extension));
			} catch (LoginException e) {
				return Result.failed(e);
			} catch (RuntimeException e) {
				return Result.failed(new LoginException(LoginException.Reason.UNEXPECTED, String.valueOf(e), null, e));
			} finally {
				Arrays.fill(copy, '\0');
			}
		}, worker);
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

	private ConsoleServices started() throws LoginException {
		if (services == null) {
			services = ConsoleServices.start(settings);
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
	}
}
