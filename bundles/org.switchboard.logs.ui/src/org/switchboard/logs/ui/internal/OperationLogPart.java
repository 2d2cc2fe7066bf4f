package org.switchboard.logs.ui.internal;

import java.time.Duration;
import java.time.Instant;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.switchboard.logs.LogPages;
import org.switchboard.logs.ui.LogsUiIds;
import org.switchboard.model.OperationLogEntry;
import org.switchboard.model.Outcome;
import org.switchboard.store.OperationLogQuery;
import org.switchboard.store.Store;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/** S8 Operation log: every operator action, filtered by operator, action, outcome and time. */
public class OperationLogPart extends LogTablePart<OperationLogEntry> {

	@Inject
	@Optional
	private Store store;
	private Text operator;
	private Combo action;
	private Combo outcome;

	@PostConstruct
	void create(Composite parent, @Translation Messages m) {
		build(parent, m);
	}

	@Override
	String partId() {
		return LogsUiIds.PART_OPERATIONS;
	}

	@Override
	String[] columns() {
		return new String[] { messages.column_time, messages.column_operator, messages.column_action,
				messages.column_target, messages.column_outcome, messages.column_detail };
	}

	@Override
	int[] widths() {
		return new int[] { 150, 110, 170, 140, 250, 260 };
	}

	@Override
	String cell(OperationLogEntry e, int column) {
		return switch (column) {
		case 0 -> time(e.getAt());
		case 1 -> e.getOperator();
		case 2 -> messages.action(e.getAction());
		case 3 -> e.getTarget();
		case 4 -> outcome(e);
		default -> e.getDetail();
		};
	}

	/**
	 * An entry still in progress long after it was stored will not be completed: the console that stored it stopped
	 * (crashed, or was killed) before the PBX answered. A PBX action ends within seconds (a call rings for at most a
	 * minute or two), so past {@link #STALE} it is told as such.
	 */
	private String outcome(OperationLogEntry e) {
		return switch (e.getOutcome()) {
		case SUCCESS -> messages.outcome_success;
		case FAILURE -> messages.outcome_failure;
		case IN_PROGRESS -> e.getAt().isBefore(Instant.now().minus(STALE)) ? messages.outcome_noOutcome
				: messages.outcome_inProgress;
		};
	}

	static final Duration STALE = Duration.ofMinutes(5);

	@Override
	void createFilters(Composite bar) {
		new Label(bar, SWT.NONE).setText(messages.filter_operator);
		operator = id(new Text(bar, SWT.BORDER | SWT.SEARCH), LogsUiIds.OPERATOR);
		operator.setMessage(messages.filter_operator_hint);
		operator.setLayoutData(new RowData(110, SWT.DEFAULT));
		operator.addListener(SWT.Modify, e -> refresh());
		new Label(bar, SWT.NONE).setText(messages.filter_action);
		// editable: the known actions to pick, or any action code typed (third-party plug-ins log their own)
		action = id(new Combo(bar, SWT.DROP_DOWN), LogsUiIds.ACTION);
		action.add(messages.all);
		for (String code : Messages.ACTIONS) {
			action.add(code);
		}
		action.select(0);
		action.addListener(SWT.Selection, e -> refresh());
		action.addListener(SWT.DefaultSelection, e -> refresh());
		new Label(bar, SWT.NONE).setText(messages.filter_outcome);
		outcome = id(new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN), LogsUiIds.OUTCOME);
		outcome.setItems(messages.all, messages.outcome_success, messages.outcome_failure, messages.outcome_inProgress);
		outcome.select(0);
		outcome.addListener(SWT.Selection, e -> refresh());
	}

	@Override
	LogPages<OperationLogEntry> pages() {
		if (store == null) {
			return null;
		}
		String code = action == null || action.getSelectionIndex() == 0 || action.getText().equals(messages.all) ? null
				: action.getText().strip();
		OperationLogQuery q = new OperationLogQuery(fromInstant(), toInstant(),
				operator == null ? null : operator.getText().strip(), code);
		LogPages<OperationLogEntry> all = (after, limit) -> store.operationLog().find(q, after, limit);
		int o = outcome == null ? 0 : outcome.getSelectionIndex();
		if (o <= 0) {
			return all;
		}
		Outcome wanted = o == 1 ? Outcome.SUCCESS : o == 2 ? Outcome.FAILURE : Outcome.IN_PROGRESS;
		return all.filtered(e -> e.getOutcome() == wanted, e -> e.getAt().toEpochMilli(), OperationLogEntry::getId);
	}

	/** Shows one operator's entries (tests). */
	public void showOperator(String account) {
		operator.setText(account);
	}

	@Override
	String exportName() {
		return "operation-log";
	}
}
