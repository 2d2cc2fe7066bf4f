import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Removes the jar signatures from the two jars of each materialized product that the JDK's own class loaders load:
 * the Equinox launcher ({@code java -jar}) and the OSGi framework (the launcher's URL class loader). The JDK checks a
 * signed jar's digests as it reads each class, and the JVM's start-up cache leaves out every class of a signed jar:
 * the framework's 518 classes were loaded, verified and parsed at every start, before the login dialog (issue 14,
 * P3; docs/benchmarks.md). The bundles are read by the framework itself, which checks no signatures, so they are
 * left as they are. The entries and the manifest are kept byte for byte; only META-INF's signature files go.
 *
 * <p>Run by the product's build after the products are materialized and before they are archived:
 * {@code java UnsignFramework.java <products folder>}.
 */
public final class UnsignFramework {

	/** The jars the JDK loads classes from, by file name. */
	private static final Pattern JDK_LOADED = Pattern.compile("org\\.eclipse\\.(osgi|equinox\\.launcher)_[^/]*\\.jar");
	/** A jar signature's files, directly in META-INF (the signature file and its block). */
	private static final Pattern SIGNATURE = Pattern.compile("META-INF/[^/]+\\.(SF|RSA|DSA|EC)", Pattern.CASE_INSENSITIVE);

	public static void main(String[] args) throws IOException {
		if (args.length != 1) {
			throw new IllegalArgumentException("usage: java UnsignFramework.java <products folder>");
		}
		List<Path> jars = new ArrayList<>();
		try (Stream<Path> files = Files.walk(Path.of(args[0]))) {
			files.filter(p -> p.getParent() != null && p.getParent().getFileName().toString().equals("plugins"))
					.filter(p -> JDK_LOADED.matcher(p.getFileName().toString()).matches()).forEach(jars::add);
		}
		if (jars.isEmpty()) {
			throw new IllegalStateException("no launcher or framework jar under " + args[0]);
		}
		for (Path jar : jars) {
			int removed = unsign(jar);
			System.out.println("UnsignFramework: " + jar + (removed == 0 ? ": not signed" : ": " + removed
					+ " signature files removed"));
		}
	}

	/** Rewrites the jar without its signature files; returns how many there were. */
	static int unsign(Path jar) throws IOException {
		Path copy = jar.resolveSibling(jar.getFileName() + ".unsigned");
		int removed = 0;
		try (ZipFile in = new ZipFile(jar.toFile()); OutputStream file = Files.newOutputStream(copy);
				ZipOutputStream out = new ZipOutputStream(file)) {
			for (ZipEntry entry : in.stream().toList()) {
				if (SIGNATURE.matcher(entry.getName()).matches()) {
					removed++;
					continue;
				}
				byte[] data;
				try (InputStream read = in.getInputStream(entry)) {
					data = read.readAllBytes();
				}
				ZipEntry kept = new ZipEntry(entry.getName());
				kept.setTime(entry.getTime());
				kept.setMethod(entry.getMethod());
				if (entry.getMethod() == ZipEntry.STORED) {
					CRC32 crc = new CRC32();
					crc.update(data);
					kept.setSize(data.length);
					kept.setCompressedSize(data.length);
					kept.setCrc(crc.getValue());
				}
				out.putNextEntry(kept);
				out.write(data);
				out.closeEntry();
			}
		}
		if (removed == 0) {
			Files.delete(copy);
		} else {
			Files.move(copy, jar, StandardCopyOption.REPLACE_EXISTING);
		}
		return removed;
	}
}
