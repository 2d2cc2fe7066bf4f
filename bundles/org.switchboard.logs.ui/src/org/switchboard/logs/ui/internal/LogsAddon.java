package org.switchboard.logs.ui.internal;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.switchboard.core.NameDirectory;
import org.switchboard.logs.CallRecorder;
import org.switchboard.logs.QueueTally;
import org.switchboard.pbx.PbxGateway;
import org.switchboard.store.Store;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * Runs the call recorder and the queue tally while a PBX is connected (from login to logout, again after a
 * handover's new connection), and puts them in the application context for the views.
 */
public class LogsAddon {

	@Inject
	private IEclipseContext context;
	/** The phonebook's names, when it is installed; followed as it comes and goes. */
	private volatile NameDirectory names;

	private List<Object> wired;
	private CallRecorder recorder;
	private QueueTally tally;

	@Inject
	void names(@Optional NameDirectory directory) {
		names = directory;
	}

	@Inject
	void connected(@Optional PbxGateway gateway, @Optional Store store) {
		List<Object> key = Arrays.asList(gateway, store);
		if (key.equals(wired)) {
			return;
		}
		wired = key;
		stop();
		if (gateway != null && store != null) {
			recorder = CallRecorder.start(gateway, store.callRecords(), () -> names, Clock.systemDefaultZone());
			tally = QueueTally.start(gateway, Clock.systemDefaultZone());
		}
		context.set(CallRecorder.class, recorder);
		context.set(QueueTally.class, tally);
	}

	private void stop() {
		if (recorder != null) {
			recorder.close();
			recorder = null;
		}
		if (tally != null) {
			tally.close();
			tally = null;
		}
	}

	@PreDestroy
	void shutdown() {
		stop();
		if (!Objects.isNull(context)) {
			context.remove(CallRecorder.class);
			context.remove(QueueTally.class);
		}
	}
}
