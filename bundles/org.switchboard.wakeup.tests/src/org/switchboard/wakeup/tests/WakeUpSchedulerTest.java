package org.switchboard.wakeup.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.model.Outcome;
import org.switchboard.model.WakeUpAttempt;
import org.switchboard.model.WakeUpOutcome;
import org.switchboard.model.WakeUpRepeat;
import org.switchboard.model.WakeUpTask;
import org.switchboard.pbx.PbxGateway;
import org.switchboard.pbx.simulator.AmiSimulator;
import org.switchboard.store.Store;
import org.switchboard.store.WakeUpRepository;
import org.switchboard.store.StoreLocation;
import org.switchboard.wakeup.WakeUpException;
import org.switchboard.wakeup.WakeUpRequest;
import org.switchboard.wakeup.WakeUpScheduler;
import org.switchboard.wakeup.WakeUpService;

/** The scheduler and the service on a real (embedded) Derby and the simulator over AMI, with a clock the test drives. */
class WakeUpSchedulerTest {

	@TempDir
	Path dir;
	AmiSimulator simulator;
	PbxGateway gateway;
	Store store;
	OriginateCounter counter;
	DrivenClock clock = new DrivenClock(SiteFixture.START);
	RecordingLog log = new RecordingLog();
	WakeUpService service;

	@BeforeEach
	void start() throws Exception {
		simulator = SiteFixture.simulator(10);
		gateway = SiteFixture.gateway(simulator);
		counter = new OriginateCounter(simulator);
		store = Store.open(StoreLocation.embedded(dir.resolve("db")));
		service = service("console-a");
	}

	WakeUpService service(String console) {
		return new WakeUpService(store, log, () -> gateway, clock, SiteFixture.zone(),
				new WakeUpService.Config(console, Duration.ofMinutes(10), Duration.ofSeconds(30), Duration.ofSeconds(1)));
	}

	@AfterEach
	void stop() throws Exception {
		service.close();
		counter.close();
		gateway.close();
		simulator.close();
		store.close();
	}

	/**
	 * The close at exit does not interrupt a check inside the database (Derby's file I/O closes its channel when its
	 * thread is interrupted, and the database's shutdown then hung): it lets the check finish, and waits for it.
	 */
	@Test
	void closeLetsACheckInsideTheDatabaseFinishWithoutInterruptingIt() throws Exception {
		WakeUpRepository real = store.wakeUps();
		java.util.concurrent.CountDownLatch inside = new java.util.concurrent.CountDownLatch(1);
		java.util.concurrent.atomic.AtomicBoolean interrupted = new java.util.concurrent.atomic.AtomicBoolean();
		java.util.concurrent.atomic.AtomicBoolean finished = new java.util.concurrent.atomic.AtomicBoolean();
		WakeUpRepository slow = (WakeUpRepository) java.lang.reflect.Proxy.newProxyInstance(
				WakeUpRepository.class.getClassLoader(), new Class<?>[] { WakeUpRepository.class },
				(proxy, method, args) -> {
					if (method.getName().equals("due")) {
						inside.countDown();
						try {
							Thread.sleep(700); // a slow query
						} catch (InterruptedException e) {
							interrupted.set(true);
						}
						finished.set(true);
					}
					try {
						return method.invoke(real, args);
					} catch (java.lang.reflect.InvocationTargetException e) {
						throw e.getCause();
					}
				});
		WakeUpScheduler scheduler = new WakeUpScheduler(slow, log, () -> gateway, clock, SiteFixture.zone(),
				"console-z", Duration.ofMinutes(10), Duration.ofSeconds(30));
		scheduler.tick();
		assertTrue(inside.await(30, TimeUnit.SECONDS), "the check reached the repository");
		scheduler.close();
		assertFalse(interrupted.get(), "the check inside the database was not interrupted");
		assertTrue(finished.get(), "the close waited for the check running");
	}

	void tickAt(Instant now) throws Exception {
		clock.set(now);
		service.scheduler().tick().get(30, TimeUnit.SECONDS);
	}

