package org.switchboard.extensions.ui.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.switchboard.core.NameDirectory;
import org.switchboard.pbx.live.ExtensionView;

/** Extension snapshots with the name and department the console's {@link NameDirectory} knows (in memory). */
final class Names {

	private Names() {
	}

	/** The snapshots, each with its directory name and department when the directory knows the number. */
	static Map<String, ExtensionView> apply(NameDirectory directory, Map<String, ExtensionView> views) {
		if (directory == null) {
			return views;
		}
		Map<String, ExtensionView> out = new LinkedHashMap<>(views);
		out.replaceAll((number, v) -> v == null ? null : named(directory, v));
		return out;
	}

	static ExtensionView named(NameDirectory directory, ExtensionView v) {
		NameDirectory.Party self = directory.lookup(v.number()).orElse(null);
		// the phonebook's name wins over the PBX's caller id name; the PBX's stays where the phonebook has none
		String peer = v.peerNumber().isEmpty() ? v.peerName()
				: directory.lookup(v.peerNumber()).map(NameDirectory.Party::name).orElse(v.peerName());
		if (self == null && peer.equals(v.peerName())) {
			return v;
		}
		String name = self == null || self.name().isEmpty() ? v.name() : self.name();
		String department = self == null || self.department().isEmpty() ? v.department() : self.department();
		return new ExtensionView(v.number(), name, department, v.deviceState(), v.status(), v.dnd(), v.permission(),
				v.peerNumber(), peer, v.since(), v.channelId(), v.spying());
	}
}
