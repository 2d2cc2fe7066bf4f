package org.switchboard.pbx.asterisk.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.asteriskjava.manager.event.AbstractHoldEvent;
import org.asteriskjava.manager.event.AbstractQueueMemberEvent;
import org.asteriskjava.manager.event.BridgeEnterEvent;
import org.asteriskjava.manager.event.BridgeLeaveEvent;
import org.asteriskjava.manager.event.CdrEvent;
import org.asteriskjava.manager.event.ChanSpyStartEvent;
import org.asteriskjava.manager.event.ChanSpyStopEvent;
import org.asteriskjava.manager.event.ContactList;
import org.asteriskjava.manager.event.ContactStatusEvent;
import org.asteriskjava.manager.event.CoreShowChannelEvent;
import org.asteriskjava.manager.event.DbGetResponseEvent;
import org.asteriskjava.manager.event.DeviceStateChangeEvent;
import org.asteriskjava.manager.event.EndpointList;
import org.asteriskjava.manager.event.ExtensionStatusEvent;
import org.asteriskjava.manager.event.HangupEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.event.MusicOnHoldEvent;
import org.asteriskjava.manager.event.NewCallerIdEvent;
import org.asteriskjava.manager.event.NewChannelEvent;
import org.asteriskjava.manager.event.NewConnectedLineEvent;
import org.asteriskjava.manager.event.NewExtenEvent;
import org.asteriskjava.manager.event.NewStateEvent;
import org.asteriskjava.manager.event.OriginateResponseEvent;
import org.asteriskjava.manager.event.QueueCallerAbandonEvent;
import org.asteriskjava.manager.event.QueueCallerJoinEvent;
import org.asteriskjava.manager.event.QueueCallerLeaveEvent;
import org.asteriskjava.manager.event.QueueEntryEvent;
import org.asteriskjava.manager.event.QueueMemberAddedEvent;
import org.asteriskjava.manager.event.QueueMemberEvent;
import org.asteriskjava.manager.event.QueueMemberRemovedEvent;
import org.asteriskjava.manager.event.QueueParamsEvent;
import org.asteriskjava.manager.event.RenameEvent;
import org.switchboard.model.CallDisposition;
import org.switchboard.model.ChannelState;
import org.switchboard.model.DeviceState;
import org.switchboard.model.DialPermission;
import org.switchboard.model.WakeUpOutcome;
import org.switchboard.pbx.asterisk.internal.ami.DbGetTreeResponseEvent;
import org.switchboard.pbx.event.PbxEvent;
import org.switchboard.pbx.event.PbxEvent.ChannelBridged;
import org.switchboard.pbx.event.PbxEvent.ChannelHeld;
import org.switchboard.pbx.event.PbxEvent.ChannelHungup;
import org.switchboard.pbx.event.PbxEvent.ChannelInfo;
import org.switchboard.pbx.event.PbxEvent.ChannelSpied;
import org.switchboard.pbx.event.PbxEvent.ChannelUpdated;

/**
 * Turns Asterisk-Java's {@link ManagerEvent}s into vendor-neutral {@link PbxEvent}s. Not thread-safe: one thread
 * (the live model's owner) calls it, in the order the events arrived. Its small memory (which device an extension
 * rings, which spy is a barge, the night-service settings) is rebuilt on every synchronisation.
 * <p>
 * A {@link ChannelInfo} field it leaves {@code null} was not in the event: the live model keeps what it had.
 */
public final class AmiEventMapper {

	private static final String UNKNOWN = "<unknown>";

	private final Supplier<Instant> clock;
	/** device (PJSIP/1002) → extension number, from the hints. */
	private final Map<String, String> deviceToExtension = new HashMap<>();
	/** spyer unique id → barge (ChanSpy with the B option). */
	private final Map<String, Boolean> spyers = new HashMap<>();
	/** queue → {night number, prompt} from AstDB NIGHT. */
	private final Map<String, String[]> night = new HashMap<>();
	/** The AstDB families of the PBX contract. */
	public static final String DND = "DND";
	public static final String CALLPERM = "CALLPERM";
	public static final String NIGHT = "NIGHT";

