package org.switchboard.wakeup;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.switchboard.core.OperationLog;
import org.switchboard.model.Extension;
import org.switchboard.model.Outcome;
import org.switchboard.model.SwitchboardFactory;
import org.switchboard.model.WakeUpAttempt;
import org.switchboard.model.WakeUpOutcome;
import org.switchboard.model.WakeUpRepeat;
import org.switchboard.model.WakeUpTask;
import org.switchboard.pbx.PbxGateway;
import org.switchboard.store.Page;
import org.switchboard.store.PageCursor;
import org.switchboard.store.Store;
import org.switchboard.store.StoreException;
import org.switchboard.store.Versioned;

/**
 * S3 wake-up calls: create, edit and delete wake-ups (each change checked whole and saved in one transaction, or
 * refused with a {@link WakeUpException} and nothing saved), the settings and result queries, and this console's
 * {@link WakeUpScheduler}. In the application's context as {@code WakeUpService} from the moment the console's
 * services exist, whoever is logged in. Every change is one operation-log entry ({@code wakeup.set},
 * {@code wakeup.delete}); the scheduler records {@code wakeup.fire}. Methods block on the database and the PBX:
 * call them off the UI thread.
 */
public final class WakeUpService implements AutoCloseable {

	/** How the scheduler runs; {@link #defaults()} reads the system properties named here. */
	public record Config(String console, Duration grace, Duration ringFor, Duration tick) {

		/** {@code switchboard.console.name} (default: the host name), {@code switchboard.wakeup.graceMinutes} (10). */
		public static Config defaults() {
			String name = System.getProperty("switchboard.console.name");
			if (name == null || name.isBlank()) {
				try {
					name = InetAddress.getLocalHost().getHostName();
				} catch (UnknownHostException e) {
					name = "console";
				}
			}
			return new Config(name, Duration.ofMinutes(Long.getLong("switchboard.wakeup.graceMinutes", 10)),
					Duration.ofSeconds(30), Duration.ofSeconds(1));
		}
	}

	/** A sound file name as Asterisk's Playback takes it (no extension needed). */
	static final Pattern PROMPT = Pattern.compile("[A-Za-z0-9_-]+(/[A-Za-z0-9_.-]+)*");
	private static final long PBX_READ_SECONDS = 10;

	private final Store store;
	private final OperationLog log;
	private final Supplier<PbxGateway> gateway;
	private final Clock clock;
	private final ZoneId zone;
	private final WakeUpScheduler scheduler;
	private final Config config;

	public WakeUpService(Store store, OperationLog log, Supplier<PbxGateway> gateway, Clock clock, ZoneId zone,
			Config config) {
		this.store = store;
		this.log = log;
		this.gateway = gateway;
		this.clock = clock;
		this.zone = zone;
		this.config = config;
		this.scheduler = new WakeUpScheduler(store.wakeUps(), log, gateway, clock, zone, config.console(),
				config.grace(), config.ringFor());
	}

	/** Starts this console's scheduler (once). */
	public void start() {
		scheduler.start(config.tick());
	}

	public WakeUpScheduler scheduler() {
		return scheduler;
	}

	/** The name of this console, as the result query shows who made an attempt. */
	public String console() {
		return config.console();
	}

	public ZoneId zone() {
		return zone;
	}

