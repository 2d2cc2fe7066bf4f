package org.switchboard.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import org.switchboard.model.CallDisposition;
import org.switchboard.model.CallRecord;
import org.switchboard.model.SwitchboardFactory;
import org.switchboard.store.CallRecordQuery;
import org.switchboard.store.Page;
import org.switchboard.store.Store;
import org.switchboard.store.StoreLocation;

/**
 * Call records in embedded Derby, through the store's own repository and schema (indexes included):
 * <ol>
 * <li>ingest: N records (default 1,000,000) written in batches, as CDRs arrive; target at least 5,000 records/s;</li>
 * <li>query: the first page (50 rows) of the call records of one number in a date range, as the call-record view
 * asks for it; target at most 100 ms.</li>
 * </ol>
 * A benchmark, not a test: it prints figures and never fails a build.
 */
public final class CallRecordBenchmark {

	private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
	private static final long SPAN_SECONDS = Duration.ofDays(90).toSeconds();
	private static final int EXTENSIONS = 2000;

	public static void main(String[] args) throws Exception {
		int records = Integer.getInteger("bench.records", 1_000_000);
		int batch = Integer.getInteger("bench.batch", 5_000);
		Path folder = Path.of("target/bench-db");
		for (int i = 0; i + 1 < args.length; i += 2) {
			switch (args[i]) {
			case "--records" -> records = Integer.parseInt(args[i + 1]);
			case "--batch" -> batch = Integer.parseInt(args[i + 1]);
			case "--folder" -> folder = Path.of(args[i + 1]);
			default -> throw new IllegalArgumentException("unknown option " + args[i]);
			}
		}
		deleteRecursively(folder);
		System.out.printf("Switchboard storage benchmark%n  machine: %s %s, %d cores, Java %s (%s), max heap %d MB%n",
				System.getProperty("os.name"), System.getProperty("os.arch"),
				Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
				System.getProperty("java.vm.name"), Runtime.getRuntime().maxMemory() >> 20);
		System.out.printf("  database: embedded Derby in %s%n", folder.toAbsolutePath());

		try (Store store = Store.open(StoreLocation.embedded(folder.resolve("db")))) {
			Random random = new Random(42);
			long t0 = System.nanoTime();
			List<CallRecord> chunk = new ArrayList<>(batch);
			for (int i = 0; i < records; i++) {
				chunk.add(record(random, i, records));
				if (chunk.size() == batch) {
					store.callRecords().insertAll(chunk);
					chunk.clear();
				}
				if ((i + 1) % 200_000 == 0) {
					double s = (System.nanoTime() - t0) / 1e9;
					System.out.printf("  ... %,d records, %.0f records/s%n", i + 1, (i + 1) / s);
				}
			}
			store.callRecords().insertAll(chunk);
			double ingestSeconds = (System.nanoTime() - t0) / 1e9;
			double perSecond = records / ingestSeconds;
			System.out.printf("INGEST  %,d call records in %.1f s: %,.0f records/s (target >= 5,000) %s%n", records,
					ingestSeconds, perSecond, perSecond >= 5000 ? "OK" : "BELOW TARGET");

			// The call-record view's first page: one number, a date range (a week), newest first.
			Random pick = new Random(7);
			for (int warm = 0; warm < 20; warm++) {
				query(store, pick);
			}
			double[] millis = new double[100];
			int rows = 0;
			for (int i = 0; i < millis.length; i++) {
				long q0 = System.nanoTime();
				rows += query(store, pick);
				millis[i] = (System.nanoTime() - q0) / 1e6;
			}
			Arrays.sort(millis);
			System.out.printf("QUERY   first page (50 rows) by number and 7-day range, %d runs: median %.1f ms, "
					+ "p95 %.1f ms, max %.1f ms, %.1f rows per page (target <= 100 ms) %s%n", millis.length,
					millis[millis.length / 2], millis[(int) (millis.length * 0.95)], millis[millis.length - 1],
					rows / (double) millis.length, millis[(int) (millis.length * 0.95)] <= 100 ? "OK" : "ABOVE TARGET");

			// The same with a disposition filter, and the whole range without a number.
			long q1 = System.nanoTime();
			Page<CallRecord> page = store.callRecords().find(
					new CallRecordQuery(START, START.plusSeconds(SPAN_SECONDS), null, Set.of(CallDisposition.BUSY)),
					null, 50);
			System.out.printf("QUERY   first page, all numbers, 90 days, disposition BUSY: %.1f ms (%d rows)%n",
					(System.nanoTime() - q1) / 1e6, page.items().size());
			long q2 = System.nanoTime();
			Page<CallRecord> next = store.callRecords()
					.find(CallRecordQuery.between(START, START.plusSeconds(SPAN_SECONDS)), page.next(), 50);
			System.out.printf("QUERY   a following page, all calls, 90 days: %.1f ms (%d rows)%n",
					(System.nanoTime() - q2) / 1e6, next.items().size());
		}
		System.out.printf("  database size: %,d MB%n", size(folder) >> 20);
	}

	private static int query(Store store, Random pick) {
		String number = extension(pick.nextInt(EXTENSIONS));
		Instant from = START.plusSeconds((long) (pick.nextDouble() * (SPAN_SECONDS - 7 * 86_400L)));
		Page<CallRecord> page = store.callRecords()
				.find(CallRecordQuery.between(from, from.plus(Duration.ofDays(7))).withNumber(number), null, 50);
		return page.items().size();
	}

	private static CallRecord record(Random random, int i, int total) {
		CallRecord r = SwitchboardFactory.eINSTANCE.createCallRecord();
		// CDRs arrive in time order: spread the records evenly over 90 days
		Instant started = START.plusMillis((long) (i * (SPAN_SECONDS * 1000.0 / total)));
		String caller = extension(random.nextInt(EXTENSIONS));
		String callee = random.nextInt(4) == 0 ? "1390000" + String.format("%04d", random.nextInt(10_000))
				: extension(random.nextInt(EXTENSIONS));
		int disposition = random.nextInt(10);
		CallDisposition d = disposition < 7 ? CallDisposition.ANSWERED
				: disposition < 9 ? CallDisposition.NO_ANSWER : CallDisposition.BUSY;
		int duration = 5 + random.nextInt(600);
		r.setUniqueId("1767225600." + i);
		r.setLinkedId(r.getUniqueId());
		r.setStartedAt(started);
		r.setAnsweredAt(d == CallDisposition.ANSWERED ? started.plusSeconds(4) : null);
		r.setEndedAt(started.plusSeconds(duration));
		r.setCallerNumber(caller);
		r.setCallerName("Guest " + caller);
		r.setCalleeNumber(callee);
		r.setDurationSeconds(duration);
		r.setBillableSeconds(d == CallDisposition.ANSWERED ? duration - 4 : 0);
		r.setDisposition(d);
		r.setChannel("PJSIP/" + caller + "-" + Integer.toHexString(i));
		r.setDestinationChannel("PJSIP/" + callee + "-" + Integer.toHexString(i + 1));
		return r;
	}

	private static String extension(int n) {
		return String.valueOf(10_000 + n);
	}

	private static long size(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
		}
	}

	private static void deleteRecursively(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
	}
}
