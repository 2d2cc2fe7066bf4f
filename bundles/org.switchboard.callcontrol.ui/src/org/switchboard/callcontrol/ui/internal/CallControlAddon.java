package org.switchboard.callcontrol.ui.internal;

import java.util.List;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.switchboard.ui.WorkbenchIds;
import org.switchboard.callcontrol.CallControl;
import org.switchboard.callcontrol.CallFeed;
import org.switchboard.core.OperationLog;
import org.switchboard.core.NameDirectory;
import org.switchboard.core.OperatorSession;
import org.switchboard.model.Channel;
import org.switchboard.core.SessionService;
import org.switchboard.model.live.LiveModel;
import org.switchboard.pbx.PbxGateway;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * Wires call control to the logged-in operator: once the application context holds a gateway, a live model and a
 * session (after login, again after a handover), it starts a {@link CallFeed} for the operator's extension and
 * keeps the {@link CallBoard} in the context up to date. Also owns the incoming-call pop-ups (C2).
 */
public class CallControlAddon {

	@Inject
	private IEclipseContext context;
	@Inject
	@Optional
	private IEventBroker broker;
	@Inject
	@Translation
	private Messages messages;
	@Inject
	private UISynchronize sync;

	private PbxGateway gateway;
	private LiveModel model;
	private OperatorSession session;
	private OperationLog log;
	private CallBoard board;
	private CallFeed feed;
	private IncomingCallPopups popups;
	private Object wiredKey;
	private PbxGateway watched;
	private org.switchboard.pbx.PbxListener connectionListener;
	private NameDirectory nameDirectory;
	/** Whose rights decide monitor, barge-in and force release (SPEC Q3 administration); read at each action. */
	@Inject
	@Optional
	private SessionService sessions;
	private AutoCloseable namesSubscription;

	@PostConstruct
	void start(Display display, MApplication application, EModelService models) {
		board = new CallBoard(broker, messages);
		context.set(CallBoard.class, board);
		board.setNames(nameDirectory);
		popups = new IncomingCallPopups(display, board, messages, () -> panelBounds(application, models),
				() -> mainShell(application));
		// the toolbar's buttons ask their handlers only when told to: after every change of calls or queue
		board.addListener(b -> {
			if (broker != null) {
				broker.send(UIEvents.REQUEST_ENABLEMENT_UPDATE_TOPIC, UIEvents.ALL_ELEMENT_ID);
			}
		});
		rewire();
	}

	/** The extension panel's part stack on the display (where the pop-ups go), or null when it is not shown. */
	private static Rectangle panelBounds(MApplication application, EModelService models) {
		MWindow window = application.getSelectedElement();
		if (window == null) {
			return null;
		}
		List<MPartStack> stacks = models.findElements(window, WorkbenchIds.STACK_EXTENSIONS, MPartStack.class);
		if (stacks.isEmpty() || !(stacks.get(0).getWidget() instanceof Control c) || c.isDisposed()
				|| !c.isVisible()) {
			return null;
		}
		return c.getDisplay().map(c.getParent(), null, c.getBounds());
	}

	private static Shell mainShell(MApplication application) {
		MWindow window = application.getSelectedElement();
		return window != null && window.getWidget() instanceof Shell s ? s : null;
	}

	/**
	 * Told whenever one of them changes in the context (they are derived from the session: a login, handover or
	 * logout changes them together); all four at once, so none lingers after it was removed.
	 */
	@Inject
	void connected(@Optional PbxGateway gateway, @Optional LiveModel model, @Optional OperatorSession session,
			@Optional OperationLog log) {
		this.gateway = gateway;
		this.model = model;
		this.session = session;
		this.log = log;
		rewire();
	}

	/** Names from the phonebook when it is installed (S5); a change of names names the shown parties again. */
	@Inject
	void names(@Optional NameDirectory directory) {
		if (namesSubscription != null) {
			try {
				namesSubscription.close();
			} catch (Exception e) {
				// a directory that cannot remove us only renames the parties once more
			}
			namesSubscription = null;
		}
		nameDirectory = directory;
		if (directory != null) {
			namesSubscription = directory.addListener(() -> sync.asyncExec(() -> {
				if (board != null && nameDirectory == directory) {
					board.setNames(directory);
				}
			}));
		}
		if (board != null) {
			board.setNames(directory);
		}
	}

	private void rewire() {
		if (board == null) {
			return;
		}
		LiveModel live = model != null ? model : gateway != null ? gateway.model() : null;
		String extension = session == null ? null : session.extension();
		java.util.List<Object> key = java.util.Arrays.asList(gateway, live, extension, log);
		if (key.equals(wiredKey)) {
			return;
		}
		wiredKey = key;
		if (feed != null) {
			feed.close();
			feed = null;
		}
		watchConnection(null);
		if (gateway == null || live == null || extension == null) {
			board.connect(null, extension);
			return;
		}
		CallBoard b = board;
		CallFeed[] started = new CallFeed[1];
		started[0] = CallFeed.start(live, extension, new CallFeed.Sink() {
			@Override
			public void calls(java.util.List<org.switchboard.callcontrol.OperatorCallView> calls) {
				sync.asyncExec(() -> {
					if (feed == started[0]) {
						b.setCalls(calls);
					}
				});
			}

			@Override
			public void queue(java.util.List<org.switchboard.callcontrol.QueueCallerView> waiting) {
				sync.asyncExec(() -> {
					if (feed == started[0]) {
						b.setWaiting(waiting);
					}
				});
			}
		});
		feed = started[0];
		board.setAnsweredBy(uniqueId -> live.read(site -> answeredBy(live, uniqueId)));
		board.connect(new CallControl(gateway, log, extension, feed, right -> {
			SessionService s = sessions;
			return s != null && s.rights().contains(right);
		}), extension);
		watchConnection(gateway);
	}

	/**
	 * The extension in the same bridge as the caller's channel (on the live model's owner thread): who took a queue
	 * caller this console tried to answer. Null when the caller is gone or talks to nobody known.
	 */
	private static String answeredBy(LiveModel live, String uniqueId) {
		Channel caller = live.channel(uniqueId);
		if (caller == null || caller.getBridgeId() == null || caller.getBridgeId().isEmpty()) {
			return null;
		}
		for (Channel other : live.site().getChannels()) {
			if (other != caller && caller.getBridgeId().equals(other.getBridgeId()) && other.getExtension() != null) {
				return other.getExtension().getNumber();
			}
		}
		return null;
	}

	/** A9: while the PBX connection is lost the board allows nothing (the buttons say why). */
	private void watchConnection(PbxGateway pbx) {
		if (watched != null && connectionListener != null) {
			watched.removeListener(connectionListener);
		}
		watched = pbx;
		connectionListener = null;
		board.setPbxUp(true);
		if (pbx == null) {
			return;
		}
		CallBoard b = board;
		org.switchboard.pbx.PbxListener l = event -> {
			if (event instanceof org.switchboard.pbx.event.PbxEvent.ConnectionChanged c) {
				boolean up = c.status() != org.switchboard.model.ConnectionStatus.RECONNECTING;
				sync.asyncExec(() -> {
					if (watched == pbx) {
						b.setPbxUp(up);
					}
				});
			}
		};
		connectionListener = l;
		pbx.addListener(l);
	}

	@PreDestroy
	void stop() {
		watchConnection(null);
		if (feed != null) {
			feed.close();
		}
		if (popups != null) {
			popups.dispose();
		}
	}
}
