package org.switchboard.pbx.asterisk.internal;

import static org.switchboard.pbx.asterisk.internal.AmiValues.isNumber;
import static org.switchboard.pbx.asterisk.internal.AmiValues.permission;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.asteriskjava.manager.event.DbGetResponseEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.switchboard.pbx.asterisk.internal.ami.DbGetTreeResponseEvent;
import org.switchboard.pbx.asterisk.internal.ami.SwitchboardSettingEvent;
import org.switchboard.pbx.event.PbxEvent;

/**
 * The AstDB family: the settings of the PBX contract ({@code /DND/1003}, {@code /CALLPERM/1004},
 * {@code /NIGHT/8000[/prompt]}). AstDB changes raise no AMI event: these come from the resync's lists, the periodic
 * re-check, and the {@code SwitchboardSetting} user events other consoles and phones' feature codes raise
 * (transcript 17).
 */
final class AstDbEvents {

	public static final String DND = "DND";
	public static final String CALLPERM = "CALLPERM";
	public static final String NIGHT = "NIGHT";

	/** queue → {night number, prompt}. */
	private final Map<String, String[]> night = new HashMap<>();

	/** This console's own announcements come back too; they are ignored (the change was applied when made). */
	private volatile String self;

	void ignoreAnnouncementsFrom(String consoleId) {
		self = consoleId;
	}

	void beginSync() {
		night.clear();
	}

	boolean map(ManagerEvent event, List<PbxEvent> out) {
		switch (event) {
		case DbGetTreeResponseEvent e -> entry(e.getKey(), e.getVal(), out);
		case DbGetResponseEvent e -> entry("/" + e.getFamily() + "/" + e.getKey(), e.getVal(), out);
		case SwitchboardSettingEvent e -> {
			if (e.getFamily() != null && e.getKey() != null && (self == null || !self.equals(e.getConsole()))) {
				entry("/" + e.getFamily().trim() + "/" + e.getKey().trim(), e.getValue(), out);
			}
		}
		default -> {
			return false;
		}
		}
		return true;
	}

	private void entry(String key, String value, List<PbxEvent> out) {
		if (key == null) {
			return;
		}
		String[] parts = (key.startsWith("/") ? key.substring(1) : key).split("/");
		if (parts.length < 2 || !isNumber(parts[1])) {
			return;
		}
		String family = parts[0];
		String v = value == null ? "" : value.trim();
		if (DND.equals(family) && parts.length == 2) {
			out.add(new PbxEvent.DndChanged(parts[1], !v.isEmpty()));
		} else if (CALLPERM.equals(family) && parts.length == 2) {
			out.add(new PbxEvent.DialPermissionChanged(parts[1], permission(v)));
		} else if (NIGHT.equals(family)) {
			String[] setting = night.computeIfAbsent(parts[1], q -> new String[2]);
			if (parts.length == 2) {
				setting[0] = v.isEmpty() ? null : v;
			} else if (parts.length == 3 && "prompt".equals(parts[2])) {
				setting[1] = v.isEmpty() ? null : v;
			} else {
				return;
			}
			out.add(new PbxEvent.NightServiceChanged(parts[1], setting[0], setting[1]));
		}
	}
}
