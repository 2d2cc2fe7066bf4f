package org.switchboard.pbx.asterisk.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.switchboard.model.DialPermission;
import org.switchboard.pbx.asterisk.internal.AmiEventMapper;
import org.switchboard.pbx.asterisk.internal.ami.SwitchboardSettingEvent;
import org.switchboard.pbx.event.PbxEvent;

/** How a {@code UserEvent: SwitchboardSetting} (transcript 17) becomes a change of the live model. */
class SettingAnnouncementTest {

	private final AmiEventMapper mapper = new AmiEventMapper();

	private static SwitchboardSettingEvent event(String family, String key, String value, String console) {
		SwitchboardSettingEvent e = new SwitchboardSettingEvent(new Object());
		e.setFamily(family);
		e.setKey(key);
		e.setValue(value);
		e.setConsole(console);
		return e;
	}

	@Test
	@DisplayName("another console's announcements become DND, dial permission and night service changes; any DND value means DND")
	void othersAnnouncements() {
		mapper.ignoreAnnouncementsFrom("me");
		assertEquals(List.of(new PbxEvent.DndChanged("1004", true)), mapper.map(event("DND", "1004", "YES", "other")));
		assertEquals(List.of(new PbxEvent.DndChanged("1004", true)), mapper.map(event("DND", "1004", "1", null)),
				"a phone's *78 writes 1");
		assertEquals(List.of(new PbxEvent.DndChanged("1004", false)), mapper.map(event("DND", "1004", "", "other")));
		assertEquals(List.of(new PbxEvent.DndChanged("1004", false)), mapper.map(event("DND", "1004", null, "other")));
		assertEquals(List.of(new PbxEvent.DialPermissionChanged("1005", DialPermission.NATIONAL)),
				mapper.map(event("CALLPERM", "1005", "national", "other")));
		assertEquals(List.of(new PbxEvent.DialPermissionChanged("1005", DialPermission.INTERNATIONAL)),
				mapper.map(event("CALLPERM", "1005", "", "other")));
		assertEquals(List.of(new PbxEvent.NightServiceChanged("8000", "1003", null)),
				mapper.map(event("NIGHT", "8000", "1003", "other")));
		assertEquals(List.of(new PbxEvent.NightServiceChanged("8000", "1003", "night-service")),
				mapper.map(event("NIGHT", "8000/prompt", "night-service", "other")));
	}

	@Test
	@DisplayName("this console's own announcements, and ones about keys that are not extensions or queues, change nothing")
	void ownAndForeignAnnouncements() {
		mapper.ignoreAnnouncementsFrom("me");
		assertTrue(mapper.map(event("DND", "1004", "YES", "me")).isEmpty());
		assertTrue(mapper.map(event("DND", "abc", "YES", "other")).isEmpty());
		assertTrue(mapper.map(event("OTHERFAMILY", "1004", "YES", "other")).isEmpty());
		assertTrue(mapper.map(event(null, "1004", "YES", "other")).isEmpty());
	}
}
