package org.switchboard.extensions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.switchboard.model.Call;
import org.switchboard.model.Channel;
import org.switchboard.model.Extension;
import org.switchboard.model.live.LiveModel;
import org.switchboard.pbx.live.ExtensionView;
import org.switchboard.pbx.live.ExtensionViews;

/**
 * Keeps a view of the extensions up to date: first every extension, then, after each change of the live model,
 * fresh snapshots of exactly the extensions the change touched (an extension's own features, its channels, or the
 * calls its channels are in, because the other party shows on its tile). The work per change is proportional to
 * the objects it touched, never to the number of extensions. Snapshots are taken on the model's owner thread and
 * handed to the sink there: the sink must not block (a UI hands them to a {@code FrameCoalescer}).
 */
public final class ExtensionFeed implements AutoCloseable {

	/** Receives snapshots on the live model's owner thread. */
	public interface Sink {
		/**
		 * @param changed new snapshots by extension number; a {@code null} value means the extension is gone
		 * @param reset   {@code true} when {@code changed} is the complete set (first delivery, resynchronisation)
		 */
		void accept(Map<String, ExtensionView> changed, boolean reset);
	}

	private final LiveModel model;
	private final Sink sink;
	private final LiveModel.Listener listener = this::changed;

	private ExtensionFeed(LiveModel model, Sink sink) {
		this.model = model;
		this.sink = sink;
	}

	/** Starts feeding: the sink first hears every extension (reset), then each change. */
	public static ExtensionFeed start(LiveModel model, Sink sink) {
		ExtensionFeed feed = new ExtensionFeed(model, sink);
		model.addListener(feed.listener);
		model.post(site -> {
			Map<String, ExtensionView> all = new LinkedHashMap<>();
			for (Extension e : site.getExtensions()) {
				if (e.getNumber() != null) {
					all.put(e.getNumber(), ExtensionViews.of(e));
				}
			}
			sink.accept(all, true);
		});
		return feed;
	}

	private void changed(LiveModel m, Set<EObject> objects) {
		List<Extension> touched = new ArrayList<>();
		Map<String, ExtensionView> out = new LinkedHashMap<>();
		for (EObject o : objects) {
			if (o instanceof Extension e) {
				touched.add(e);
			} else if (o instanceof Channel c) {
				if (c.getExtension() != null) {
					touched.add(c.getExtension());
				}
				addCall(c.getCall(), touched);
			} else if (o instanceof Call call) {
				addCall(call, touched);
			}
		}
		for (Extension e : touched) {
			if (e.getNumber() == null || out.containsKey(e.getNumber())) {
				continue;
			}
			out.put(e.getNumber(), e.eContainer() == null ? null : ExtensionViews.of(e));
		}
		if (!out.isEmpty()) {
			sink.accept(out, false);
		}
	}

	private static void addCall(Call call, List<Extension> touched) {
		if (call == null) {
			return;
		}
		for (Channel c : call.getChannels()) {
			if (c.getExtension() != null) {
				touched.add(c.getExtension());
			}
		}
	}

	@Override
	public void close() {
		model.removeListener(listener);
	}
}