	/** Creates a wake-up for each extension of the request: all of them, or none. */
	public List<WakeUpTask> create(WakeUpRequest request, String operator) {
		List<WakeUpTask> tasks = new ArrayList<>();
		try {
			validate(request);
			for (String extension : request.extensions()) {
				WakeUpTask t = SwitchboardFactory.eINSTANCE.createWakeUpTask();
				fill(t, extension, request, operator);
				tasks.add(t);
			}
			try {
				store.inTransaction(() -> tasks.forEach(store.wakeUps()::save));
			} catch (StoreException e) {
				if (e.reason() != StoreException.Reason.DUPLICATE) {
					throw e;
				}
				throw alreadySet(tasks, e);
			}
		} catch (WakeUpException e) {
			log.record("wakeup.set", summary(request.extensions()), Outcome.FAILURE, e.getMessage());
			throw e;
		} catch (StoreException e) {
			log.record("wakeup.set", summary(request.extensions()), Outcome.FAILURE, e.getMessage());
			throw new WakeUpException(WakeUpException.Reason.DATABASE, e.getMessage(), List.of(), e);
		}
		log.record("wakeup.set", summary(request.extensions()), Outcome.SUCCESS, describe(request));
		return tasks;
	}

	/**
	 * Changes one wake-up (the request names its one extension) as edited from {@code expectedVersion} (see
	 * {@link #tasksForEdit}, {@link #forEdit}); returns its new version. If another console changed or deleted it
	 * since, nothing is saved and this fails with {@link WakeUpException.Reason#CHANGED_ELSEWHERE}.
	 */
	public long update(long taskId, long expectedVersion, WakeUpRequest request, String operator) {
		try {
			validate(request);
			if (request.extensions().size() != 1) {
				throw new WakeUpException(WakeUpException.Reason.BAD_SELECTION,
						"A wake-up being edited is for one extension.", String.join(",", request.extensions()));
			}
			WakeUpTask t = store.wakeUps().find(taskId).orElseThrow(() -> new WakeUpException(
					WakeUpException.Reason.CHANGED_ELSEWHERE, "The wake-up was deleted by another console meanwhile."));
			fill(t, request.extensions().get(0), request, operator);
			long version;
			try {
				version = store.wakeUps().update(t, expectedVersion);
			} catch (StoreException e) {
				if (e.reason() != StoreException.Reason.DUPLICATE) {
					throw e;
				}
				throw alreadySet(List.of(t), e);
			}
			log.record("wakeup.set", t.getExtension(), Outcome.SUCCESS, "edited: " + describe(request));
			return version;
		} catch (WakeUpException e) {
			log.record("wakeup.set", summary(request.extensions()), Outcome.FAILURE, e.getMessage());
			throw e;
		} catch (StoreException e) {
			log.record("wakeup.set", summary(request.extensions()), Outcome.FAILURE, e.getMessage());
			throw new WakeUpException(e.reason() == StoreException.Reason.CHANGED_ELSEWHERE
					? WakeUpException.Reason.CHANGED_ELSEWHERE
					: WakeUpException.Reason.DATABASE, e.getMessage(), List.of(), e);
		}
	}

	/** The refusal of wake-ups of which the store holds the same one already: names those extensions. */
	private WakeUpException alreadySet(List<WakeUpTask> tasks, StoreException cause) {
		List<String> extensions = new ArrayList<>();
		for (WakeUpTask t : tasks) {
			if (store.wakeUps().forExtension(t.getExtension()).stream()
					.anyMatch(other -> other.getId() != t.getId() && same(other, t))) {
				extensions.add(t.getExtension());
			}
		}
		return new WakeUpException(WakeUpException.Reason.ALREADY_SET,
				"Already set (perhaps by another console just now): " + summary(extensions), extensions, cause);
	}

	/** The same wake-up: one extension, time and repeat, with the same date (once) or days (weekdays). */
	private static boolean same(WakeUpTask a, WakeUpTask b) {
		return a.getTimeOfDay().equals(b.getTimeOfDay()) && a.getRepeat() == b.getRepeat()
				&& switch (a.getRepeat()) {
				case ONCE -> java.util.Objects.equals(a.getDate(), b.getDate());
				case WEEKDAYS -> java.util.Objects.equals(a.getWeekdays(), b.getWeekdays());
				default -> true;
				};
	}

