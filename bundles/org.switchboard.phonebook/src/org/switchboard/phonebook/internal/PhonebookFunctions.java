package org.switchboard.phonebook.internal;

import org.eclipse.e4.core.contexts.ContextFunction;
import org.eclipse.e4.core.contexts.IContextFunction;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.osgi.service.component.annotations.Component;
import org.switchboard.core.ConsoleServices;
import org.switchboard.core.ContactSearch;
import org.switchboard.core.NameDirectory;
import org.switchboard.core.OperationLog;
import org.switchboard.core.OperatorSession;
import org.switchboard.pbx.PbxGateway;
import org.switchboard.phonebook.PhonebookService;
import org.switchboard.store.Store;

/**
 * The phonebook in the E4 context: the logged-in operator's {@link PhonebookService}, also offered as the console's
 * {@link NameDirectory} (areas that show numbers inject it optionally). One service per store and operator, loaded
 * in the background once; a handover to another operator makes a new one.
 */
public final class PhonebookFunctions {

	private static final Object LOCK = new Object();
	/** How often a console looks for phonebook changes made by another (seconds; a site with several consoles). */
	private static final java.time.Duration RECHECK = java.time.Duration
			.ofSeconds(Long.getLong("switchboard.phonebook.recheckSeconds", 5));
	private static Store currentStore;
	private static String currentAccount;
	private static PhonebookService current;
	/** The gateway whose extension names were asked for (once per connection). */
	private static PbxGateway namesFrom;

	private PhonebookFunctions() {
	}

	static PhonebookService serviceFor(IEclipseContext context) {
		Store store = context.get(Store.class);
		OperatorSession session = context.get(OperatorSession.class);
		if (store == null || session == null) {
			return null;
		}
		OperationLog log = context.get(OperationLog.class);
		synchronized (LOCK) {
			if (current == null || currentStore != store || !session.account().equals(currentAccount)) {
				if (current != null) {
					current.close();
				}
				current = new PhonebookService(store, session.account(), log);
				current.watchChanges(RECHECK);
				namesFrom = null;
				currentStore = store;
				currentAccount = session.account();
				ConsoleServices services = context.get(ConsoleServices.class);
				boolean demo = services != null && services.isDemo()
						&& !"false".equals(System.getProperty(DemoPhonebook.PROPERTY));
				String account = session.account();
				current.loadInBackground(() -> {
					if (demo) {
						DemoPhonebook.fillIfEmpty(store, account);
					}
				}, services == null ? null : services.whenScreenShown());
			}
			PbxGateway gateway = context.get(PbxGateway.class);
			if (gateway != null && gateway != namesFrom) {
				namesFrom = gateway;
				PbxNames.fetchInBackground(gateway, current);
			}
			return current;
		}
	}

	@Component(service = IContextFunction.class)
	@IContextFunction.ServiceContextKey(PhonebookService.class)
	public static final class Service extends ContextFunction {
		@Override
		public Object compute(IEclipseContext context, String contextKey) {
			return serviceFor(context);
		}
	}

	@Component(service = IContextFunction.class)
	@IContextFunction.ServiceContextKey(ContactSearch.class)
	public static final class Search extends ContextFunction {
		@Override
		public Object compute(IEclipseContext context, String contextKey) {
			return serviceFor(context);
		}
	}

	@Component(service = IContextFunction.class)
	@IContextFunction.ServiceContextKey(NameDirectory.class)
	public static final class Names extends ContextFunction {
		@Override
		public Object compute(IEclipseContext context, String contextKey) {
			return serviceFor(context);
		}
	}
}
