package org.switchboard.model.live;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.switchboard.model.Call;
import org.switchboard.model.Channel;
import org.switchboard.model.ConnectionState;
import org.switchboard.model.Extension;
import org.switchboard.model.Queue;
import org.switchboard.model.Site;
import org.switchboard.model.SwitchboardFactory;

/**
 * The live PBX state of one site and the one thread that owns it.
 * <p>
 * <b>The rule:</b> the {@link Site} and everything in it is read and changed only on this model's owner thread.
 * Other threads (the AMI reader, the UI, jobs) {@link #post post} a change or {@link #read read} a value; both
 * run on the owner thread in the order they were posted. Listeners hear of each posted change once it is complete,
 * on the owner thread, with every object it touched; a UI listener copies what it needs and hops to the UI thread
 * itself. Nothing posted may block: no network, no database, no waiting on the UI.
 * <p>
 * Objects are found by key ({@link #extension}, {@link #channel}, {@link #call}, {@link #queue}) through indexes
 * kept as they are added to and removed from the site: set an object's key before adding it.
 */
public final class LiveModel implements AutoCloseable {

	/** Told after each posted change, on the owner thread. */
	@FunctionalInterface
	public interface Listener {
		/**
		 * @param changed every object whose features changed, or that was added to or removed from the site, in the
		 *                order of their first change (removed objects are no longer contained in the site)
		 */
		void changed(LiveModel model, Set<EObject> changed);
	}

	private final Site site;
	private final ExecutorService owner;
	private volatile Thread ownerThread;
	private final List<Listener> listeners = new CopyOnWriteArrayList<>();
	private final Set<EObject> pending = new LinkedHashSet<>();
	private final Map<String, Extension> extensions = new HashMap<>();
	private final Map<String, Channel> channels = new HashMap<>();
	private final Map<String, Call> calls = new HashMap<>();
	private final Map<String, Queue> queues = new HashMap<>();

	public LiveModel() {
		this("switchboard-live-model");
	}

	public LiveModel(String threadName) {
		site = SwitchboardFactory.eINSTANCE.createSite();
		ConnectionState connection = SwitchboardFactory.eINSTANCE.createConnectionState();
		site.setConnection(connection);
		owner = Executors.newSingleThreadExecutor(r -> {
			Thread t = new Thread(r, threadName);
			t.setDaemon(true);
			ownerThread = t;
			return t;
		});
		site.eAdapters().add(new ChangeCollector());
	}

	/** Runs a change on the owner thread; listeners hear of it afterwards. */
	public CompletableFuture<Void> post(Consumer<Site> change) {
		return CompletableFuture.runAsync(() -> apply(change), owner);
	}

	/** Computes a value from the live state on the owner thread. */
	public <T> CompletableFuture<T> read(Function<Site, T> query) {
		return CompletableFuture.supplyAsync(() -> query.apply(site), owner);
	}

	/** Runs a change now when already on the owner thread (inside a posted change or a listener). */
	public void applyOnOwner(Consumer<Site> change) {
		checkOwnerThread();
		change.accept(site);
	}

	private void apply(Consumer<Site> change) {
		try {
			change.accept(site);
		} finally {
			if (!pending.isEmpty()) {
				Set<EObject> changed = new LinkedHashSet<>(pending);
				pending.clear();
				for (Listener l : listeners) {
					try {
						l.changed(this, changed);
					} catch (RuntimeException e) {
						System.err.println("live model listener failed: " + e);
						e.printStackTrace();
					}
				}
			}
		}
	}

	public void addListener(Listener listener) {
		listeners.add(listener);
	}

	public void removeListener(Listener listener) {
		listeners.remove(listener);
	}

	/** The site; only for code running on the owner thread. */
	public Site site() {
		checkOwnerThread();
		return site;
	}

	public boolean isOwnerThread() {
		return Thread.currentThread() == ownerThread;
	}

	private void checkOwnerThread() {
		if (!isOwnerThread()) {
			throw new IllegalStateException("the live model is owned by its own thread; post() or read() instead (on "
					+ Thread.currentThread().getName() + ")");
		}
	}

	// ---- indexes: O(1) look-ups by key, kept up to date as objects are added and removed (owner thread only)

	public Extension extension(String number) {
		checkOwnerThread();
		return extensions.get(number);
	}

	public Channel channel(String uniqueId) {
		checkOwnerThread();
		return channels.get(uniqueId);
	}

	public Call call(String id) {
		checkOwnerThread();
		return calls.get(id);
	}

	public Queue queue(String number) {
		checkOwnerThread();
		return queues.get(number);
	}

	/** Waits until everything posted before this call has been applied (for shutdown and tests). */
	public void sync() {
		post(s -> {
		}).join();
	}

	@Override
	public void close() {
		owner.shutdown();
		try {
			owner.awaitTermination(2, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/** Collects what changed during a posted change and keeps the indexes. */
	private final class ChangeCollector extends EContentAdapter {

		@Override
		public void notifyChanged(Notification n) {
			super.notifyChanged(n);
			if (n.isTouch()) {
				return;
			}
			if (n.getNotifier() instanceof EObject notifier) {
				pending.add(notifier);
			}
			switch (n.getEventType()) {
			case Notification.ADD, Notification.SET -> index(n.getNewValue(), true);
			case Notification.ADD_MANY -> ((List<?>) n.getNewValue()).forEach(o -> index(o, true));
			case Notification.REMOVE -> index(n.getOldValue(), false);
			case Notification.REMOVE_MANY -> ((List<?>) n.getOldValue()).forEach(o -> index(o, false));
			default -> {
			}
			}
			if (n.getEventType() == Notification.SET && n.getOldValue() instanceof EObject old
					&& old.eContainer() == null) {
				index(old, false);
			}
			// a changed key moves the object in its index
			if (n.getEventType() == Notification.SET && n.getNotifier() instanceof Extension e
					&& n.getFeatureID(Extension.class) == org.switchboard.model.SwitchboardPackage.EXTENSION__NUMBER) {
				if (n.getOldStringValue() != null) {
					extensions.remove(n.getOldStringValue());
				}
				if (e.eContainer() != null) {
					extensions.put(e.getNumber(), e);
				}
			}
		}

		private void index(Object o, boolean add) {
			if (!(o instanceof EObject eo)) {
				return;
			}
			if (add && eo.eContainer() != site) {
				return;
			}
			pending.add(eo);
			if (eo instanceof Extension e && e.getNumber() != null) {
				if (add) {
					extensions.put(e.getNumber(), e);
				} else {
					extensions.remove(e.getNumber(), e);
				}
			} else if (eo instanceof Channel c && c.getUniqueId() != null) {
				if (add) {
					channels.put(c.getUniqueId(), c);
				} else {
					channels.remove(c.getUniqueId(), c);
				}
			} else if (eo instanceof Call c && c.getId() != null) {
				if (add) {
					calls.put(c.getId(), c);
				} else {
					calls.remove(c.getId(), c);
				}
			} else if (eo instanceof Queue q && q.getNumber() != null) {
				if (add) {
					queues.put(q.getNumber(), q);
				} else {
					queues.remove(q.getNumber(), q);
				}
			}
		}
	}
}
