package org.switchboard.app.internal.exit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import org.eclipse.e4.ui.workbench.IWorkbench;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.switchboard.core.ExitOption;
import org.switchboard.core.OperatorSession;
import org.switchboard.core.SessionService;
import org.switchboard.model.Channel;
import org.switchboard.model.ChannelState;
import org.switchboard.model.Extension;
import org.switchboard.model.live.LiveModel;
import org.switchboard.pbx.PbxGateway;
import org.switchboard.pbx.live.ExtensionViews;

/**
 * What the exit dialog (SPEC Q1, Q2) works with: the operator's calls in progress, the exit options the areas offer
 * as OSGi services, and how the console finally quits. The exit dialog is opened by System Settings &gt; Exit,
 * Ctrl+Q and closing the main window alike; once an exit was carried out the window closes without asking again.
 */
public final class ExitFlow {

	/** A call at the operator's extension, as the dialog names it. */
	public record CallInProgress(String party, ChannelState state, boolean held) {
	}

	private static volatile boolean approved;
	private static volatile Consumer<IWorkbench> quitter = IWorkbench::close;

	private ExitFlow() {
	}

	/** Whether an exit was carried out (the operator left the queue): the window may close without asking. */
	public static boolean approved() {
		return approved;
	}

	/** The exit was carried out: quits the workbench. */
	public static void quit(IWorkbench workbench) {
		approved = true;
		quitter.accept(workbench);
	}

	/**
	 * UI tests replace the final quit (it would end the test runtime) with a recorder; everything before it, the
	 * queue and the operation log included, runs for real. Returns the previous one.
	 */
	public static Consumer<IWorkbench> replaceQuitForTests(Consumer<IWorkbench> replacement) {
		Consumer<IWorkbench> before = quitter;
		quitter = replacement;
		approved = false;
		return before;
	}

	/** The calls at the current operator's extension now (empty without a PBX). Completes on the PBX's thread. */
	public static CompletableFuture<List<CallInProgress>> callsInProgress(SessionService sessions) {
		PbxGateway gateway = sessions == null ? null : sessions.gateway();
		OperatorSession session = sessions == null ? null : sessions.current().orElse(null);
		if (gateway == null || session == null) {
			return CompletableFuture.completedFuture(List.of());
		}
		LiveModel model = gateway.model();
		return model.read(site -> {
			List<CallInProgress> calls = new ArrayList<>();
			Extension own = model.extension(session.extension());
			if (own == null) {
				return calls;
			}
			for (Channel c : own.getChannels()) {
				if (c.getState() == ChannelState.DOWN) {
					continue;
				}
				calls.add(new CallInProgress(party(c), c.getState(), ExtensionViews.held(c)));
			}
			return calls;
		});
	}

	/** "1005 王芳": the other party as the live model knows it (the PBX back-end has cleaned its caller id). */
	private static String party(Channel c) {
		ExtensionViews.Party p = ExtensionViews.partyOf(c);
		String name = p.name().equals(p.number()) ? "" : p.name();
		String label = (p.number() + " " + name).strip();
		return label.isEmpty() ? "?" : label;
	}

	/** Every {@link ExitOption} service, highest ranked first (the plain exit is not one of them). */
	public static List<ExitOption> options() {
		Bundle bundle = FrameworkUtil.getBundle(ExitFlow.class);
		BundleContext context = bundle == null ? null : bundle.getBundleContext();
		List<ExitOption> options = new ArrayList<>();
		if (context == null) {
			return options;
		}
		try {
			List<ServiceReference<ExitOption>> refs = new ArrayList<>(
					context.getServiceReferences(ExitOption.class, null));
			refs.sort((a, b) -> b.compareTo(a));
			for (ServiceReference<ExitOption> ref : refs) {
				ExitOption option = context.getService(ref);
				if (option != null) {
					options.add(option);
				}
			}
		} catch (InvalidSyntaxException e) {
			throw new IllegalStateException(e);
		}
		return options;
	}

	static String label(ExitOption option, Locale locale) {
		try {
			return option.label(locale);
		} catch (RuntimeException e) {
			return option.id();
		}
	}
}
