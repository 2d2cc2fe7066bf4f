package org.switchboard.pbx.simulator.internal;

import java.util.Map;

/** DBPut, DBGet, DBDel, DBDelTree, DBGetTree on the AstDB; a missing key answers as Asterisk 22 does (transcript 16). */
final class DbActions {

	void register(ActionDispatcher d) {
		d.register("DBPut", this::put);
		d.register("DBGet", this::get);
		d.register("DBDel", this::del);
		d.register("DBDelTree", this::delTree);
		d.register("DBGetTree", this::getTree);
	}

	private static boolean familyAndKey(ActionRequest r) {
		if (r.header("Family").isEmpty()) {
			r.error("No family specified.");
			return false;
		}
		if (r.header("Key").isEmpty()) {
			r.error("No key specified.");
			return false;
		}
		return true;
	}

	private void put(ActionRequest r) {
		if (familyAndKey(r)) {
			r.site.db.put(r.header("Family"), r.header("Key"), r.header("Val"));
			r.success("Updated database successfully");
		}
	}

	private void get(ActionRequest r) {
		if (!familyAndKey(r)) {
			return;
		}
		String value = r.site.db.get(r.header("Family"), r.header("Key"));
		if (value == null) {
			r.error("Database entry not found");
			return;
		}
		r.listStart("Result will follow");
		r.send(r.withTrailingId(AmiMessage.event("DBGetResponse").add("Family", r.header("Family"))
				.add("Key", r.header("Key")).add("Val", value)));
		r.listComplete("DBGetComplete", 1);
	}

	private void del(ActionRequest r) {
		if (!familyAndKey(r)) {
			return;
		}
		if (r.site.db.delete(r.header("Family"), r.header("Key"))) {
			r.success("Key deleted successfully");
		} else {
			// Asterisk 22 (transcript 16): not "not found" as DBGet and DBDelTree say
			r.error("Database entry could not be deleted");
		}
	}

	private void delTree(ActionRequest r) {
		if (r.header("Family").isEmpty()) {
			r.error("No family specified.");
			return;
		}
		if (r.site.db.deleteTree(r.header("Family"), r.header("Key")) > 0) {
			r.success("Key tree deleted successfully");
		} else {
			r.error("Database entry not found");
		}
	}

	private void getTree(ActionRequest r) {
		if (!r.header("Key").isEmpty() && r.header("Family").isEmpty()) {
			r.error("No family specified.");
			return;
		}
		Map<String, String> tree = r.site.db.tree(r.header("Family"), r.header("Key"));
		r.listStart("Result will follow");
		for (Map.Entry<String, String> e : tree.entrySet()) {
			r.send(r.withTrailingId(AmiMessage.event("DBGetTreeResponse").add("Key", e.getKey()).add("Val", e.getValue())));
		}
		r.listComplete("DBGetTreeComplete", tree.size());
	}
}
