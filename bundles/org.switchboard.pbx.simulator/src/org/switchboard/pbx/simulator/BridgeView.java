package org.switchboard.pbx.simulator;

import java.util.List;

/** A read-only snapshot of a simulated bridge and the channels in it. */
public record BridgeView(String id, String type, String technology, List<String> channels) {
}
