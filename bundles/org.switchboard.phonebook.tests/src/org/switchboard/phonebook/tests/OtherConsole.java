package org.switchboard.phonebook.tests;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.switchboard.model.Contact;
import org.switchboard.model.ContactNumber;
import org.switchboard.model.NumberKind;
import org.switchboard.model.PhonebookKind;
import org.switchboard.model.SwitchboardFactory;
import org.switchboard.phonebook.PhonebookService;
import org.switchboard.store.Store;
import org.switchboard.store.StoreLocation;

/**
 * Another console's phonebook, in a process of its own (for {@link TwoConsoleProcessesTest}): its own store on the
 * site's Derby Network Server and its own phonebook service looking for changes as a console does. Arguments:
 * database URL, user, password, operator account, recheck period in milliseconds. Commands on standard input, one a
 * line, each answered with one line: {@code add <number> <name>} ({@code added <id>}), {@code find <text>} (waits up
 * to a minute for its phonebook to find the text: {@code found <name>} or {@code missing}), {@code quit}.
 */
public final class OtherConsole {

	private OtherConsole() {
	}

	public static void main(String[] args) throws Exception {
		try (Store store = Store.open(StoreLocation.network(args[0], args[1], args[2]))) {
			PhonebookService phonebook = new PhonebookService(store, args[3], null);
			phonebook.loadInBackground().get(60, TimeUnit.SECONDS);
			phonebook.watchChanges(Duration.ofMillis(Long.parseLong(args[4])));
			System.out.println("ready");
			BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
			for (String line; (line = in.readLine()) != null;) {
				String[] words = line.split(" ", 3);
				switch (words[0]) {
				case "add" -> {
					Contact c = SwitchboardFactory.eINSTANCE.createContact();
					c.setKind(PhonebookKind.ENTERPRISE);
					c.setName(words[2]);
					ContactNumber n = SwitchboardFactory.eINSTANCE.createContactNumber();
					n.setKind(NumberKind.OFFICE);
					n.setNumber(words[1]);
					c.getNumbers().add(n);
					phonebook.save(c);
					System.out.println("added " + c.getId());
				}
				case "find" -> {
					String text = line.substring("find ".length());
					long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
					List<Contact> found = phonebook.search(text, 5);
					while (found.isEmpty() && System.nanoTime() < deadline) {
						Thread.sleep(20);
						found = phonebook.search(text, 5);
					}
					System.out.println(found.isEmpty() ? "missing" : "found " + found.get(0).getName());
				}
				case "quit" -> {
					phonebook.close();
					return;
				}
				default -> System.out.println("unknown " + words[0]);
				}
				System.out.flush();
			}
		}
	}
}
