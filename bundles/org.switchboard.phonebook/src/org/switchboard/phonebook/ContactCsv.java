package org.switchboard.phonebook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongFunction;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.switchboard.model.Contact;
import org.switchboard.model.ContactNumber;
import org.switchboard.model.NumberKind;
import org.switchboard.model.SwitchboardFactory;
import org.switchboard.pbx.PbxException;
import org.switchboard.pbx.PbxInput;

/**
 * Phonebook CSV files (Apache Commons CSV): reading for import, with the file's encoding found (UTF-8 with or
 * without a byte order mark, else GBK as Chinese spreadsheets save it) and every bad row reported with its line;
 * writing for export as spreadsheets open it (UTF-8 with a byte order mark, CRLF line ends).
 * <p>
 * Columns, by header (English or Chinese, any order; only the name is required): name/姓名, department/部门 (a
 * path {@code Hospital/Cardiology}), title/职务, extension/分机, office/办公电话, mobile/手机, home/家庭电话,
 * other/其他, notes/备注.
 */
public final class ContactCsv {

	/** The columns in export order, with their English header. */
	public enum Column {
		NAME("name", "姓名"), DEPARTMENT("department", "部门"), TITLE("title", "职务"), EXTENSION("extension", "分机"),
		OFFICE("office", "办公电话"), MOBILE("mobile", "手机"), HOME("home", "家庭电话"), OTHER("other", "其他"),
		NOTES("notes", "备注");

		final String english;
		final String chinese;

		Column(String english, String chinese) {
			this.english = english;
			this.chinese = chinese;
		}

		public String header() {
			return english;
		}
	}

	/** A good row: the contact (no id, department or book yet) and its department path. */
	public record Row(int line, Contact contact, List<String> departmentPath) {
	}

	/** A bad row and why, in English (the UI shows the line and the problem). */
	public record RowError(int line, String problem) {
	}

	/** A file read: its encoding ("UTF-8" or "GBK"), good rows and bad ones. Import only when there are no errors. */
	public record Parsed(String encoding, List<Row> rows, List<RowError> errors) {
	}

	private static final Charset GBK = Charset.forName("GB18030");
	private static final int MAX_ROWS = 200_000;
	/** Bad rows reported before reading stops (a file of garbage must not make a list nobody can read). */
	static final int MAX_ERRORS = 100;
	/** The largest file read (200,000 full rows fit; a bigger one is refused before it is read into memory). */
	public static final long MAX_BYTES = 64L * 1024 * 1024;
	/** What makes a spreadsheet read a cell as a formula (CSV injection, e.g. {@code =cmd|' /C calc'!A0}). */
	private static final String FORMULA_START = "=+-@\t\r";

	private ContactCsv() {
	}

	/** Reads a file; one larger than {@link #MAX_BYTES} is refused unread, with an error saying so. */
	public static Parsed read(java.nio.file.Path file) throws IOException {
		long size = java.nio.file.Files.size(file);
		if (size > MAX_BYTES) {
			return new Parsed("", List.of(), List.of(new RowError(-1,
					"The file has " + size / (1024 * 1024) + " MB; at most " + MAX_BYTES / (1024 * 1024) + " MB can be imported")));
		}
		return read(java.nio.file.Files.readAllBytes(file));
	}