	public AmiEventMapper() {
		this(Instant::now);
	}

	public AmiEventMapper(Supplier<Instant> clock) {
		this.clock = clock;
	}

	/** A synchronisation starts: forget what the previous one reported. */
	public void beginSync() {
		night.clear();
		spyers.clear();
	}

	/** The extension a device belongs to (from the hints seen so far), or null. */
	public String extensionOf(String device) {
		return deviceToExtension.get(device);
	}

	public List<PbxEvent> map(ManagerEvent event) {
		List<PbxEvent> out = new ArrayList<>(2);
		try {
			mapInto(event, out);
		} catch (RuntimeException e) {
			// a malformed event is dropped, never allowed to stop the stream
			out.clear();
		}
		return out;
	}

	private void mapInto(ManagerEvent event, List<PbxEvent> out) {
		switch (event) {
		case NewChannelEvent e -> out.add(channel(e.getUniqueId(), e.getLinkedid(), e.getChannel(), e, null, clock.get()));
		case NewStateEvent e -> out.add(channel(e.getUniqueId(), e.getLinkedId(), e.getChannel(), e, null, null));
		case NewCallerIdEvent e -> out.add(channel(e.getUniqueId(), e.getLinkedId(), e.getChannel(), e, null, null));
		case NewConnectedLineEvent e ->
			out.add(channel(e.getUniqueId(), e.getLinkedId(), e.getChannel(), e, null, null));
		case NewExtenEvent e -> {
			if (e.getUniqueId() != null) {
				out.add(new ChannelUpdated(new ChannelInfo(e.getUniqueId(), e.getLinkedId(), e.getChannel(),
						null, null, null, null, null, text(e.getContext()), text(e.getExtension()),
						text(e.getApplication()), null)));
				if ("ChanSpy".equalsIgnoreCase(e.getApplication())) {
					spyers.put(e.getUniqueId(), isBarge(e.getAppData()));
				}
			}
		}
		case RenameEvent e -> {
			if (e.getUniqueId() != null && e.getNewname() != null) {
				out.add(new ChannelUpdated(new ChannelInfo(e.getUniqueId(), null, e.getNewname(), null, null, null,
						null, null, null, null, null, null)));
			}
		}
		case HangupEvent e -> {
			if (e.getUniqueId() != null) {
				spyers.remove(e.getUniqueId());
				out.add(new ChannelHungup(e.getUniqueId(), e.getCause() == null ? 0 : e.getCause(),
						e.getCauseTxt()));
			}
		}
		case CoreShowChannelEvent e -> {
			Instant created = null;
			Duration d = duration(e.getDuration());
			if (d != null) {
				created = clock.get().minus(d);
			}
			ChannelInfo info = new ChannelInfo(e.getUniqueid(), e.getLinkedid(), e.getChannel(),
					state(e.getChannelState()), text(e.getCallerIdNum()), text(e.getCallerIdName()),
					text(e.getConnectedLineNum()), text(e.getConnectedLineName()), text(e.getContext()),
					text(e.getExten()), text(e.getApplication()), created);
			out.add(new ChannelUpdated(info));
			out.add(new ChannelBridged(e.getUniqueid(), blankToNull(e.getBridgeid())));
			if ("ChanSpy".equalsIgnoreCase(e.getApplication())) {
				spyers.put(e.getUniqueid(), isBarge(e.getApplicationdata()));
			}
		}
		case BridgeEnterEvent e -> out.add(new ChannelBridged(e.getUniqueId(), e.getBridgeUniqueId()));
		case BridgeLeaveEvent e -> out.add(new ChannelBridged(e.getUniqueId(), null));
		case AbstractHoldEvent e -> out.add(new ChannelHeld(e.getUniqueId(), e.isHold()));
		case MusicOnHoldEvent e -> out.add(new ChannelHeld(e.getUniqueId(), e.isStart()));
		case ChanSpyStartEvent e -> out.add(new ChannelSpied(e.getSpyerUniqueId(), e.getSpyeeUniqueId(),
				spyers.getOrDefault(e.getSpyerUniqueId(), false), true));
		case ChanSpyStopEvent e -> out.add(new ChannelSpied(e.getSpyerUniqueId(), e.getSpyeeUniqueId(),
				spyers.getOrDefault(e.getSpyerUniqueId(), false), false));
		case OriginateResponseEvent e -> {
			if ("ChanSpy".equalsIgnoreCase(e.getApplication()) && e.getUniqueId() != null) {
				spyers.put(e.getUniqueId(), isBarge(e.getData()));
			}
		}
		case ExtensionStatusEvent e -> extensionStatus(e, out);
		case DeviceStateChangeEvent e -> {
			String number = deviceToExtension.get(e.getDevice());
			if (number != null) {
				out.add(new PbxEvent.ExtensionStateChanged(number, deviceState(e.getState())));
			}
		}
		case EndpointList e -> {
			if (isNumber(e.getObjectName())) {
				String contacts = text(e.getContacts());
				String uri = firstContactUri(contacts);
				out.add(new PbxEvent.RegistrationChanged(e.getObjectName(), uri != null, uri));
			}
		}
		case ContactList e -> {
			if (isNumber(e.getEndpoint())) {
				out.add(new PbxEvent.RegistrationChanged(e.getEndpoint(), reachable(e.getStatus() == null ? null : e.getStatus().name()), e.getUri()));
			}
		}
		case ContactStatusEvent e -> {
			String number = e.getAor() != null ? e.getAor() : e.getEndpointName();
			if (isNumber(number)) {
				out.add(new PbxEvent.RegistrationChanged(number, reachable(e.getContactStatus()), e.getUri()));
			}
		}
		case QueueParamsEvent e -> out.add(new PbxEvent.QueueSeen(e.getQueue(), e.getStrategy()));
		case QueueMemberEvent e -> out.add(new PbxEvent.QueueMemberChanged(e.getQueue(), e.getLocation() != null ? e.getLocation() : e.getInterface(), true,
				Boolean.TRUE.equals(e.getPaused())));
		case QueueMemberRemovedEvent e ->
			out.add(new PbxEvent.QueueMemberChanged(e.getQueue(), memberInterface(e), false, false));
		case QueueMemberAddedEvent e -> out.add(new PbxEvent.QueueMemberChanged(e.getQueue(), memberInterface(e),
				true, Boolean.TRUE.equals(e.getPaused())));
		case org.asteriskjava.manager.event.QueueMemberPausedEvent e -> out.add(new PbxEvent.QueueMemberChanged(
				e.getQueue(), memberInterface(e), true, Boolean.TRUE.equals(e.getPaused())));
		case QueueEntryEvent e -> {
			Instant joined = e.getWait() == null ? clock.get() : clock.get().minusSeconds(e.getWait());
			out.add(new PbxEvent.QueueEntryJoined(e.getQueue(), e.getUniqueId(), e.getChannel(),
					text(e.getCallerIdNum()), text(e.getCallerIdName()), intValue(e.getPosition()), joined));
		}
		case QueueCallerJoinEvent e -> out.add(new PbxEvent.QueueEntryJoined(e.getQueue(), e.getUniqueId(),
				e.getChannel(), text(e.getCallerIdNum()), text(e.getCallerIdName()), intValue(e.getPosition()),
				clock.get()));
		case QueueCallerAbandonEvent e -> out.add(new PbxEvent.QueueEntryLeft(e.getQueue(), e.getUniqueId(), true));
		case QueueCallerLeaveEvent e -> out.add(new PbxEvent.QueueEntryLeft(e.getQueue(), e.getUniqueId(), false));
		case DbGetTreeResponseEvent e -> astDb(e.getKey(), e.getVal(), out);
		case DbGetResponseEvent e -> astDb("/" + e.getFamily() + "/" + e.getKey(), e.getVal(), out);
		case CdrEvent e -> out.add(cdr(e));
		default -> {
		}
		}
	}

