package org.switchboard.nightservice;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.switchboard.core.OperationLog;
import org.switchboard.model.NightServiceSetting;
import org.switchboard.model.Queue;
import org.switchboard.model.SwitchboardFactory;
import org.switchboard.pbx.PbxGateway;
import org.switchboard.pbx.PbxInput;
import org.switchboard.store.Store;
import org.switchboard.store.Versioned;

/**
 * S4 night service of a queue: on (the PBX sends the queue's calls to the night number after the prompt, and moves the
 * callers already waiting there; AstDB {@code NIGHT/<queue>}) or off. The setting is kept in the store
 * ({@code night_service}) so the next switch-on, and the exit with night service (Q2), know the number; each change is
 * one operation-log entry ({@value #LOG_ON} / {@value #LOG_OFF}). The E4 context offers one (inject
 * {@code NightService}).
 */
public final class NightService {

	public static final String LOG_ON = "nightservice.on";
	public static final String LOG_OFF = "nightservice.off";

	/** Dialable: digits, * and #, an optional leading + (what the dialplan can route). */
	private static final Pattern DIALABLE = Pattern.compile("\\+?[0-9*#]{1,32}");
	private static final Pattern PROMPT = Pattern.compile("[A-Za-z0-9_./-]{1,128}");
	/** Store work never runs on the caller's (the UI) thread. */
	private static final Executor STORE = Executors.newSingleThreadExecutor(r -> {
		Thread t = new Thread(r, "switchboard-nightservice-store");
		t.setDaemon(true);
		return t;
	});

	/** A queue and its night service as the PBX has it now ({@code nightNumber} null: off). */
	public record QueueNight(String queue, String nightNumber, String prompt) {
		public boolean on() {
			return nightNumber != null && !nightNumber.isEmpty();
		}
	}

	private final PbxGateway gateway;
	private final Store store;
	private final OperationLog log;
	private final Supplier<String> operator;
	private final Clock clock;
	/** Whether some queue has a saved night number (null until the store answered): for the exit option. */
	private volatile Boolean configured;

	public NightService(PbxGateway gateway, Store store, OperationLog log, Supplier<String> operator) {
		this(gateway, store, log, operator, Clock.systemUTC());
	}

	public NightService(PbxGateway gateway, Store store, OperationLog log, Supplier<String> operator, Clock clock) {
		this.gateway = gateway;
		this.store = store;
		this.log = log;
		this.operator = operator;
		this.clock = clock;
		allSaved().thenAccept(all -> {
			if (configured == null) {
				configured = all.stream().anyMatch(s -> s.getNightNumber() != null && !s.getNightNumber().isBlank());
			}
		});
	}

	/**
	 * Whether a night number was ever saved (so "exit with night service" has one to switch on); null while the store
	 * has not answered yet.
	 */
	public Boolean isConfigured() {
		return configured;
	}

	/**
	 * Checks what the operator typed; returns the number stripped of blanks.
	 *
	 * @throws NightServiceException when it cannot be used
	 */
	public static String validate(String queue, String nightNumber, String prompt) {
		if (queue == null || !PbxInput.isNumber(queue.strip())) {
			throw new NightServiceException(NightServiceException.Reason.NO_QUEUE, "No queue chosen.");
		}
		String number = nightNumber == null ? "" : nightNumber.replaceAll("[\\s-]", "");
		if (number.isEmpty()) {
			throw new NightServiceException(NightServiceException.Reason.NUMBER_MISSING, "No night number given.");
		}
		if (!DIALABLE.matcher(number).matches()) {
			throw new NightServiceException(NightServiceException.Reason.NUMBER_NOT_DIALABLE,
					"The night number '" + nightNumber + "' cannot be dialled.");
		}
		if (number.equals(queue.strip())) {
			throw new NightServiceException(NightServiceException.Reason.NUMBER_IS_QUEUE,
					"The night number is the queue itself.");
		}
		if (prompt != null && !prompt.isBlank() && !PROMPT.matcher(prompt.strip()).matches()) {
			throw new NightServiceException(NightServiceException.Reason.PROMPT_INVALID,
					"The prompt '" + prompt + "' is not a sound file name.");
		}
		return number;
	}

	/** The queues of the PBX and their night service now, in number order (completes off the UI thread). */
	public CompletableFuture<List<QueueNight>> queues() {
		return gateway.model().read(site -> {
			List<QueueNight> out = new ArrayList<>();
			for (Queue q : site.getQueues()) {
				out.add(new QueueNight(q.getNumber(), q.getNightNumber(), q.getNightPrompt()));
			}
			out.sort((a, b) -> a.queue().compareTo(b.queue()));
			return out;
		});
	}