	public static Parsed read(byte[] bytes) {
		String encoding;
		String text;
		if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
			encoding = "UTF-8";
			text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
		} else {
			try {
				// strict: a GBK file is almost never valid UTF-8, so a decoding error means GBK
				text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
						.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
				encoding = "UTF-8";
			} catch (CharacterCodingException e) {
				text = new String(bytes, GBK);
				encoding = "GBK";
			}
		}
		return parse(encoding, text);
	}

	private static Parsed parse(String encoding, String text) {
		List<Row> rows = new ArrayList<>();
		List<RowError> errors = new ArrayList<>();
		CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(true).get();
		try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
			Map<Column, Integer> columns = null;
			int headerSize = 0;
			for (CSVRecord record : parser) {
				int line = (int) parser.getCurrentLineNumber();
				if (columns == null) {
					columns = header(record);
					headerSize = record.size();
					if (!columns.containsKey(Column.NAME)) {
						errors.add(new RowError(line, "The first line must name the columns; a \"name\" column is required"));
						return new Parsed(encoding, List.of(), errors);
					}
					continue;
				}
				if (rows.size() + errors.size() >= MAX_ROWS) {
					errors.add(new RowError(line, "More than " + MAX_ROWS + " rows"));
					break;
				}
				if (errors.size() >= MAX_ERRORS) {
					errors.add(new RowError(line, "More than " + MAX_ERRORS + " bad rows; the rest of the file was not checked"));
					break;
				}
				if (record.size() > headerSize) {
					errors.add(new RowError(line, "has " + record.size() + " fields, the header " + headerSize));
					continue;
				}
				try {
					rows.add(row(line, record, columns));
				} catch (PbxException e) {
					errors.add(new RowError(line, e.getMessage()));
				}
			}
			if (columns == null) {
				errors.add(new RowError(1, "The file is empty"));
			}
		} catch (IOException | UncheckedIOException e) {
			errors.add(new RowError(-1, "The file is not valid CSV: " + e.getMessage()));
		}
		return new Parsed(encoding, rows, errors);
	}

	private static Map<Column, Integer> header(CSVRecord record) {
		Map<Column, Integer> columns = new HashMap<>();
		for (int i = 0; i < record.size(); i++) {
			String h = record.get(i).strip().toLowerCase(Locale.ROOT);
			if (i == 0 && h.startsWith("\ufeff")) {
				h = h.substring(1);
			}
			for (Column c : Column.values()) {
				if (h.equals(c.english) || h.equals(c.chinese)) {
					columns.putIfAbsent(c, i);
				}
			}
		}
		return columns;
	}

	private static Row row(int line, CSVRecord record, Map<Column, Integer> columns) {
		Contact c = SwitchboardFactory.eINSTANCE.createContact();
		c.setName(field(record, columns, Column.NAME));
		c.setTitle(emptyToNull(field(record, columns, Column.TITLE)));
		c.setNote(emptyToNull(field(record, columns, Column.NOTES)));
		addNumber(c, NumberKind.EXTENSION, field(record, columns, Column.EXTENSION));
		addNumber(c, NumberKind.OFFICE, field(record, columns, Column.OFFICE));
		addNumber(c, NumberKind.MOBILE, field(record, columns, Column.MOBILE));
		addNumber(c, NumberKind.HOME, field(record, columns, Column.HOME));
		addNumber(c, NumberKind.OTHER, field(record, columns, Column.OTHER));
		PhonebookService.validate(c);
		List<String> path = Arrays.stream(field(record, columns, Column.DEPARTMENT).split("/")).map(String::strip)
				.filter(s -> !s.isEmpty()).toList();
		return new Row(line, c, path);
	}

	private static String field(CSVRecord record, Map<Column, Integer> columns, Column column) {
		Integer i = columns.get(column);
		return i == null || i >= record.size() ? "" : unguard(record.get(i).strip());
	}

	/** Undoes {@link #guard}: an exported {@code '=x} reads back as {@code =x}. */
	private static String unguard(String cell) {
		return cell.length() > 1 && cell.charAt(0) == '\'' && FORMULA_START.indexOf(cell.charAt(1)) >= 0
				? cell.substring(1)
				: cell;
	}

	/**
	 * A cell a spreadsheet would run as a formula gets a leading {@code '} (shown as text, and removed again by
	 * {@link #read}); a dialable number such as {@code +8613800138000} stays as it is (a spreadsheet reads it as a
	 * number, nothing runs).
	 */
	static String guard(String cell) {
		if (cell.isEmpty() || FORMULA_START.indexOf(cell.charAt(0)) < 0 || PbxInput.isNumber(cell)) {
			return cell;
		}
		return "'" + cell;
	}

	private static String emptyToNull(String s) {
		return s.isEmpty() ? null : s;
	}

	private static void addNumber(Contact c, NumberKind kind, String value) {
		if (!value.isEmpty()) {
			ContactNumber n = SwitchboardFactory.eINSTANCE.createContactNumber();
			n.setKind(kind);
			n.setNumber(value.replace(" ", "").replace("-", ""));
			c.getNumbers().add(n);
		}
	}

	/**
	 * Writes contacts as a spreadsheet opens them: UTF-8 with a byte order mark, CRLF, a header line; the first
	 * number of each kind (FAX goes to other). {@code departmentPath} gives a contact's department as a path.
	 */
	public static void write(List<Contact> contacts, LongFunction<String> departmentPath, OutputStream out)
			throws IOException {
		out.write(new byte[] { (byte) 0xef, (byte) 0xbb, (byte) 0xbf });
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n")
				.setHeader(Arrays.stream(Column.values()).map(Column::header).toArray(String[]::new)).get();
		try (CSVPrinter printer = new CSVPrinter(writer, format)) {
			for (Contact c : contacts) {
				printer.printRecord(guard(c.getName()), guard(nz(departmentPath.apply(c.getDepartmentId()))),
						guard(nz(c.getTitle())), guard(number(c, NumberKind.EXTENSION)), guard(number(c, NumberKind.OFFICE)),
						guard(number(c, NumberKind.MOBILE)), guard(number(c, NumberKind.HOME)),
						guard(number(c, NumberKind.OTHER)), guard(nz(c.getNote())));
			}
		}
	}

	private static String number(Contact c, NumberKind kind) {
		for (ContactNumber n : c.getNumbers()) {
			NumberKind k = n.getKind() == NumberKind.FAX ? NumberKind.OTHER : n.getKind();
			if (k == kind) {
				return n.getNumber();
			}
		}
		return "";
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}
}
