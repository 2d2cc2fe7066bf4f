package org.switchboard.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.switchboard.model.Contact;
import org.switchboard.model.ContactNumber;
import org.switchboard.model.Department;
import org.switchboard.model.NumberKind;
import org.switchboard.model.PhonebookKind;
import org.switchboard.model.SwitchboardFactory;
import org.switchboard.phonebook.PhonebookIndex;
import org.switchboard.store.Store;
import org.switchboard.store.StoreLocation;

/**
 * Phonebook search as you type on 50,000 contacts (S5): the contacts are imported into embedded Derby in one
 * transaction, read back as the console reads them at login ({@code allVisible}), indexed in memory (pinyin of the
 * Chinese names included), then every prefix of typical searches is timed as the operator types it. A benchmark,
 * not a test: it prints figures and never fails a build.
 */
public final class PhonebookSearchBenchmark {

	private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈";
	private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建文辉力国庆春晓雪梅海波宁";
	private static final String[] LATIN = { "Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Garcia",
			"Wilson", "Taylor" };
	private static final String[] SEARCHES = { "zhangwei", "zhw", "wangfang", "138001", "2345", "smith", "张伟", "心内" };

	public static void main(String[] args) throws Exception {
		int contacts = Integer.getInteger("bench.contacts", 50_000);
		Path folder = Path.of(args.length > 1 && args[0].equals("--folder") ? args[1] : "target/bench-phonebook-db");
		deleteRecursively(folder);
		System.out.printf("Switchboard phonebook search benchmark: %,d contacts, Java %s, %d cores, max heap %d MB%n",
				contacts, System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
				Runtime.getRuntime().maxMemory() >> 20);
		Random random = new Random(7);
		try (Store store = Store.open(StoreLocation.embedded(folder.resolve("db")))) {
			List<Department> departments = new ArrayList<>();
			for (String name : List.of("心内科", "放射科", "Emergency", "Pharmacy", "行政办公室", "Finance", "骨科", "儿科")) {
				Department d = SwitchboardFactory.eINSTANCE.createDepartment();
				d.setName(name);
				d.setKind(PhonebookKind.ENTERPRISE);
				departments.add(store.phonebook().addDepartment("bench", d));
			}
			List<Contact> rows = new ArrayList<>();
			for (int i = 0; i < contacts; i++) {
				rows.add(contact(random, i, departments.get(random.nextInt(departments.size())).getId()));
			}
			long t0 = System.nanoTime();
			store.phonebook().insertAll("bench", rows);
			long t1 = System.nanoTime();
			List<Contact> all = store.phonebook().allVisible("bench");
			long t2 = System.nanoTime();
			PhonebookIndex index = PhonebookIndex.of(all, departments);
			long t3 = System.nanoTime();
			System.out.printf("bench_phonebook import %,d contacts in one transaction: %.1f s%n", contacts, (t1 - t0) / 1e9);
			System.out.printf("bench_phonebook load (allVisible): %.0f ms; index build (pinyin included): %.0f ms%n",
					(t2 - t1) / 1e6, (t3 - t2) / 1e6);

			// warm up, then time every prefix of each search as it is typed (what the search box runs per key)
			for (int w = 0; w < 20; w++) {
				for (String s : SEARCHES) {
					index.search(s, 200);
				}
			}
			List<Double> times = new ArrayList<>();
			int found = 0;
			for (int run = 0; run < 10; run++) {
				for (String s : SEARCHES) {
					for (int n = 1; n <= s.length(); n++) {
						long a = System.nanoTime();
						found += index.search(s.substring(0, n), 200).size();
						times.add((System.nanoTime() - a) / 1e6);
					}
				}
			}
			times.sort(Comparator.naturalOrder());
			System.out.printf("bench_phonebook search as you type (%d searches, up to 200 results, %d found): "
					+ "median %.1f ms, p95 %.1f ms, max %.1f ms%n", times.size(), found, times.get(times.size() / 2),
					times.get((int) (times.size() * 0.95)), times.get(times.size() - 1));
			for (String s : SEARCHES) {
				long a = System.nanoTime();
				int n = index.search(s, 200).size();
				System.out.printf("bench_phonebook   %-10s %3d results %.1f ms%n", s, n, (System.nanoTime() - a) / 1e6);
			}
		}
		deleteRecursively(folder);
	}

	private static Contact contact(Random random, int i, long department) {
		Contact c = SwitchboardFactory.eINSTANCE.createContact();
		if (random.nextInt(10) < 8) {
			StringBuilder name = new StringBuilder().append(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
			for (int g = 0, n = 1 + random.nextInt(2); g < n; g++) {
				name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
			}
			c.setName(name.toString());
		} else {
			c.setName((char) ('A' + random.nextInt(26)) + ". " + LATIN[random.nextInt(LATIN.length)]);
		}
		c.setKind(PhonebookKind.ENTERPRISE);
		c.setDepartmentId(department);
		c.getNumbers().add(number(NumberKind.EXTENSION, String.valueOf(20000 + i)));
		c.getNumbers().add(number(NumberKind.MOBILE, String.format("13%09d", random.nextInt(1_000_000_000))));
		return c;
	}

	private static ContactNumber number(NumberKind kind, String value) {
		ContactNumber n = SwitchboardFactory.eINSTANCE.createContactNumber();
		n.setKind(kind);
		n.setNumber(value);
		return n;
	}

	/** Also the other benchmarks' way to start each run on a fresh database folder. */
	static void deleteRecursively(Path folder) throws java.io.IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> all = Files.walk(folder)) {
			for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
	}
}
