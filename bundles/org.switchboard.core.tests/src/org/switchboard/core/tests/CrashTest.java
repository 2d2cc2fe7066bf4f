package org.switchboard.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.switchboard.model.CallRecord;
import org.switchboard.model.OperationLogEntry;
import org.switchboard.model.Outcome;
import org.switchboard.store.CallRecordQuery;
import org.switchboard.store.OperationLogQuery;
import org.switchboard.store.PageCursor;
import org.switchboard.store.Store;
import org.switchboard.store.StoreLocation;

/**
 * Issue 14 R2 at the service level: a process storing call records and operation-log entries under load is killed
 * (SIGKILL: {@code destroyForcibly} on Linux) at different moments; the database must open again and hold every
 * record the process said was committed, each once. {@code -Dswitchboard.crash.kills=N} kills more often (default 5).
 */
class CrashTest {

	private static final Instant FAR = Instant.parse("2100-01-01T00:00:00Z");

	@TempDir
	Path dir;

	@Test
	@DisplayName("crash: every record committed before a SIGKILL is there once, and the store opens")
	void killedWhileStoring() throws Exception {
		int kills = Integer.getInteger("switchboard.crash.kills", 5);
		Path db = dir.resolve("db");
		Random random = new Random(Long.getLong("switchboard.crash.seed", System.nanoTime()));
		Map<String, Set<String>> committed = new HashMap<>();
		for (String kind : List.of("cdr", "intent", "logged", "done")) {
			committed.put(kind, new LinkedHashSet<>());
		}
		for (int run = 0; run < kills; run++) {
			// moments told by progress, not time: the machine may be slow (shared with other builds)
			int killAfterLines = 1 + random.nextInt(300);
			long thenMillis = random.nextInt(100);
			List<String> lines = runAndKill(db, "r" + run, killAfterLines, thenMillis);
			for (String line : lines) {
				if (!line.endsWith(" .")) {
					continue; // cut by the kill
				}
				String[] parts = line.substring(0, line.length() - 2).split(" ", 2);
				if (parts.length == 2 && committed.containsKey(parts[0])) {
					assertTrue(committed.get(parts[0]).add(parts[1]), "printed twice: " + line);
				}
			}
			assertStored(db, committed, "after kill " + (run + 1) + " (" + killAfterLines + " lines + " + thenMillis + " ms)");
		}
		System.out.println("crash: " + kills + " kills; committed and found after them: " + sizes(committed));
		assertTrue(committed.get("cdr").size() > 0 && committed.get("logged").size() > 0
				&& committed.get("intent").size() > 0, "the child stored something before it was killed: " + sizes(committed));
	}

	private void assertStored(Path db, Map<String, Set<String>> committed, String when) {
		try (Store store = Store.open(StoreLocation.embedded(db))) {
			Map<String, Integer> rows = new HashMap<>();
			Map<String, Outcome> outcomes = new HashMap<>();
			PageCursor after = null;
			do {
				var page = store.operationLog().find(OperationLogQuery.between(Instant.EPOCH, FAR), after, 1000);
				for (OperationLogEntry e : page.items()) {
					rows.merge(e.getTarget(), 1, Integer::sum);
					outcomes.put(e.getTarget(), e.getOutcome());
				}
				after = page.next();
			} while (after != null);
			rows.forEach((target, n) -> assertEquals(1, n, when + ": " + target + " is stored " + n + " times"));
			for (String t : committed.get("logged")) {
				assertEquals(Outcome.SUCCESS, outcomes.get(t), when + ": committed entry " + t);
			}
			for (String t : committed.get("intent")) {
				assertTrue(outcomes.containsKey(t), when + ": the committed intent " + t + " is lost");
			}
			for (String t : committed.get("done")) {
				assertEquals(Outcome.SUCCESS, outcomes.get(t), when + ": the outcome of " + t);
			}
			Map<String, Integer> cdrs = new HashMap<>();
			after = null;
			do {
				var page = store.callRecords().find(CallRecordQuery.between(Instant.EPOCH, FAR), after, 1000);
				for (CallRecord r : page.items()) {
					cdrs.merge(r.getUniqueId(), 1, Integer::sum);
				}
				after = page.next();
			} while (after != null);
			cdrs.forEach((id, n) -> assertEquals(1, n, when + ": call record " + id + " is stored " + n + " times"));
			for (String id : committed.get("cdr")) {
				assertTrue(cdrs.containsKey(id), when + ": committed call record " + id + " is lost");
			}
		}
	}

