package org.switchboard.core.tests;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.switchboard.core.OperationLog.Intent;
import org.switchboard.core.internal.StoreOperationLog;
import org.switchboard.model.CallDisposition;
import org.switchboard.model.CallRecord;
import org.switchboard.model.Outcome;
import org.switchboard.model.SwitchboardFactory;
import org.switchboard.store.Store;
import org.switchboard.store.StoreLocation;

/**
 * The process {@link CrashTest} kills: it stores call records and operation-log entries under load, as fast as it
 * can, and prints a line for each only once it is committed ({@code cdr ID}, {@code intent TARGET} for an entry in
 * progress, {@code logged TARGET} for a finished entry, {@code done TARGET} for an intent whose outcome is written),
 * ending in " ." so that a line cut by the kill is told from a whole one.
 * Runs outside OSGi, on a plain class path.
 */
public final class CrashChild {

	private CrashChild() {
	}

	/** Arguments: the database folder, and a name for this run (unique across the runs on one database). */
	public static void main(String[] args) throws Exception {
		Path db = Path.of(args[0]);
		String run = args[1];
		// one println is one write of a whole line: the parent never reads half a line
		PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
		Store store = Store.open(StoreLocation.embedded(db));
		StoreOperationLog log = new StoreOperationLog(store.operationLog(), () -> "crash", db.getParent(),
				Clock.systemUTC());
		Thread cdrs = new Thread(() -> {
			for (int i = 0;; i++) {
				CallRecord r = SwitchboardFactory.eINSTANCE.createCallRecord();
				Instant now = Instant.now();
				r.setUniqueId(run + "-" + i);
				r.setLinkedId(r.getUniqueId());
				r.setStartedAt(now);
				r.setEndedAt(now);
				r.setCallerNumber("1001");
				r.setCalleeNumber("1002");
				r.setDisposition(CallDisposition.ANSWERED);
				r.setChannel("PJSIP/1001-" + i);
				r.setDestinationChannel("");
				if (store.callRecords().insertIfNew(r)) {
					out.println("cdr " + r.getUniqueId() + " .");
				}
			}
		}, "call-records");
		cdrs.setDaemon(true);
		out.println("ready");
		cdrs.start();
		ConcurrentLinkedQueue<String> completed = new ConcurrentLinkedQueue<>();
		for (int i = 0;; i++) {
			String intentTarget = "intent-" + run + "-" + i;
			Intent intent = log.begin("call.dial", intentTarget);
			intent.stored().thenRun(() -> out.println("intent " + intentTarget + " ."));
			// the PBX answers a moment later, sometimes after the flush below
			CompletableFuture.delayedExecutor(ThreadLocalRandom.current().nextInt(30), TimeUnit.MILLISECONDS)
					.execute(() -> {
						intent.complete(Outcome.SUCCESS, "answered");
						completed.add(intentTarget);
					});
			List<String> bulk = new ArrayList<>();
			for (int k = 0; k < 20; k++) {
				String target = "bulk-" + run + "-" + i + "-" + k;
				log.record("dnd.on", target, Outcome.SUCCESS, "");
				bulk.add(target);
			}
			// completions queued before the flush are written by it
			List<String> done = new ArrayList<>();
			for (String t; (t = completed.poll()) != null;) {
				done.add(t);
			}
			if (!log.flush(Duration.ofSeconds(30))) {
				throw new IllegalStateException("the log did not write: " + log.lastError());
			}
			for (String target : bulk) {
				out.println("logged " + target + " .");
			}
			for (String target : done) {
				out.println("done " + target + " .");
			}
		}
	}
}
