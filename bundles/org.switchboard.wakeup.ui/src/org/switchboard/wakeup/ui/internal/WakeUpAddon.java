package org.switchboard.wakeup.ui.internal;

import org.eclipse.e4.core.di.annotations.Optional;
import org.switchboard.wakeup.WakeUpService;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * Starts wake-up calls with the console: asking the context for the {@link WakeUpService} creates it and starts its
 * scheduler as soon as the console's services exist (after the first login), and it runs on after a logout. Stops
 * it when the workbench closes.
 */
public final class WakeUpAddon {

	private WakeUpService service;

	@Inject
	void service(@Optional WakeUpService service) {
		this.service = service;
	}

	@PreDestroy
	void stop() {
		if (service != null) {
			service.close();
		}
	}
}
