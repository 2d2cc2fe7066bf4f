package org.switchboard.store.tests;

import java.time.Instant;

import org.switchboard.model.CallDisposition;
import org.switchboard.model.CallRecord;
import org.switchboard.model.Contact;
import org.switchboard.model.ContactNumber;
import org.switchboard.model.Department;
import org.switchboard.model.NumberKind;
import org.switchboard.model.OperationLogEntry;
import org.switchboard.model.Operator;
import org.switchboard.model.Outcome;
import org.switchboard.model.PhonebookKind;
import org.switchboard.model.Role;
import org.switchboard.model.SwitchboardFactory;
import org.switchboard.model.WakeUpRepeat;
import org.switchboard.model.WakeUpTask;

/** Builders of the records the tests store. */
final class Records {

	static final SwitchboardFactory F = SwitchboardFactory.eINSTANCE;

	private Records() {
	}

	static Operator operator(String account) {
		Operator o = F.createOperator();
		o.setAccount(account);
		o.setDisplayName(account.substring(0, 1).toUpperCase() + account.substring(1));
		o.setRole(Role.OPERATOR);
		o.setExtension("1001");
		o.setPasswordHash("pbkdf2-sha256$210000$c2FsdA==$aGFzaA==");
		o.setEnabled(true);
		return o;
	}

	static Contact contact(String name, PhonebookKind kind, long department, String... numbers) {
		Contact c = F.createContact();
		c.setName(name);
		c.setKind(kind);
		c.setDepartmentId(department);
		for (String n : numbers) {
			ContactNumber number = F.createContactNumber();
			number.setKind(NumberKind.OFFICE);
			number.setNumber(n);
			c.getNumbers().add(number);
		}
		return c;
	}

	static Department department(String name, PhonebookKind kind, long parent) {
		Department d = F.createDepartment();
		d.setName(name);
		d.setKind(kind);
		d.setParentId(parent);
		return d;
	}

	static CallRecord call(Instant started, String caller, String callee, CallDisposition disposition) {
		CallRecord r = F.createCallRecord();
		r.setUniqueId("u" + started.toEpochMilli() + caller);
		r.setLinkedId(r.getUniqueId());
		r.setStartedAt(started);
		r.setEndedAt(started.plusSeconds(30));
		r.setCallerNumber(caller);
		r.setCalleeNumber(callee);
		r.setDurationSeconds(30);
		r.setBillableSeconds(disposition == CallDisposition.ANSWERED ? 25 : 0);
		r.setDisposition(disposition);
		r.setChannel("PJSIP/" + caller + "-00000001");
		return r;
	}

	static OperationLogEntry logEntry(Instant at, String operator, String action, String target) {
		OperationLogEntry e = F.createOperationLogEntry();
		e.setAt(at);
		e.setOperator(operator);
		e.setAction(action);
		e.setTarget(target);
		e.setOutcome(Outcome.SUCCESS);
		e.setDetail("");
		return e;
	}

	static WakeUpTask wakeUp(String extension, Instant nextRun) {
		WakeUpTask t = F.createWakeUpTask();
		t.setExtension(extension);
		t.setTimeOfDay("06:30");
		t.setRepeat(WakeUpRepeat.DAILY);
		t.setRetries(2);
		t.setRetryIntervalMinutes(5);
		t.setEnabled(true);
		t.setNextRun(nextRun);
		t.setCreatedBy("alice");
		return t;
	}
}
