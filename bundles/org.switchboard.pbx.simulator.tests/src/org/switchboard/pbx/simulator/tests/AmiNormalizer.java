package org.switchboard.pbx.simulator.tests;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes one side's AMI messages comparable with the other's: channel suffixes become per-device sequence numbers
 * in order of first appearance ({@code PJSIP/1002-0000000a} → {@code PJSIP/1002#1}), uniqueids and linkedids
 * become the channel they belong to, bridge ids become bridge numbers.
 */
final class AmiNormalizer {

	private static final Pattern CHANNEL = Pattern.compile("((?:PJSIP|Local)/[^\\s,|]+?)-([0-9a-f]{8})(;[12])?");
	private static final Pattern UUID = Pattern
			.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	private final Map<String, String> channelTokens = new HashMap<>();
	private final Map<String, String> tokenToName = new HashMap<>();
	private final Map<String, Integer> perDevice = new HashMap<>();
	private final Map<String, String> uniqueidOwner = new HashMap<>();
	private final Map<String, String> bridgeTokens = new HashMap<>();
	private int learned;

	/** Learns names and ids from the messages not seen yet (call again as the list grows). */
	void learn(List<Map<String, String>> messages) {
		for (; learned < messages.size(); learned++) {
			learn(messages.get(learned));
		}
	}

	private void learn(Map<String, String> m) {
		for (Map.Entry<String, String> e : m.entrySet()) {
			Matcher channel = CHANNEL.matcher(e.getValue());
			while (channel.find()) {
				token(channel);
			}
			Matcher uuid = UUID.matcher(e.getKey().contains("Bridge") ? e.getValue() : "");
			while (uuid.find()) {
				bridgeTokens.computeIfAbsent(uuid.group(), u -> "bridge#" + (bridgeTokens.size() + 1));
			}
		}
		for (Map.Entry<String, String> e : m.entrySet()) {
			String key = e.getKey();
			if (key.endsWith("Uniqueid") || key.equals("UniqueID")) {
				String channelKey = key.equals("UniqueID") ? "Channel" : key.substring(0, key.length() - 8) + "Channel";
				String channel = m.get(channelKey);
				if (channel != null && !channel.isEmpty()) {
					uniqueidOwner.putIfAbsent(e.getValue(), channel(channel));
				}
			}
		}
	}

	private String token(Matcher channel) {
		String base = channel.group(1) + "-" + channel.group(2);
		String baseToken = channelTokens.computeIfAbsent(base, b -> {
			int n = perDevice.merge(channel.group(1), 1, Integer::sum);
			return channel.group(1) + "#" + n;
		});
		String half = channel.group(3) == null ? "" : channel.group(3);
		tokenToName.putIfAbsent(baseToken + half, base + half);
		return baseToken + half;
	}

	String channel(String name) {
		return normalize(name);
	}

	/** The real name on this side of a normalized channel token, or null. */
	String nameOf(String token) {
		return tokenToName.get(token);
	}

	String normalize(String key, String value) {
		if (key.endsWith("Uniqueid") || key.endsWith("UniqueId") || key.equals("UniqueID") || key.endsWith("Linkedid")) {
			String owner = uniqueidOwner.get(value);
			return owner != null ? "uid(" + owner + ")" : value.startsWith("<") ? value : "uid(?)";
		}
		return normalize(value);
	}

	private String normalize(String value) {
		Matcher channel = CHANNEL.matcher(value);
		StringBuilder out = new StringBuilder();
		while (channel.find()) {
			channel.appendReplacement(out, Matcher.quoteReplacement(token(channel)));
		}
		channel.appendTail(out);
		Matcher uuid = UUID.matcher(out.toString());
		StringBuilder out2 = new StringBuilder();
		while (uuid.find()) {
			uuid.appendReplacement(out2, bridgeTokens.getOrDefault(uuid.group(), "bridge#?"));
		}
		uuid.appendTail(out2);
		return out2.toString();
	}
}