	@Test
	void aWakeUpFiresOnTimeNotBefore() throws Exception {
		List<WakeUpTask> created = service.create(SiteFixture.daily(List.of("1002", "1003"), "06:30", 0, 5), "demo");
		assertEquals(2, created.size());
		assertEquals(SiteFixture.SIX_THIRTY, created.get(0).getNextRun());

		tickAt(SiteFixture.SIX_THIRTY.minusSeconds(1));
		assertEquals(0, SiteFixture.attempts(store).size(), "nothing fires before its time");

		tickAt(SiteFixture.SIX_THIRTY);
		SiteFixture.waitUntil(() -> SiteFixture.allDone(store, 2), Duration.ofSeconds(20), "both answered");
		for (WakeUpAttempt a : SiteFixture.attempts(store)) {
			assertEquals(WakeUpOutcome.ANSWERED, a.getOutcome(), a.toString());
			assertEquals(1, a.getAttempt());
			assertEquals(SiteFixture.SIX_THIRTY, a.getScheduledAt());
			assertEquals("console-a", a.getConsole());
		}
		SiteFixture.waitUntil(() -> counter.wakeUps() == 2, Duration.ofSeconds(5), "the PBX made two calls");
		// daily: the next run is tomorrow at the same time
		for (WakeUpTask t : store.wakeUps().all()) {
			assertEquals(SiteFixture.SIX_THIRTY.plus(Duration.ofDays(1)), t.getNextRun());
		}
		assertEquals(2, log.of("wakeup.fire").stream().filter(e -> e.outcome() == Outcome.SUCCESS).count());
		assertEquals(1, log.of("wakeup.set").size(), "one change, one entry, for both extensions");

		tickAt(SiteFixture.SIX_THIRTY.plusSeconds(30));
		Thread.sleep(300);
		assertEquals(2, counter.wakeUps(), "a run fires once");
	}

	@Test
	void afterARestartAWakeUpWithinTheGraceWindowStillFiresAndAnOlderOneIsRecordedAsMissed() throws Exception {
		service.create(SiteFixture.daily(List.of("1002"), "06:30", 0, 5), "demo");
		service.create(SiteFixture.daily(List.of("1003"), "06:25", 0, 5), "demo");
		service.close(); // the console is off from 06:00 to 06:36; another one starts on the same database
		service = service("console-b");

		tickAt(Instant.parse("2026-12-01T06:36:00Z"));
		SiteFixture.waitUntil(() -> SiteFixture.allDone(store, 2), Duration.ofSeconds(20), "both recorded");
		List<WakeUpAttempt> attempts = SiteFixture.attempts(store);
		WakeUpAttempt late = attempts.stream().filter(a -> a.getExtension().equals("1002")).findFirst().orElseThrow();
		WakeUpAttempt missed = attempts.stream().filter(a -> a.getExtension().equals("1003")).findFirst().orElseThrow();
		assertEquals(WakeUpOutcome.ANSWERED, late.getOutcome(), "6 minutes late, within the 10 minute grace");
		assertEquals(WakeUpOutcome.MISSED, missed.getOutcome(), "11 minutes late");
		Thread.sleep(300);
		assertEquals(1, counter.wakeUps(), "the missed one is not called");
		for (WakeUpTask t : store.wakeUps().all()) {
			assertTrue(t.getNextRun().isAfter(Instant.parse("2026-12-02T06:00:00Z")), "both move on to tomorrow");
		}
		assertTrue(log.of("wakeup.fire").stream()
				.anyMatch(e -> e.target().equals("1003") && e.outcome() == Outcome.FAILURE && e.detail().contains("MISSED")));
	}

	@Test
	void noAnswerIsRetriedAsConfiguredThenGivenUp() throws Exception {
		// 1009 is the lab's phone that never answers
		service.create(SiteFixture.daily(List.of("1009"), "06:30", 2, 5), "demo");
		tickAt(SiteFixture.SIX_THIRTY);
		SiteFixture.waitUntil(() -> SiteFixture.allDone(store, 1), Duration.ofSeconds(20), "attempt 1");
		tickAt(SiteFixture.SIX_THIRTY.plus(Duration.ofMinutes(4)));
		assertEquals(1, SiteFixture.attempts(store).size(), "not before the retry interval");
		tickAt(SiteFixture.SIX_THIRTY.plus(Duration.ofMinutes(5)));
		SiteFixture.waitUntil(() -> SiteFixture.allDone(store, 2), Duration.ofSeconds(20), "attempt 2");
		tickAt(SiteFixture.SIX_THIRTY.plus(Duration.ofMinutes(10)));
		SiteFixture.waitUntil(() -> SiteFixture.allDone(store, 3), Duration.ofSeconds(20), "attempt 3");
		tickAt(SiteFixture.SIX_THIRTY.plus(Duration.ofMinutes(15)));
		tickAt(SiteFixture.SIX_THIRTY.plus(Duration.ofMinutes(30)));

		List<WakeUpAttempt> attempts = SiteFixture.attempts(store).stream()
				.sorted(Comparator.comparingInt(WakeUpAttempt::getAttempt)).toList();
		assertEquals(List.of(1, 2, 3), attempts.stream().map(WakeUpAttempt::getAttempt).toList());
		for (WakeUpAttempt a : attempts) {
			assertEquals(WakeUpOutcome.NO_ANSWER, a.getOutcome(), a.toString());
			assertEquals(SiteFixture.SIX_THIRTY, a.getScheduledAt(), "retries belong to the 06:30 run");
		}
		assertEquals(3, counter.wakeUps());
		assertEquals(3, log.of("wakeup.fire").size());
	}