	private List<String> runAndKill(Path db, String run, int killAfterLines, long thenMillis) throws Exception {
		List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				classPath(), CrashChild.class.getName(), db.toString(), run);
		Path errors = dir.resolve(run + ".err");
		Process child = new ProcessBuilder(command).redirectError(errors.toFile()).start();
		List<String> lines = new CopyOnWriteArrayList<>();
		CountDownLatch ready = new CountDownLatch(1);
		CountDownLatch progress = new CountDownLatch(killAfterLines);
		Thread reader = new Thread(() -> {
			try (BufferedReader r = new BufferedReader(
					new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
				for (String line; (line = r.readLine()) != null;) {
					lines.add(line);
					if (line.equals("ready")) {
						ready.countDown();
					} else {
						progress.countDown();
					}
				}
			} catch (java.io.IOException e) {
				lines.add("read failed: " + e);
			}
		}, "crash-child-output");
		reader.start();
		try {
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
			while (!ready.await(100, TimeUnit.MILLISECONDS) && child.isAlive() && System.nanoTime() < deadline) {
				// waiting for the child to open the store
			}
			if (ready.getCount() > 0) {
				fail("the child did not open the store (class path " + classPath() + "): " + Files.readString(errors));
			}
			progress.await(120, TimeUnit.SECONDS);
			Thread.sleep(thenMillis);
			assertTrue(child.isAlive(), "the child stopped by itself: " + Files.readString(errors));
			child.destroyForcibly();
			assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child did not die");
			reader.join(10_000);
		} finally {
			child.destroyForcibly();
		}
		return new ArrayList<>(lines);
	}

	/** The child's plain class path: this bundle and the ones the store and the log need, as the runtime has them. */
	static String classPath() {
		Set<String> wanted = Set.of("org.switchboard.core.tests", "org.switchboard.core", "org.switchboard.store",
				"org.switchboard.model", "org.eclipse.emf.ecore", "org.eclipse.emf.common");
		File installArea = new File(System.getProperty("osgi.install.area", "file:.").replaceFirst("^file:", ""));
		List<String> entries = new ArrayList<>();
		// FrameworkUtil, which the store asks whether it runs in OSGi
		entries.add(new File(System.getProperty("osgi.framework").replaceFirst("^file:", "")).getAbsolutePath());
		Bundle self = FrameworkUtil.getBundle(CrashTest.class);
		for (Bundle b : self.getBundleContext().getBundles()) {
			String name = b.getSymbolicName();
			if (name != null && (wanted.contains(name) || name.equals("derby")
					|| name.startsWith("org.apache.derby") && !name.contains("client"))) {
				// e.g. initial@reference:file:../../../org.switchboard.core/target/x.jar, relative to the install area
				String path = b.getLocation().replaceFirst("^initial@", "").replaceFirst("^reference:", "")
						.replaceFirst("^file:", "");
				File f = installArea.toPath().resolve(path).normalize().toFile();
				File classes = new File(f, "target/classes");
				entries.add((f.isDirectory() && classes.isDirectory() ? classes : f).getAbsolutePath());
			}
		}
		return String.join(File.pathSeparator, entries);
	}

	private static String sizes(Map<String, Set<String>> committed) {
		Map<String, Integer> n = new HashMap<>();
		committed.forEach((k, v) -> n.put(k, v.size()));
		return n.toString();
	}
}
