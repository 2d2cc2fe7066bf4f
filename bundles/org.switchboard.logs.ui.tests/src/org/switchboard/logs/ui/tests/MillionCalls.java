package org.switchboard.logs.ui.tests;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;

import org.switchboard.store.Store;
import org.switchboard.store.internal.Db;

/**
 * A million call records in the console's own database, fast: written to a file and loaded with Derby's bulk import
 * (which builds the indexes once at the end, where the store's batched inserts need about 90 s). The records spread
 * over the 90 days before now over 2,000 extensions (10000-11999); one extension, {@link #BUSY}, takes part in one
 * call of 20, so a week of it is many pages.
 */
final class MillionCalls {

	static final int RECORDS = 1_000_000;
	static final String BUSY = "10042";
	static final Duration SPAN = Duration.ofDays(90);

	private MillionCalls() {
	}

	/** Loads the records unless the database holds a million already; replaces the calls stored before. */
	static long ensure(Store store, Path folder) throws Exception {
		try (Db db = new Db(store.location()); Connection c = db.open("loading a million call records")) {
			try (Statement s = c.createStatement();
					ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + Db.SCHEMA + ".call_record")) {
				r.next();
				if (r.getLong(1) >= RECORDS) {
					return 0;
				}
			}
			long t0 = System.nanoTime();
			Path file = write(folder.resolve("million-calls.csv"));
			try (CallableStatement call = c.prepareCall("CALL SYSCS_UTIL.SYSCS_IMPORT_DATA(?, ?, ?, NULL, ?, NULL, NULL, 'UTF-8', 1)")) {
				call.setString(1, Db.SCHEMA);
				call.setString(2, "CALL_RECORD");
				call.setString(3, "UNIQUE_ID,LINKED_ID,STARTED_AT,ANSWERED_AT,ENDED_AT,CALLER_NUMBER,CALLER_NAME,"
						+ "CALLEE_NUMBER,DURATION_SECONDS,BILLABLE_SECONDS,DISPOSITION,CHANNEL,DESTINATION_CHANNEL");
				call.setString(4, file.toString());
				call.execute();
			}
			Files.deleteIfExists(file);
			return (System.nanoTime() - t0) / 1_000_000;
		}
	}

	private static Path write(Path file) throws Exception {
		Random random = new Random(42);
		long end = Instant.now().toEpochMilli();
		long start = end - SPAN.toMillis();
		String[] dispositions = { "ANSWERED", "ANSWERED", "ANSWERED", "ANSWERED", "ANSWERED", "ANSWERED", "ANSWERED",
				"NO_ANSWER", "NO_ANSWER", "BUSY" };
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			StringBuilder line = new StringBuilder(200);
			for (int i = 0; i < RECORDS; i++) {
				long at = start + (long) (i * (SPAN.toMillis() / (double) RECORDS));
				String caller = random.nextInt(20) == 0 ? BUSY : String.valueOf(10_000 + random.nextInt(2000));
				String callee = String.valueOf(10_000 + random.nextInt(2000));
				String d = dispositions[random.nextInt(dispositions.length)];
				int duration = 5 + random.nextInt(600);
				boolean answered = d.equals("ANSWERED");
				line.setLength(0);
				line.append("bench.").append(i).append(",bench.").append(i).append(',').append(at).append(',');
				if (answered) {
					line.append(at + 4000);
				}
				line.append(',').append(at + duration * 1000L).append(',').append(caller).append(",Guest ")
						.append(caller).append(',').append(callee).append(',').append(duration).append(',')
						.append(answered ? duration - 4 : 0).append(',').append(d).append(",PJSIP/").append(caller)
						.append('-').append(Integer.toHexString(i)).append(",PJSIP/").append(callee).append('-')
						.append(Integer.toHexString(i + 1)).append('\n');
				out.append(line);
			}
		}
		return file;
	}
}