	private static String memberInterface(AbstractQueueMemberEvent e) {
		return e.getInterface() != null ? e.getInterface() : e.getLocation();
	}

	private ChannelUpdated channel(String uniqueId, String linkedId, String name, ManagerEvent e, String application,
			Instant createdAt) {
		return new ChannelUpdated(new ChannelInfo(uniqueId, linkedId, name, state(e.getChannelState()),
				text(e.getCallerIdNum()), text(e.getCallerIdName()), text(e.getConnectedLineNum()),
				text(e.getConnectedLineName()), text(e.getContext()), text(e.getExten()), application, createdAt));
	}

	private void extensionStatus(ExtensionStatusEvent e, List<PbxEvent> out) {
		String number = e.getExten();
		String hint = e.getHint();
		if (!isNumber(number) || hint == null) {
			return;
		}
		String device = hint.split("&")[0].trim();
		if (!device.contains("/") || device.contains(":")) {
			return; // parking spaces (park:701@parkedcalls), custom states
		}
		deviceToExtension.put(device, number);
		out.add(new PbxEvent.ExtensionSeen(number, null, device));
		out.add(new PbxEvent.ExtensionStateChanged(number, extensionState(e.getStatus())));
	}

	/** An AstDB entry of the PBX contract ({@code /DND/1003}, {@code /CALLPERM/1004}, {@code /NIGHT/8000[/prompt]}). */
	private void astDb(String key, String value, List<PbxEvent> out) {
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

	/** The outcome of a wake-up call from the OriginateResponse reason (0 failed, 1/3 no answer, 4 answered, 5 busy, 8 congestion). */
	public static WakeUpOutcome wakeUpOutcome(Integer reason) {
		return switch (reason == null ? 0 : reason) {
		case 4 -> WakeUpOutcome.ANSWERED;
		case 1, 3 -> WakeUpOutcome.NO_ANSWER;
		case 5 -> WakeUpOutcome.BUSY;
		case 8 -> WakeUpOutcome.CONGESTION;
		default -> WakeUpOutcome.FAILED;
		};
	}

	public static DialPermission permission(String value) {
		return switch (value.toLowerCase(Locale.ROOT)) {
		case "internal" -> DialPermission.INTERNAL;
		case "local" -> DialPermission.LOCAL;
		case "national" -> DialPermission.NATIONAL;
		default -> DialPermission.INTERNATIONAL;
		};
	}

	private PbxEvent cdr(CdrEvent e) {
		Instant start = instant(e.getStartTimeAsDate());
		Instant answer = instant(e.getAnswerTimeAsDate());
		Instant end = instant(e.getEndTimeAsDate());
		CallDisposition disposition = switch (e.getDisposition() == null ? "" : e.getDisposition()) {
		case "ANSWERED" -> CallDisposition.ANSWERED;
		case "NO ANSWER" -> CallDisposition.NO_ANSWER;
		case "BUSY" -> CallDisposition.BUSY;
		case "FAILED" -> CallDisposition.FAILED;
		case "CONGESTION" -> CallDisposition.CONGESTION;
		default -> CallDisposition.UNKNOWN;
		};
		return new PbxEvent.CdrRecorded(e.getUniqueId(), null, text(e.getSrc()), callerName(e.getCallerId()),
				text(e.getDestination()), start, answer, end, intValue(e.getDuration()),
				intValue(e.getBillableSeconds()), disposition, e.getChannel(), e.getDestinationChannel());
	}

	private static String callerName(String callerId) {
		if (callerId == null) {
			return null;
		}
		int lt = callerId.indexOf('<');
		String name = lt >= 0 ? callerId.substring(0, lt) : callerId;
		name = name.trim();
		if (name.startsWith("\"") && name.endsWith("\"") && name.length() >= 2) {
			name = name.substring(1, name.length() - 1);
		}
		return name.isEmpty() ? null : name;
	}

	private static Instant instant(java.util.Date date) {
		return date == null ? null : date.toInstant();
	}

	// ---- value conversions

	private static boolean isBarge(String chanSpyData) {
		if (chanSpyData == null) {
			return false;
		}
		int comma = chanSpyData.indexOf(',');
		return comma >= 0 && chanSpyData.substring(comma + 1).contains("B");
	}

	/** {@code 1001/sip:1001-0x...@127.0.0.1:5210,} → {@code sip:1001-0x...@127.0.0.1:5210}. */
	private static String firstContactUri(String contacts) {
		if (contacts == null || contacts.isBlank()) {
			return null;
		}
		String first = contacts.split(",")[0].trim();
		int slash = first.indexOf('/');
		String uri = slash >= 0 ? first.substring(slash + 1) : first;
		return uri.isEmpty() ? null : uri;
	}

	private static boolean reachable(String status) {
		if (status == null) {
			return false;
		}
		return switch (status.toLowerCase(Locale.ROOT)) {
		case "reachable", "created", "updated", "nonqualified", "unknown" -> true;
		default -> false;
		};
	}

	/** Asterisk's extension state bits (-1 removed, 0 idle, 1 in use, 2 busy, 4 unavailable, 8 ringing, 16 hold). */
	public static DeviceState extensionState(Integer status) {
		if (status == null || status < 0) {
			return DeviceState.UNKNOWN;
		}
		int s = status;
		if ((s & 4) != 0) {
			return DeviceState.UNAVAILABLE;
		}
		if ((s & 16) != 0) {
			return DeviceState.ON_HOLD;
		}
		if ((s & 8) != 0) {
			return DeviceState.RINGING;
		}
		if ((s & 2) != 0) {
			return DeviceState.BUSY;
		}
		if ((s & 1) != 0) {
			return DeviceState.IN_USE;
		}
		return DeviceState.IDLE;
	}

	public static DeviceState deviceState(String state) {
		if (state == null) {
			return DeviceState.UNKNOWN;
		}
		return switch (state.toUpperCase(Locale.ROOT)) {
		case "NOT_INUSE" -> DeviceState.IDLE;
		case "INUSE" -> DeviceState.IN_USE;
		case "BUSY" -> DeviceState.BUSY;
		case "RINGING", "RINGINUSE" -> DeviceState.RINGING;
		case "ONHOLD" -> DeviceState.ON_HOLD;
		case "UNAVAILABLE", "INVALID" -> DeviceState.UNAVAILABLE;
		default -> DeviceState.UNKNOWN;
		};
	}

	private static ChannelState state(Integer state) {
		if (state == null) {
			return null;
		}
		ChannelState s = ChannelState.get(state);
		return s == null ? ChannelState.UNKNOWN : s;
	}

	/** {@code <unknown>} and absent values become "" (known to be unknown); null stays null. */
	private static String text(String value) {
		if (value == null) {
			return null;
		}
		return UNKNOWN.equals(value) ? "" : value;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}

	private static int intValue(Integer value) {
		return value == null ? 0 : value;
	}

	private static boolean isNumber(String value) {
		return value != null && value.matches("[0-9*#+]{1,32}");
	}

	/** {@code 00:01:02} or seconds. */
	private static Duration duration(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			String[] p = value.trim().split(":");
			long seconds = 0;
			for (String part : p) {
				seconds = seconds * 60 + Long.parseLong(part.trim());
			}
			return Duration.ofSeconds(seconds);
		} catch (NumberFormatException e) {
			return null;
		}
	}
}
