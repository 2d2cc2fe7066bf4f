package org.switchboard.pbx.simulator.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One AMI message (action, response or event): headers in wire order. Keys are matched case-insensitively on
 * input, as Asterisk does; output keeps the order in which they were added.
 */
public final class AmiMessage {

	private final List<String> keys = new ArrayList<>();
	private final List<String> values = new ArrayList<>();

	public static AmiMessage event(String name) {
		return new AmiMessage().add("Event", name);
	}

	public static AmiMessage event(String name, String privilege) {
		return event(name).add("Privilege", privilege);
	}

	public static AmiMessage response(String response) {
		return new AmiMessage().add("Response", response);
	}

	public AmiMessage add(String key, Object value) {
		keys.add(key);
		values.add(value == null ? "" : String.valueOf(value));
		return this;
	}

	/** The first value of a header, or "" when absent (Asterisk's astman_get_header semantics). */
	public String get(String key) {
		for (int i = 0; i < keys.size(); i++) {
			if (keys.get(i).equalsIgnoreCase(key)) {
				return values.get(i);
			}
		}
		return "";
	}

	public boolean has(String key) {
		for (String k : keys) {
			if (k.equalsIgnoreCase(key)) {
				return true;
			}
		}
		return false;
	}

	/** Every value of a repeatable header such as {@code Variable}. */
	public List<String> all(String key) {
		List<String> out = new ArrayList<>();
		for (int i = 0; i < keys.size(); i++) {
			if (keys.get(i).equalsIgnoreCase(key)) {
				out.add(values.get(i));
			}
		}
		return out;
	}

	public int size() {
		return keys.size();
	}

	public String key(int i) {
		return keys.get(i);
	}

	public String value(int i) {
		return values.get(i);
	}

	public String name() {
		return get("Event");
	}

	public byte[] toBytes() {
		StringBuilder out = new StringBuilder(32 * keys.size() + 2);
		for (int i = 0; i < keys.size(); i++) {
			out.append(keys.get(i)).append(": ").append(values.get(i)).append("\r\n");
		}
		out.append("\r\n");
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	@Override
	public String toString() {
		return new String(toBytes(), StandardCharsets.UTF_8);
	}
}