	@Test
	void aRetryIsMadeByTheConsoleThatRunsNextWhenTheFirstHasStopped() throws Exception {
		service.create(SiteFixture.daily(List.of("1009"), "06:30", 1, 5), "demo");
		tickAt(SiteFixture.SIX_THIRTY);
		SiteFixture.waitUntil(() -> SiteFixture.allDone(store, 1), Duration.ofSeconds(20), "attempt 1");
		// console A stops (a crash or an exit) before its retry is due; console B runs from now on
		service.close();
		service = service("console-b");
		tickAt(SiteFixture.SIX_THIRTY.plus(Duration.ofMinutes(4)));
		assertEquals(1, SiteFixture.attempts(store).size(), "not before the retry interval");
		tickAt(SiteFixture.SIX_THIRTY.plus(Duration.ofMinutes(5)));
		SiteFixture.waitUntil(() -> SiteFixture.allDone(store, 2), Duration.ofSeconds(20), "attempt 2 by console B");
		tickAt(SiteFixture.SIX_THIRTY.plus(Duration.ofMinutes(20)));

		List<WakeUpAttempt> attempts = SiteFixture.attempts(store).stream()
				.sorted(Comparator.comparingInt(WakeUpAttempt::getAttempt)).toList();
		assertEquals(List.of(1, 2), attempts.stream().map(WakeUpAttempt::getAttempt).toList(), "one retry, once");
		assertEquals("console-a", attempts.get(0).getConsole());
		assertEquals("console-b", attempts.get(1).getConsole());
		assertEquals(SiteFixture.SIX_THIRTY, attempts.get(1).getScheduledAt(), "the retry belongs to the 06:30 run");
	}

	@Test
	void aCallWhoseConsoleStoppedBeforeItsOutcomeIsEndedAsFailedAndRetried() throws Exception {
		WakeUpTask task = service.create(SiteFixture.daily(List.of("1002"), "06:30", 1, 5), "demo").get(0);
		// console X claimed the 06:30 call and stopped (a crash) before the PBX told it anything
		store.wakeUps().claim(task, SiteFixture.SIX_THIRTY, 1, "console-x", SiteFixture.SIX_THIRTY).orElseThrow();
		store.wakeUps().reschedule(task.getId(), SiteFixture.SIX_THIRTY.plus(Duration.ofDays(1)), true);
		tickAt(SiteFixture.SIX_THIRTY.plus(Duration.ofMinutes(2)));
		assertEquals(WakeUpOutcome.PENDING, SiteFixture.attempts(store).get(0).getOutcome(), "still ringing, maybe");
		tickAt(SiteFixture.SIX_THIRTY.plus(Duration.ofMinutes(6)));
		WakeUpAttempt abandoned = SiteFixture.attempts(store).get(0);
		assertEquals(WakeUpOutcome.FAILED, abandoned.getOutcome());
		assertTrue(abandoned.getDetail().contains("stopped"), abandoned.getDetail());
		tickAt(SiteFixture.SIX_THIRTY.plus(Duration.ofMinutes(11)));
		SiteFixture.waitUntil(() -> SiteFixture.allDone(store, 2), Duration.ofSeconds(20), "the retry");
		List<WakeUpAttempt> attempts = SiteFixture.attempts(store).stream()
				.sorted(Comparator.comparingInt(WakeUpAttempt::getAttempt)).toList();
		assertEquals(List.of(1, 2), attempts.stream().map(WakeUpAttempt::getAttempt).toList());
		assertEquals(WakeUpOutcome.ANSWERED, attempts.get(1).getOutcome(), "1002 answers the retry");
		assertEquals("console-a", attempts.get(1).getConsole());
	}

