package org.switchboard.logs.ui.internal;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.switchboard.logs.LogPages;
import org.switchboard.logs.ui.LogsUiIds;
import org.switchboard.model.HandoverRecord;
import org.switchboard.store.Store;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/** S7 Handover records: who handed over to whom, when, at which extension; filtered by operator and time. */
public class HandoverRecordsPart extends LogTablePart<HandoverRecord> {

	@Inject
	@Optional
	private Store store;
	private Text operator;

	@PostConstruct
	void create(Composite parent, @Translation Messages m) {
		build(parent, m);
	}

	@Override
	String partId() {
		return LogsUiIds.PART_HANDOVERS;
	}

	@Override
	String[] columns() {
		return new String[] { messages.column_time, messages.column_fromOperator, messages.column_toOperator,
				messages.column_extension };
	}

	@Override
	int[] widths() {
		return new int[] { 150, 160, 160, 100 };
	}

	@Override
	String cell(HandoverRecord r, int column) {
		return switch (column) {
		case 0 -> time(r.getAt());
		case 1 -> r.getFromOperator();
		case 2 -> r.getToOperator();
		default -> r.getExtension();
		};
	}

	@Override
	void createFilters(Composite bar) {
		new Label(bar, SWT.NONE).setText(messages.filter_operator);
		operator = id(new Text(bar, SWT.BORDER | SWT.SEARCH), LogsUiIds.OPERATOR);
		operator.setMessage(messages.filter_operator_hint);
		operator.setLayoutData(new RowData(120, SWT.DEFAULT));
		operator.addListener(SWT.DefaultSelection, e -> refresh());
		operator.addListener(SWT.Modify, e -> refresh());
	}

	@Override
	LogPages<HandoverRecord> pages() {
		if (store == null) {
			return null;
		}
		var from = fromInstant();
		var to = toInstant();
		String who = operator == null ? "" : operator.getText().strip();
		LogPages<HandoverRecord> all = (after, limit) -> store.handovers().find(from, to, after, limit);
		// handovers are a few a day: the operator filter reads through the range's pages
		return who.isEmpty() ? all
				: all.filtered(h -> who.equalsIgnoreCase(h.getFromOperator()) || who.equalsIgnoreCase(h.getToOperator()),
						h -> h.getAt().toEpochMilli(), HandoverRecord::getId);
	}

	/** Shows the handovers of one operator (tests). */
	public void showOperator(String account) {
		operator.setText(account);
	}

	@Override
	String exportName() {
		return "handover-records";
	}
}
