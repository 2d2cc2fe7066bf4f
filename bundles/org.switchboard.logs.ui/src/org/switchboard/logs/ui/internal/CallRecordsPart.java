package org.switchboard.logs.ui.internal;

import java.text.MessageFormat;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.switchboard.core.NameDirectory;
import org.switchboard.logs.CallRecorder;
import org.switchboard.logs.LogPages;
import org.switchboard.logs.ui.LogsUiIds;
import org.switchboard.model.CallDisposition;
import org.switchboard.model.CallRecord;
import org.switchboard.store.CallRecordQuery;
import org.switchboard.store.RecordingGap;
import org.switchboard.store.Store;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/** S6 Call records: every call on the PBX, filtered by time range, number and disposition; gaps shown. */
public class CallRecordsPart extends LogTablePart<CallRecord> {

	@Inject
	@Optional
	private Store store;
	@Inject
	@Optional
	private NameDirectory names;
	private Text number;
	private Combo disposition;
	private Label gaps;
	private AutoCloseable listening;

	@PostConstruct
	void create(Composite parent, @Translation Messages m) {
		build(parent, m);
	}

	/** Told when the recorder changes (login, handover): new calls appear at the top while they match. */
	@Inject
	void recorder(@Optional CallRecorder recorder) throws Exception {
		if (listening != null) {
			listening.close();
			listening = null;
		}
		if (recorder != null) {
			listening = recorder.onStored(r -> sync.asyncExec(() -> {
				if (table != null && !table.isDisposed() && matches(r)) {
					prepend(r);
				}
			}));
		}
	}

	@Override
	String partId() {
		return LogsUiIds.PART_CALLS;
	}

	@Override
	String[] columns() {
		return new String[] { messages.column_time, messages.column_caller, messages.column_callerName,
				messages.column_callee, messages.column_calleeName, messages.column_duration,
				messages.column_billable, messages.column_disposition };
	}

	@Override
	int[] widths() {
		return new int[] { 150, 100, 140, 110, 140, 80, 80, 110 };
	}

	@Override
	String cell(CallRecord r, int column) {
		return switch (column) {
		case 0 -> time(r.getStartedAt());
		case 1 -> r.getCallerNumber();
		case 2 -> name(r.getCallerNumber(), r.getCallerName());
		case 3 -> r.getCalleeNumber();
		case 4 -> name(r.getCalleeNumber(), null);
		case 5 -> duration(r.getDurationSeconds());
		case 6 -> duration(r.getBillableSeconds());
		default -> messages.disposition(r.getDisposition());
		};
	}

	private String name(String number, String stored) {
		if (names != null && number != null) {
			java.util.Optional<NameDirectory.Party> party = names.lookup(number);
			if (party.isPresent()) {
				return party.get().name();
			}
		}
		return stored == null ? "" : stored;
	}

	static String duration(int seconds) {
		return seconds >= 3600 ? String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
				: String.format("%d:%02d", seconds / 60, seconds % 60);
	}

