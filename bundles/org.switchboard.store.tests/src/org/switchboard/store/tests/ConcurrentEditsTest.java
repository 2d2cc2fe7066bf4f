package org.switchboard.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.switchboard.model.Contact;
import org.switchboard.model.NightServiceSetting;
import org.switchboard.model.PhonebookKind;
import org.switchboard.model.WakeUpTask;
import org.switchboard.store.Store;
import org.switchboard.store.StoreException;
import org.switchboard.store.StoreLocation;
import org.switchboard.store.Versioned;

/**
 * Two consoles editing the same contact, wake-up and night-service setting at once, each with a store of its own on
 * one Derby Network Server (run as its own process with authentication on, as {@code ./switchboard dbserver} runs
 * it). In each round both consoles read the row, then both save an edit of what they read: exactly one save lands,
 * the other is refused as changed elsewhere, and no saved edit is lost.
 */
class ConcurrentEditsTest {

	private static final String DB_USER = "switchboard";
	private static final String DB_PASSWORD = "concurrent-test-secret";
	private static final int ROUNDS = 40;

	@TempDir
	Path dir;
	Process dbServer;
	Store first;
	Store second;
	ExecutorService consoles;

	@BeforeEach
	void site() throws Exception {
		int port;
		try (ServerSocket s = new ServerSocket(0)) {
			port = s.getLocalPort();
		}
		Path home = Files.createDirectories(dir.resolve("dbserver"));
		try (Writer w = Files.newBufferedWriter(home.resolve("derby.properties"))) {
			w.write("derby.connection.requireAuthentication=true\nderby.authentication.provider=BUILTIN\n"
					+ "derby.user." + DB_USER + "=" + DB_PASSWORD + "\n");
		}
		dbServer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Dderby.system.home=" + home, "-cp", derbyClassPath(), "org.apache.derby.drda.NetworkServerControl",
				"start", "-h", "127.0.0.1", "-p", String.valueOf(port)).redirectErrorStream(true)
				.redirectOutput(dir.resolve("dbserver.log").toFile()).start();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (!listening(port)) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("the database server did not listen on " + port + " within 30 s");
			}
			Thread.sleep(50);
		}
		StoreLocation shared = StoreLocation.network("jdbc:derby://127.0.0.1:" + port + "/" + dir.resolve("site"),
				DB_USER, DB_PASSWORD);
		first = Store.open(shared);
		second = Store.open(shared);
		consoles = Executors.newFixedThreadPool(2);
	}

	@AfterEach
	void close() {
		if (consoles != null) {
			consoles.shutdownNow();
		}
		for (Store s : new Store[] { second, first }) {
			if (s != null) {
				s.close();
			}
		}
		if (dbServer != null) {
			dbServer.destroy();
		}
	}

	/** What one console did in one round: its save landed, or it was told the row changed elsewhere. */
	private record Turn(String token, boolean saved) {
	}

	/**
	 * Runs {@link #ROUNDS} edits on each console at once; each edit reads, waits at {@link #bothHaveRead()} for the
	 * other console's read, then saves, so that both saves of a round start from the same version. Returns every
	 * turn of both consoles.
	 */
	private List<Turn> race(Function<Store, Boolean> firstEdits, Function<Store, Boolean> secondEdits)
			throws Exception {
		List<Future<List<Turn>>> running = new ArrayList<>();
		for (int console = 0; console < 2; console++) {
			Store store = console == 0 ? first : second;
			Function<Store, Boolean> edit = console == 0 ? firstEdits : secondEdits;
			running.add(consoles.submit(() -> {
				List<Turn> turns = new ArrayList<>();
				for (int round = 0; round < ROUNDS; round++) {
					turns.add(new Turn(String.valueOf(round), edit.apply(store)));
				}
				return turns;
			}));
		}
		List<Turn> all = new ArrayList<>();
		for (Future<List<Turn>> f : running) {
			all.addAll(f.get(3, TimeUnit.MINUTES));
		}
		return all;
	}

	/** The barrier of the race the calling console's thread is in. */
	private static final ThreadLocal<CyclicBarrier> BARRIER = new ThreadLocal<>();

	private static void bothHaveRead() {
		try {
			BARRIER.get().await(30, TimeUnit.SECONDS);
		} catch (Exception e) {
			throw new AssertionError("the other console did not read in time", e);
		}
	}

	/** Saves with {@code save}; true if it landed, false if the store said another console changed the row. */
	private static boolean saved(Runnable save) {
		try {
			save.run();
			return true;
		} catch (StoreException e) {
			assertEquals(StoreException.Reason.CHANGED_ELSEWHERE, e.reason(), e::getMessage);
			assertTrue(e.getMessage().contains("another console"), e.getMessage());
			return false;
		}
	}

	@Test
	void twoConsolesEditingOneContactLoseNoSavedEditAndTheLaterOneIsToldEachRound() throws Exception {
		Contact c = first.phonebook().save("alice",
				Records.contact("Ward 3 desk", PhonebookKind.ENTERPRISE, 0, "3300"));
		long id = c.getId();
		CyclicBarrier bothRead = new CyclicBarrier(2);
		List<String> landed = Collections.synchronizedList(new ArrayList<>());
		Function<String, Function<Store, Boolean>> editor = who -> store -> {
			BARRIER.set(bothRead);
			Versioned<Contact> read = store.phonebook().findVersioned("alice", id).orElseThrow();
			Contact edit = read.value();
			String token = who + landed.size() + "-" + System.nanoTime() % 100000 + ";";
			edit.setNote((edit.getNote() == null ? "" : edit.getNote()) + token);
			edit.getNumbers().get(0).setNumber(who.equals("a") ? "3301" : "3302");
			bothHaveRead();
			boolean ok = saved(() -> store.phonebook().update("alice", edit, read.version()));
			if (ok) {
				landed.add(token);
			}
			return ok;
		};
		List<Turn> turns = race(editor.apply("a"), editor.apply("b"));

		long saves = turns.stream().filter(Turn::saved).count();
		assertEquals(ROUNDS, saves, "exactly one of the two saves lands in each round");
		assertEquals(ROUNDS, turns.size() - saves, "the other one is refused as changed elsewhere");
		Versioned<Contact> now = second.phonebook().findVersioned("alice", id).orElseThrow();
		for (String token : landed) {
			assertTrue(now.value().getNote().contains(token), () -> "a saved edit was lost: " + token);
		}
		assertEquals(String.join("", landed), now.value().getNote(), "the saved edits, in order, and nothing else");
		assertEquals(1, now.value().getNumbers().size(), "the numbers were replaced, not doubled");
		assertEquals(1 + ROUNDS, now.version());
		assertEquals(1, first.phonebook().findByNumber("alice", now.value().getNumbers().get(0).getNumber()).size());
	}

	@Test
	void aContactDeletedByAnotherConsoleIsNotSavedBackAndTheEditorIsTold() {
		Contact c = first.phonebook().save("alice", Records.contact("Night porter", PhonebookKind.ENTERPRISE, 0, "3400"));
		Versioned<Contact> read = second.phonebook().findVersioned("alice", c.getId()).orElseThrow();
		assertEquals(1, first.phonebook().delete("alice", List.of(c.getId())));
		read.value().setNote("edited after the delete");
		StoreException e = assertThrows(StoreException.class,
				() -> second.phonebook().update("alice", read.value(), read.version()));
		assertEquals(StoreException.Reason.CHANGED_ELSEWHERE, e.reason());
		assertTrue(first.phonebook().find("alice", c.getId()).isEmpty(), "the deleted contact stays deleted");
		assertTrue(first.phonebook().findByNumber("alice", "3400").isEmpty(), "and none of its numbers came back");
	}

	@Test
	void twoConsolesEditingOneWakeUpCountEverySavedEdit() throws Exception {
		WakeUpTask task = first.wakeUps().save(Records.wakeUp("1204", Instant.parse("2026-12-01T06:30:00Z")));
		long id = task.getId();
		CyclicBarrier bothRead = new CyclicBarrier(2);
		Function<Store, Boolean> addAMinute = store -> {
			BARRIER.set(bothRead);
			Versioned<WakeUpTask> read = store.wakeUps().findVersioned(id).orElseThrow();
			// a counter kept in the row: a lost update would leave it lower than the saves that landed
			read.value().setRetryIntervalMinutes(read.value().getRetryIntervalMinutes() + 1);
			bothHaveRead();
			return saved(() -> store.wakeUps().update(read.value(), read.version()));
		};
		List<Turn> turns = race(addAMinute, addAMinute);

		long saves = turns.stream().filter(Turn::saved).count();
		assertEquals(ROUNDS, saves, "exactly one of the two saves lands in each round");
		Versioned<WakeUpTask> now = second.wakeUps().findVersioned(id).orElseThrow();
		assertEquals(5 + saves, now.value().getRetryIntervalMinutes(), "every save that landed counted once");
		assertEquals(1 + ROUNDS, now.version());
		assertEquals(1, second.wakeUps().forExtension("1204").size(), "still one wake-up");
		assertTrue(second.wakeUps().allVersioned().stream().anyMatch(v -> v.value().getId() == id
				&& v.version() == now.version()), "the list an operator edits from carries the same version");

		// the scheduler moving the next run on is not an operator's change: an edit from before it still saves
		Versioned<WakeUpTask> before = first.wakeUps().findVersioned(id).orElseThrow();
		second.wakeUps().reschedule(id, Instant.parse("2026-12-02T06:30:00Z"), true);
		before.value().setPrompt("wake-up-call");
		assertEquals(before.version() + 1, first.wakeUps().update(before.value(), before.version()));
	}

	@Test
	void twoConsolesSettingTheNightServiceAtOnceKeepOneRowAndLoseNoSavedChange() throws Exception {
		CyclicBarrier bothRead = new CyclicBarrier(2);
		Function<Store, Boolean> step = store -> {
			BARRIER.set(bothRead);
			var read = store.nightService().findVersioned("8000");
			NightServiceSetting s = read.map(Versioned::value).orElseGet(() -> {
				NightServiceSetting fresh = Records.F.createNightServiceSetting();
				fresh.setQueue("8000");
				fresh.setNightNumber("0");
				return fresh;
			});
			long version = read.map(Versioned::version).orElse(0L);
			s.setNightNumber(String.valueOf(Integer.parseInt(s.getNightNumber()) + 1));
			s.setActive(!s.isActive());
			s.setChangedAt(Instant.now());
			bothHaveRead();
			return saved(() -> store.nightService().save(s, version));
		};
		List<Turn> turns = race(step, step);

		long saves = turns.stream().filter(Turn::saved).count();
		assertEquals(ROUNDS, saves, "exactly one of the two saves lands in each round, the first creation included");
		assertEquals(1, first.nightService().all().size(), "one setting for the queue");
		Versioned<NightServiceSetting> now = first.nightService().findVersioned("8000").orElseThrow();
		assertEquals(String.valueOf(saves), now.value().getNightNumber(), "every save that landed counted once");
		assertEquals(saves, now.version());
		assertFalse(now.value().isActive(), "an even number of switches");
	}

	/** Saves with {@code save}; true if it landed, false if the store refused it as a duplicate. */
	private static boolean added(Runnable save) {
		try {
			save.run();
			return true;
		} catch (StoreException e) {
			assertEquals(StoreException.Reason.DUPLICATE, e.reason(), e::getMessage);
			return false;
		}
	}

	@Test
	void twoConsolesSettingTheSameWakeUpAtOnceMakeOne() throws Exception {
		CyclicBarrier bothReady = new CyclicBarrier(2);
		int[] round = new int[2];
		Function<Store, Boolean> set = store -> {
			BARRIER.set(bothReady);
			int r = round[store == first ? 0 : 1]++;
			WakeUpTask t = Records.wakeUp("15" + (10 + r), Instant.parse("2026-12-01T06:30:00Z"));
			t.setTimeOfDay(String.format("06:%02d", r));
			bothHaveRead();
			return added(() -> store.wakeUps().save(t));
		};
		List<Turn> turns = race(set, set);

		assertEquals(ROUNDS, turns.stream().filter(Turn::saved).count(), "one of the two is stored in each round");
		for (int r = 0; r < ROUNDS; r++) {
			String time = String.format("06:%02d", r);
			assertEquals(1, first.wakeUps().forExtension("15" + (10 + r)).stream()
					.filter(t -> t.getTimeOfDay().equals(time)).count(), "one wake-up for 15" + (10 + r));
		}
		// the same time on another day of the week, or once, is another wake-up
		WakeUpTask once = Records.wakeUp("1510", Instant.parse("2026-12-01T06:00:00Z"));
		once.setTimeOfDay("06:00");
		once.setRepeat(org.switchboard.model.WakeUpRepeat.ONCE);
		once.setDate("2026-12-01");
		second.wakeUps().save(once);
		assertEquals(2, first.wakeUps().forExtension("1510").size());
	}

	@Test
	void twoConsolesAddingTheSameContactAtOnceMakeOne() throws Exception {
		CyclicBarrier bothReady = new CyclicBarrier(2);
		int[] round = new int[2];
		Function<Store, Boolean> add = store -> {
			BARRIER.set(bothReady);
			int r = round[store == first ? 0 : 1]++;
			// the same person, typed by two operators: the name in other case, the number with spaces around
			Contact c = Records.contact(store == first ? "Dr. Chen " + r : "DR. CHEN " + r, PhonebookKind.ENTERPRISE,
					0, store == first ? "55" + (100 + r) : " 55" + (100 + r) + " ");
			bothHaveRead();
			return added(() -> store.phonebook().save("alice", c));
		};
		List<Turn> turns = race(add, add);

		assertEquals(ROUNDS, turns.stream().filter(Turn::saved).count(), "one of the two is stored in each round");
		for (int r = 0; r < ROUNDS; r++) {
			assertEquals(1, second.phonebook().findByNumber("alice", "55" + (100 + r)).size(), "one Dr. Chen " + r);
		}
		// another person at the same number (a shared office line) is not a duplicate
		first.phonebook().save("alice", Records.contact("Nurse Wu", PhonebookKind.ENTERPRISE, 0, "55100"));
		assertEquals(2, second.phonebook().findByNumber("alice", "55100").size());
	}

	private static boolean listening(int port) {
		try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
			return true;
		} catch (IOException e) {
			return false;
		}
	}

	/** The Derby jars of the running test framework, for the server's own process. */
	private static String derbyClassPath() {
		Bundle self = FrameworkUtil.getBundle(ConcurrentEditsTest.class);
		List<String> jars = new ArrayList<>();
		for (Bundle b : self.getBundleContext().getBundles()) {
			String name = b.getSymbolicName();
			if ("derby".equals(name) || "org.apache.derby.derbynet".equals(name)
					|| "org.apache.derby.derbytools".equals(name) || "org.apache.derby.derbyshared".equals(name)) {
				String location = b.getLocation().replaceFirst("^reference:", "").replaceFirst("^file:", "");
				jars.add(new File(location).getAbsolutePath());
			}
		}
		if (jars.size() != 4) {
			throw new AssertionError("Derby and its network server are not all in the test runtime: " + jars);
		}
		return String.join(File.pathSeparator, jars);
	}
}
