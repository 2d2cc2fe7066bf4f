package org.switchboard.phonebook.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.switchboard.model.ConnectionStatus;
import org.switchboard.model.Extension;
import org.switchboard.model.live.LiveModel;
import org.switchboard.pbx.PbxGateway;
import org.switchboard.phonebook.PhonebookService;

/**
 * Names from the PBX for the extensions the phonebook does not name (S5): once the live model is synchronised, one
 * {@code PJSIPShowEndpoint} per such extension, one at a time and at most {@value #PER_SECOND} a second, on a thread
 * of its own; so a 10,000-extension site's sync is never held up and the PBX is never flooded. Names arrive in
 * batches and the directory tells its listeners.
 */
final class PbxNames implements Runnable {

	static final int PER_SECOND = 50;
	private static final int BATCH = 100;
	private static final Logger LOG = Logger.getLogger(PbxNames.class.getName());

	private final PbxGateway gateway;
	private final PhonebookService phonebook;

	private PbxNames(PbxGateway gateway, PhonebookService phonebook) {
		this.gateway = gateway;
		this.phonebook = phonebook;
	}

	static void fetchInBackground(PbxGateway gateway, PhonebookService phonebook) {
		Thread t = new Thread(new PbxNames(gateway, phonebook), "PBX extension names");
		t.setDaemon(true);
		t.setPriority(Thread.MIN_PRIORITY);
		t.start();
	}

	@Override
	public void run() {
		try {
			LiveModel model = gateway.model();
			List<String> numbers = null;
			for (int i = 0; i < 600 && numbers == null; i++) {
				numbers = model.read(site -> site.getConnection() != null
						&& site.getConnection().getStatus() == ConnectionStatus.CONNECTED
								? site.getExtensions().stream().map(Extension::getNumber).toList()
								: null).get(10, TimeUnit.SECONDS);
				if (numbers == null) {
					Thread.sleep(500);
				}
			}
			if (numbers == null) {
				return;
			}
			phonebook.loaded().get(5, TimeUnit.MINUTES);
			Map<String, String> batch = new HashMap<>();
			for (String number : new ArrayList<>(numbers)) {
				if (phonebook.index().byNumber(number).isEmpty()) {
					Optional<String> name;
					try {
						name = gateway.extensionName(number).get(30, TimeUnit.SECONDS);
					} catch (java.util.concurrent.ExecutionException e) {
						name = Optional.empty();
					}
					name.ifPresent(n -> batch.put(number, n));
					if (batch.size() >= BATCH) {
						phonebook.putPbxNames(Map.copyOf(batch));
						batch.clear();
					}
					Thread.sleep(1000 / PER_SECOND);
				}
			}
			phonebook.putPbxNames(batch);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		} catch (Exception e) {
			LOG.log(Level.FINE, "names from the PBX were not fetched", e);
		}
	}
}