	@Test
	void anEditChangesTheScheduleAndKeepsItsAuthorAndADeleteRemovesIt() {
		WakeUpTask t = service.create(SiteFixture.daily(List.of("1002"), "06:30", 0, 5), "alice").get(0);
		long version = service.forEdit(t.getId()).orElseThrow().version();
		service.update(t.getId(), version, new WakeUpRequest(List.of("1002"), LocalTime.of(7, 15), WakeUpRepeat.WEEKDAYS, null,
				Set.of(DayOfWeek.WEDNESDAY), 3, 10, "custom/wake-up"), "bob");
		WakeUpTask stored = store.wakeUps().find(t.getId()).orElseThrow();
		assertEquals("07:15", stored.getTimeOfDay());
		assertEquals(WakeUpRepeat.WEEKDAYS, stored.getRepeat());
		assertEquals("WED", stored.getWeekdays());
		assertEquals(3, stored.getRetries());
		assertEquals(10, stored.getRetryIntervalMinutes());
		assertEquals("custom/wake-up", stored.getPrompt());
		assertEquals("alice", stored.getCreatedBy());
		// 2026-12-01 is a Tuesday
		assertEquals(Instant.parse("2026-12-02T07:15:00Z"), stored.getNextRun());
		assertEquals(WakeUpException.Reason.BAD_SELECTION, assertThrows(WakeUpException.class,
				() -> service.update(t.getId(), 2, SiteFixture.daily(List.of("1002", "1003"), "06:30", 0, 5), "bob"))
				.reason());

		assertEquals(1, service.delete(List.of(stored)));
		assertTrue(store.wakeUps().all().isEmpty());
		assertEquals(3, log.of("wakeup.set").size());
		assertEquals(Outcome.SUCCESS, log.of("wakeup.delete").get(0).outcome());
	}

	@Test
	void badInputIsRefusedWithItsReasonAndNothingIsSaved() {
		assertRefused(WakeUpException.Reason.UNKNOWN_EXTENSION,
				SiteFixture.daily(List.of("1002", "1003", "1004", "7777"), "06:30", 1, 5), List.of("7777"));
		assertRefused(WakeUpException.Reason.TIME_IN_PAST,
				SiteFixture.once(List.of("1002"), LocalDate.parse("2026-12-01"), "04:59"), null);
		assertRefused(WakeUpException.Reason.RETRIES_OUT_OF_RANGE,
				SiteFixture.daily(List.of("1002"), "06:30", 6, 5), List.of("6"));
		assertRefused(WakeUpException.Reason.INTERVAL_OUT_OF_RANGE,
				SiteFixture.daily(List.of("1002"), "06:30", 1, 0), List.of("0"));
		assertRefused(WakeUpException.Reason.BAD_PROMPT, new WakeUpRequest(List.of("1002"), LocalTime.of(6, 30),
				WakeUpRepeat.DAILY, null, Set.of(), 1, 5, "wake;up"), List.of("wake;up"));
		assertRefused(WakeUpException.Reason.NO_WEEKDAYS, new WakeUpRequest(List.of("1002"), LocalTime.of(6, 30),
				WakeUpRepeat.WEEKDAYS, null, Set.of(), 1, 5, ""), null);
		assertEquals(0, store.wakeUps().all().size(), "nothing half-done");
		assertEquals(6, log.of("wakeup.set").stream().filter(e -> e.outcome() == Outcome.FAILURE).count());

		WakeUpService noPbx = new WakeUpService(store, log, () -> null, clock, SiteFixture.zone(),
				new WakeUpService.Config("x", Duration.ofMinutes(10), Duration.ofSeconds(30), Duration.ofSeconds(1)));
		assertEquals(WakeUpException.Reason.NOT_CONNECTED, assertThrows(WakeUpException.class,
				() -> noPbx.create(SiteFixture.daily(List.of("1002"), "06:30", 1, 5), "demo")).reason());
		noPbx.close();
	}

	@Test
	void aDatabaseThatIsDownIsAClearFailureAndTheSchedulerSaysWhy() throws Exception {
		store.close();
		WakeUpException e = assertThrows(WakeUpException.class,
				() -> service.create(SiteFixture.daily(List.of("1002"), "06:30", 1, 5), "demo"));
		assertEquals(WakeUpException.Reason.DATABASE, e.reason());
		assertTrue(log.of("wakeup.set").get(0).outcome() == Outcome.FAILURE);
		tickAt(SiteFixture.SIX_THIRTY);
		assertTrue(service.scheduler().lastError() != null, "the scheduler tells that it cannot read the tasks");
		assertEquals(0, counter.wakeUps());
		store = Store.open(StoreLocation.embedded(dir.resolve("db")));
	}

	void assertRefused(WakeUpException.Reason reason, WakeUpRequest request, List<String> items) {
		WakeUpException e = assertThrows(WakeUpException.class, () -> service.create(request, "demo"));
		assertEquals(reason, e.reason(), e.getMessage());
		if (items != null) {
			assertEquals(items, e.items());
		}
	}
}