	@Override
	void createFilters(Composite bar) {
		new Label(bar, SWT.NONE).setText(messages.filter_number);
		number = id(new Text(bar, SWT.BORDER | SWT.SEARCH), LogsUiIds.NUMBER);
		number.setMessage(messages.filter_number_hint);
		number.setLayoutData(new org.eclipse.swt.layout.RowData(110, SWT.DEFAULT));
		number.addListener(SWT.DefaultSelection, e -> refresh());
		number.addListener(SWT.Modify, e -> {
			// a number is typed whole; read it once typing pauses rather than at every digit
			int at = ++typed;
			number.getDisplay().timerExec(300, () -> {
				if (at == typed && !number.isDisposed()) {
					refresh();
				}
			});
		});
		new Label(bar, SWT.NONE).setText(messages.filter_disposition);
		disposition = id(new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN), LogsUiIds.DISPOSITION);
		disposition.add(messages.all);
		for (CallDisposition d : CallDisposition.VALUES) {
			disposition.add(messages.disposition(d));
		}
		disposition.select(0);
		disposition.addListener(SWT.Selection, e -> refresh());
	}

	private int typed;

	@Override
	void createNotices(Composite parent) {
		gaps = id(new Label(parent, SWT.WRAP), LogsUiIds.GAPS);
		gaps.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
		data.exclude = true;
		gaps.setLayoutData(data);
		gaps.setVisible(false);
	}

	CallRecordQuery query() {
		Set<CallDisposition> wanted = disposition == null || disposition.getSelectionIndex() <= 0 ? Set.of()
				: EnumSet.of(CallDisposition.VALUES.get(disposition.getSelectionIndex() - 1));
		return new CallRecordQuery(fromInstant(), toInstant(), number == null ? null : number.getText(), wanted);
	}

	private boolean matches(CallRecord r) {
		CallRecordQuery q = query();
		Instant at = r.getStartedAt();
		return !at.isBefore(q.from()) && at.isBefore(q.to())
				&& (q.number() == null || q.number().equals(r.getCallerNumber())
						|| q.number().equals(r.getCalleeNumber()))
				&& (q.dispositions().isEmpty() || q.dispositions().contains(r.getDisposition()));
	}

	@Override
	LogPages<CallRecord> pages() {
		if (store == null) {
			return null;
		}
		CallRecordQuery q = query();
		return (after, limit) -> store.callRecords().find(q, after, limit);
	}

	@Override
	void afterFirstPage() {
		if (store == null) {
			return;
		}
		Instant from = fromInstant();
		Instant to = toInstant();
		Store s = store;
		int asked = ++gapQuery;
		new Thread(() -> {
			List<RecordingGap> found;
			try {
				found = s.callRecords().gaps(from, to);
			} catch (RuntimeException e) {
				return;
			}
			sync.asyncExec(() -> showGaps(asked, found));
		}, "switchboard-call-record-gaps").start();
	}

	private int gapQuery;

	private void showGaps(int asked, List<RecordingGap> all) {
		if (asked != gapQuery || gaps.isDisposed()) {
			return;
		}
		// a handover or re-login restarts the recorder within milliseconds: such a gap is not worth a line here
		List<RecordingGap> found = all.stream()
				.filter(g -> g.to() == null || g.to().toEpochMilli() - g.from().toEpochMilli() >= 1000).toList();
		StringBuilder text = new StringBuilder();
		int shown = 0;
		for (RecordingGap g : found) {
			if (shown++ == 5) {
				text.append(MessageFormat.format(messages.gaps_more, found.size() - 5));
				break;
			}
			if (!text.isEmpty()) {
				text.append('\n');
			}
			text.append(g.to() == null ? MessageFormat.format(messages.gap_open, time(g.from()))
					: MessageFormat.format(messages.gap, time(g.from()), time(g.to())));
		}
		gaps.setText(text.toString());
		boolean any = !found.isEmpty();
		gaps.setVisible(any);
		((GridData) gaps.getLayoutData()).exclude = !any;
		gaps.getParent().layout(true);
	}

	/** Shows the calls of one number (E3 Recent calls): the last week, any disposition. */
	public void showNumber(String value) {
		setDay(from, java.time.LocalDate.now(zone).minusDays(6));
		setDay(to, java.time.LocalDate.now(zone));
		disposition.select(0);
		typed++;
		number.setText(value);
		typed++;
		refresh();
	}

	/** The number filter's text (tests). */
	public String numberFilter() {
		return number.getText();
	}

	/** The gap notice shown, or "" (tests). */
	public String gapNotice() {
		return gaps.getVisible() ? gaps.getText() : "";
	}

	@Override
	String exportName() {
		return "call-records";
	}

	@PreDestroy
	void stopListening() throws Exception {
		if (listening != null) {
			listening.close();
		}
	}
}