	/** The saved setting of a queue (the last night number and prompt used), if any. */
	public CompletableFuture<Optional<NightServiceSetting>> saved(String queue) {
		if (store == null) {
			return CompletableFuture.completedFuture(Optional.empty());
		}
		return CompletableFuture.supplyAsync(() -> store.nightService().find(queue), STORE);
	}

	/**
	 * The saved setting of a queue with its version (empty: none saved yet, version 0), for a switch-on from what the
	 * operator saw ({@link #switchOn(String, String, String, long)}).
	 */
	public CompletableFuture<Optional<Versioned<NightServiceSetting>>> savedForEdit(String queue) {
		if (store == null) {
			return CompletableFuture.completedFuture(Optional.empty());
		}
		return CompletableFuture.supplyAsync(() -> store.nightService().findVersioned(queue), STORE);
	}

	/** Every saved setting (for the exit with night service). */
	public CompletableFuture<List<NightServiceSetting>> allSaved() {
		if (store == null) {
			return CompletableFuture.completedFuture(List.of());
		}
		return CompletableFuture.supplyAsync(() -> store.nightService().all(), STORE);
	}

	/**
	 * Night service on: the setting is saved first (so what the operator typed is kept), then the PBX is told; when
	 * the PBX refuses, the saved row says off again. Fails with {@link NightServiceException} for bad input (nothing
	 * done), a {@code StoreException} (the PBX untouched) or a {@code PbxException}.
	 */
	public CompletableFuture<Void> switchOn(String queue, String nightNumber, String prompt) {
		return switchOn(queue, nightNumber, prompt, -1);
	}

	/**
	 * As {@link #switchOn(String, String, String)}, from the saved setting of {@code expectedVersion} (0: none was
	 * saved; -1: whatever is saved) that the operator saw: if another console changed it since, nothing is done (the
	 * PBX untouched) and this fails with {@code StoreException} {@code CHANGED_ELSEWHERE}.
	 */
	public CompletableFuture<Void> switchOn(String queue, String nightNumber, String prompt, long expectedVersion) {
		String number;
		String sound = prompt == null || prompt.isBlank() ? null : prompt.strip();
		try {
			number = validate(queue, nightNumber, prompt);
		} catch (NightServiceException e) {
			log(LOG_ON, queue, CompletableFuture.failedFuture(e));
			return CompletableFuture.failedFuture(e);
		}
		String q = queue.strip();
		CompletableFuture<Void> result = save(q, number, sound, true, expectedVersion)
				.thenCompose(saved -> gateway.setNightService(q, true, number, sound).handle((v, error) -> {
					if (error != null) {
						save(q, number, sound, false);
						throw error instanceof RuntimeException r ? r : new java.util.concurrent.CompletionException(error);
					}
					return null;
				}));
		return log(LOG_ON, q + " " + number, result);
	}

	/** Night service off: the PBX first (calls reach the queue again), then the saved row. */
	public CompletableFuture<Void> switchOff(String queue) {
		if (queue == null || !PbxInput.isNumber(queue.strip())) {
			NightServiceException e = new NightServiceException(NightServiceException.Reason.NO_QUEUE,
					"No queue chosen.");
			return log(LOG_OFF, String.valueOf(queue), CompletableFuture.failedFuture(e));
		}
		String q = queue.strip();
		CompletableFuture<Void> result = gateway.setNightService(q, false, null, null)
				.thenCompose(v -> saved(q))
				.thenCompose(saved -> saved.isPresent()
						? save(q, saved.get().getNightNumber(), saved.get().getPrompt(), false).thenApply(s -> null)
						: CompletableFuture.completedFuture(null));
		return log(LOG_OFF, q, result);
	}

	private CompletableFuture<NightServiceSetting> save(String queue, String number, String prompt, boolean active) {
		return save(queue, number, prompt, active, -1);
	}

	/** Saves the setting; with an expected version ({@code >= 0}) only if it is still that one. */
	private CompletableFuture<NightServiceSetting> save(String queue, String number, String prompt, boolean active,
			long expectedVersion) {
		if (store == null) {
			return CompletableFuture.completedFuture(null);
		}
		return CompletableFuture.supplyAsync(() -> {
			NightServiceSetting s = SwitchboardFactory.eINSTANCE.createNightServiceSetting();
			s.setQueue(queue);
			s.setNightNumber(number);
			s.setPrompt(prompt);
			s.setActive(active);
			s.setChangedBy(operator == null ? null : operator.get());
			s.setChangedAt(clock.instant());
			NightServiceSetting saved = s;
			if (expectedVersion < 0) {
				saved = store.nightService().save(s);
			} else {
				store.nightService().save(s, expectedVersion);
			}
			if (number != null && !number.isBlank()) {
				configured = true;
			}
			return saved;
		}, STORE);
	}

	private <T> CompletableFuture<T> log(String action, String target, CompletableFuture<T> result) {
		return log == null ? result : log.recordWhenDone(action, target, result);
	}
}
