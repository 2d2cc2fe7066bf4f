package org.switchboard.logs;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.IntConsumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.switchboard.store.Page;
import org.switchboard.store.PageCursor;

/**
 * Writes every row of a filtered log to a CSV file, a page at a time (a million rows never sit in memory). The file
 * appears complete or not at all: rows go to a temporary file beside it, moved into place at the end. UTF-8 with a
 * byte order mark, so spreadsheet programs read Chinese names right.
 */
public final class CsvExport {

	private static final int PAGE = 2000;

	private CsvExport() {
	}

	/**
	 * @param header    the column titles
	 * @param row       one row's cells
	 * @param progress  told the number of rows written so far, after each page
	 * @param cancelled asked between pages; when true the export stops and writes no file
	 * @return the rows written, or -1 when cancelled
	 */
	public static <T> long write(Path file, LogPages<T> pages, List<String> header, Function<T, List<?>> row,
			IntConsumer progress, BooleanSupplier cancelled) throws IOException {
		Path dir = file.toAbsolutePath().getParent();
		Path temp = Files.createTempFile(dir, ".export-", ".csv");
		long count = 0;
		try {
			try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
				out.write('\uFEFF');
				CSVPrinter csv = CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get().print(out);
				PageCursor after = null;
				while (true) {
					if (cancelled.getAsBoolean()) {
						return -1;
					}
					Page<T> page = pages.page(after, PAGE);
					for (T item : page.items()) {
						csv.printRecord(row.apply(item));
						count++;
					}
					progress.accept((int) Math.min(Integer.MAX_VALUE, count));
					if (!page.hasNext()) {
						break;
					}
					after = page.next();
				}
				csv.flush();
			}
			Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			return count;
		} finally {
			Files.deleteIfExists(temp);
		}
	}
}
