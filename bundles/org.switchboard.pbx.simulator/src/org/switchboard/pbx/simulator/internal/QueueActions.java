package org.switchboard.pbx.simulator.internal;

/** QueueStatus, QueueSummary, QueueAdd, QueueRemove, QueuePause (app_queue's manager actions). */
final class QueueActions {

	void register(ActionDispatcher d) {
		d.register("QueueStatus", this::status);
		d.register("QueueSummary", this::summary);
		d.register("QueueAdd", this::add);
		d.register("QueueRemove", this::remove);
		d.register("QueuePause", this::pause);
	}

	private static boolean ours(String queue) {
		return queue.isEmpty() || OperatorQueue.NAME.equals(queue);
	}

	private void status(ActionRequest r) {
		OperatorQueue q = r.site.queue;
		r.listStart("Queue status will follow");
		int n = 0;
		if (ours(r.header("Queue"))) {
			int completed = q.completed;
			String perf = completed == 0 ? "0.0" : "100.0";
			r.send(r.withTrailingId(AmiMessage.event("QueueParams").add("Queue", OperatorQueue.NAME).add("Max", 0)
					.add("Strategy", "ringall").add("Calls", q.waiting.size()).add("Holdtime", q.averageHold())
					.add("TalkTime", q.averageTalk()).add("Completed", completed).add("Abandoned", q.abandoned)
					.add("ServiceLevel", 0).add("ServicelevelPerf", perf).add("ServicelevelPerf2", perf)
					.add("Weight", 0)));
			n++;
			String member = r.header("Member");
			for (OperatorQueue.Member m : q.members) {
				if (!member.isEmpty() && !member.equalsIgnoreCase(m.location)) {
					continue;
				}
				r.send(r.withTrailingId(AmiMessage.event("QueueMember").add("Queue", OperatorQueue.NAME)
						.add("Name", m.name).add("Location", m.location).add("StateInterface", m.stateInterface)
						.add("Membership", m.dynamic ? "dynamic" : "static").add("Penalty", m.penalty)
						.add("CallsTaken", m.callsTaken).add("LastCall", m.lastCall).add("LastPause", m.lastPause)
						.add("LoginTime", m.loginTime).add("InCall", m.inCall ? 1 : 0).add("Status", m.state.code)
						.add("Paused", m.paused ? 1 : 0).add("PausedReason", m.pausedReason).add("Wrapuptime", 0)));
				n++;
			}
			int position = 1;
			for (OperatorQueue.Entry e : q.waiting) {
				Channel c = e.caller;
				r.send(r.withTrailingId(AmiMessage.event("QueueEntry").add("Queue", OperatorQueue.NAME)
						.add("Position", position++).add("Channel", c.name).add("Uniqueid", c.uniqueid)
						.add("CallerIDNum", c.callerNum).add("CallerIDName", c.callerName)
						.add("ConnectedLineNum", c.connectedNum).add("ConnectedLineName", c.connectedName)
						.add("Wait", e.waitSeconds()).add("Priority", 0)));
				n++;
			}
		}
		r.listComplete("QueueStatusComplete", n);
	}

	private void summary(ActionRequest r) {
		OperatorQueue q = r.site.queue;
		r.listStart("Queue summary will follow");
		int n = 0;
		if (ours(r.header("Queue"))) {
			long loggedIn = q.members.stream().filter(m -> m.state != DeviceStates.State.UNAVAILABLE).count();
			long available = q.members.stream().filter(OperatorQueue.Member::available).count();
			long longest = q.waiting.stream().mapToLong(OperatorQueue.Entry::waitSeconds).max().orElse(0);
			r.send(r.withTrailingId(AmiMessage.event("QueueSummary").add("Queue", OperatorQueue.NAME)
					.add("LoggedIn", loggedIn).add("Available", available).add("Callers", q.waiting.size())
					.add("HoldTime", q.averageHold()).add("TalkTime", q.averageTalk()).add("LongestHoldTime", longest)));
			n++;
		}
		r.listComplete("QueueSummaryComplete", n);
	}

	private void add(ActionRequest r) {
		String queue = r.header("Queue");
		String location = r.header("Interface");
		if (queue.isEmpty() || location.isEmpty()) {
			r.error("'Queue' and 'Interface' not set.");
			return;
		}
		if (!OperatorQueue.NAME.equals(queue)) {
			r.error("Unable to add interface to queue: No such queue");
			return;
		}
		int penalty = 0;
		try {
			penalty = r.header("Penalty").isEmpty() ? 0 : Integer.parseInt(r.header("Penalty").strip());
		} catch (NumberFormatException e) {
			penalty = 0;
		}
		if (r.site.queue.add(location, r.header("MemberName"), r.header("StateInterface"), penalty,
				ActionRequest.isTrue(r.header("Paused")))) {
			r.success("Added interface to queue");
		} else {
			r.error("Unable to add interface: Already there");
		}
	}

	private void remove(ActionRequest r) {
		String queue = r.header("Queue");
		String location = r.header("Interface");
		if (queue.isEmpty() || location.isEmpty()) {
			r.error("Need 'Queue' and 'Interface' parameters.");
			return;
		}
		if (!OperatorQueue.NAME.equals(queue)) {
			r.error("Unable to remove interface from queue: No such queue");
			return;
		}
		String problem = r.site.queue.remove(location);
		if (problem == null) {
			r.success("Removed interface from queue");
		} else {
			r.error(problem);
		}
	}

	private void pause(ActionRequest r) {
		String location = r.header("Interface");
		String paused = r.header("Paused");
		if (location.isEmpty()) {
			r.error("Need 'Interface' parameter.");
			return;
		}
		if (paused.isEmpty()) {
			r.error("Need 'Paused' parameter.");
			return;
		}
		String queue = r.header("Queue");
		boolean pause = ActionRequest.isTrue(paused);
		if ((!queue.isEmpty() && !OperatorQueue.NAME.equals(queue))
				|| !r.site.queue.pause(location, pause, r.header("Reason"))) {
			r.error("Interface not found");
			return;
		}
		r.success(pause ? "Interface paused successfully" : "Interface unpaused successfully");
	}
}