	/** One wake-up as stored now, with its version, to edit it; empty if it was deleted. */
	public Optional<Versioned<WakeUpTask>> forEdit(long taskId) {
		try {
			return store.wakeUps().findVersioned(taskId);
		} catch (StoreException e) {
			throw new WakeUpException(WakeUpException.Reason.DATABASE, e.getMessage(), List.of(), e);
		}
	}

	/** The settings query with each wake-up's version, to edit one of them. */
	public List<Versioned<WakeUpTask>> tasksForEdit() {
		try {
			return store.wakeUps().allVersioned();
		} catch (StoreException e) {
			throw new WakeUpException(WakeUpException.Reason.DATABASE, e.getMessage(), List.of(), e);
		}
	}

	/** Deletes wake-ups (and their history): all of them, or none. */
	public int delete(List<WakeUpTask> tasks) {
		List<String> extensions = tasks.stream().map(WakeUpTask::getExtension).toList();
		try {
			int n = store.inTransaction(() -> {
				int deleted = 0;
				for (WakeUpTask t : tasks) {
					deleted += store.wakeUps().delete(t.getId()) ? 1 : 0;
				}
				return deleted;
			});
			log.record("wakeup.delete", summary(extensions), Outcome.SUCCESS, n + " deleted");
			return n;
		} catch (StoreException e) {
			log.record("wakeup.delete", summary(extensions), Outcome.FAILURE, e.getMessage());
			throw new WakeUpException(WakeUpException.Reason.DATABASE, e.getMessage(), List.of(), e);
		}
	}

	/** The settings query: every wake-up, by extension and time. */
	public List<WakeUpTask> tasks() {
		try {
			return store.wakeUps().all();
		} catch (StoreException e) {
			throw new WakeUpException(WakeUpException.Reason.DATABASE, e.getMessage(), List.of(), e);
		}
	}

	/** The result query: attempts due in [from, to), optionally of one extension and one outcome, newest first. */
	public Page<WakeUpAttempt> attempts(Instant from, Instant to, String extension, WakeUpOutcome outcome,
			PageCursor after, int limit) {
		try {
			return store.wakeUps().attempts(from, to, extension, outcome, after, limit);
		} catch (StoreException e) {
			throw new WakeUpException(WakeUpException.Reason.DATABASE, e.getMessage(), List.of(), e);
		}
	}

	private void fill(WakeUpTask t, String extension, WakeUpRequest r, String operator) {
		t.setExtension(extension);
		t.setTimeOfDay(String.format("%02d:%02d", r.time().getHour(), r.time().getMinute()));
		t.setRepeat(r.repeat());
		t.setDate(r.repeat() == WakeUpRepeat.ONCE ? r.date().toString() : null);
		t.setWeekdays(r.repeat() == WakeUpRepeat.WEEKDAYS ? WakeUpTimes.weekdays(r.weekdays()) : null);
		t.setRetries(r.retries());
		t.setRetryIntervalMinutes(r.retryIntervalMinutes());
		t.setPrompt(r.prompt().isEmpty() ? null : r.prompt());
		t.setEnabled(true);
		if (t.getId() == 0) { // an edit keeps who created it and when
			t.setCreatedBy(operator);
			t.setCreatedAt(clock.instant());
		}
		t.setNextRun(WakeUpTimes.nextRun(t, clock.instant(), zone));
	}

