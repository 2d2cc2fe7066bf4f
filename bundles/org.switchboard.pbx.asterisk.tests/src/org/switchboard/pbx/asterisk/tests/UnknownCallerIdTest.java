package org.switchboard.pbx.asterisk.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.switchboard.pbx.asterisk.internal.AmiEventMapper;
import org.switchboard.pbx.asterisk.tests.AmiReplay.Item;
import org.switchboard.pbx.event.PbxEvent;

/**
 * Asterisk writes {@code <unknown>} for a caller id or name it does not know. The mapper is the one place that strips
 * it: no vendor-neutral event carries it, whatever the event family (channels, connected line, queue callers, CDRs).
 */
class UnknownCallerIdTest {

	private static final String EVENTS = String.join("\r\n\r\n",
			"Event: Newchannel\r\nChannel: PJSIP/trunk-00000001\r\nChannelState: 0\r\nCallerIDNum: <unknown>\r\n"
					+ "CallerIDName: <unknown>\r\nConnectedLineNum: <unknown>\r\nConnectedLineName: <unknown>\r\n"
					+ "Context: from-trunk\r\nExten: 8000\r\nUniqueid: 1.1\r\nLinkedid: 1.1",
			"Event: NewCallerid\r\nChannel: PJSIP/trunk-00000001\r\nCallerIDNum: <unknown>\r\nCallerIDName: <unknown>\r\n"
					+ "Uniqueid: 1.1\r\nLinkedid: 1.1",
			"Event: NewConnectedLine\r\nChannel: PJSIP/trunk-00000001\r\nCallerIDNum: 0301234567\r\n"
					+ "CallerIDName: <unknown>\r\nConnectedLineNum: <unknown>\r\nConnectedLineName: <unknown>\r\n"
					+ "Uniqueid: 1.1\r\nLinkedid: 1.1",
			"Event: QueueCallerJoin\r\nChannel: PJSIP/trunk-00000001\r\nCallerIDNum: <unknown>\r\n"
					+ "CallerIDName: <unknown>\r\nQueue: 8000\r\nPosition: 1\r\nCount: 1\r\nUniqueid: 1.1",
			"Event: QueueEntry\r\nQueue: 8000\r\nPosition: 1\r\nChannel: PJSIP/trunk-00000001\r\nUniqueid: 1.1\r\n"
					+ "CallerIDNum: <unknown>\r\nCallerIDName: <unknown>\r\nConnectedLineNum: <unknown>\r\n"
					+ "ConnectedLineName: <unknown>\r\nWait: 3",
			"Event: CoreShowChannel\r\nChannel: PJSIP/trunk-00000001\r\nUniqueid: 1.1\r\nLinkedid: 1.1\r\n"
					+ "ChannelState: 6\r\nCallerIDNum: <unknown>\r\nCallerIDName: <unknown>\r\n"
					+ "ConnectedLineNum: <unknown>\r\nConnectedLineName: <unknown>\r\nContext: from-trunk\r\n"
					+ "Exten: 8000\r\nApplication: Queue\r\nDuration: 00:00:03",
			"Event: Cdr\r\nSource: <unknown>\r\nDestination: 8000\r\nCallerID: \"<unknown>\" <<unknown>>\r\n"
					+ "Channel: PJSIP/trunk-00000001\r\nDisposition: NO ANSWER\r\nUniqueID: 1.1") + "\r\n\r\n";

	@Test
	@DisplayName("<unknown> caller ids and names become empty in every event family")
	void stripped() {
		List<Item> items = AmiReplay.items(EVENTS);
		assertEquals(7, items.stream().filter(i -> i.event() != null).count(), "every message became an event");
		AmiEventMapper mapper = new AmiEventMapper();
		List<PbxEvent> mapped = new ArrayList<>();
		for (Item item : items) {
			if (item.event() != null) {
				mapped.addAll(mapper.map(item.event()));
			}
		}
		assertEquals(7, mapped.stream().filter(e -> !(e instanceof PbxEvent.ChannelBridged)).count(), mapped.toString());
		for (PbxEvent e : mapped) {
			assertFalse(e.toString().contains("unknown"), e.toString());
		}
		// unknown: empty, or absent (Asterisk-Java drops some itself); the live model then shows no number
		PbxEvent.ChannelInfo created = ((PbxEvent.ChannelUpdated) mapped.get(0)).channel();
		assertBlank(created.callerNumber(), created.callerName(), created.connectedNumber(), created.connectedName());
		PbxEvent.ChannelInfo connected = ((PbxEvent.ChannelUpdated) mapped.get(2)).channel();
		assertEquals("0301234567", connected.callerNumber());
		assertBlank(connected.connectedNumber(), connected.connectedName());
		for (PbxEvent e : mapped) {
			if (e instanceof PbxEvent.QueueEntryJoined joined) {
				assertBlank(joined.callerNumber(), joined.callerName());
			}
		}
		PbxEvent.CdrRecorded cdr = (PbxEvent.CdrRecorded) mapped.get(mapped.size() - 1);
		assertBlank(cdr.callerNumber(), cdr.callerName());
	}

	private static void assertBlank(String... values) {
		for (String v : values) {
			assertTrue(v == null || v.isEmpty(), "[" + v + "]");
		}
	}
}
