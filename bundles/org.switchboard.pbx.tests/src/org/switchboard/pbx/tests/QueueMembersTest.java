package org.switchboard.pbx.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.switchboard.model.Queue;
import org.switchboard.pbx.event.PbxEvent;
import org.switchboard.pbx.live.QueueMembers;

/** Which queue member is an extension, from the member events a PBX sends. */
class QueueMembersTest {

	private final LiveSite site = new LiveSite();

	@AfterEach
	void close() {
		site.close();
	}

	@Test
	void aPhoneDeviceAndALocalChannelNameTheirExtension() {
		site.apply(new PbxEvent.QueueMemberChanged("8000", "PJSIP/1001", true, false),
				new PbxEvent.QueueMemberChanged("8000", "Local/1002@from-queue", true, true));
		assertEquals(Optional.of("PJSIP/1001"), site.read(() -> QueueMembers.memberOf(queue(), "1001")));
		assertEquals(Optional.of("Local/1002@from-queue"), site.read(() -> QueueMembers.memberOf(queue(), "1002")));
		assertFalse(site.read(() -> QueueMembers.paused(queue(), "PJSIP/1001")));
		assertTrue(site.read(() -> QueueMembers.paused(queue(), "Local/1002@from-queue")));
	}

	@Test
	void aPrefixOfTheNumberIsNotTheExtension() {
		site.apply(new PbxEvent.QueueMemberChanged("8000", "PJSIP/10011", true, false));
		assertEquals(Optional.empty(), site.read(() -> QueueMembers.memberOf(queue(), "1001")));
		assertEquals(Optional.empty(), site.read(() -> QueueMembers.memberOf(queue(), "100")));
	}

	@Test
	void aRemovedMemberIsNoLongerFound() {
		site.apply(new PbxEvent.QueueMemberChanged("8000", "PJSIP/1001", true, true),
				new PbxEvent.QueueMemberChanged("8000", "PJSIP/1001", false, false));
		assertEquals(Optional.empty(), site.read(() -> QueueMembers.memberOf(queue(), "1001")));
		assertFalse(site.read(() -> QueueMembers.paused(queue(), "PJSIP/1001")));
	}

	private Queue queue() {
		return site.model.queue("8000");
	}
}