	/** Checks the whole request; throws the first problem. */
	void validate(WakeUpRequest r) {
		if (r.extensions().isEmpty()) {
			throw new WakeUpException(WakeUpException.Reason.NO_EXTENSIONS, "No extension chosen.");
		}
		if (r.extensions().size() > ExtensionSelection.MAX) {
			throw new WakeUpException(WakeUpException.Reason.TOO_MANY,
					"At most " + ExtensionSelection.MAX + " extensions at once.", String.valueOf(ExtensionSelection.MAX));
		}
		if (r.time() == null) {
			throw new WakeUpException(WakeUpException.Reason.BAD_TIME, "The time must be HH:mm.");
		}
		if (r.retries() < 0 || r.retries() > WakeUpRequest.MAX_RETRIES) {
			throw new WakeUpException(WakeUpException.Reason.RETRIES_OUT_OF_RANGE,
					"Retries must be 0 to " + WakeUpRequest.MAX_RETRIES + ", not " + r.retries() + ".",
					String.valueOf(r.retries()));
		}
		if (r.retryIntervalMinutes() < 1 || r.retryIntervalMinutes() > WakeUpRequest.MAX_INTERVAL_MINUTES) {
			throw new WakeUpException(WakeUpException.Reason.INTERVAL_OUT_OF_RANGE, "The retry interval must be 1 to "
					+ WakeUpRequest.MAX_INTERVAL_MINUTES + " minutes, not " + r.retryIntervalMinutes() + ".",
					String.valueOf(r.retryIntervalMinutes()));
		}
		if (!r.prompt().isEmpty() && (r.prompt().length() > 128 || !PROMPT.matcher(r.prompt()).matches())) {
			throw new WakeUpException(WakeUpException.Reason.BAD_PROMPT,
					"The prompt must be a sound file name (letters, digits, _ - and / between folders).", r.prompt());
		}
		switch (r.repeat()) {
		case ONCE -> {
			if (r.date() == null || !WakeUpTimes.at(r.date(), r.time(), zone).isAfter(clock.instant())) {
				throw new WakeUpException(WakeUpException.Reason.TIME_IN_PAST,
						"A one-off wake-up must be in the future.", r.date() + " " + r.time());
			}
		}
		case WEEKDAYS -> {
			if (r.weekdays().isEmpty()) {
				throw new WakeUpException(WakeUpException.Reason.NO_WEEKDAYS, "Choose at least one day of the week.");
			}
		}
		case DAILY -> {
			// any time of day has a next run
		}
		}
		Set<String> known = knownExtensions();
		List<String> unknown = r.extensions().stream().filter(e -> !known.contains(e)).toList();
		if (!unknown.isEmpty()) {
			throw new WakeUpException(WakeUpException.Reason.UNKNOWN_EXTENSION,
					"The PBX has no extension " + summary(unknown) + ".", unknown, null);
		}
	}

	/** The extensions the PBX has now. */
	public Set<String> knownExtensions() {
		PbxGateway pbx = gateway.get();
		if (pbx == null) {
			throw new WakeUpException(WakeUpException.Reason.NOT_CONNECTED,
					"The PBX is not connected: the extensions cannot be checked.");
		}
		try {
			return pbx.model().read(site -> site.getExtensions().stream().map(Extension::getNumber)
					.collect(Collectors.toSet())).get(PBX_READ_SECONDS, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new WakeUpException(WakeUpException.Reason.NOT_CONNECTED, "Interrupted.");
		} catch (ExecutionException | TimeoutException e) {
			throw new WakeUpException(WakeUpException.Reason.NOT_CONNECTED,
					"The PBX's extension list could not be read.");
		}
	}

	/** For logs and messages: a few extensions by number, many as first…last (count). */
	public static String summary(List<String> extensions) {
		if (extensions.size() <= 5) {
			return String.join(",", extensions);
		}
		return extensions.get(0) + "…" + extensions.get(extensions.size() - 1) + " (" + extensions.size() + ")";
	}

	private static String describe(WakeUpRequest r) {
		String when = switch (r.repeat()) {
		case ONCE -> "once on " + r.date();
		case DAILY -> "daily";
		case WEEKDAYS -> "on " + WakeUpTimes.weekdays(r.weekdays());
		};
		return r.time() + " " + when + ", " + r.retries() + " retries every " + r.retryIntervalMinutes() + " min"
				+ (r.prompt().isEmpty() ? "" : ", prompt " + r.prompt());
	}

	/** Stops the scheduler. */
	@Override
	public void close() {
		scheduler.close();
	}
}
