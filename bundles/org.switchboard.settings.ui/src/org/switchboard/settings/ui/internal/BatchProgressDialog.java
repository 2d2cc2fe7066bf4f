package org.switchboard.settings.ui.internal;

import java.text.MessageFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.switchboard.settings.Batch;

/**
 * A running batch: how far it is (a progress bar, redrawn at most every 100 ms however fast items finish), a Cancel
 * button, and at the end the report in the same window: how many were done, which failed and why, which were not
 * started. The batch runs on threads of its own; this window never waits for it.
 */
public final class BatchProgressDialog extends Dialog {

	public static final String ID_SHELL = "settings.batch.progress";
	public static final String ID_BAR = "settings.batch.progress.bar";
	public static final String ID_REPORT = "settings.batch.progress.report";

	private final Batch batch;
	private final Messages messages;
	private final AtomicInteger finished = new AtomicInteger();
	private final AtomicReference<String> lastItem = new AtomicReference<>("");
	private final AtomicBoolean repaintQueued = new AtomicBoolean();
	private ProgressBar bar;
	private Label status;
	private Text report;
	private Batch.Report result;

	public BatchProgressDialog(Shell parent, Batch batch, Messages messages) {
		super(parent);
		this.batch = batch;
		this.messages = messages;
		setBlockOnOpen(false);
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(MessageFormat.format(messages.batch_progress, batch.size()));
		org.switchboard.ui.WidgetIds.set(shell, ID_SHELL);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().applyTo(area);
		status = new Label(area, SWT.NONE);
		status.setText(MessageFormat.format(messages.batch_progress, batch.size()));
		GridDataFactory.fillDefaults().grab(true, false).hint(480, SWT.DEFAULT).applyTo(status);
		bar = org.switchboard.ui.WidgetIds.set(new ProgressBar(area, SWT.HORIZONTAL | SWT.SMOOTH), ID_BAR);
		bar.setMaximum(Math.max(1, batch.size()));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		report = org.switchboard.ui.WidgetIds.set(
				new Text(area, SWT.MULTI | SWT.READ_ONLY | SWT.BORDER | SWT.V_SCROLL | SWT.WRAP), ID_REPORT);
		GridDataFactory.fillDefaults().grab(true, true).hint(480, 160).applyTo(report);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.CANCEL_ID, messages.button_cancel, true);
	}

	/** Opens the window and starts the batch. */
	public void start() {
		open();
		Display display = getShell().getDisplay();
		CompletableFuture<Batch.Report> running = batch.start((n, total, x) -> {
			finished.set(n);
			lastItem.set(x);
			// progress arrives on the batch's threads: asyncExec hands it to the UI thread and wakes its loop
			// (timerExec belongs to the UI thread, and a Display.wake() between two GTK polls can be lost)
			if (repaintQueued.compareAndSet(false, true) && !display.isDisposed()) {
				display.asyncExec(() -> display.timerExec(100, this::repaint));
			}
		});
		running.whenComplete((r, error) -> display.asyncExec(() -> finish(r)));
	}

	private void repaint() {
		repaintQueued.set(false);
		if (bar == null || bar.isDisposed() || result != null) {
			return;
		}
		bar.setSelection(finished.get());
		status.setText(MessageFormat.format(messages.batch_progress_item, finished.get(), batch.size(), lastItem.get()));
	}

	@Override
	protected void cancelPressed() {
		if (result == null) {
			batch.cancel(); // items in flight finish; the report follows
			getButton(IDialogConstants.CANCEL_ID).setEnabled(false);
			return;
		}
		super.cancelPressed();
	}

	private void finish(Batch.Report r) {
		if (getShell() == null || getShell().isDisposed()) {
			return;
		}
		result = r == null ? new Batch.Report(batch.size(), java.util.List.of(), java.util.List.of(),
				java.util.List.of(), true) : r;
		bar.setSelection(result.done().size() + result.failed().size());
		String title = result.cancelled() ? messages.batch_report_cancelled_title : messages.batch_report_title;
		getShell().setText(title);
		status.setText(MessageFormat.format(messages.batch_report_done, result.done().size(), result.total()));
		report.setText(text(result));
		var close = getButton(IDialogConstants.CANCEL_ID);
		close.setText(messages.button_close);
		close.setEnabled(true);
		close.getParent().layout();
	}

	/** The report as the operator reads it. */
	String text(Batch.Report r) {
		StringBuilder b = new StringBuilder(MessageFormat.format(messages.batch_report_done, r.done().size(), r.total()));
		if (!r.failed().isEmpty()) {
			b.append('\n').append(MessageFormat.format(messages.batch_report_failed, r.failed().size()));
			for (Batch.Failure f : r.failed()) {
				b.append('\n').append(MessageFormat.format(messages.batch_report_failure, f.extension(),
						messages.reason(f.reason())));
			}
		}
		if (!r.notStarted().isEmpty()) {
			b.append('\n').append(MessageFormat.format(messages.batch_report_notStarted, r.notStarted().size()));
		}
		return b.toString();
	}

	/** The batch's report once it has ended, else null (for tests). */
	public Batch.Report result() {
		return result;
	}
}
